"""Per-language search with Pagefind.

Pagefind indexes the built site after MkDocs has finished. It keeps one index
per ``<html lang>``, so a reader of the Bulgarian pages searches Bulgarian
pages only, and the browser downloads small index chunks on demand instead of
one index of the whole site on every first visit. Only elements marked
``data-pagefind-body`` are indexed: pages shown as an untranslated fallback and
the search page itself are left out.
"""

from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path
from typing import Callable

from mkdocs.exceptions import PluginError


def search_page_markdown(t: Callable[..., str]) -> str:
    """Markdown of the search page of one language (strings come from ``t``)."""
    attrs = {
        "data-loading": t("search.loading"),
        "data-none": t("search.none", query="{query}"),
        "data-count": t("search.count", count="{count}", query="{query}"),
    }
    data = " ".join(f'{k}="{html.escape(v)}"' for k, v in attrs.items())
    return f"""---
title: {t("search.title")}
pdf: false
search: exclude
hide: [toc, navigation]
---

# {t("search.title")}

<form class="search-page" role="search" method="get" action="">
<label for="search-page-input">{html.escape(t("search.label"))}</label>
<div class="search-page__row">
<input id="search-page-input" name="q" type="search" autocomplete="off" spellcheck="false">
<button type="submit" class="md-button md-button--primary">{html.escape(t("search.button"))}</button>
</div>
</form>

<p class="search-page__hint">{html.escape(t("search.hint"))}</p>
<div id="search-page-status" role="status" aria-live="polite" {data}></div>
<ol id="search-page-results" class="search-page__results"></ol>
<noscript><p>{html.escape(t("search.nojs"))}</p></noscript>
"""


def build_index(site_dir: Path) -> None:
    """Run Pagefind over the built site; a failure stops the build with its output."""
    result = subprocess.run(
        [
            sys.executable, "-m", "pagefind", "--site", str(site_dir), "--quiet",
            "--exclude-selectors", ".headerlink, .md-content__button, .md-source-file",
        ],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise PluginError(
            "Pagefind could not index the site (is `pagefind[bin]` installed from requirements.txt?):\n"
            + (result.stderr or result.stdout)
        )
