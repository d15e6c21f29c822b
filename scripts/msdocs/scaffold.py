"""Create a new page in every language with the right front matter and template.

Clause pages are generated from the registry (one section per subclause, with
the parts of data/page-templates.yml); topic pages and training modules are
copied from templates/<kind>-page.<lang>.md. Existing files are never
overwritten. With ``nav_after``, the page is also added to the navigation in
mkdocs.yml, right after the given entry.
"""

from __future__ import annotations

import re
from pathlib import Path

from .languages import REPO_ROOT, site_languages
from .registry.load import registry
from .registry.model import number_sort_key
from .structure import load_labels

KINDS = ("clause", "topic", "training")


class ScaffoldError(Exception):
    pass


def clause_page(standard: str, number: str, lang: str) -> str:
    reg = registry()
    std = reg.standard(standard)
    if std is None:
        raise ScaffoldError(f"unknown standard {standard!r}; use one of {', '.join(reg.standards)}")
    clauses = std.current_edition.clauses
    if number not in clauses:
        raise ScaffoldError(f"{std.name}:{std.current} has no clause {number}")
    labels = load_labels()
    text = labels["placeholders"]
    out = ["---", f"description: {text['part'][lang]}", "---", "", f"# [[{std.name} {number}]]", "", text["intro"][lang], ""]
    children = sorted((n for n in clauses if n.startswith(number + ".")), key=number_sort_key)
    for child in children:
        level = min(child.count(".") - number.count(".") + 1, 6)
        out += [f"{'#' * level} [[{std.name} {child}]]", ""]
        if re.fullmatch(r"A\.\d+\.\d+", child):
            kind, parts = "control", labels["control"][lang]
        elif any(n.startswith(child + ".") for n in clauses):
            kind, parts = "overview", labels["clause"]["overview"][lang]
        else:
            kind, parts = "full", labels["clause"]["full"][lang]
        for position, label in enumerate(parts):
            if label.startswith("!!!"):
                out += [label, f"    {text['example'][lang]}", ""]
            elif position in labels["list_parts"][kind]:
                out += [label, "", f"- {text['item'][lang]}", ""]
            else:
                out += [f"{label} {text['part'][lang]}", ""]
    return "\n".join(out).rstrip() + "\n"


def template_page(kind: str, lang: str, title: str) -> str:
    path = REPO_ROOT / "templates" / f"{kind}-page.{lang}.md" if kind == "topic" else REPO_ROOT / "templates" / f"training-module.{lang}.md"
    if not path.is_file():
        raise ScaffoldError(f"{path.relative_to(REPO_ROOT)} is missing: add the {kind} template for {lang}")
    text = path.read_text(encoding="utf-8")
    return re.sub(r"^# .*$", f"# {title}", text, count=1, flags=re.MULTILINE)


def _nav_position(mkdocs_yml: Path, after: str) -> tuple[list[str], int, str]:
    """The lines of mkdocs.yml, where to insert a nav entry after ``after``, and its indent."""
    lines = mkdocs_yml.read_text(encoding="utf-8").split("\n")
    for i, line in enumerate(lines):
        match = re.match(r"^(\s*)- (?:[^:]+: )?" + re.escape(after) + r"\s*$", line)
        if match:
            return lines, i + 1, match.group(1)
    raise ScaffoldError(f"mkdocs.yml has no navigation entry '{after}'; give an existing page with --nav-after")


def create(kind: str, path: str, *, title: str | None = None, clause: str | None = None,
           nav_after: str | None = None, root: Path = REPO_ROOT) -> list[Path]:
    if kind not in KINDS:
        raise ScaffoldError(f"unknown page kind {kind!r}; use one of {', '.join(KINDS)}")
    if not path.endswith(".md") or path.startswith("/") or ".." in path:
        raise ScaffoldError(f"{path}: give a path inside the language folder ending in .md, e.g. iso-9001/new-topic.md")
    nav = _nav_position(root / "mkdocs.yml", nav_after) if nav_after else None  # check before writing anything
    langs = [lang.code for lang in site_languages(root / "mkdocs.yml").authored]
    targets = [root / "docs" / lang / path for lang in langs]
    existing = [str(t.relative_to(root)) for t in targets if t.exists()]
    if existing:
        raise ScaffoldError(f"already exists: {', '.join(existing)}; choose another path")
    contents = []
    for lang in langs:
        if kind == "clause":
            if not clause:
                raise ScaffoldError("a clause page needs --clause, e.g. --clause 'ISO 14001 6'")
            standard, _, number = clause.rpartition(" ")
            contents.append(clause_page(standard, number, lang))
        else:
            if not title:
                raise ScaffoldError(f"a {kind} page needs --title")
            contents.append(template_page(kind, lang, title))
    for target, content in zip(targets, contents):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    if nav:
        lines, position, indent = nav
        lines.insert(position, f"{indent}- {path}")
        (root / "mkdocs.yml").write_text("\n".join(lines), encoding="utf-8")
    return targets
