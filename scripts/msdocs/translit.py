"""Serbian Cyrillic to Latin transliteration (Gaj's Latin alphabet).

Editors write Serbian in Cyrillic only; the Latin reading variant is derived
from it at build time. Three entry points:

* :func:`to_latin` converts plain text (titles, UI strings).
* :func:`markdown_to_latin` converts a Markdown source and leaves alone what
  must not change: code, link targets, URLs, attribute lists, HTML tags and
  text explicitly marked as another language (``<span lang="bg">…</span>``).
* :func:`find_foreign_letters` reports Cyrillic letters that Serbian does not
  use (a Russian ``й`` typed for ``ј``, Bulgarian ``ъ``): they have no Serbian
  Latin equivalent, so they are errors unless marked with ``lang``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_NEWLINE = re.compile("\n")

_SINGLE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e",
    "ж": "ž", "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć",
    "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "č", "ш": "š",
}
_DIGRAPH = {"љ": "lj", "њ": "nj", "џ": "dž"}

SERBIAN_CYRILLIC = frozenset(
    set(_SINGLE) | set(_DIGRAPH) | {c.upper() for c in _SINGLE} | {c.upper() for c in _DIGRAPH}
)
_CYRILLIC_BLOCK = re.compile(r"[\u0400-\u04FF]")
_ANY_CYRILLIC_WORD = re.compile(r"[\u0400-\u04FF]+")

# Letters that are often typed by mistake for a Serbian one.
_LOOKALIKE_HINT = {
    "й": "ј", "Й": "Ј", "ь": "", "ъ": "", "щ": "шт", "ы": "и", "э": "е",
    "ё": "е", "я": "ја", "ю": "ју", "є": "е", "і": "и", "ї": "ји",
}


def _convert_word(word: str) -> str:
    """Transliterate one run of Cyrillic letters, choosing the case of digraphs.

    A capital digraph letter is written ``LJ`` inside an all-capitals word
    (``ЉУБАВ`` → ``LJUBAV``) and ``Lj`` otherwise (``Љубав`` → ``Ljubav``).
    """
    out: list[str] = []
    for i, ch in enumerate(word):
        low = ch.lower()
        if low in _DIGRAPH:
            latin = _DIGRAPH[low]
            if ch.isupper():
                neighbours = [c for c in (word[i - 1] if i else "", word[i + 1] if i + 1 < len(word) else "") if c]
                all_caps = bool(neighbours) and all(c.isupper() for c in neighbours)
                latin = latin.upper() if all_caps else latin.capitalize()
            out.append(latin)
        elif low in _SINGLE:
            latin = _SINGLE[low]
            out.append(latin.upper() if ch.isupper() else latin)
        else:
            out.append(ch)
    return "".join(out)


def to_latin(text: str) -> str:
    """Transliterate Serbian Cyrillic in plain text; other characters are kept."""
    return _ANY_CYRILLIC_WORD.sub(lambda m: _convert_word(m.group(0)), text)


# Regions of a Markdown source that are copied unchanged, in priority order.
_PROTECTED = re.compile(
    r"""
    (?P<fence>^(?P<fc>[ \t]*(?:`{3,}|~{3,})).*?\n(?:.*?\n)*?(?P=fc)[ \t]*$)   # fenced code block
  | (?P<foreign><(?P<ftag>span|div|p|blockquote|q)\b[^>]*\blang="(?!sr)[^"]*"[^>]*>.*?</(?P=ftag)>)
  | (?P<code>(?P<ticks>`+).+?(?P=ticks))                  # inline code
  | (?P<target>\]\([^)\s]*(?:\s+"[^"]*")?\))             # link or image target (title kept too)
  | (?P<refdef>^[ ]{0,3}\[[^\]]+\]:[ \t]*\S+)            # reference definition
  | (?P<autolink><(?:https?|mailto|ftp):[^>]*>)
  | (?P<url>(?:https?|ftp)://[^\s)<>\]]+)
  | (?P<attrs>\{[:#.][^}\n]*\})                           # attr_list
  | (?P<tag></?[A-Za-z][^>\n]*>)                           # an HTML tag (not its content)
    """,
    re.VERBOSE | re.MULTILINE | re.DOTALL,
)


def markdown_to_latin(source: str) -> str:
    """Transliterate a Markdown document, leaving protected regions as they are."""
    out: list[str] = []
    pos = 0
    for match in _PROTECTED.finditer(source):
        out.append(to_latin(source[pos : match.start()]))
        region = match.group(0)
        if match.group("target"):
            # the title is text, and the #fragment names a heading whose id is derived
            # from the (transliterated) heading text; the path stays as it is
            region = re.sub(r'"([^"]*)"', lambda m: f'"{to_latin(m.group(1))}"', region)
            region = re.sub(r"#[^)\s\"]*", lambda m: to_latin(m.group(0)), region)
        elif match.group("tag"):
            # Keep the tag itself, but readers see title/alt/aria-label text.
            region = re.sub(
                r'\b(title|alt|aria-label)="([^"]*)"',
                lambda m: f'{m.group(1)}="{to_latin(m.group(2))}"',
                region,
            )
        out.append(region)
        pos = match.end()
    out.append(to_latin(source[pos:]))
    return "".join(out)


@dataclass(frozen=True)
class ForeignLetter:
    line: int
    column: int
    letter: str
    hint: str


def find_foreign_letters(source: str) -> list[ForeignLetter]:
    """Cyrillic letters outside the Serbian alphabet, outside protected regions."""
    found: list[ForeignLetter] = []
    protected = [(m.start(), m.end()) for m in _PROTECTED.finditer(source)]
    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(source)]
    region = 0
    for match in _CYRILLIC_BLOCK.finditer(source):
        ch = match.group(0)
        if ch in SERBIAN_CYRILLIC or ch == "\u0301":
            continue
        offset = match.start()
        while region < len(protected) and protected[region][1] <= offset:
            region += 1
        if region < len(protected) and protected[region][0] <= offset < protected[region][1]:
            continue
        line = bisect.bisect_right(line_starts, offset) - 1
        hint = _LOOKALIKE_HINT.get(ch)
        found.append(ForeignLetter(line + 1, offset - line_starts[line] + 1, ch, hint or ""))
    return found

