"""The page scaffold: new pages in every language that pass every check."""

from pathlib import Path

import pytest

from conftest import mkdocs_build
from msdocs.refs.check import scan_page
from msdocs.registry.load import registry
from msdocs.scaffold import ScaffoldError, clause_page, create
from msdocs.structure import structure_diagnostics


@pytest.mark.parametrize("lang", ["en", "bg", "sr"])
@pytest.mark.parametrize("clause", [("ISO 9001", "8"), ("ISO/IEC 27001", "A.6"), ("ISO 14001", "6")])
def test_clause_page_has_every_section_with_its_template(lang, clause) -> None:
    text = clause_page(*clause, lang)
    page, problems = scan_page(text, lang, "new.md", "new.md", registry())
    assert problems == []
    assert structure_diagnostics(text, lang, "new.md", page, registry()) == []
    numbers = {t.clause.number for _, t, _ in page.resolved if t and t.clause}
    expected = {n for n in registry().standard(clause[0]).current_edition.clauses if n == clause[1] or n.startswith(clause[1] + ".")}
    assert numbers == expected


def test_scaffold_refuses_to_overwrite_and_bad_input(project_copy: Path) -> None:
    with pytest.raises(ScaffoldError, match="already exists: docs/en/about.md"):
        create("topic", "about.md", title="x", root=project_copy)
    with pytest.raises(ScaffoldError, match="has no clause 99"):
        create("clause", "x/y.md", clause="ISO 9001 99", root=project_copy)
    with pytest.raises(ScaffoldError, match="no navigation entry 'nope.md'"):
        create("topic", "extra/new-topic.md", title="New", nav_after="nope.md", root=project_copy)
    assert not (project_copy / "docs" / "en" / "extra").exists()  # nothing written on error


def test_new_topic_page_passes_the_strict_build(project_copy: Path, tmp_path: Path) -> None:
    import shutil

    project = tmp_path / "project"
    shutil.copytree(project_copy, project)
    created = create("topic", "iso-9001/complaints.md", title="Handling complaints", nav_after="iso-9001/customer-charter.md",
                     root=project)
    assert [p.relative_to(project).as_posix() for p in created] == [
        "docs/en/iso-9001/complaints.md", "docs/bg/iso-9001/complaints.md", "docs/sr/iso-9001/complaints.md"]
    result = mkdocs_build(project, tmp_path / "site", {"MSDOCS_PDF": "0", "SITE_URL": "http://127.0.0.1:9/"})
    assert result.returncode == 0, result.stdout + result.stderr
    html = (tmp_path / "site" / "sr-latn" / "iso-9001" / "complaints" / "index.html").read_text(encoding="utf-8")
    assert "Handling complaints" in html and "Zašto je važno" in html
