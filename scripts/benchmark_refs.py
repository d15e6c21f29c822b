"""Time the reference checker on the real corpus and on synthetic corpora up to 10x larger.

    .venv/bin/python scripts/benchmark_refs.py

Prints seconds per run and per 1,000 references; the time should grow linearly
with the corpus (the last column stays roughly constant).
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from msdocs.languages import REPO_ROOT, site_languages
from msdocs.refs.check import check_corpus, scan_corpus
from msdocs.registry.load import registry


def timed(docs: Path, langs: list[str], source: str) -> tuple[float, int]:
    reg = registry()
    runs, refs = [], 0
    for _ in range(3):
        start = time.perf_counter()
        corpus = scan_corpus(docs, langs, source, reg, docs.parent)
        check_corpus(corpus)
        runs.append(time.perf_counter() - start)
        refs = sum(len(p.refs) for pages in corpus.pages.values() for p in pages.values())
    return statistics.median(runs), refs


def synthetic(real: Path, target: Path, factor: int) -> None:
    """``factor`` copies of every page, each copy in its own folder (sections stay unique per page set
    only in the first copy; the others are plain text with the same references)."""
    for lang_dir in real.iterdir():
        for page in lang_dir.rglob("*.md"):
            rel = page.relative_to(lang_dir)
            text = page.read_text(encoding="utf-8")
            for n in range(factor):
                dest = target / lang_dir.name / (f"copy{n}" if n else "") / rel
                dest.parent.mkdir(parents=True, exist_ok=True)
                # headings that define sections become plain references in the copies
                dest.write_text(text if n == 0 else text.replace("## [[", "## Section [["), encoding="utf-8")


def main() -> None:
    languages = site_languages()
    langs = [lang.code for lang in languages.authored]
    docs = REPO_ROOT / "docs"
    registry()  # load once, outside the timings
    seconds, refs = timed(docs, langs, languages.default.code)
    pages = sum(1 for lang in langs for _ in (docs / lang).rglob("*.md"))
    print(f"real corpus: {pages} pages, {refs} references: {seconds:.3f} s ({1000 * seconds / refs:.3f} s per 1,000 references)")
    for factor in (2, 5, 10):
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp) / "docs"
            synthetic(docs, target, factor)
            seconds, refs = timed(target, langs, languages.default.code)
            print(f"synthetic x{factor}: {refs} references: {seconds:.3f} s ({1000 * seconds / refs:.3f} s per 1,000 references)")
            shutil.rmtree(target)


if __name__ == "__main__":
    main()
