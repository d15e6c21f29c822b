"""Find clause references (``[[ISO 9001 8.5.1]]``) in Markdown. Pure: text in, objects out.

The syntax, for editors:

    [[ISO 9001 8.5.1]]                 a clause, in the edition the guidelines interpret
    [[ISO/IEC 27001 A.5.15]]           also [[ISO 27001 A.5.15]]
    [[ISO 14001:2015 6.1.4]]           a clause of a named edition
    [[ISO 9001]]                       the whole standard
    [[ISO 9001 8.5.1|customer satisfaction]]   a label of your own
    ## [[ISO 9001 8.5.1]]              a heading that is only a reference: the guideline
                                       section interpreting that clause

Fenced code blocks, inline code and HTML comments are skipped.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_NEWLINE = re.compile("\n")

# Anything between double brackets is meant as a reference.
CANDIDATE = re.compile(r"\[\[(?P<body>[^\[\]\n]*)\]\]")
BODY = re.compile(
    r"""^\s*
    (?P<standard>ISO(?:/IEC)?\s+\d{3,5})
    (?::(?P<edition>\d{4}))?
    (?:\s+(?P<clause>[A-Za-z]?[0-9A-Za-z.]*))?
    \s*(?:\|(?P<label>[^|]*))?$""",
    re.VERBOSE,
)
CLAUSE = re.compile(r"^(?:\d+(?:\.\d+)*|A(?:\.\d+)*)$")
HEADING = re.compile(r"^(?P<hashes>#{1,6})[ \t]+\[\[(?P<body>[^\[\]\n]*)\]\][ \t]*(?P<attrs>\{[^}\n]*\})?[ \t]*#*[ \t]*$")
_SKIP = re.compile(
    r"(?P<fence>^[ \t]*(?P<fc>`{3,}|~{3,})[^\n]*\n(?:.*?\n)*?[ \t]*(?P=fc)[ \t]*$)"
    r"|(?P<comment><!--.*?-->)"
    r"|(?P<code>(?P<ticks>`+)[^`].*?(?P=ticks))",
    re.MULTILINE | re.DOTALL,
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n---[ \t]*\n", re.DOTALL)


@dataclass(frozen=True)
class Reference:
    raw: str  # the whole [[...]]
    start: int  # offset in the text
    end: int
    line: int  # 1-based
    col: int  # 1-based
    standard: str | None  # as written, normalized spacing; None when malformed
    edition: str | None
    clause: str | None
    label: str | None
    heading_level: int | None = None  # set when the reference is a whole heading
    heading_attrs: str | None = None
    problem: str | None = None  # why it is malformed


def skipped_regions(text: str) -> list[tuple[int, int]]:
    regions = []
    front = _FRONT_MATTER.match(text)
    if front:
        regions.append((0, front.end()))
    regions.extend((m.start(), m.end()) for m in _SKIP.finditer(text, front.end() if front else 0))
    return regions


def _malformed_reason(body: str) -> str:
    stripped = body.strip()
    if not stripped:
        return "empty reference; write e.g. [[ISO 9001 8.5.1]]"
    if not re.match(r"^ISO", stripped, re.IGNORECASE):
        return f"[[{body}]] does not start with a standard name; write e.g. [[ISO 9001 8.5.1]]"
    if re.match(r"^iso", stripped) or re.match(r"^Iso", stripped):
        return "write the standard name in capitals: ISO 9001, ISO 14001, ISO/IEC 27001"
    if stripped.count("|") > 1:
        return "only one | is allowed, before the label: [[ISO 9001 8.5.1|label]]"
    match = re.match(r"^ISO(?:/IEC)?\s*\d+(?::\d{4})?\s+(\S+)", stripped)
    if match and not CLAUSE.match(match.group(1).split("|")[0]):
        return f"clause number {match.group(1).split('|')[0]!r} is not valid; write digits and dots, e.g. 8.5.1, or A.5.15 for Annex A"
    if re.match(r"^ISO(?:/IEC)?\s*\d+\s*:\s*\D", stripped) or re.search(r":\d{1,3}\b|:\d{5,}", stripped):
        return "an edition is a year after a colon, without spaces: [[ISO 14001:2015 6.1.4]]"
    if re.match(r"^ISO(?:/IEC)?\d", stripped):
        return "put a space between ISO and the number: [[ISO 9001 8.5.1]]"
    return f"[[{body}]] is not a valid reference; write [[STANDARD CLAUSE]], e.g. [[ISO 9001 8.5.1]]"


def find_references(text: str) -> list[Reference]:
    """Every ``[[...]]`` outside code, in order, well-formed or not."""
    regions = skipped_regions(text)
    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    refs: list[Reference] = []
    region = 0
    for match in CANDIDATE.finditer(text):
        start = match.start()
        while region < len(regions) and regions[region][1] <= start:
            region += 1
        if region < len(regions) and regions[region][0] <= start < regions[region][1]:
            continue
        line_index = bisect.bisect_right(line_starts, start) - 1
        line, col = line_index + 1, start - line_starts[line_index] + 1
        line_end = text.find("\n", start)
        line_text = text[line_starts[line_index] : line_end if line_end != -1 else len(text)]
        heading = HEADING.match(line_text)
        heading_level = heading_attrs = None
        if heading and heading.start("body") - 2 == col - 1:
            heading_level = len(heading.group("hashes"))
            heading_attrs = heading.group("attrs")
        body = match.group("body")
        parsed = BODY.match(body)
        if parsed and (parsed.group("clause") is None or CLAUSE.match(parsed.group("clause"))):
            label = parsed.group("label")
            refs.append(
                Reference(
                    match.group(0), start, match.end(), line, col,
                    re.sub(r"\s+", " ", parsed.group("standard")), parsed.group("edition"),
                    parsed.group("clause"), label.strip() if label is not None else None,
                    heading_level, heading_attrs,
                )
            )
        else:
            refs.append(
                Reference(match.group(0), start, match.end(), line, col, None, None, None, None,
                          heading_level, heading_attrs, problem=_malformed_reason(body))
            )
    return refs
