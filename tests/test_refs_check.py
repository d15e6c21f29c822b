"""The reference checker: every diagnostic code on real cases, CLI output and exit codes."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from msdocs.refs.check import check_corpus, scan_corpus
from msdocs.registry.load import registry

ROOT = Path(__file__).resolve().parents[1]


def write(docs: Path, rel: str, text: str) -> None:
    path = docs / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture()
def docs(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    write(root, "en/iso-9001/8-operation.md", "# [[ISO 9001 8]]\n\n## [[ISO 9001 8.5]]\n\n### [[ISO 9001 8.5.1]]\n\nText.\n")
    write(root, "en/iso-27001/a-8.md", "# [[ISO/IEC 27001 A.8]]\n\n## [[ISO/IEC 27001 A.8.15]]\n\nLogs.\n")
    write(root, "bg/iso-9001/8-operation.md", "# [[ISO 9001 8]]\n\n## [[ISO 9001 8.5]]\n\n### [[ISO 9001 8.5.1]]\n\nТекст.\n")
    write(root, "sr/.keep.md", "")
    return root


def check(root: Path, rel: str, text: str):
    write(root, rel, text)
    corpus = scan_corpus(root, ["en", "bg", "sr"], "en", registry(), root.parent)
    return [d for d in check_corpus(corpus) if d.path == f"docs/{rel}"]


def codes(diagnostics) -> list[tuple[str, str, int, int]]:
    return [(d.code, d.level, d.line, d.col) for d in diagnostics]


def test_valid_references_produce_nothing(docs: Path) -> None:
    assert check(docs, "en/page.md", "See [[ISO 9001 8.5.1]] and [[ISO 9001 8.5.1|this]] and [[ISO 9001]].\n") == []


def test_r001_malformed(docs: Path) -> None:
    found = check(docs, "en/page.md", "x\n  [[ISO9001 8.5.1]]\n")
    assert codes(found) == [("R001", "error", 2, 3)]
    assert "space between ISO and the number" in found[0].message


def test_r002_unknown_standard(docs: Path) -> None:
    found = check(docs, "en/page.md", "[[ISO 45001 4.1]]\n")
    assert codes(found) == [("R002", "error", 1, 1)]
    assert "ISO 9001, ISO 14001, ISO/IEC 27001" in found[0].message


def test_r003_unknown_edition(docs: Path) -> None:
    assert codes(check(docs, "en/page.md", "[[ISO 9001:2008 4.1]]\n")) == [("R003", "error", 1, 1)]


def test_r004_unknown_clause_suggests_nearest(docs: Path) -> None:
    found = check(docs, "en/page.md", "[[ISO 9001 8.5.9]]\n")
    assert codes(found) == [("R004", "error", 1, 1)]
    assert "did you mean" in found[0].message and "8.5" in found[0].message


def test_r005_2013_control_under_2022_suggests_equivalent(docs: Path) -> None:
    found = check(docs, "en/page.md", "[[ISO/IEC 27001 A.12.4.1]]\n")
    assert codes(found) == [("R005", "error", 1, 1)]
    assert "A.8.15" in found[0].message and "[[ISO/IEC 27001:2013 A.12.4.1]]" in found[0].message


def test_explicit_old_edition_resolves_to_current_section(docs: Path) -> None:
    assert check(docs, "en/page.md", "[[ISO/IEC 27001:2013 A.12.4.1]]\n") == []


def test_r006_no_section_is_a_warning(docs: Path) -> None:
    assert codes(check(docs, "en/page.md", "[[ISO 9001 9.3]]\n")) == [("R006", "warning", 1, 1)]


def test_r007_section_missing_in_this_language(docs: Path) -> None:
    write(docs, "en/iso-9001/8-operation.md", "# [[ISO 9001 8]]\n\n## [[ISO 9001 8.5]]\n\n### [[ISO 9001 8.5.1]]\n\n### [[ISO 9001 8.5.2]]\n")
    found = check(docs, "bg/page.md", "Виж [[ISO 9001 8.5.2]].\n")
    assert codes(found) == [("R007", "error", 1, 5)]
    assert "docs/bg/iso-9001/8-operation.md" in found[0].message


def test_r009_heading_with_label_or_old_edition(docs: Path) -> None:
    found = check(docs, "en/page.md", "## [[ISO 9001 4.1|x]]\n\n## [[ISO 14001:2015 6.1.4]]\n")
    assert codes(found) == [("R009", "error", 1, 4), ("R009", "error", 3, 4)]


def test_r009_duplicate_section_across_pages(docs: Path) -> None:
    found = check(docs, "en/other.md", "## [[ISO 9001 8.5.1]]\n")
    assert [d.code for d in found] == ["R009"]
    assert "already has a section in docs/en/iso-9001/8-operation.md" in found[0].message


def test_r010_r011_structural_parity(docs: Path) -> None:
    found = check(docs, "bg/iso-9001/8-operation.md", "# [[ISO 9001 8]]\n\n## [[ISO 9001 8.5]]\n\n### [[ISO 9001 8.5.2]]\n")
    assert sorted(d.code for d in found) == ["R010", "R011"]


def test_code_is_ignored(docs: Path) -> None:
    assert check(docs, "en/page.md", "`[[ISO 9001 99]]`\n\n```\n[[bad]]\n```\n") == []


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "scripts/check_refs.py", *args], cwd=ROOT, capture_output=True, text=True)


def test_cli_passes_on_the_real_corpus() -> None:
    result = run_cli()
    assert result.returncode == 0, result.stdout + result.stderr
    assert " error(s)" in result.stderr


@pytest.fixture()
def docs_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", copy)
    return copy


def test_cli_reports_errors_with_location_and_exit_1(docs_copy: Path) -> None:
    bad = docs_copy / "en" / "checker-test.md"
    bad.write_text("Line one.\nSee [[ISO/IEC 27001 A.12.4.1]].\n", encoding="utf-8")
    result = run_cli("--docs-dir", str(docs_copy), str(bad))
    json_result = run_cli("--docs-dir", str(docs_copy), "--format", "json", str(bad))
    assert result.returncode == 1
    assert f"{bad}:2:5: error: R005 " in result.stdout
    data = json.loads(json_result.stdout)
    assert data[0]["code"] == "R005" and data[0]["line"] == 2 and json_result.returncode == 1


def test_cli_github_annotations(docs_copy: Path) -> None:
    bad = docs_copy / "en" / "checker-test.md"
    bad.write_text("[[ISO 9001 8.5.9]]\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "scripts/check_refs.py", "--docs-dir", str(docs_copy), str(bad)], cwd=ROOT,
                            capture_output=True, text=True, env={**os.environ, "GITHUB_ACTIONS": "true"})
    assert result.returncode == 1
    assert f"::error file={bad},line=1,col=1,title=R004::" in result.stdout


def test_cli_coverage() -> None:
    result = run_cli("--coverage")
    assert "ISO 9001:2015 [en]" in result.stdout and "ISO/IEC 27001:2022 [sr]" in result.stdout


def test_s001_s002_section_structure(docs: Path) -> None:
    from msdocs.refs.check import scan_page
    from msdocs.structure import structure_diagnostics

    text = ("# [[ISO 9001 8]]\n\n## [[ISO 9001 8.5]]\n\n**What the clause asks.** x\n\n**In a municipality.** y\n\n"
            "**Related clauses.** z\n\n### [[ISO 9001 8.5.1]]\n\n**In a municipality.** a\n\n**What the clause asks.** b\n\n"
            '!!! example "Illustrative example"\n    c\n\n**Evidence an auditor will look for.**\n\n- d\n\n**Related clauses.** e\n')
    page, _ = scan_page(text, "en", "p.md", "docs/en/p.md", registry())
    found = structure_diagnostics(text, "en", "docs/en/p.md", page, registry())
    assert [(d.code, d.line) for d in found] == [("S001", 11), ("S002", 11)]
    assert "**Common pitfalls.**" in found[0].message
