"""Regenerate the web font subsets in overrides/assets/fonts from fonts/source-sans-3."""

from msdocs.fonts import font_face_css, make_all

if __name__ == "__main__":
    for path in make_all():
        print(f"wrote {path} ({path.stat().st_size // 1024} KiB)")
    print("\n/* @font-face rules (must match overrides/assets/stylesheets/site.css) */")
    print(font_face_css())
