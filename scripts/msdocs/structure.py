"""Section structure: every clause and control section has its template's parts, in order.

S001 error  a section lacks a part of its template
S002 error  the parts of a section are out of order

The parts and their labels per language are in data/page-templates.yml; which
template applies follows from the registry: an Annex A control, a clause with
subclauses (overview) or a clause without (full).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from . import yamlio
from .languages import REPO_ROOT
from .refs.check import Diagnostic, PageScan
from .registry.model import Registry

TEMPLATES_YML = REPO_ROOT / "data" / "page-templates.yml"
_HEADING = re.compile(r"^#{1,6}\s")


@lru_cache(maxsize=None)
def load_labels(path: Path = TEMPLATES_YML) -> dict:
    return yamlio.load(path)


def _kind(registry: Registry, standard: str, number: str) -> str:
    if re.fullmatch(r"A\.\d+\.\d+", number):
        return "control"
    edition = registry.standards[standard].current_edition
    has_children = any(n.startswith(number + ".") for n in edition.clauses)
    return "overview" if has_children else "full"


def structure_diagnostics(text: str, lang: str, display_path: str, page: PageScan, registry: Registry,
                          labels: dict | None = None) -> list[Diagnostic]:
    labels = labels or load_labels()
    lines = text.split("\n")
    heading_lines = [i for i, line in enumerate(lines) if _HEADING.match(line)]
    out = []
    for ref, target, _ in page.resolved:
        if ref.heading_level is None or ref.heading_level == 1 or target is None or target.clause is None:
            continue
        start = ref.line  # index of the line after the heading (lines are 1-based)
        end = next((i for i in heading_lines if i >= start), len(lines))
        body = [line.strip() for line in lines[start:end]]
        kind = _kind(registry, target.standard.name, target.clause.number)
        wanted = labels["control"][lang] if kind == "control" else labels["clause"][kind][lang]
        positions = []
        for label in wanted:
            found = next((i for i, line in enumerate(body) if line.startswith(label)), None)
            if found is None:
                out.append(Diagnostic(display_path, ref.line, 1, "error", "S001",
                                      f"section {target.display} lacks the part {label}; add it (templates/README.md lists the parts in order)"))
            else:
                positions.append((found, label))
        if positions != sorted(positions):
            order = ", ".join(label for _, label in positions)
            out.append(Diagnostic(display_path, ref.line, 1, "error", "S002",
                                  f"the parts of section {target.display} are out of order ({order}); follow templates/README.md"))
    return out


_ID_HEADING = re.compile(r"^(#{2,6})\s+(?!\[\[).*?\{[^}]*#([\w-]+)[^}]*\}\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


def heading_ids(text: str) -> list[tuple[int, str]]:
    """(line, id) of the headings (other than clause sections) that carry an explicit id."""
    out, in_fence = [], False
    for number, line in enumerate(text.split("\n"), start=1):
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and (match := _ID_HEADING.match(line)):
            out.append((number, match.group(2)))
    return out


def heading_id_diagnostics(text: str, english: str, display_path: str) -> list[Diagnostic]:
    """S003: a translation's headings must carry the ids of its English page, in the same order,
    so that links to them and the language selector work in every language."""
    mine = [i for _, i in heading_ids(text)]
    theirs = [i for _, i in heading_ids(english)]
    if mine == theirs:
        return []
    missing = [i for i in theirs if i not in mine]
    extra = [i for i in mine if i not in theirs]
    detail = (f"missing {{#{', #'.join(missing)}}}" if missing else "") + \
             ("; " if missing and extra else "") + (f"not in English: #{', #'.join(extra)}" if extra else "")
    return [Diagnostic(display_path, 1, 1, "error", "S003",
                       f"heading ids differ from the English page ({detail or 'different order'}); "
                       "give each heading the same {#id} as its English counterpart")]
