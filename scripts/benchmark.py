"""Print build times, page weight and search figures (not a test: numbers to read).

    .venv/bin/python scripts/benchmark.py [--skip-cold] [--skip-search-baseline]

Measures, on this machine:
  1. a full build (4 variants, 4 PDFs) with an empty PDF cache, then again with
     nothing changed (PDFs must be reused, not rendered);
  2. a one-language HTML-only build;
  3. a live-reload rebuild of `mkdocs serve` after editing one page;
  4. bytes transferred on a first visit to typical pages, gzip-compressed as a
     static host serves them, in a real browser (Chromium);
  5. search: Pagefind bytes and result languages for a native query per
     variant, against the single index Material's built-in search would load.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from msdocs.links import serve  # noqa: E402

PYTHON = sys.executable
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
PAGES = {"en": "iso-9001/8-operation/", "bg": "bg/iso-9001/8-operation/", "sr": "sr/iso-9001/8-operation/",
         "sr-latn": "sr-latn/iso-9001/8-operation/"}
QUERIES = {"en": "complaint", "bg": "жалба", "sr": "притужба", "sr-latn": "pritužba"}


def build(site: Path, env: dict | None = None, project: Path = ROOT) -> tuple[float, str]:
    start = time.monotonic()
    result = subprocess.run([PYTHON, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
                            cwd=project, env={**ENV, **(env or {})}, capture_output=True, text=True)
    if result.returncode:
        sys.exit(result.stdout + result.stderr)
    return time.monotonic() - start, result.stdout + result.stderr


def live_reload_seconds(args: tuple[str, ...] = (), env: dict | None = None) -> tuple[float, float]:
    """Start `mkdocs serve`, edit a page, and time the rebuild it triggers.

    Returns (rebuild, total): from "Detected file changes" to "Reloading browsers",
    and from saving the file to "Reloading browsers" (includes the watcher's delay)."""
    page = ROOT / "docs" / "en" / "about.md"
    original = page.read_text(encoding="utf-8")
    proc = subprocess.Popen([PYTHON, "-m", "mkdocs", "serve", "-a", "127.0.0.1:8765", *args], cwd=ROOT,
                            env={**ENV, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        assert proc.stdout
        for line in proc.stdout:
            if "Serving on" in line:
                break
        time.sleep(2)
        saved = time.monotonic()
        page.write_text(original + "\n", encoding="utf-8")
        detected = saved
        for line in proc.stdout:
            if "Detected file changes" in line:
                detected = time.monotonic()
            if "Reloading browsers" in line:
                done = time.monotonic()
                return done - detected, done - saved
            if time.monotonic() - saved > 600:
                break
        return float("nan"), float("nan")
    finally:
        page.write_text(original, encoding="utf-8")
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait()


def first_visit(site: Path) -> dict[str, dict]:
    """Bytes a browser downloads for a page on a first visit (gzip as a static host serves it)."""
    from playwright.sync_api import sync_playwright

    results = {}
    with serve(site) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-background-networking"])
        for variant, path in PAGES.items():
            context = browser.new_context()
            page = context.new_page()
            sizes: dict[str, int] = {}

            def record(response, sizes=sizes):
                try:
                    body = response.body()
                except Exception:
                    return
                compressed = len(gzip.compress(body, 6))
                sizes[response.url] = min(len(body), compressed)

            page.on("response", record)
            page.goto(url + path, wait_until="networkidle")
            context.close()
            hosts = {re.sub(r"^https?://([^/]+)/.*", r"\1", u) for u in sizes}
            results[variant] = {"bytes": sum(sizes.values()), "requests": len(sizes), "hosts": sorted(hosts),
                                "largest": sorted(((v, u.replace(url, "/")) for u, v in sizes.items()), reverse=True)[:4]}
        browser.close()
    return results


def pagefind_search(site: Path) -> dict[str, dict]:
    from playwright.sync_api import sync_playwright

    out = {}
    with serve(site) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-background-networking"])
        for variant, prefix in {"en": "", "bg": "bg/", "sr": "sr/", "sr-latn": "sr-latn/"}.items():
            context = browser.new_context()
            page = context.new_page()
            loaded: list[int] = []
            page.on("response", lambda r: loaded.append(len(r.body())) if "/pagefind/" in r.url else None)
            page.goto(f"{url}{prefix}search/?q={QUERIES[variant]}", wait_until="networkidle")
            links = page.eval_on_selector_all("#search-page-results a", "els => els.map(e => e.getAttribute('href'))")
            same = [l for l in links if (l.startswith(f"/{prefix}") if prefix else not re.match(r"^/(bg|sr|sr-latn)/", l))]
            out[variant] = {"query": QUERIES[variant], "results": len(links), "same_language": len(same), "pagefind_bytes": sum(loaded)}
            context.close()
        browser.close()
    return out


def material_search_baseline(tmp: Path) -> dict:
    """Build a copy with Material's search plugin and report the index every reader would load."""
    project = tmp / "project"
    for name in ("mkdocs.yml", "docs", "overrides", "data", "scripts", "fonts", "templates"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, project / name)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("plugins:\n", "plugins:\n  - search\n", 1).replace("reconfigure_search: false", "reconfigure_search: true")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    site = tmp / "baseline-site"
    build(site, {"MSDOCS_PDF": "0"}, project)
    index = site / "search" / "search_index.json"
    data = index.read_bytes()
    docs = json.loads(data)["docs"]
    langs = {}
    for doc in docs:
        lang = doc["location"].split("/")[0] if re.match(r"^(bg|sr|sr-latn)/", doc["location"]) else "en"
        langs[lang] = langs.get(lang, 0) + 1
    return {"raw": len(data), "gzip": len(gzip.compress(data, 6)), "entries_per_language": langs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip-cold", action="store_true", help="do not empty the PDF cache first")
    parser.add_argument("--skip-search-baseline", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        site = tmp / "site"
        cache = Path(tempfile.mkdtemp()) if not args.skip_cold else None
        env = {"MSDOCS_CACHE_DIR": str(cache)} if cache else {}
        seconds, log = build(site, env)
        rendered = len(re.findall(r"rendered \d+ pages", log))
        pages = sum(int(n) for n in re.findall(r"rendered (\d+) pages", log))
        print(f"full build, 4 variants + 4 PDFs{' (empty PDF cache)' if cache else ''}: {seconds:.1f} s "
              f"({rendered} PDFs rendered, {pages} PDF pages)")
        seconds, log = build(site, env)
        reused = len(re.findall("unchanged, reused", log))
        again = len(re.findall(r"rendered \d+ pages", log))
        print(f"full build again, nothing changed: {seconds:.1f} s ({reused} PDFs reused, {again} rendered)")
        seconds, _ = build(tmp / "one", {"BUILD_ONLY_LOCALE": "en", "MSDOCS_PDF": "0"})
        print(f"one language (en), HTML only: {seconds:.1f} s")
        rebuild, total = live_reload_seconds()
        print(f"live-reload rebuild after editing one page (mkdocs serve, 4 variants): {rebuild:.1f} s "
              f"({total:.1f} s from saving the file to the browser reload)")
        rebuild, total = live_reload_seconds((), {"BUILD_ONLY_LOCALE": "bg"})
        print(f"live-reload rebuild, one language (BUILD_ONLY_LOCALE=bg mkdocs serve): {rebuild:.1f} s "
              f"({total:.1f} s from saving the file to the browser reload)")
        rebuild, total = live_reload_seconds(("--dirty", "--no-strict"), {"BUILD_ONLY_LOCALE": "bg"})
        print(f"live-reload rebuild, fast preview (BUILD_ONLY_LOCALE=bg mkdocs serve --dirty --no-strict): {rebuild:.1f} s "
              f"({total:.1f} s from saving the file to the browser reload)")
        for variant, data in first_visit(site).items():
            print(f"first visit {PAGES[variant]}: {data['bytes'] / 1024:.0f} KB gzip in {data['requests']} requests, "
                  f"hosts {data['hosts']}; largest: " + ", ".join(f"{u} {b / 1024:.0f} KB" for b, u in data["largest"]))
        for variant, data in pagefind_search(site).items():
            print(f"search [{variant}] '{data['query']}': {data['results']} results, {data['same_language']} in the same "
                  f"language, {data['pagefind_bytes'] / 1024:.0f} KB of Pagefind files loaded")
        if not args.skip_search_baseline:
            base = material_search_baseline(tmp)
            print(f"Material built-in search (baseline): one index for all languages, {base['raw'] / 1024:.0f} KB raw, "
                  f"{base['gzip'] / 1024:.0f} KB gzip, loaded on every first visit; entries per language {base['entries_per_language']}")
        if cache:
            shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
