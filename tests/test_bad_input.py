"""Bad input fails the strict build with a message naming the file and the fix.

Each test works on its own copy of the project (PDFs off, to keep them fast).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import mkdocs_build

NO_PDF = {"MSDOCS_PDF": "0", "SITE_URL": "http://127.0.0.1:9/"}


@pytest.fixture()
def project(project_copy: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "project"
    shutil.copytree(project_copy, copy)
    return copy


def add_line(path: Path, line: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + line + "\n", encoding="utf-8")


def build(project: Path, tmp_path: Path):
    return mkdocs_build(project, tmp_path / "site", NO_PDF)


def test_broken_link_missing_anchor_and_bad_references_fail(project: Path, tmp_path: Path) -> None:
    page = project / "docs" / "en" / "about.md"
    add_line(page, "See [the missing page](no-such-page.md).")
    add_line(page, "See [a missing anchor](how-to-use.md#no-such-anchor).")
    add_line(page, "See [[ISO/IEC 27001 A.12.4.1]] and [[ISO 9001 8.5.9]].")
    result = build(project, tmp_path)
    log = result.stdout + result.stderr
    assert result.returncode != 0
    assert "about.md" in log and "no-such-page.md" in log
    assert "no-such-anchor" in log
    assert "docs/en/about.md:" in log and "error: R005" in log and "A.8.15" in log
    assert "error: R004" in log and "did you mean" in log
    assert "Aborted with" in log


def test_reference_errors_in_a_translation_fail_too(project: Path, tmp_path: Path) -> None:
    add_line(project / "docs" / "bg" / "about.md", "Виж [[ISO 9001 99.1]].")
    result = build(project, tmp_path)
    assert result.returncode != 0
    assert "docs/bg/about.md:" in result.stdout + result.stderr


def test_page_missing_from_navigation_fails(project: Path, tmp_path: Path) -> None:
    (project / "docs" / "en" / "orphan.md").write_text("# Orphan\n\nNot in the navigation.\n", encoding="utf-8")
    result = build(project, tmp_path)
    log = result.stdout + result.stderr
    assert result.returncode != 0
    assert "orphan.md" in log and "not included in the \"nav\" configuration" in log


def test_malformed_front_matter_fails(project: Path, tmp_path: Path) -> None:
    page = project / "docs" / "en" / "about.md"
    page.write_text("---\ntitle: [unclosed\n---\n\n# About\n", encoding="utf-8")
    result = build(project, tmp_path)
    log = result.stdout + result.stderr
    assert result.returncode != 0
    assert "docs/en/about.md:3:1: error: F001 front matter is not valid YAML" in log


def test_unconfigured_language_folder_fails(project: Path, tmp_path: Path) -> None:
    (project / "docs" / "fr").mkdir()
    (project / "docs" / "fr" / "index.md").write_text("# Accueil\n", encoding="utf-8")
    result = build(project, tmp_path)
    log = result.stdout + result.stderr
    assert result.returncode != 0
    assert "docs/fr: folder is not a configured language" in log
    assert "add it to plugins.i18n.languages in mkdocs.yml" in log


def test_foreign_letter_in_serbian_source_fails(project: Path, tmp_path: Path) -> None:
    add_line(project / "docs" / "sr" / "about.md", "Овде је грешка: йод.")
    result = build(project, tmp_path)
    log = result.stdout + result.stderr
    assert result.returncode != 0
    assert "docs/sr/about.md:" in log and "'й' is not a letter of the Serbian Cyrillic alphabet" in log
    assert "did you mean 'ј'" in log


def test_untranslated_page_shows_english_with_a_localized_notice(project: Path, tmp_path: Path) -> None:
    (project / "docs" / "bg" / "about.md").unlink()
    result = build(project, tmp_path)
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    assert "not translated into 'bg'" in log and "about.md" in log
    html = (tmp_path / "site" / "bg" / "about" / "index.html").read_text(encoding="utf-8")
    assert "Тази страница все още не е преведена на български език" in html
    assert '<div lang="en">' in html and 'lang="bg"' in html
    assert "data-pagefind-body" not in html  # English text stays out of the Bulgarian search index
    assert '<link rel="alternate" hreflang="bg"' not in html  # not announced as a Bulgarian page
    latin = (tmp_path / "site" / "sr-latn" / "about" / "index.html").read_text(encoding="utf-8")
    assert "nije prevedena" not in latin  # Serbian has the page: it is transliterated, not a fallback


def test_one_language_preview_build(project: Path, tmp_path: Path) -> None:
    """BUILD_ONLY_LOCALE (the fast preview the README offers) builds that language at the root."""
    result = mkdocs_build(project, tmp_path / "site", {**NO_PDF, "BUILD_ONLY_LOCALE": "bg"})
    assert result.returncode == 0, result.stdout + result.stderr
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="bg"' in home and 'action="search/"' in home
    assert "Страницата не е намерена" in (tmp_path / "site" / "404.html").read_text(encoding="utf-8")
