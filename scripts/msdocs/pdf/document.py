"""Assemble the pages of one reading variant into a single printable HTML document.

The input is what the MkDocs build rendered (each page's article HTML, in
navigation order); the output is one HTML file with a localized cover, a table
of contents with page numbers, and every page as a chapter. Ids are made unique
per page and links between pages become links inside the PDF.
"""

from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urldefrag, urljoin

PDF_CSS = Path(__file__).with_name("print.css")


@dataclass(frozen=True)
class PdfPage:
    url: str  # site-relative URL of the page, e.g. "bg/iso-9001/"
    title: str
    depth: int  # 1 for top-level pages, 2 inside a section, ...
    html: str  # rendered article content
    # Navigation sections (without a page of their own) that open before this
    # page, outermost first, as (depth, title).
    parts: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class PdfCover:
    title: str
    subtitle: str
    edition: str
    date: str
    online: str
    notice: str


@dataclass(frozen=True)
class PdfJob:
    """Everything needed to render one PDF; plain data so it can go to a worker process."""

    lang_tag: str
    filename: str  # e.g. municipal-management-systems-guidelines-en.pdf
    site_url: str  # absolute URL of the site root, ending with '/'
    site_dir: str  # built site, for images
    author: str
    cover: PdfCover
    contents_title: str
    page_label: str  # e.g. "Page {page} of {pages}"
    pages: tuple[PdfPage, ...]
    fonts_dir: str
    # "guide": full cover page and contents; "handout": a title band on page 1, no contents
    kind: str = "guide"
    omit_trainer_only: bool = False  # participants' handout: quiz answers left out


_ID = re.compile(r'\bid="([^"]+)"')
_HREF = re.compile(r'\bhref="([^"]*)"')
_SRC = re.compile(r'\bsrc="([^"]+)"')
_HEADING = re.compile(r"<(/?)h([1-6])\b")
_HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.DOTALL)
_TRAINER_ONLY = re.compile(r'<div class="trainer-only">.*?</div>', re.DOTALL)
_FIRST_H1 = re.compile(r"<h1\b.*?</h1>", re.DOTALL)


def css_counter_text(template: str) -> str:
    """Turn "Page {page} of {pages}" into a CSS ``content`` value."""
    parts = re.split(r"(\{page\}|\{pages\})", template)
    tokens = []
    for part in parts:
        if part == "{page}":
            tokens.append("counter(page)")
        elif part == "{pages}":
            tokens.append("counter(pages)")
        elif part:
            tokens.append('"' + part.replace("\\", "\\\\").replace('"', '\\"') + '"')
    return " ".join(tokens)


def _page_anchor(index: int) -> str:
    return f"p{index}"


class _Linker:
    """Rewrites hrefs of one page: links to pages in the PDF become internal."""

    def __init__(self, job: PdfJob) -> None:
        self.job = job
        self.page_index = {page.url: i for i, page in enumerate(job.pages)}

    def rewrite(self, page_url: str, href: str) -> str:
        if not href or href.startswith(("mailto:", "tel:")) or re.match(r"^[a-z][a-z0-9+.-]*://", href):
            return href
        if href.startswith("#"):
            target_url, fragment = page_url, href[1:]
        else:
            absolute = urljoin("/" + page_url, href)
            target, fragment = urldefrag(absolute)
            target_url = target.lstrip("/")
            if target_url.endswith("index.html"):
                target_url = target_url[: -len("index.html")]
        index = self.page_index.get(target_url)
        if index is None:
            return urljoin(self.job.site_url, target_url) + (f"#{fragment}" if fragment else "")
        anchor = _page_anchor(index)
        return f"#{anchor}-{fragment}" if fragment else f"#{anchor}"


def _shift_headings(content: str, depth: int) -> str:
    """Headings become h(depth..): bookmarks then follow the navigation depth."""

    def shift(match: re.Match[str]) -> str:
        level = min(int(match.group(2)) + depth - 1, 6)
        return f"<{match.group(1)}h{level}"

    return _HEADING.sub(shift, content)


def _page_html(job: PdfJob, linker: _Linker, index: int, page: PdfPage) -> str:
    anchor = _page_anchor(index)
    content = _HEADERLINK.sub("", page.html)
    if job.omit_trainer_only:
        content = _TRAINER_ONLY.sub("", content)
    if job.kind == "handout":
        content = _FIRST_H1.sub("", content, count=1)  # the title band already shows it
    content = _ID.sub(lambda m: f'id="{anchor}-{m.group(1)}"', content)
    content = _HREF.sub(lambda m: f'href="{html.escape(linker.rewrite(page.url, html.unescape(m.group(1))))}"', content)
    page_dir = posixpath.dirname(page.url.rstrip("/") + "/index.html")
    content = _SRC.sub(
        lambda m: f'src="{_image_path(job.site_dir, page_dir, m.group(1))}"', content
    )
    content = _shift_headings(content, page.depth)
    parts = "".join(
        f'<h{min(depth, 6)} class="part-title">{html.escape(title)}</h{min(depth, 6)}>'
        for depth, title in page.parts
    )
    return (
        f'<section class="chapter depth-{page.depth}" id="{anchor}" '
        f'data-title="{html.escape(page.title)}">{parts}{content}</section>'
    )


