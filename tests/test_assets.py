"""Fonts: files in the repository that the build relies on."""

from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from msdocs.fonts import SUBSETS, WEB_FAMILY, font_face_css, web_font_path

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("style", ["normal", "italic"])
@pytest.mark.parametrize("subset", SUBSETS, ids=lambda s: s.name)
def test_web_fonts_cover_their_range_keep_local_forms_and_are_renamed(style, subset) -> None:
    font = TTFont(web_font_path(style, subset.name))
    cmap = set(font.getBestCmap())
    letters = [cp for cp in subset.codepoints() if chr(cp).isalpha()]
    assert set(letters) <= cmap
    assert font["name"].getDebugName(1) == WEB_FAMILY
    if subset.name == "cyrillic":
        systems = {f"{s.ScriptTag}/{l.LangSysTag.strip()}" for s in font["GSUB"].table.ScriptList.ScriptRecord for l in s.Script.LangSysRecord}
        assert {"cyrl/BGR", "cyrl/SRB"} <= systems  # Bulgarian and Serbian letterforms (locl)


def test_site_css_uses_the_generated_font_faces() -> None:
    css = (ROOT / "overrides/assets/stylesheets/site.css").read_text(encoding="utf-8")
    assert font_face_css() in css
    assert "fonts.googleapis" not in css and "gstatic" not in css


def test_ofl_licence_is_shipped() -> None:
    assert "SIL Open Font License" in (ROOT / "fonts/source-sans-3/LICENSE.md").read_text(encoding="utf-8")
