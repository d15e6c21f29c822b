"""Check a built site's links and anchors: python scripts/check_links.py [--external] SITE_DIR."""

import argparse
import sys
from pathlib import Path

from msdocs.links import check, serve

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("site_dir", type=Path)
    parser.add_argument("--external", action="store_true", help="also check links to other sites (needs internet)")
    args = parser.parse_args()
    if not (args.site_dir / "index.html").is_file():
        sys.exit(f"check_links: {args.site_dir}/index.html not found; build the site first (./build.sh)")
    with serve(args.site_dir) as url:
        result = check(url, args.external)
    print(result.stdout, result.stderr, sep="")
    sys.exit(result.returncode)
