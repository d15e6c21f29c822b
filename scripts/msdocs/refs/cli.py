"""Command line: check clause references (python scripts/check_refs.py --help)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..glossary import load_glossary, terminology_diagnostics
from ..languages import REPO_ROOT, site_languages
from ..structure import heading_id_diagnostics, structure_diagnostics
from ..registry.load import RegistryError, registry
from .check import check_corpus, scan_corpus, to_json
from .coverage import coverage


def _display(path: Path) -> str:
    path = path.resolve()
    return path.relative_to(REPO_ROOT).as_posix() if path.is_relative_to(REPO_ROOT) else str(path)


def _selected(paths: list[str]) -> set[str] | None:
    if not paths:
        return None
    selected: set[str] = set()
    for name in paths:
        path = Path(name)
        if path.is_dir():
            selected.update(_display(p) for p in path.rglob("*.md"))
        elif path.is_file():
            selected.add(_display(path))
        else:
            raise SystemExit(f"check_refs: {name}: no such file or folder")
    return selected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="check_refs.py",
        description="Check [[ISO ...]] clause references, guideline sections, front matter and terminology in docs/.",
    )
    parser.add_argument("paths", nargs="*", help="files or folders to report on (default: all of docs/)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--coverage", action="store_true", help="print which clauses have a guideline section, per language")
    parser.add_argument("--docs-dir", default=str(REPO_ROOT / "docs"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    try:
        reg = registry()
    except RegistryError as exc:
        for problem in exc.problems:
            print(f"{problem}", file=sys.stderr)
        return 1
    languages = site_languages()
    langs = [lang.code for lang in languages.authored]
    corpus = scan_corpus(Path(args.docs_dir), langs, languages.default.code, reg, REPO_ROOT)
    selected = _selected(args.paths)
    diagnostics = check_corpus(corpus, selected)
    terms = load_glossary()
    for lang in langs:
        for norm, page in corpus.pages[lang].items():
            if selected is not None and page.display_path not in selected:
                continue
            text = (Path(args.docs_dir) / lang / norm).read_text(encoding="utf-8")
            diagnostics += terminology_diagnostics(text, lang, page.display_path, terms)
            diagnostics += structure_diagnostics(text, lang, page.display_path, page, reg)
            source = Path(args.docs_dir) / languages.default.code / norm
            if lang != languages.default.code and source.is_file():
                diagnostics += heading_id_diagnostics(text, source.read_text(encoding="utf-8"), page.display_path)
    diagnostics = sorted(diagnostics)

    if args.format == "json":
        print(to_json(diagnostics))
    else:
        for diagnostic in diagnostics:
            print(diagnostic.format())
        if os.environ.get("GITHUB_ACTIONS") == "true":
            for diagnostic in diagnostics:
                print(diagnostic.github())
        errors = sum(d.level == "error" for d in diagnostics)
        warnings = len(diagnostics) - errors
        refs = sum(len(p.refs) for pages in corpus.pages.values() for p in pages.values())
        pages = sum(len(p) for p in corpus.pages.values())
        print(f"{refs} references in {pages} pages: {errors} error(s), {warnings} warning(s)", file=sys.stderr)
    if args.coverage:
        for row in coverage(reg, corpus, langs):
            print(f"{row.standard}:{row.edition} [{row.lang}] {row.covered}/{row.total} clauses have a section ({row.percent}%)")
    return 1 if any(d.level == "error" for d in diagnostics) else 0
