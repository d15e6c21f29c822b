"""Create a page in every language from its template.

    python scripts/new_page.py clause iso-14001/6-planning.md --clause "ISO 14001 6" --nav-after iso-14001/5-leadership.md
    python scripts/new_page.py topic iso-9001/complaints.md --title "Handling complaints" --nav-after iso-9001/customer-charter.md

Then write the English page, and the Bulgarian and Serbian ones (or leave them
for translators: until then, the checks report them as stale/missing).
"""

import argparse
import sys

from msdocs.languages import REPO_ROOT
from msdocs.scaffold import KINDS, ScaffoldError, create

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kind", choices=KINDS)
    parser.add_argument("path", help="path inside docs/<lang>/, e.g. iso-9001/complaints.md")
    parser.add_argument("--title", help="page title (topic and training pages)")
    parser.add_argument("--clause", help="clause pages: the main clause, e.g. 'ISO 14001 6' or 'ISO/IEC 27001 A.5'")
    parser.add_argument("--nav-after", help="add the page to mkdocs.yml navigation after this existing entry")
    args = parser.parse_args()
    try:
        created = create(args.kind, args.path, title=args.title, clause=args.clause, nav_after=args.nav_after)
    except ScaffoldError as exc:
        sys.exit(f"new_page: {exc}")
    for path in created:
        print(f"created {path.relative_to(REPO_ROOT)}")
    if not args.nav_after:
        print(f"next: add '- {args.path}' to the nav in mkdocs.yml (the strict build fails on pages missing from it)")
