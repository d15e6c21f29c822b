"""Give headings explicit ids from their English text, the same in every language.

    python scripts/sync_heading_ids.py [PAGE ...]     e.g. iso-9001/customer-charter.md

For each English page (default: all), every heading that is not a clause
section gets `{#id}` made from its text; the headings of the Bulgarian and
Serbian page get the same ids, matched by position. A translation whose
headings do not line up with the English ones is reported and left alone.
Fixes the S003 check.
"""

import re
import sys
from pathlib import Path

from pymdownx.slugs import slugify

from msdocs.languages import REPO_ROOT, site_languages

_HEADING = re.compile(r"^(#{2,6})\s+(?!\[\[)(.+?)\s*(\{[^}]*\})?\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_slug = slugify(case="lower")


def headings(lines: list[str]) -> list[tuple[int, re.Match]]:
    found, in_fence = [], False
    for index, line in enumerate(lines):
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and (match := _HEADING.match(line)):
            found.append((index, match))
    return found


def sync(rel: str, docs: Path, langs: list[str], source: str) -> list[str]:
    messages = []
    english = (docs / source / rel).read_text(encoding="utf-8").split("\n")
    english_headings = headings(english)
    ids = []
    for index, match in english_headings:
        explicit = re.search(r"#([\w-]+)", match.group(3) or "")
        ident = explicit.group(1) if explicit else _slug(match.group(2), "-")
        ids.append(ident)
        english[index] = f"{match.group(1)} {match.group(2)} {{#{ident}}}"
    (docs / source / rel).write_text("\n".join(english), encoding="utf-8")
    for lang in langs:
        path = docs / lang / rel
        if not path.is_file():
            continue
        lines = path.read_text(encoding="utf-8").split("\n")
        found = headings(lines)
        if [len(m.group(1)) for _, m in found] != [len(m.group(1)) for _, m in english_headings]:
            messages.append(f"docs/{lang}/{rel}: its headings do not line up with the English page; add the ids by hand")
            continue
        for (index, match), ident in zip(found, ids):
            lines[index] = f"{match.group(1)} {match.group(2)} {{#{ident}}}"
        path.write_text("\n".join(lines), encoding="utf-8")
    return messages


if __name__ == "__main__":
    languages = site_languages()
    docs = REPO_ROOT / "docs"
    source = languages.default.code
    pages = sys.argv[1:] or [p.relative_to(docs / source).as_posix() for p in sorted((docs / source).rglob("*.md"))]
    problems = [m for rel in pages for m in sync(rel, docs, [l.code for l in languages.translations], source)]
    print("\n".join(problems))
    sys.exit(1 if problems else 0)
