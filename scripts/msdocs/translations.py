"""Translation status from git history, as the Kubernetes website does it.

A translated page is *stale* when its English source was committed after the
translation was last committed (or the source has uncommitted changes the
translation does not have); *missing* when the language has no file for an
English page; *orphaned* when a translation has no English source any more.
Editors record nothing by hand: committing the updated translation makes it
current again.
"""

from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

STATES = ("current", "stale", "missing", "orphaned")


@dataclass(frozen=True)
class PageStatus:
    lang: str
    path: str  # inside the language folder, e.g. iso-9001/4-context.md
    state: str
    source_time: float | None
    translation_time: float | None


def _git(repo: Path, *args: str) -> str:
    result = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True)
    return result.stdout if result.returncode == 0 else ""


def last_change_times(repo: Path, docs_dir: Path) -> dict[str, float]:
    """Repository-relative path -> time of its last change (commit time, or now if modified)."""
    times: dict[str, float] = {}
    rel_docs = docs_dir.resolve().relative_to(repo.resolve()).as_posix()
    current = None
    for line in _git(repo, "log", "--format=%x00%ct", "--name-only", "--no-renames", "--", rel_docs).splitlines():
        if line.startswith("\x00"):
            current = float(line[1:])
        elif line and current is not None:
            times.setdefault(line, current)
    now = time.time()
    for line in _git(repo, "status", "--porcelain", "--untracked-files=all", "--", rel_docs).splitlines():
        path = line[3:].strip().strip('"')
        if path.endswith(".md"):
            times[path] = now
    return times


def translation_status(repo: Path, docs_dir: Path, source_lang: str, langs: list[str]) -> list[PageStatus]:
    times = last_change_times(repo, docs_dir)
    rel = docs_dir.resolve().relative_to(repo.resolve()).as_posix()

    def pages(lang: str) -> set[str]:
        base = docs_dir / lang
        return {p.relative_to(base).as_posix() for p in base.rglob("*.md")} if base.is_dir() else set()

    source_pages = pages(source_lang)
    out: list[PageStatus] = []
    for lang in langs:
        translated = pages(lang)
        for path in sorted(source_pages | translated):
            source_time = times.get(f"{rel}/{source_lang}/{path}")
            translation_time = times.get(f"{rel}/{lang}/{path}")
            if path not in translated:
                state = "missing"
            elif path not in source_pages:
                state = "orphaned"
            elif source_time is not None and (translation_time is None or source_time > translation_time):
                state = "stale"
            else:
                state = "current"
            out.append(PageStatus(lang, path, state, source_time, translation_time))
    return out


def source_diff(repo: Path, docs_dir: Path, source_lang: str, status: PageStatus) -> str:
    """What changed in the English source since the translation was last committed."""
    rel = docs_dir.resolve().relative_to(repo.resolve()).as_posix()
    source = f"{rel}/{source_lang}/{status.path}"
    if status.translation_time is None:
        return ""
    base = _git(repo, "log", "-1", "--format=%H", f"--until={int(status.translation_time)}", "--", source).strip()
    if not base:
        return _git(repo, "diff", "--no-color", "--", source)
    return _git(repo, "diff", "--no-color", base, "--", source)
