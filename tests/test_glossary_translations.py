"""Termbase, terminology check and git-based translation status."""

import subprocess
from pathlib import Path

import pytest

from msdocs import yamlio
from msdocs.glossary import abbreviations, load_glossary, parse_glossary, terminology_diagnostics
from msdocs.translations import source_diff, translation_status
from msdocs.yamlio import DataError

ROOT = Path(__file__).resolve().parents[1]


def test_real_glossary_loads_with_abbreviations() -> None:
    terms = load_glossary()
    assert len(terms) >= 30
    assert abbreviations("en", terms)["QMS"] == "quality management system"
    bg = abbreviations("bg", terms)
    assert bg["СУК"] == "система за управление на качеството" and bg["ISMS"].startswith("система за управление на сигурността")


def test_deprecated_variant_is_reported_with_line_and_preferred_term() -> None:
    text = "# Наслов\n\nПрва линија.\nПредузете су корективне акције после провере.\n"
    found = terminology_diagnostics(text, "sr", "docs/sr/x.md", load_glossary())
    assert [d.format() for d in found] == [
        "docs/sr/x.md:4:14: warning: T001 'корективне акције' is a deprecated variant of 'корективна акција'; "
        "use the glossary term 'корективна мера'"
    ]


def test_terminology_check_skips_code_foreign_spans_and_allowed_lines() -> None:
    text = ("`корективна акција`\n<span lang=\"bg\">информационна сигурност</span>\n"
            "интерна ревизија по закону <!-- terminology: allow -->\n")
    assert terminology_diagnostics(text, "sr", "x.md", load_glossary()) == []
    assert terminology_diagnostics("информационна сигурност", "bg", "x.md", load_glossary())[0].code == "T001"


def test_real_corpus_uses_glossary_terms() -> None:
    terms = load_glossary()
    found = []
    for lang in ("bg", "sr"):
        for path in sorted((ROOT / "docs" / lang).rglob("*.md")):
            found += terminology_diagnostics(path.read_text(encoding="utf-8"), lang, str(path), terms)
    assert [d.format() for d in found] == []


def test_glossary_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "g.yml"
    path.write_text("terms:\n  - id: a\n    en: {term: a, definition: d}\n    bg: {term: б, definition: д}\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"g.yml:2: term a: sr needs a term and a definition"):
        parse_glossary(yamlio.load(path), path)


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@x", "PATH": "/usr/bin:/bin"})


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_editing_the_english_source_makes_translations_stale(tmp_path: Path) -> None:
    repo = tmp_path
    git(repo, "init", "-q")
    write(repo / "docs/en/page.md", "# Page\n\nOld text.\n")
    write(repo / "docs/en/only-english.md", "# New\n")
    write(repo / "docs/bg/page.md", "# Страница\n\nСтар текст.\n")
    write(repo / "docs/sr/page.md", "# Страница\n\nСтари текст.\n")
    write(repo / "docs/sr/orphan.md", "# Сироче\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "first", "--date=2026-01-01T00:00:00")
    subprocess.run(["git", "-C", str(repo), "commit", "--amend", "-q", "--no-edit"], check=True, capture_output=True,
                   env={"GIT_COMMITTER_DATE": "2026-01-01T00:00:00", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@x",
                        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x", "PATH": "/usr/bin:/bin"})
    status = {(s.lang, s.path): s.state for s in translation_status(repo, repo / "docs", "en", ["bg", "sr"])}
    assert status == {("bg", "only-english.md"): "missing", ("bg", "page.md"): "current",
                      ("sr", "only-english.md"): "missing", ("sr", "orphan.md"): "orphaned", ("sr", "page.md"): "current"}

    write(repo / "docs/en/page.md", "# Page\n\nNew text.\n")
    git(repo, "commit", "-q", "-am", "edit the English source")
    stale = [s for s in translation_status(repo, repo / "docs", "en", ["bg", "sr"]) if s.path == "page.md"]
    assert [(s.lang, s.state) for s in stale] == [("bg", "stale"), ("sr", "stale")]
    diff = source_diff(repo, repo / "docs", "en", stale[0])
    assert "-Old text." in diff and "+New text." in diff

    write(repo / "docs/bg/page.md", "# Страница\n\nНов текст.\n")
    git(repo, "commit", "-q", "-am", "update the translation")
    states = {(s.lang, s.path): s.state for s in translation_status(repo, repo / "docs", "en", ["bg", "sr"])}
    assert states[("bg", "page.md")] == "current" and states[("sr", "page.md")] == "stale"


def test_short_deprecated_words_match_exactly() -> None:
    terms = load_glossary()
    assert terminology_diagnostics("Општина купује опрему.", "sr", "x.md", terms) == []
    assert [d.code for d in terminology_diagnostics("Сваки купац добија уверење.", "sr", "x.md", terms)] == ["T001"]
