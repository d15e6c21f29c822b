"""The termbase (data/glossary.yml): glossary pages, abbreviations, terminology check.

The terminology check (code T001) flags a deprecated variant in Bulgarian or
Serbian text with the preferred term. Bulgarian and Serbian inflect, so each
word of a deprecated phrase matches with any ending (корективна акција also
matches корективне акције).

A line may use a deprecated variant on purpose (e.g. "internal audit" in the
sense of the statutory public-sector audit, not the ISO one): add the comment
``<!-- terminology: allow -->`` to that line.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_NEWLINE = re.compile("\n")

from . import yamlio
from .languages import REPO_ROOT
from .refs.check import Diagnostic
from .refs.parse import skipped_regions
from .yamlio import DataError, LineDict

GLOSSARY_YML = REPO_ROOT / "data" / "glossary.yml"
LANGS = ("en", "bg", "sr")
ALLOW_MARK = "<!-- terminology: allow -->"


@dataclass(frozen=True)
class Entry:
    lang: str
    term: str
    definition: str
    abbr: str | None
    deprecated: tuple[str, ...]


@dataclass(frozen=True)
class Term:
    id: str
    entries: dict[str, Entry]
    line: int


def parse_glossary(data: object, path: Path) -> list[Term]:
    if not isinstance(data, LineDict) or not isinstance(data.get("terms"), list):
        raise DataError(path, 1, "expected 'terms:' with a list of entries")
    terms: list[Term] = []
    seen: dict[str, int] = {}
    for item in data["terms"]:
        line = item.start_line if isinstance(item, LineDict) else 1
        term_id = item.get("id") if isinstance(item, dict) else None
        if not term_id:
            raise DataError(path, line, "a term needs an id (lowercase words joined by hyphens)")
        if term_id in seen:
            raise DataError(path, line, f"term id {term_id!r} is used twice (also on line {seen[term_id]})")
        seen[term_id] = line
        entries = {}
        for lang in LANGS:
            value = item.get(lang)
            if not isinstance(value, dict) or not value.get("term") or not value.get("definition"):
                raise DataError(path, line, f"term {term_id}: {lang} needs a term and a definition")
            unknown = set(value) - {"term", "definition", "abbr", "deprecated"}
            if unknown:
                raise DataError(path, line, f"term {term_id}: {lang} has unknown keys {sorted(unknown)}")
            entries[lang] = Entry(lang, value["term"], value["definition"], value.get("abbr"), tuple(value.get("deprecated") or ()))
        terms.append(Term(term_id, entries, line))
    return terms


@lru_cache(maxsize=None)
def load_glossary(path: Path = GLOSSARY_YML) -> tuple[Term, ...]:
    return tuple(parse_glossary(yamlio.load(path), path))


@lru_cache(maxsize=None)
def _variant_pattern(phrase: str) -> re.Pattern[str]:
    words = phrase.split()
    parts = []
    for word in words:
        if len(words) == 1 and len(word) <= 5:
            parts.append(re.escape(word))  # short single words: exact (купац must not match купује)
            continue
        stem = word[:-2] if len(word) > 6 else word[:-1] if len(word) > 3 else word
        parts.append(re.escape(stem) + r"\w{0,4}")
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", re.IGNORECASE)


def _deprecated_patterns(lang: str, terms: tuple[Term, ...]) -> tuple[tuple[re.Pattern[str], str, str], ...]:
    return tuple(
        (_variant_pattern(variant), variant, term.entries[lang].term)
        for term in terms
        for variant in term.entries[lang].deprecated
    )


def terminology_diagnostics(text: str, lang: str, display_path: str, terms: tuple[Term, ...]) -> list[Diagnostic]:
    """T001 warnings for deprecated variants outside code and foreign-language spans."""
    if lang not in ("bg", "sr"):
        return []
    regions = skipped_regions(text)
    regions += [(m.start(), m.end()) for m in re.finditer(r'<span lang="(?!' + lang + r')[^"]*">.*?</span>', text, re.DOTALL)]
    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    lines = text.split("\n")
    out = []
    for pattern, variant, preferred in _deprecated_patterns(lang, terms):
        for match in pattern.finditer(text):
            if any(start <= match.start() < end for start, end in regions):
                continue
            line = bisect.bisect_right(line_starts, match.start()) - 1
            if ALLOW_MARK in lines[line]:
                continue
            out.append(Diagnostic(display_path, line + 1, match.start() - line_starts[line] + 1, "warning", "T001",
                                  f"'{match.group(0)}' is a deprecated variant of '{variant}'; use the glossary term '{preferred}'"))
    return out


def abbreviations(lang_source: str, terms: tuple[Term, ...]) -> dict[str, str]:
    """Abbreviation -> expansion, for the abbr extension (hover text across the site)."""
    out = {}
    for term in terms:
        entry = term.entries[lang_source]
        if entry.abbr:
            out[entry.abbr] = entry.term
        if lang_source != "en" and term.entries["en"].abbr and term.entries["en"].abbr not in out:
            out[term.entries["en"].abbr] = entry.term  # English abbreviations used in any language
    return out
