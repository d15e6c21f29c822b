"""A one-line patch of Material's JavaScript bundle.

Material's language-selector code fetches ``sitemap.xml`` relative to every
``<link rel="alternate">`` in the page, to redirect a language switch to the
same page. The links here already point at the same page in each language, and
those per-page ``sitemap.xml`` files do not exist, so every page view would
produce failing requests. The patch makes that code look for links that are
never emitted; the hreflang links themselves stay in the page for browsers
and search engines.
"""

from __future__ import annotations

from pathlib import Path

ORIGINAL = 'M("link[rel=alternate]")'
PATCHED = 'M("link[rel=alternate][data-md-sitemap]")'


class PatchError(Exception):
    pass


def patch_bundle(site_dir: Path) -> Path:
    """Apply the patch to the built bundle; fail loudly if Material changed."""
    bundles = sorted((site_dir / "assets" / "javascripts").glob("bundle.*.min.js"))
    if len(bundles) != 1:
        raise PatchError(
            f"{site_dir}/assets/javascripts: expected one Material bundle, found {len(bundles)}"
        )
    bundle = bundles[0]
    text = bundle.read_text(encoding="utf-8")
    if PATCHED in text and ORIGINAL not in text:
        return bundle
    if text.count(ORIGINAL) != 1:
        raise PatchError(
            f"{bundle}: the language-selector code of Material changed (expected {ORIGINAL!r} once); "
            "review scripts/msdocs/material_patch.py against the new Material version"
        )
    bundle.write_text(text.replace(ORIGINAL, PATCHED), encoding="utf-8")
    return bundle
