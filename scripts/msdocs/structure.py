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
