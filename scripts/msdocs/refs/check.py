"""Check clause references and section structure across the Markdown corpus.

One implementation serves the command line (scripts/check_refs.py) and the
MkDocs build (scripts/msdocs/hooks.py), so the two never disagree.
"""

from __future__ import annotations

import json
import re

import yaml
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..registry.model import Registry
from .parse import Reference, find_references
from .resolve import Problem, Target, resolve


@dataclass(frozen=True, order=True)
class Diagnostic:
    path: str
    line: int
    col: int
    level: str
    code: str
    message: str

    def format(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.level}: {self.code} {self.message}"

    def github(self) -> str:
        kind = "error" if self.level == "error" else "warning"
        message = self.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::{kind} file={self.path},line={self.line},col={self.col},title={self.code}::{message}"


@dataclass
class Section:
    number: str
    line: int


@dataclass
class PageScan:
    lang: str
    norm_path: str  # path inside the language folder, e.g. iso-9001/8-operation.md
    display_path: str  # for messages, e.g. docs/bg/iso-9001/8-operation.md
    refs: list[Reference]
    title: str | None = None  # front matter title or first "# " heading, as written
    resolved: list[tuple[Reference, Target | None, list[Problem]]] = field(default_factory=list)
    sections: dict[tuple[str, str], Section] = field(default_factory=dict)  # (standard, number)


@dataclass
class Corpus:
    source_lang: str
    pages: dict[str, dict[str, PageScan]]  # lang -> norm path -> scan
    diagnostics: list[Diagnostic]
    # lang -> (standard, number) -> (norm path, section): built by index_sections()
    sections: dict[str, dict[tuple[str, str], tuple[str, Section]]] = field(default_factory=dict)

    def section(self, lang: str, standard: str, number: str) -> tuple[str, Section] | None:
        return self.sections.get(lang, {}).get((standard, number))

    def index_sections(self) -> list[Diagnostic]:
        """Build the section index; a clause with sections on two pages is an error."""
        problems = []
        for lang, page_map in self.pages.items():
            index = self.sections[lang] = {}
            for norm in sorted(page_map):
                page = page_map[norm]
                for key, section in page.sections.items():
                    if key in index:
                        first_norm, first = index[key]
                        problems.append(Diagnostic(page.display_path, section.line, 1, "error", "R009",
                                                   f"{key[0]} {key[1]} already has a section in "
                                                   f"{page_map[first_norm].display_path}:{first.line}; keep one"))
                    else:
                        index[key] = (norm, section)
        return problems


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FRONT_MATTER_KEYS = {"title", "description", "pdf", "search", "hide", "template", "translation_of"}
_FRONT = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?---[ \t]*\n", re.DOTALL)


def front_matter_diagnostics(text: str, display_path: str) -> list[Diagnostic]:
    """F001: front matter that is not valid YAML (MkDocs would silently show it as text);
    F002: front matter keys the site does not use (usually a typo)."""
    match = _FRONT.match(text)
    if not match:
        return []
    try:
        data = yaml.load(match.group("yaml") or "", Loader=_YAML_LOADER) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        col = mark.column + 1 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc)
        return [Diagnostic(display_path, line, col, "error", "F001",
                           f"front matter is not valid YAML ({problem}); quote values that contain ':', '[', '{{' or '#'")]
    if not isinstance(data, dict):
        return [Diagnostic(display_path, 2, 1, "error", "F001", "front matter must be 'key: value' lines, e.g. 'description: ...'")]
    out = []
    for number, line in enumerate((match.group("yaml") or "").splitlines(), start=2):
        key = line.split(":", 1)[0].strip()
        if line[:1].isalpha() and ":" in line and key not in FRONT_MATTER_KEYS:
            out.append(Diagnostic(display_path, number, 1, "error", "F002",
                                  f"unknown front matter key {key!r}; the site uses {', '.join(sorted(FRONT_MATTER_KEYS))}"))
    return out