def _image_path(site_dir: str, page_dir: str, src: str) -> str:
    if re.match(r"^[a-z][a-z0-9+.-]*:", src):
        return src
    path = posixpath.normpath(posixpath.join(page_dir, src)) if not src.startswith("/") else src.lstrip("/")
    return Path(site_dir, path).as_uri()


def _toc_html(job: PdfJob) -> str:
    items = []
    for index, page in enumerate(job.pages):
        for depth, part in page.parts:
            items.append(f'<li class="toc-part level-{depth}">{html.escape(part)}</li>')
        items.append(
            f'<li class="level-{page.depth}"><a href="#{_page_anchor(index)}">'
            f"{html.escape(page.title)}</a></li>"
        )
    return (
        f'<nav class="toc" aria-labelledby="toc-title"><h1 id="toc-title" class="toc-title">'
        f'{html.escape(job.contents_title)}</h1><ol>{"".join(items)}</ol></nav>'
    )


def _cover_html(job: PdfJob) -> str:
    c = job.cover
    if job.kind == "handout":
        return (
            '<header class="cover handout-cover">'
            f'<p class="cover-kicker">{html.escape(c.edition)}</p>'
            f'<h1 class="cover-title">{html.escape(c.title)}</h1>'
            f'<p class="cover-subtitle">{html.escape(c.subtitle)}</p>'
            f'<p class="cover-online">{html.escape(c.date)} · {html.escape(c.online)}</p>'
            "</header>"
        )
    return (
        '<section class="cover">'
        f'<p class="cover-kicker">ISO 9001 · ISO 14001 · ISO/IEC 27001</p>'
        f'<h1 class="cover-title">{html.escape(c.title)}</h1>'
        f'<p class="cover-subtitle">{html.escape(c.subtitle)}</p>'
        f'<p class="cover-edition">{html.escape(c.edition)}<br>{html.escape(c.date)}</p>'
        f'<p class="cover-online">{html.escape(c.online)}</p>'
        f'<p class="cover-notice">{html.escape(c.notice)}</p>'
        "</section>"
    )


def font_faces(fonts_dir: str) -> str:
    """@font-face rules for the PDF: the full Source Sans 3 files (one face per style)."""
    base = Path(fonts_dir)
    return (
        "@font-face{font-family:'Source Sans 3';font-style:normal;font-weight:200 900;"
        f"src:url('{(base / 'SourceSans3VF-Upright.ttf.woff2').as_uri()}') format('woff2')}}"
        "@font-face{font-family:'Source Sans 3';font-style:italic;font-weight:200 900;"
        f"src:url('{(base / 'SourceSans3VF-Italic.ttf.woff2').as_uri()}') format('woff2')}}"
    )


def assemble(job: PdfJob) -> str:
    """The complete HTML document for ``job``."""
    linker = _Linker(job)
    chapters = "".join(_page_html(job, linker, i, page) for i, page in enumerate(job.pages))
    page_label = css_counter_text(job.page_label)
    running_title = job.cover.title.replace("\\", "\\\\").replace('"', '\\"')
    dynamic_css = (
        font_faces(job.fonts_dir)
        + f'@page{{@bottom-center{{content:{page_label}}}}}'
        + f'@page{{@top-left{{content:"{running_title}"}}}}'
        + ("@page :first{@top-left{content:none}@bottom-center{content:none}}" if job.kind == "guide" else "")
    )
    toc = _toc_html(job) if job.kind == "guide" else ""
    return (
        "<!doctype html>"
        f'<html lang="{html.escape(job.lang_tag)}"><head><meta charset="utf-8">'
        f"<title>{html.escape(job.cover.title)}</title>"
        f'<meta name="author" content="{html.escape(job.author)}">'
        f'<meta name="description" content="{html.escape(job.cover.subtitle)}">'
        f'<meta name="generator" content="msdocs (WeasyPrint)">'
        f"<style>{dynamic_css}</style></head><body class=\"{job.kind}\">"
        f"{_cover_html(job)}{toc}{chapters}</body></html>"
    )
