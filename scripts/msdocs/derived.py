"""Reading variants derived by transliteration (Serbian Latin from Serbian Cyrillic).

static-i18n knows ``sr-latn`` as a language without a folder, so it would fall
back to English for every page. After it has built the file list, the pages
that exist in the source language are replaced by generated files holding the
transliterated Markdown; the rest keep the English fallback (and its notice).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import File, Files

from .languages import Language
from .translit import find_foreign_letters, markdown_to_latin, to_latin

# Language settings of static-i18n that a derived variant takes from its source.
DERIVED_TEXT_SETTINGS = ("site_name", "site_description", "copyright")
DERIVED_MAP_SETTINGS = ("nav_translations", "admonition_translations")


def derive_language_settings(i18n_plugin, lang: Language) -> None:
    """Fill the derived variant's static-i18n settings from its source language."""
    target = i18n_plugin.get_language_config(lang.code)
    source = i18n_plugin.get_language_config(lang.derived_from)
    for key in DERIVED_TEXT_SETTINGS:
        if target[key] is None and source[key] is not None:
            target[key] = to_latin(source[key])
    for key in DERIVED_MAP_SETTINGS:
        if not target[key] and source[key]:
            target[key] = {k: to_latin(v) for k, v in source[key].items()}


def foreign_letter_errors(path: Path, text: str) -> list[str]:
    """Messages for Cyrillic letters that have no Serbian Latin equivalent."""
    messages = []
    for hit in find_foreign_letters(text):
        fix = f"did you mean '{hit.hint}'? " if hit.hint else ""
        messages.append(
            f"{path}:{hit.line}:{hit.column}: '{hit.letter}' is not a letter of the Serbian "
            f"Cyrillic alphabet and cannot be transliterated; {fix}if it is quoted from another "
            f'language, wrap it as <span lang="bg">…</span>'
        )
    return messages


def replace_with_derived_pages(files: Files, config, lang: Language, docs_dir: Path) -> list[str]:
    """Swap fallback pages for transliterated source pages; return error messages."""
    errors: list[str] = []
    for file in list(files.documentation_pages()):
        norm = getattr(file, "norm_src_uri", None)
        if norm is None:
            continue
        source_path = docs_dir / lang.derived_from / norm
        if not source_path.is_file():
            continue  # not translated into the source language: keeps the English fallback
        text = source_path.read_text(encoding="utf-8")
        errors.extend(foreign_letter_errors(source_path.relative_to(docs_dir.parent), text))
        derived = File.generated(
            config, f"{lang.code}/{norm}", content=markdown_to_latin(text), inclusion=file.inclusion
        )
        derived.alternates = dict(file.alternates)
        derived.alternates[lang.code] = derived
        derived.locale = lang.code
        derived.locale_alternate_of = lang.code
        derived.localization = lang.code
        derived.norm_src_uri = norm
        derived.derived_source = source_path
        derived.edit_uri = f"{lang.derived_from}/{norm}"
        files.remove(file)
        files.append(derived)
    return errors
