"""Resolve a parsed reference against the registry: what it points at, or what is wrong.

Diagnostic codes (also listed in CONTRIBUTING.md):

R001 error    malformed reference syntax
R002 error    unknown standard
R003 error    unknown edition of a known standard
R004 error    unknown clause (suggests the nearest valid clauses)
R005 error    clause not in that edition (suggests the equivalent in the current one)
R006 warning  the clause has no guideline section yet
R007 error    the section exists in English but is missing in this language
R008 warning  a bare reference whose clause changed between the edition the references
              were written for and the current edition: review it
R009 error    invalid section heading (label, old edition, or duplicate section)
R010 error    a translated page lacks a section its English source has
R011 error    a translated page has a section its English source does not have
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from ..registry.model import Clause, Edition, Registry, Standard, number_sort_key
from .parse import Reference


@dataclass(frozen=True)
class Problem:
    level: str  # "error" or "warning"
    code: str
    message: str


@dataclass(frozen=True)
class Target:
    standard: Standard
    edition: Edition
    clause: Clause | None  # None: the whole standard
    section_number: str | None  # clause of the current edition whose section interprets it
    explicit_edition: bool

    @property
    def display(self) -> str:
        """How the reference reads: 'ISO 9001 8.5.1', 'ISO 14001:2015 6.1.4'."""
        name = self.standard.name + (f":{self.edition.edition}" if self.explicit_edition else "")
        return f"{name} {self.clause.number}" if self.clause else name


def _suggest(number: str, edition: Edition) -> list[str]:
    candidates = list(edition.clauses)
    close = difflib.get_close_matches(number, candidates, n=3, cutoff=0.6)
    parent = number.rsplit(".", 1)[0] if "." in number else None
    if parent in edition.clauses and parent not in close:
        close.append(parent)
    return sorted(close, key=number_sort_key)


def _forward(registry: Registry, std: Standard, edition: str, number: str) -> tuple[str, ...]:
    """The clauses of the current edition that correspond to ``number`` of ``edition``."""
    if edition == std.current:
        return (number,)
    corr = registry.correspondence(std.name, edition, std.current)
    if corr is None:
        return ()
    change = corr.forward(number)
    return change.new if change else ()


def resolve(ref: Reference, registry: Registry) -> tuple[Target | None, list[Problem]]:
    if ref.problem:
        return None, [Problem("error", "R001", ref.problem)]
    std = registry.standard(ref.standard or "")
    if std is None:
        known = ", ".join(s.name for s in registry.standards.values())
        return None, [Problem("error", "R002", f"unknown standard {ref.standard!r}; the guidelines cover {known}")]
    edition_name = ref.edition or std.current
    edition = std.editions.get(edition_name)
    if edition is None:
        return None, [Problem("error", "R003", f"{std.name} has no edition {edition_name} in the registry; known editions: {', '.join(std.editions)}")]
    if ref.clause is None:
        return Target(std, edition, None, None, ref.edition is not None), []
    clause = edition.clauses.get(ref.clause)
    if clause is None:
        for other_name, other in std.editions.items():
            if other_name != edition_name and ref.clause in other.clauses:
                hint = ""
                equivalents = _forward(registry, std, other_name, ref.clause)
                if equivalents and edition_name == std.current:
                    current = std.current_edition
                    named = ", ".join(f"{n} {current.clauses[n].title('en') or ''}".strip() for n in equivalents)
                    hint = (f"; its {std.current} equivalent is {named}: write [[{std.name} {equivalents[0]}]], "
                            f"or [[{std.name}:{other_name} {ref.clause}]] to cite the {other_name} clause")
                else:
                    hint = f"; to cite it, write [[{std.name}:{other_name} {ref.clause}]]"
                return None, [Problem("error", "R005", f"{ref.clause} is a clause of {std.name}:{other_name}, not of {std.name}:{edition_name}{hint}")]
        suggestions = _suggest(ref.clause, edition)
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        return None, [Problem("error", "R004", f"{std.name}:{edition_name} has no clause {ref.clause}{hint}")]
    problems: list[Problem] = []
    if ref.edition is None and std.references_written_for != std.current:
        problems.extend(_edition_review(registry, std, clause))
    section = _forward(registry, std, edition_name, clause.number)
    return Target(std, edition, clause, section[0] if section else None, ref.edition is not None), problems


def _edition_review(registry: Registry, std: Standard, clause: Clause) -> list[Problem]:
    """R008: the bare reference was written for an older edition; did its clause change?"""
    old_name = std.references_written_for
    old = std.editions[old_name]
    corr = registry.correspondence(std.name, old_name, std.current)
    old_clause = old.clauses.get(clause.number)
    if old_clause is None:
        return [Problem("warning", "R008", f"{std.name} {clause.number} is new in {std.current} (references were written for {old_name}): check this reference")]
    change = corr.forward(clause.number) if corr else None
    moved = change is not None and change.new != (clause.number,)
    retitled = old_clause.title("en") != clause.title("en")
    if moved or retitled or (change and change.kind == "changed"):
        then = f"'{old_clause.title('en')}'" if old_clause.titles else "untitled"
        now = f"'{clause.title('en')}'" if clause.titles else "untitled"
        where = f"; in {std.current} its content is in {', '.join(change.new)}" if moved and change else ""
        return [Problem("warning", "R008", (
            f"{std.name} {clause.number} was {then} in {old_name} and is {now} in {std.current}{where}: "
            f"check the reference still means what you intend (references were written for {old_name})"))]
    return []
