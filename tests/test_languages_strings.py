"""Languages from mkdocs.yml, UI strings, docs folder checks."""

from pathlib import Path

import pytest

from msdocs import yamlio
from msdocs.languages import check_docs_folders, parse_languages, site_languages
from msdocs.strings import load_strings, parse_strings
from msdocs.yamlio import DataError


def test_site_languages() -> None:
    langs = site_languages()
    assert [(l.code, l.tag, l.derived_from) for l in langs] == [
        ("en", "en", None), ("bg", "bg", None), ("sr", "sr-Cyrl", None), ("sr-latn", "sr-Latn", "sr"),
    ]
    assert langs.default.code == "en" and [l.code for l in langs.translations] == ["bg", "sr"]


def test_strings_are_complete_and_derived_variant_is_transliterated() -> None:
    strings = load_strings()
    assert strings.get("pdf.contents", "sr") == "Садржај"
    assert strings.get("pdf.contents", "sr-latn") == "Sadržaj"
    assert strings.get("pdf.page", "bg", page=3, pages=9) == "Страница 3 от 9"


def test_missing_translation_of_a_string_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "strings.yml"
    path.write_text("a:\n  en: A\n  bg: А\n  sr: А\nb:\n  en: B\n  bg: Б\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        parse_strings(yamlio.load(path), path, site_languages())
    assert str(info.value).endswith("strings.yml:5: b: missing sr text; every language needs its own string")


def test_duplicate_yaml_key_and_syntax_error(tmp_path: Path) -> None:
    path = tmp_path / "x.yml"
    path.write_text("a: 1\nb: 2\na: 3\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"x.yml:3: duplicate key 'a'"):
        yamlio.load(path)
    path.write_text("a: [1, 2\nb: 3\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"x.yml:\d+: invalid YAML"):
        yamlio.load(path)


def test_language_without_tag_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "mkdocs.yml"
    path.write_text("plugins:\n  - i18n:\n      languages:\n        - locale: en\n          default: true\n", encoding="utf-8")
    with pytest.raises(DataError, match="has no extra.lang_tag"):
        parse_languages(yamlio.load(path), path)


def test_docs_folder_problems(tmp_path: Path) -> None:
    for name in ("en", "bg", "fr", "sr-latn"):
        (tmp_path / name).mkdir()
    (tmp_path / "stray.md").write_text("x")
    problems = "\n".join(check_docs_folders(tmp_path, site_languages()))
    assert "fr: folder is not a configured language" in problems
    assert "sr-latn: this folder is generated at build time from docs/sr/" in problems
    assert "sr: configured language has no folder" in problems
    assert "stray.md: pages must live in a language folder" in problems
