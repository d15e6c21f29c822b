"""Localized interface strings (data/ui-strings.yml) for every reading variant."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import yamlio
from .languages import REPO_ROOT, SiteLanguages, site_languages
from .translit import to_latin
from .yamlio import DataError

STRINGS_YML = REPO_ROOT / "data" / "ui-strings.yml"


@dataclass(frozen=True)
class Strings:
    path: Path
    table: dict[str, dict[str, str]]
    languages: SiteLanguages

    def get(self, key: str, lang: str, **values: object) -> str:
        """The string ``key`` in language ``lang``, with ``{placeholders}`` filled."""
        language = self.languages.get(lang)
        if key not in self.table:
            raise DataError(self.path, None, f"missing string {key!r}; add it with en, bg and sr values")
        if language.derived_from:
            text = to_latin(self.get(key, language.derived_from))
        else:
            text = self.table[key][lang]
        return text.format(**values) if values else text


def parse_strings(data: object, path: Path, languages: SiteLanguages) -> Strings:
    if not isinstance(data, yamlio.LineDict):
        raise DataError(path, 1, "expected a mapping of string keys to {language: text}")
    needed = [lang.code for lang in languages.authored]
    for key, values in data.items():
        line = data.line(key)
        if not isinstance(values, dict):
            raise DataError(path, line, f"{key}: expected a mapping of language codes ({', '.join(needed)}) to text")
        missing = [code for code in needed if not values.get(code)]
        if missing:
            raise DataError(path, line, f"{key}: missing {', '.join(missing)} text; every language needs its own string")
        unknown = sorted(set(values) - set(needed))
        if unknown:
            raise DataError(path, line, f"{key}: unknown language {', '.join(unknown)}; use {', '.join(needed)}")
    return Strings(path, dict(data), languages)


@lru_cache(maxsize=None)
def load_strings(path: Path = STRINGS_YML) -> Strings:
    return parse_strings(yamlio.load(path), path, site_languages())