def scan_page(text: str, lang: str, norm_path: str, display_path: str, registry: Registry) -> tuple[PageScan, list[Diagnostic]]:
    """References and sections of one page, with the problems local to the page."""
    page = PageScan(lang, norm_path, display_path, find_references(text), _title(text))
    diagnostics: list[Diagnostic] = front_matter_diagnostics(text, display_path)

    def report(ref: Reference, problem: Problem) -> None:
        diagnostics.append(Diagnostic(display_path, ref.line, ref.col, problem.level, problem.code, problem.message))

    for ref in page.refs:
        target, problems = resolve(ref, registry)
        page.resolved.append((ref, target, problems))
        for problem in problems:
            report(ref, problem)
        if ref.heading_level is None or target is None:
            continue
        if ref.label is not None:
            report(ref, Problem("error", "R009", "a section heading cannot have a label: write the heading as [[STANDARD CLAUSE]] only; the title comes from the registry"))
        elif target.clause is None:
            report(ref, Problem("error", "R009", "a section heading must name a clause, e.g. ## [[ISO 9001 8.5.1]]"))
        elif target.explicit_edition and target.edition.edition != target.standard.current:
            report(ref, Problem("error", "R009", f"sections interpret the current edition ({target.standard.name}:{target.standard.current}); write the heading without an edition"))
        else:
            key = (target.standard.name, target.clause.number)
            if key in page.sections:
                report(ref, Problem("error", "R009", f"{target.display} already has a section on line {page.sections[key].line}; merge the two"))
            else:
                page.sections[key] = Section(target.clause.number, ref.line)
    return page, diagnostics


_TITLE = re.compile(r"\A---[ \t]*\n(?:.*\n)*?title:[ \t]*[\"']?(?P<fm>[^\n\"']+)|^#[ \t]+(?P<h1>[^\n]+?)[ \t]*(?:\{[^}\n]*\})?[ \t]*$", re.MULTILINE)


def _title(text: str) -> str | None:
    match = _TITLE.search(text)
    if not match:
        return None
    return (match.group("fm") or match.group("h1")).strip()


def scan_corpus(docs_dir: Path, langs: list[str], source_lang: str, registry: Registry, root: Path) -> Corpus:
    pages: dict[str, dict[str, PageScan]] = {}
    diagnostics: list[Diagnostic] = []
    for lang in langs:
        pages[lang] = {}
        base = docs_dir / lang
        for path in sorted(base.rglob("*.md")):
            norm = path.relative_to(base).as_posix()
            display = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
            page, found = scan_page(path.read_text(encoding="utf-8"), lang, norm, display, registry)
            pages[lang][norm] = page
            diagnostics.extend(found)
    corpus = Corpus(source_lang, pages, diagnostics)
    diagnostics.extend(corpus.index_sections())
    return corpus


def cross_page_diagnostics(corpus: Corpus, page: PageScan) -> list[Diagnostic]:
    """R006/R007 for the references of a page, R010/R011 for its sections."""
    out: list[Diagnostic] = []
    source = corpus.source_lang
    for ref, target, _ in page.resolved:
        if target is None or target.clause is None or ref.heading_level is not None:
            continue
        number = target.section_number
        std = target.standard.name
        if number is None or corpus.section(source, std, number) is None:
            out.append(Diagnostic(page.display_path, ref.line, ref.col, "warning", "R006",
                                  f"{target.display} has no guideline section yet; the link goes to the clause index"))
            continue
        norm, _section = corpus.section(source, std, number)
        if page.lang != source and norm in corpus.pages[page.lang] and corpus.section(page.lang, std, number) is None:
            out.append(Diagnostic(page.display_path, ref.line, ref.col, "error", "R007",
                                  f"the section for {std} {number} is missing in docs/{page.lang}/{norm}: add '## [[{std} {number}]]' there"))
    if page.lang != source:
        original = corpus.pages[source].get(page.norm_path)
        if original is not None:
            for key, section in original.sections.items():
                if key not in page.sections:
                    out.append(Diagnostic(page.display_path, 1, 1, "error", "R010",
                                          f"section [[{key[0]} {key[1]}]] of {original.display_path}:{section.line} is missing in this translation; add it in the same place"))
            for key, section in page.sections.items():
                if key not in original.sections:
                    out.append(Diagnostic(page.display_path, section.line, 1, "error", "R011",
                                          f"section [[{key[0]} {key[1]}]] is not in the English source {original.display_path}; move it there first or remove it"))
    return out


def check_corpus(corpus: Corpus, only: set[str] | None = None) -> list[Diagnostic]:
    """All diagnostics, optionally only for the given display paths."""
    result = list(corpus.diagnostics)
    for page_map in corpus.pages.values():
        for page in page_map.values():
            result.extend(cross_page_diagnostics(corpus, page))
    if only is not None:
        result = [d for d in result if d.path in only]
    return sorted(set(result))


def to_json(diagnostics: list[Diagnostic]) -> str:
    return json.dumps([asdict(d) for d in diagnostics], ensure_ascii=False, indent=2)
