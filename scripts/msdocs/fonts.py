"""Web font subsets, derived from the full Source Sans 3 files in fonts/.

The PDFs embed the full fonts (fonts/source-sans-3). Browsers get two small
subsets per style: Latin (with the letters of Serbian Latin script) and
Cyrillic, each downloaded only when a page uses it. OpenType features are kept,
so Bulgarian and Serbian letterforms (``locl``) work when ``lang`` is set.
Source Sans has the Reserved Font Name "Source": a subset is a modified
version under the OFL, so the subsets are renamed.

Regenerate after changing the fonts: ``python scripts/make_web_fonts.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

from .languages import REPO_ROOT

SOURCE_DIR = REPO_ROOT / "fonts" / "source-sans-3"
WEB_DIR = REPO_ROOT / "overrides" / "assets" / "fonts"
WEB_FAMILY = "Guidelines Sans"

STYLES = {"normal": "SourceSans3VF-Upright.ttf.woff2", "italic": "SourceSans3VF-Italic.ttf.woff2"}


@dataclass(frozen=True)
class Subset:
    name: str
    unicodes: str  # CSS unicode-range syntax

    def codepoints(self) -> list[int]:
        points: list[int] = []
        for part in self.unicodes.split(","):
            part = part.strip().removeprefix("U+")
            start, _, end = part.partition("-")
            points.extend(range(int(start, 16), int(end or start, 16) + 1))
        return points


SUBSETS = (
    Subset(
        "latin",
        "U+0000-00FF,U+0106-0107,U+010C-010D,U+0110-0111,U+0131,U+0152-0153,U+0160-0161,"
        "U+017D-017E,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,"
        "U+20AC,U+2116,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    ),
    Subset("cyrillic", "U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1"),
)


def web_font_path(style: str, subset_name: str) -> Path:
    return WEB_DIR / f"guidelines-sans-{subset_name}-{style}.woff2"


def _rename(font: TTFont, style: str) -> None:
    name = font["name"]
    subfamily = "Italic" if style == "italic" else "Regular"
    for record in list(name.names):
        if record.nameID in (1, 4, 6, 16, 17, 21, 22, 25):
            name.removeNames(nameID=record.nameID)
    name.setName(WEB_FAMILY, 1, 3, 1, 0x409)
    name.setName(subfamily, 2, 3, 1, 0x409)
    name.setName(f"{WEB_FAMILY} {subfamily}", 4, 3, 1, 0x409)
    name.setName(f"GuidelinesSans-{subfamily}", 6, 3, 1, 0x409)
    name.setName(
        "Subset of Source Sans 3 (Adobe, SIL Open Font License 1.1), renamed because "
        "'Source' is a Reserved Font Name.",
        10, 3, 1, 0x409,
    )


def make_subset(style: str, part: Subset) -> Path:
    options = subset.Options()
    options.flavor = "woff2"
    options.hinting = False  # TrueType hinting is most of the file; browsers do fine without
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = TTFont(SOURCE_DIR / STYLES[style])
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=part.codepoints())
    subsetter.subset(font)
    _rename(font, style)
    out = web_font_path(style, part.name)
    out.parent.mkdir(parents=True, exist_ok=True)
    font.flavor = "woff2"
    font.save(out)
    return out


def make_all() -> list[Path]:
    return [make_subset(style, part) for style in STYLES for part in SUBSETS]


def font_face_css() -> str:
    """The @font-face rules for the web subsets (kept in site.css; checked by tests)."""
    rules = []
    for style in STYLES:
        for part in SUBSETS:
            rules.append(
                "@font-face {\n"
                f'  font-family: "{WEB_FAMILY}";\n  font-style: {style};\n  font-weight: 200 900;\n'
                "  font-display: swap;\n"
                f'  src: url("../fonts/{web_font_path(style, part.name).name}") format("woff2");\n'
                f"  unicode-range: {part.unicodes.replace(',', ', ')};\n}}"
            )
    return "\n".join(rules)
