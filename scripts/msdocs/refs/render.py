"""Turn references into Markdown the build renders: section headings and links.

``## [[ISO 9001 8.5.1]]`` becomes ``## 8.5.1 Control of production and service
provision {#iso9001-8-5-1 .clause-heading}`` (title in the page's language), and
``[[ISO 9001 8.5.1]]`` becomes a link to the section that interprets the clause,
with the localized title as its tooltip. MkDocs then resolves and validates the
links like any other.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from typing import Callable

from ..registry.model import Clause, Registry, number_slug
from .check import Corpus, PageScan
from .resolve import Target

INDEX_DIR = "clauses"


def index_page(standard_prefix: str) -> str:
    """Generated clause index of a standard, e.g. clauses/iso9001.md."""
    return f"{INDEX_DIR}/{standard_prefix}.md"


def transition_page(standard_prefix: str, old: str, new: str) -> str:
    return f"{INDEX_DIR}/{standard_prefix}-{old}-{new}.md"


def old_edition_anchor(standard_prefix: str, edition: str, number: str) -> str:
    return f"{standard_prefix}-{edition}-{number_slug(number)}"


@dataclass
class Renderer:
    registry: Registry
    corpus: Corpus
    section_lang: str  # language whose section index applies (sr for the sr-latn variant)
    title: Callable[[Clause], str | None]  # localized clause title
    standard_title: Callable[[str], str]  # localized full title of a standard, by name
    missing_note: str  # tooltip for a clause that has no section yet

    def heading(self, target: Target, level: int, attrs: str | None) -> str:
        clause = target.clause
        assert clause is not None
        title = self.title(clause)
        text = f"{clause.number} {title}" if title else clause.number
        extra = f" {attrs.strip('{} :')}" if attrs else ""
        return f"{'#' * level} {text} {{ #{target.standard.anchor(clause.number)} .clause-heading{extra} }}"

    def _href(self, page_norm: str, target_norm: str, anchor: str | None) -> str:
        rel = posixpath.relpath(target_norm, posixpath.dirname(page_norm) or ".")
        return f"{rel}#{anchor}" if anchor else rel

    def link(self, page_norm: str, target: Target, label: str | None) -> str:
        std = target.standard
        text = label or target.display
        if target.clause is None:
            return f'[{text}]({self._href(page_norm, std.guide, None)} "{_q(self.standard_title(std.name))}"){{ .clause-ref }}'
        clause = target.clause
        title = self.title(clause)
        tooltip = f"{clause.number} {title}" if title else clause.number
        number = target.section_number
        located = self.corpus.section(self.section_lang, std.name, number) if number else None
        if located:
            href = self._href(page_norm, located[0], std.anchor(number))
            if number != clause.number:
                tooltip += f" → {std.name}:{std.current} {number}"
            return f'[{text}]({href} "{_q(tooltip)}"){{ .clause-ref }}'
        if target.edition.edition != std.current:
            corr_page = transition_page(std.anchor_prefix, target.edition.edition, std.current)
            href = self._href(page_norm, corr_page, old_edition_anchor(std.anchor_prefix, target.edition.edition, clause.number))
        else:
            href = self._href(page_norm, index_page(std.anchor_prefix), std.anchor(clause.number))
        return f'[{text}]({href} "{_q(tooltip)} ({_q(self.missing_note)})"){{ .clause-ref .clause-ref--missing }}'

    def render(self, text: str, page: PageScan) -> str:
        out: list[str] = []
        pos = 0
        for ref, target, _problems in page.resolved:
            if target is None:
                continue  # reported as an error; left as written
            out.append(text[pos : ref.start])
            if ref.heading_level is not None and target.clause is not None and ref.label is None:
                # the whole heading line is replaced
                line_start = text.rfind("\n", 0, ref.start) + 1
                line_end = text.find("\n", ref.end)
                line_end = len(text) if line_end == -1 else line_end
                out[-1] = out[-1][: len(out[-1]) - (ref.start - line_start)]
                out.append(self.heading(target, ref.heading_level, ref.heading_attrs))
                pos = line_end
            else:
                out.append(self.link(page.norm_path, target, ref.label))
                pos = ref.end
        out.append(text[pos:])
        return "".join(out)


def _q(text: str) -> str:
    return text.replace('"', "&quot;")
