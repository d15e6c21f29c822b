"""Real-browser quality gate: journeys, accessibility, page weight, Lighthouse.

Runs Debian's Chromium through Playwright against the site built once per
session (conftest.site). The browser is installed by scripts/bootstrap.sh; if
it is missing the tests fail, they are never skipped.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import ARTIFACTS, ROOT, TAGS, VARIANTS

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
SCREENSHOTS = ARTIFACTS / "screenshots"

# A native-language query per variant and a page it must find.
SEARCHES = {
    "en": ("nonconformity", "iso-9001/10-improvement/"),
    "bg": ("несъответствие", "bg/iso-9001/10-improvement/"),
    "sr": ("неусаглашеност", "sr/iso-9001/10-improvement/"),
    "sr-latn": ("neusaglašenost", "sr-latn/iso-9001/10-improvement/"),
}
NOT_FOUND = {"en": "Page not found", "bg": "Страницата не е намерена", "sr": "Страница није пронађена",
             "sr-latn": "Stranica nije pronađena"}
# One page of each kind: every variant is checked with axe-core on all of them.
PAGE_KINDS = {
    "home": "", "guide": "how-to-use/", "clause-page": "iso-9001/8-operation/", "topic": "iso-9001/customer-charter/",
    "annex-a": "iso-27001/a-8-technological-controls/", "clause-index": "clauses/iso27001/",
    "matrix": "clauses/matrix/", "glossary": "glossary/", "status": "translation-status/", "search": "search/?q=risk",
}


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Chromium is missing: run scripts/bootstrap.sh (it installs Debian's chromium)"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser, site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.third_party = []  # type: ignore[attr-defined]
    page.failed = []  # type: ignore[attr-defined]
    own = urlsplit(site.url).netloc

    def on_request(request):
        if urlsplit(request.url).netloc not in (own, "") and not request.url.startswith(("data:", "blob:")):
            page.third_party.append(request.url)

    page.on("request", on_request)
    page.on("response", lambda r: page.failed.append(f"{r.status} {r.url}") if r.status >= 400 and "no-such-page" not in r.url else None)
    yield page
    context.close()


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_reader_journey(page, site, variant) -> None:
    prefix = VARIANTS[variant]
    page.goto(site.url + prefix)
    assert page.get_attribute("html", "lang") == TAGS[variant]
    shot(page, f"{variant}-home")

    # navigate to a clause section through the navigation and the page's table of contents
    page.goto(site.url + prefix + "iso-9001/")
    page.locator(".md-nav--primary a[href$='8-operation/']").first.click()
    assert page.url.endswith(prefix + "iso-9001/8-operation/")
    page.locator(".md-sidebar--secondary a[href='#iso9001-8-5-1']").first.click()
    assert page.url.endswith("#iso9001-8-5-1")
    assert page.locator("#iso9001-8-5-1").is_visible()
    shot(page, f"{variant}-clause-section")

    # switch language: same page, same section
    other = "bg" if variant != "bg" else "sr"
    page.locator(f".md-select__link[hreflang='{TAGS[other]}']").first.dispatch_event("click")
    page.locator(f".md-select__link[hreflang='{TAGS[other]}']").first.evaluate("a => a.click()")
    page.wait_for_load_state()
    assert page.url.endswith(VARIANTS[other] + "iso-9001/8-operation/#iso9001-8-5-1"), page.url
    assert page.get_attribute("html", "lang") == TAGS[other]
    page.go_back()

    # follow a [[...]] clause reference to another standard's section
    page.goto(site.url + prefix + "iso-9001/8-operation/")
    link = page.locator("a.clause-ref[href*='#iso14001-']").first
    target = link.get_attribute("href").split("#")[1]
    assert link.get_attribute("title")  # the localized clause title
    link.click()
    page.wait_for_load_state()
    assert page.url.endswith("#" + target) and "iso-14001/" in page.url
    assert page.locator(f"[id='{target}']").count() == 1

    # search from the header with a native-language query and open the expected result
    query, expected = SEARCHES[variant]
    page.fill("#site-search-input", query)
    page.press("#site-search-input", "Enter")
    page.wait_for_selector("#search-page-results li a")
    results = page.eval_on_selector_all("#search-page-results a", "els => els.map(e => e.href)")
    assert any(r.endswith(expected) for r in results), results
    lang_prefix = f"/{prefix}" if prefix else "/"
    assert all(urlsplit(r).path.startswith(lang_prefix) and (prefix or not re.match(r"^/(bg|sr|sr-latn)/", urlsplit(r).path))
               for r in results), "results from another language"
    shot(page, f"{variant}-search")
    page.locator(f"#search-page-results a[href$='{expected}']").first.click()
    page.wait_for_load_state()
    assert page.get_attribute("html", "lang") == TAGS[variant]

    # download the page's PDF
    with page.expect_download() as download:
        page.locator("a.pdf-download").first.click()
    assert download.value.suggested_filename.endswith(f"-{variant}.pdf")

    # a missing page gives the localized 404
    page.goto(site.url + prefix + "no-such-page/")
    page.wait_for_function("document.documentElement.lang !== ''")
    page.wait_for_load_state("networkidle")
    assert NOT_FOUND[variant] in page.inner_text("article")
    assert page.get_attribute("html", "lang") == TAGS[variant]

    assert page.third_party == []
    assert page.failed == []


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_phone_viewport_menu_and_search(browser, site, variant) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    prefix = VARIANTS[variant]
    page.goto(site.url + prefix + "iso-9001/")
    page.locator(".md-header label[for='__drawer']").click()
    assert page.locator(".md-nav--primary").first.is_visible()
    shot(page, f"{variant}-phone-menu")
    page.keyboard.press("Escape")
    page.goto(site.url + prefix + "iso-9001/")
    page.locator(".site-search__button").click()
    page.wait_for_load_state()
    assert page.url.split("?")[0].endswith(prefix + "search/")
    page.fill("#search-page-input", SEARCHES[variant][0])
    page.wait_for_selector("#search-page-results li a")
    shot(page, f"{variant}-phone-search")
    context.close()


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_keyboard_skip_link_and_visible_focus(page, site, variant) -> None:
    page.goto(site.url + VARIANTS[variant] + "iso-9001/4-context/")
    page.keyboard.press("Tab")
    focused = page.evaluate("() => ({cls: document.activeElement.className, text: document.activeElement.textContent.trim(),"
                            " outline: getComputedStyle(document.activeElement).outlineStyle})")
    assert "md-skip" in focused["cls"]
    page.keyboard.press("Enter")
    assert page.url.endswith("#iso9001-4")
    for _ in range(6):
        page.keyboard.press("Tab")
        style = page.evaluate("() => { const s = getComputedStyle(document.activeElement);"
                              " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 }")
        assert style, "keyboard focus must be visible"


def _axe(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    return page.evaluate("""async () => {
        const result = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});
        return result.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
    }""")


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_accessibility_of_every_page_kind(page, site, variant) -> None:
    assert AXE.exists(), "axe-core is missing: run scripts/bootstrap.sh (npm ci)"
    problems = {}
    for kind, path in PAGE_KINDS.items():
        page.goto(site.url + VARIANTS[variant] + path)
        page.wait_for_load_state("networkidle")
        violations = _axe(page)
        if violations:
            problems[kind] = violations
    page.goto(site.url + VARIANTS[variant] + "no-such-page/")
    page.wait_for_load_state("networkidle")
    if violations := _axe(page):
        problems["404"] = violations
    assert problems == {}


TYPICAL_PAGE = "iso-9001/4-context/"
BUDGET_BYTES = 150 * 1024


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_first_visit_weight_and_no_third_party(browser, site, variant) -> None:
    context = browser.new_context()
    page = context.new_page()
    sizes: dict[str, int] = {}
    hosts = set()

    def record(response):
        hosts.add(urlsplit(response.url).netloc)
        try:
            body = response.body()
        except Exception:
            return
        sizes[response.url] = min(len(body), len(gzip.compress(body, 6)))

    page.on("response", record)
    page.goto(site.url + VARIANTS[variant] + TYPICAL_PAGE, wait_until="networkidle")
    context.close()
    total = sum(sizes.values())
    print(f"\nfirst visit {VARIANTS[variant]}{TYPICAL_PAGE}: {total / 1024:.0f} KB gzip, {len(sizes)} requests")
    assert hosts == {urlsplit(site.url).netloc}
    assert total <= BUDGET_BYTES, sorted(((v, k) for k, v in sizes.items()), reverse=True)[:6]


LIGHTHOUSE_MIN = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}


def test_lighthouse_scores(site) -> None:
    assert LIGHTHOUSE.exists(), "Lighthouse is missing: run scripts/bootstrap.sh (npm ci)"
    rows = []
    for variant, prefix in VARIANTS.items():
        url = site.url + prefix + TYPICAL_PAGE
        out = ARTIFACTS / f"lighthouse-{variant}.json"
        result = subprocess.run(
            [str(LIGHTHOUSE), url, "--output=json", f"--output-path={out}", "--quiet",
             "--only-categories=performance,accessibility,best-practices,seo",
             "--chrome-flags=--headless=new " + " ".join(CHROMIUM_ARGS)],
            env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True, timeout=300,
        )
        assert result.returncode == 0, result.stderr[-2000:]
        report = json.loads(out.read_text(encoding="utf-8"))
        scores = {k: round(v["score"] * 100) for k, v in report["categories"].items()}
        rows.append((variant, scores))
    print("\n| variant | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|")
    for variant, scores in rows:
        print(f"| {variant} | {scores['performance']} | {scores['accessibility']} | {scores['best-practices']} | {scores['seo']} |")
    for variant, scores in rows:
        for category, minimum in LIGHTHOUSE_MIN.items():
            assert scores[category] >= minimum, (variant, category, scores)
