"""The site's languages and reading variants, read from ``mkdocs.yml``.

``mkdocs.yml`` (``plugins.i18n.languages``) is the single list of languages.
Each entry's ``extra`` carries what the tooling needs beyond static-i18n:
``lang_tag`` (the BCP 47 tag written to ``lang``/``hreflang``) and, for a
variant derived by transliteration, ``derived_from``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import yamlio
from .yamlio import DataError

REPO_ROOT = Path(__file__).resolve().parents[2]
MKDOCS_YML = REPO_ROOT / "mkdocs.yml"


@dataclass(frozen=True)
class Language:
    code: str  # locale, docs folder and URL segment: en, bg, sr, sr-latn
    tag: str  # BCP 47 tag for lang and hreflang: en, bg, sr-Cyrl, sr-Latn
    name: str
    default: bool
    derived_from: str | None = None

    @property
    def source_code(self) -> str:
        """The language whose Markdown files this variant is built from."""
        return self.derived_from or self.code

    @property
    def url_prefix(self) -> str:
        """Site-relative prefix of this variant's pages ('' for the default)."""
        return "" if self.default else f"{self.code}/"


@dataclass(frozen=True)
class SiteLanguages:
    languages: tuple[Language, ...]

    def __iter__(self):
        return iter(self.languages)

    def get(self, code: str) -> Language:
        for lang in self.languages:
            if lang.code == code:
                return lang
        known = ", ".join(lang.code for lang in self.languages)
        raise KeyError(f"unknown language {code!r}; configured languages: {known}")

    @property
    def default(self) -> Language:
        return next(lang for lang in self.languages if lang.default)

    @property
    def authored(self) -> tuple[Language, ...]:
        """Languages that have their own folder under docs/."""
        return tuple(lang for lang in self.languages if not lang.derived_from)

    @property
    def translations(self) -> tuple[Language, ...]:
        """Authored languages other than the default (source) language."""
        return tuple(lang for lang in self.authored if not lang.default)


def parse_languages(config: dict, path: Path = MKDOCS_YML) -> SiteLanguages:
    """Build :class:`SiteLanguages` from a parsed mkdocs.yml, validating it."""
    plugins = config.get("plugins") or []
    i18n = None
    for entry in plugins:
        if isinstance(entry, dict) and "i18n" in entry:
            i18n = entry["i18n"]
    if i18n is None:
        raise DataError(path, None, "plugins.i18n is missing: the site needs mkdocs-static-i18n")
    entries = i18n.get("languages") or []
    langs: list[Language] = []
    for entry in entries:
        line = entry.start_line if isinstance(entry, yamlio.LineDict) else None
        extra = entry.get("extra") or {}
        code = entry.get("locale")
        if not extra.get("lang_tag"):
            raise DataError(
                path, line,
                f"language {code!r} has no extra.lang_tag; add e.g. `extra: {{lang_tag: {code}}}` "
                "(the BCP 47 tag written to lang and hreflang)",
            )
        langs.append(
            Language(
                code=code,
                tag=extra["lang_tag"],
                name=entry.get("name", code),
                default=bool(entry.get("default")),
                derived_from=extra.get("derived_from"),
            )
        )
    codes = {lang.code for lang in langs}
    for lang in langs:
        if lang.derived_from and lang.derived_from not in codes:
            raise DataError(
                path, None,
                f"language {lang.code!r} is derived_from {lang.derived_from!r}, which is not configured",
            )
    if sum(lang.default for lang in langs) != 1:
        raise DataError(path, None, "exactly one language must have `default: true`")
    return SiteLanguages(tuple(langs))


@lru_cache(maxsize=None)
def site_languages(path: Path = MKDOCS_YML) -> SiteLanguages:
    return parse_languages(yamlio.load(path), path)


def check_docs_folders(docs_dir: Path, languages: SiteLanguages) -> list[str]:
    """Problems with the language folders under docs/ (one message each)."""
    problems = []
    authored = {lang.code for lang in languages.authored}
    derived = {lang.code for lang in languages if lang.derived_from}
    for child in sorted(p for p in docs_dir.iterdir() if p.is_dir()):
        if child.name in derived:
            problems.append(
                f"{child}: this folder is generated at build time from "
                f"docs/{languages.get(child.name).derived_from}/; delete it and edit the source instead"
            )
        elif child.name not in authored:
            problems.append(
                f"{child}: folder is not a configured language ({', '.join(sorted(authored))}); "
                "add it to plugins.i18n.languages in mkdocs.yml or move its pages into a language folder"
            )
    for code in sorted(authored):
        if not (docs_dir / code).is_dir():
            problems.append(f"{docs_dir / code}: configured language has no folder; create it")
    for child in sorted(p for p in docs_dir.iterdir() if p.is_file()):
        problems.append(
            f"{child}: pages must live in a language folder (docs/<lang>/); move it"
        )
    return problems
