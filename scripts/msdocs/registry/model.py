"""The clause registry as Python objects (pure data, no I/O)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CHANGE_KINDS = ("unchanged", "retitled", "renumbered", "split", "merged", "added", "removed", "changed")


def parent_number(number: str) -> str | None:
    """``8.5.1`` → ``8.5``; ``A.5.15`` → ``A.5``; ``A.5`` → ``A``; ``8`` and ``A`` → None."""
    if "." not in number:
        return None
    return number.rsplit(".", 1)[0]


def number_sort_key(number: str) -> tuple:
    """Document order: 4 < 4.1 < 4.10 < 5 < A < A.5 < A.5.2 < A.5.10."""
    parts = number.split(".")
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


def number_slug(number: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", number.lower()).strip("-")


@dataclass(frozen=True)
class Clause:
    standard: str  # canonical name, e.g. "ISO/IEC 27001"
    edition: str  # e.g. "2022"
    number: str  # e.g. "A.5.15"
    titles: dict[str, str] | None  # None: a numbered paragraph the standard leaves untitled
    verified: dict[str, str]
    note: str | None
    path: str  # data file, for messages
    line: int

    @property
    def parent(self) -> str | None:
        return parent_number(self.number)

    def title(self, lang: str) -> str | None:
        return self.titles[lang] if self.titles else None


@dataclass(frozen=True)
class Change:
    """One row of a correspondence between two editions."""

    old: str | None  # None for a clause added in the new edition
    new: tuple[str, ...]  # empty for a removed clause
    kind: str
    note: str | None
    line: int


@dataclass
class Correspondence:
    standard: str
    old_edition: str
    new_edition: str
    changes: list[Change]
    sources: dict[str, dict]
    path: str

    def forward(self, old_number: str) -> Change | None:
        return next((c for c in self.changes if c.old == old_number), None)

    def backward(self, new_number: str) -> list[Change]:
        return [c for c in self.changes if new_number in c.new]


@dataclass
class Edition:
    standard: str
    edition: str
    titles: dict[str, str]
    clauses: dict[str, Clause]  # by number, in document order
    sources: dict[str, dict]
    amendments: list[dict]
    path: str

    @property
    def key(self) -> str:
        return f"{self.standard}:{self.edition}"


@dataclass
class Standard:
    name: str
    aliases: tuple[str, ...]
    anchor_prefix: str
    guide: str  # page path relative to a language folder
    current: str
    references_written_for: str
    editions: dict[str, Edition] = field(default_factory=dict)

    def anchor(self, number: str) -> str:
        """Anchor of the guideline section interpreting ``number`` (current edition)."""
        return f"{self.anchor_prefix}-{number_slug(number)}"

    @property
    def current_edition(self) -> Edition:
        return self.editions[self.current]


@dataclass
class Registry:
    standards: dict[str, Standard]  # by canonical name
    correspondences: list[Correspondence]
    harmonized: list[dict]  # rows of the harmonized structure
    _by_name: dict[str, Standard] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        self._by_name = {
            _normalize_name(alias): std for std in self.standards.values() for alias in (std.name, *std.aliases)
        }

    def standard(self, name: str) -> Standard | None:
        """Look a standard up by its name or an alias (case- and space-insensitive)."""
        return self._by_name.get(_normalize_name(name))

    def correspondence(self, standard: str, old: str, new: str) -> Correspondence | None:
        for corr in self.correspondences:
            if (corr.standard, corr.old_edition, corr.new_edition) == (standard, old, new):
                return corr
        return None

    def all_clauses(self):
        for std in self.standards.values():
            for edition in std.editions.values():
                yield from edition.clauses.values()


def _normalize_name(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip()).upper()
