"""Assembly of the printable document (links, ids, headings, cover, counters)."""

from msdocs.pdf.document import PdfCover, PdfJob, PdfPage, assemble, css_counter_text


def job(pages):
    cover = PdfCover("Title", "Subtitle", "Version 1", "Published 1 May 2026", "Online: https://x.org/bg/", "Notice")
    return PdfJob("bg", "guide-bg.pdf", "https://x.org/", "/tmp/site", "Author", cover, "Съдържание",
                  "Страница {page} от {pages}", tuple(pages), "/tmp/fonts")


def test_css_counter_text() -> None:
    assert css_counter_text("Страница {page} от {pages}") == '"Страница " counter(page) " от " counter(pages)'
    assert css_counter_text('Page {page}') == '"Page " counter(page)'
    assert css_counter_text('{page} / {pages} "q"') == 'counter(page) " / " counter(pages) " \\"q\\""'


def test_links_between_pages_become_internal_and_ids_unique() -> None:
    pages = [
        PdfPage("bg/iso-9001/", "ISO 9001", 1, '<h1 id="iso-9001">ISO 9001</h1><p><a href="8-operation/#iso9001-8-5-1">8.5.1</a></p>'),
        PdfPage("bg/iso-9001/8-operation/", "8 Дейност", 2,
                '<h1 id="iso9001-8">8 Дейност<a class="headerlink" href="#iso9001-8">#</a></h1>'
                '<h2 id="iso9001-8-5-1">8.5.1</h2><a href="../../about/">about</a> <a href="#iso9001-8">top</a>'
                ' <a href="https://example.org/x">ext</a>'),
    ]
    html = assemble(job(pages))
    assert 'href="#p1-iso9001-8-5-1"' in html
    assert 'id="p1-iso9001-8-5-1"' in html and 'id="p0-iso-9001"' in html
    assert 'href="https://x.org/bg/about/"' in html  # not in the PDF: absolute link to the site
    assert 'href="#p1-iso9001-8"' in html
    assert 'href="https://example.org/x"' in html
    assert "headerlink" not in html


def test_headings_follow_navigation_depth_and_parts() -> None:
    pages = [PdfPage("bg/a/", "A", 2, "<h1>A</h1><h2>B</h2>", parts=((1, "Насоки"),))]
    html = assemble(job(pages))
    assert '<h1 class="part-title">Насоки</h1>' in html
    assert "<h2>A</h2><h3>B</h3>" in html


def test_cover_contents_language_and_metadata() -> None:
    html = assemble(job([PdfPage("bg/", "Начало", 1, "<h1>Начало</h1>")]))
    assert html.startswith('<!doctype html><html lang="bg">')
    assert "<title>Title</title>" in html and 'name="author" content="Author"' in html
    assert 'class="toc-title">Съдържание</h1>' in html and 'href="#p0">Начало</a>' in html
    assert '"Страница " counter(page) " от " counter(pages)' in html
    assert "Published 1 May 2026" in html
