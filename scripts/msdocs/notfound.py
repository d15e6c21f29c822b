"""Localized "page not found" pages.

Every language build renders its own 404 page, but MkDocs writes them all to
the same ``site/404.html``. Each one is written to its language folder instead;
the root copy (the one static hosts such as GitHub Pages serve for every
missing address) is the default language's, with a small script that sends a
reader who was on a language's pages to that language's 404 page.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.exceptions import PluginError


_REDIRECT = """<script>(function(){{var base={base};var langs={langs};var p=location.pathname;
for(var i=0;i<langs.length;i++){{var pre=base+langs[i]+"/";
if(p.indexOf(pre)===0&&p!==pre+"404.html"){{location.replace(pre+"404.html");return;}}}}}})();</script>"""


def write_pages(site_dir: Path, root_code: str, pages: dict[str, str], base_path: str) -> None:
    """Write each built language's 404 page; ``root_code`` is the language built at the
    site root, ``base_path`` the site's URL path ("/" or "/repo/")."""
    if root_code not in pages:
        raise PluginError(f"no 404 page was rendered for {root_code!r}, the language built at the site root")
    others = sorted(code for code in pages if code != root_code)
    for code in others:
        (site_dir / code).mkdir(parents=True, exist_ok=True)
        (site_dir / code / "404.html").write_text(pages[code], encoding="utf-8")
    script = _REDIRECT.format(base=json.dumps(base_path), langs=json.dumps(others))
    root = pages[root_code].replace("</head>", script + "</head>", 1)
    (site_dir / "404.html").write_text(root, encoding="utf-8")
