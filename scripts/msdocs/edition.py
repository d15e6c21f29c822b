"""Version and date of the edition being built, for PDF covers and page footers.

The date is the commit date of the checked-out revision, so the same commit
always produces the same covers. Outside a git checkout, SOURCE_DATE_EPOCH is
used, and failing that today's date (reported in the build log).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from babel.dates import format_date

from .languages import Language
from .translit import to_latin


@dataclass(frozen=True)
class Edition:
    version: str  # e.g. "0.1 (3f2a9c1)"
    date: dt.date
    date_source: str  # "git", "SOURCE_DATE_EPOCH" or "today"


def _git(repo: Path, *args: str) -> str | None:
    try:
        out = subprocess.run(
            ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def current_edition(repo: Path, version: str) -> Edition:
    commit = _git(repo, "log", "-1", "--format=%h %cs")
    if commit:
        short, day = commit.split()
        return Edition(f"{version} ({short})", dt.date.fromisoformat(day), "git")
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return Edition(version, dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date(), "SOURCE_DATE_EPOCH")
    return Edition(version, dt.date.today(), "today")


# English readers here are European: "25 November 2026", not "November 25, 2026".
_BABEL_LOCALE = {"en": "en_GB"}


def format_day(day: dt.date, lang: Language) -> str:
    """A date written the way readers of ``lang`` write it (25 ноември 2026 г.)."""
    if lang.derived_from:
        return to_latin(format_date(day, format="long", locale=_BABEL_LOCALE.get(lang.derived_from, lang.derived_from)))
    return format_date(day, format="long", locale=_BABEL_LOCALE.get(lang.code, lang.code))
