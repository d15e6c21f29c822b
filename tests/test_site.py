"""Assertions on the complete site, built once per session (see conftest.site)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from pypdf import PdfReader

from conftest import TAGS, VARIANTS

pytestmark = pytest.mark.site

LANG_DIRS = ("bg", "sr", "sr-latn")
SKIP_DIRS = {"assets", "pagefind", "pdf", *LANG_DIRS}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


def tags(html: str) -> list[tuple[str, dict[str, str]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def pages_of(site_root: Path, prefix: str) -> set[str]:
    base = site_root / prefix
    found = set()
    for path in base.rglob("index.html"):
        rel = path.relative_to(base).as_posix()
        if prefix == "" and rel.split("/")[0] in SKIP_DIRS:
            continue
        if rel.split("/")[0] in {"assets", "pagefind", "pdf"}:
            continue
        found.add(rel)
    return found


def all_html(site_root: Path):
    for path in site_root.rglob("*.html"):
        if "pagefind" not in path.parts:
            yield path


def test_build_log_is_clean(site) -> None:
    assert "WARNING" not in site.log and "ERROR" not in site.log, site.log


def test_every_page_exists_in_every_variant(site) -> None:
    english = pages_of(site.root, "")
    assert {"index.html", "how-to-use/index.html", "iso-9001/index.html", "about/index.html",
            "clauses/iso9001/index.html", "search/index.html"} <= english
    for lang in LANG_DIRS:
        assert pages_of(site.root, lang + "/") == english, lang


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_lang_attribute_hreflang_and_canonical(site, variant) -> None:
    html = site.page(variant, "how-to-use")
    parsed = tags(html)
    assert parsed[0] == ("html", {"lang": TAGS[variant], "class": "no-js"})
    alternates = {a["hreflang"]: a["href"] for t, a in parsed if t == "link" and a.get("rel") == "alternate"}
    assert alternates == {
        "en": f"{site.url}how-to-use/", "bg": f"{site.url}bg/how-to-use/", "sr-Cyrl": f"{site.url}sr/how-to-use/",
        "sr-Latn": f"{site.url}sr-latn/how-to-use/", "x-default": f"{site.url}how-to-use/",
    }
    canonical = [a["href"] for t, a in parsed if t == "link" and a.get("rel") == "canonical"]
    assert canonical == [f"{site.url}{VARIANTS[variant]}how-to-use/"]


def test_language_switcher_stays_on_the_same_page_everywhere(site) -> None:
    checked = 0
    for path in all_html(site.root):
        if path.name == "404.html":
            continue
        page_url = urljoin(site.url, path.relative_to(site.root).as_posix())
        links = [a for t, a in tags(path.read_text(encoding="utf-8")) if t == "a" and "md-select__link" in a.get("class", "")]
        assert len(links) == 4, path
        own = path.relative_to(site.root).as_posix()
        own = own[len(own.split("/")[0]) + 1:] if own.split("/")[0] in LANG_DIRS else own
        for link in links:
            target = urlsplit(urljoin(page_url, link["href"])).path.lstrip("/")
            target_file = site.root / target / "index.html" if not target.endswith(".html") else site.root / target
            assert target_file.is_file(), (path, link)
            target_rel = target_file.relative_to(site.root).as_posix()
            lang_dir = target_rel.split("/")[0]
            stripped = target_rel[len(lang_dir) + 1:] if lang_dir in LANG_DIRS else target_rel
            assert stripped == own, (path, link["href"])
            checked += 1
    assert checked > 100


def test_nothing_is_loaded_from_third_party_hosts(site) -> None:
    own = urlsplit(site.url).netloc
    offenders = []
    for path in all_html(site.root):
        html = path.read_text(encoding="utf-8")
        assert 'data-md-component="source"' not in html, f"{path}: Material's repository widget calls api.github.com"
        for tag, attrs in tags(html):
            for attr in ("src", "href", "data", "poster", "srcset"):
                value = attrs.get(attr, "")
                if tag == "a" or (tag == "link" and attrs.get("rel") in ("canonical", "alternate")):
                    continue
                host = urlsplit(value).netloc
                if value and host and host != own:
                    offenders.append((path, tag, attr, value))
    for css in site.root.rglob("*.css"):
        for url in re.findall(r"url\(([^)]+)\)|@import\s+['\"]([^'\"]+)", css.read_text(encoding="utf-8")):
            value = (url[0] or url[1]).strip("'\"")
            if urlsplit(value).netloc:
                offenders.append((css, "css", "url", value))
    assert offenders == []


def test_no_page_loads_materials_javascript(site) -> None:
    """Material's bundle fetches a sitemap.xml next to every alternate link (404s) and
    costs a long main-thread task; pages work without it."""
    for path in all_html(site.root):
        scripts = [a.get("src", "") for t, a in tags(path.read_text(encoding="utf-8")) if t == "script"]
        assert not any("bundle." in s for s in scripts), path
        assert any(s.endswith("assets/javascripts/site.js") for s in scripts), path


def test_serbian_latin_is_derived_from_cyrillic(site) -> None:
    cyrillic = site.page("sr", "how-to-use")
    latin = site.page("sr-latn", "how-to-use")
    assert "Како користити" in cyrillic or "како" in cyrillic.lower()
    text = re.sub(r"<[^>]+>", " ", latin.split('data-pagefind-body', 1)[1])
    assert not re.search(r"[\u0400-\u04FF]{3,}", text.replace("БДС", "")), "Cyrillic words left in the Latin variant"
    assert 'id="iso9001' not in cyrillic or 'id="iso9001' in latin


def test_ui_strings_are_localized(site) -> None:
    bg = site.page("bg")
    assert "Към основното съдържание" in bg  # skip link
    assert 'placeholder="Търсене"' in bg
    assert "Системи за управление в общинската администрация" in bg
    sr_latn = site.page("sr-latn")
    assert "Pređi na glavni sadržaj" in sr_latn and "Sistemi menadžmenta u opštinskoj upravi" in sr_latn
    assert "Made with" not in bg


@pytest.mark.parametrize(("variant", "text"), [("en", "Page not found"), ("bg", "Страницата не е намерена"),
                                                 ("sr", "Страница није пронађена"), ("sr-latn", "Stranica nije pronađena")])
def test_localized_404(site, variant, text) -> None:
    page = (site.root / VARIANTS[variant] / "404.html").read_text(encoding="utf-8")
    assert text in page and f'lang="{TAGS[variant]}"' in page
    if variant == "en":
        assert 'location.replace(pre+"404.html")' in page


def test_search_index_per_language(site) -> None:
    entry = json.loads((site.root / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    languages = set(entry["languages"])
    assert {"en", "bg", "sr-cyrl", "sr-latn"} <= languages
    for lang in ("en", "bg", "sr-cyrl", "sr-latn"):
        assert entry["languages"][lang]["page_count"] >= 10


def test_every_page_links_to_its_own_pdf(site) -> None:
    for variant, prefix in VARIANTS.items():
        html = site.page(variant, "about")
        pdfs = [a["href"] for t, a in tags(html) if t == "a" and "pdf-download" in a.get("class", "")]
        assert len(pdfs) == 1
        target = urlsplit(urljoin(f"{site.url}{prefix}about/", pdfs[0])).path.lstrip("/")
        assert (site.root / target).is_file()
        assert target.endswith(f"-{variant}.pdf")


PDF_TITLES = {
    "en": "Management Systems in Municipal Administrations",
    "bg": "Системи за управление в общинската администрация",
    "sr": "Системи менаџмента у општинској управи",
    "sr-latn": "Sistemi menadžmenta u opštinskoj upravi",
}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_pdf_per_variant(site, variant) -> None:
    pdfs = list((site.root / VARIANTS[variant] / "pdf").glob("*.pdf"))
    assert len(pdfs) == 1
    reader = PdfReader(pdfs[0])
    assert reader.metadata.title == PDF_TITLES[variant]
    assert reader.trailer["/Root"]["/Lang"] == TAGS[variant]
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    cover = reader.pages[0].extract_text()
    assert PDF_TITLES[variant].split()[0] in cover
    assert "None" not in cover
    assert reader.outline, "bookmarks"
    contents = reader.pages[1].extract_text()
    assert {"en": "Contents", "bg": "Съдържание", "sr": "Садржај", "sr-latn": "Sadržaj"}[variant] in contents
    body = "".join(page.extract_text() for page in reader.pages[2:6])
    if variant in ("bg", "sr"):
        assert re.search(r"[\u0400-\u04FF]{5,}", body), "Cyrillic text must copy out as Cyrillic"
    footer = {"en": "Page 3 of", "bg": "Страница 3 от", "sr": "Страна 3 од", "sr-latn": "Strana 3 od"}[variant]
    assert footer in reader.pages[2].extract_text()


def test_pdf_internal_links(site) -> None:
    reader = PdfReader(next((site.root / "pdf").glob("*.pdf")))
    internal = 0
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            obj = annot.get_object()
            action = obj.get("/A")
            if obj.get("/Dest") is not None or (action and action.get("/S") == "/GoTo"):
                internal += 1
    assert internal > 20


def test_clauses_json(site) -> None:
    data = json.loads((site.root / "clauses.json").read_text(encoding="utf-8"))
    assert [s["standard"] for s in data["standards"]] == ["ISO 9001", "ISO 14001", "ISO/IEC 27001"]
    iso27001 = data["standards"][2]
    current = next(e for e in iso27001["editions"] if e["current"])
    control = next(c for c in current["clauses"] if c["number"] == "A.5.15")
    assert control["title"]["sr-latn"] == "Kontrola pristupa" and control["parent"] == "A.5"
    old = next(e for e in iso27001["editions"] if e["edition"] == "2013")
    assert next(c for c in old["clauses"] if c["number"] == "A.12.4.1")["current_edition_equivalent"] == ["A.8.15"]
    assert {v["code"] for v in data["variants"]} == set(VARIANTS)


def test_generated_clause_pages_in_every_language(site) -> None:
    assert "ISO 9001: списък на точките" in site.page("bg", "clauses/iso9001")
    assert "4.4.1" in site.page("sr", "clauses/iso9001")
    annex = site.page("sr-latn", "clauses/annex-a")
    assert "A.8.34" in annex and "Kontrola pristupa" in annex
    assert "split" in site.page("en", "clauses/iso14001-2015-2026") or "new number" in site.page("en", "clauses/iso14001-2015-2026")


def test_links_and_anchors_with_linkchecker(site) -> None:
    """LinkChecker over the site served on a local port, anchors included, every variant."""
    from msdocs.links import check

    code, report = check(site.url, list(VARIANTS.values()))
    assert code == 0, report[-5000:]
    assert "0 errors found" in report


MODULES = ["quality-of-administrative-services", "environmental-management", "information-security"]
HANDOUT_WORDS = {"en": ("Participant handout", "Worksheet"), "bg": ("Материали за участниците", None),
                 "sr": ("Материјал за полазнике", None), "sr-latn": ("Materijal za polaznike", None)}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_training_handouts(site, variant) -> None:
    folder = site.root / VARIANTS[variant] / "pdf" / "handouts"
    for module in MODULES:
        participants = PdfReader(folder / f"{module}-{variant}.pdf")
        trainer = PdfReader(folder / f"{module}-trainer-{variant}.pdf")
        for reader in (participants, trainer):
            box = reader.pages[0].mediabox
            assert (round(float(box.width)), round(float(box.height))) == (595, 842)
            assert reader.trailer["/Root"]["/Lang"] == TAGS[variant]
            assert 2 <= len(reader.pages) <= 14
        page_html = site.page(variant, f"training/{module}")
        title = re.search(r"<h1[^>]*>(.*?)<", page_html).group(1).strip()
        first = participants.pages[0].extract_text()
        assert title.split()[0] in first and HANDOUT_WORDS[variant][0] in first
        assert site.url + VARIANTS[variant] + f"training/{module}/" in first.replace("\n", "")
        text = "".join(p.extract_text() for p in participants.pages)
        trainer_text = "".join(p.extract_text() for p in trainer.pages)
        assert len(trainer_text) > len(text)  # the answers are only in the trainer's version
        assert 'class="worksheet"' in page_html and "&nbsp;" not in text


def test_downloads_page_links_every_handout(site) -> None:
    for variant, prefix in VARIANTS.items():
        html = site.page(variant, "downloads")
        for module in MODULES:
            assert f"pdf/handouts/{module}-{variant}.pdf" in html and f"pdf/handouts/{module}-trainer-{variant}.pdf" in html
        assert "self-assessment/iso-27001/" in html
