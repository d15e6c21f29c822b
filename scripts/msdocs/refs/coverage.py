"""Which clauses of each standard's current edition have a guideline section, per language."""

from __future__ import annotations

from dataclasses import dataclass

from ..registry.model import Registry
from .check import Corpus


@dataclass(frozen=True)
class CoverageRow:
    standard: str
    edition: str
    lang: str
    covered: int
    total: int
    missing: tuple[str, ...]

    @property
    def percent(self) -> int:
        return round(100 * self.covered / self.total) if self.total else 100


def coverage(registry: Registry, corpus: Corpus, langs: list[str]) -> list[CoverageRow]:
    rows = []
    for std in registry.standards.values():
        edition = std.current_edition
        numbers = list(edition.clauses)
        for lang in langs:
            missing = tuple(n for n in numbers if corpus.section(lang, std.name, n) is None)
            rows.append(CoverageRow(std.name, edition.edition, lang, len(numbers) - len(missing), len(numbers), missing))
    return rows
