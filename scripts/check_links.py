"""Check a built site's links and anchors: python scripts/check_links.py [--external] SITE_DIR."""

import argparse
import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

from msdocs import yamlio
from msdocs.languages import MKDOCS_YML, site_languages
from msdocs.links import check, serve

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("site_dir", type=Path)
    parser.add_argument("--external", action="store_true", help="also check links to other sites (needs internet)")
    args = parser.parse_args()
    if not (args.site_dir / "index.html").is_file():
        sys.exit(f"check_links: {args.site_dir}/index.html not found; build the site first (./build.sh)")
    prefixes = [lang.url_prefix for lang in site_languages()]
    # serve the site under the path it was built for (SITE_URL or mkdocs.yml site_url)
    site_url = os.environ.get("SITE_URL") or yamlio.load(MKDOCS_YML)["site_url"]
    with serve(args.site_dir, urlsplit(site_url).path or "/") as url:
        code, report = check(url, prefixes, args.external)
    print(report)
    sys.exit(code)
