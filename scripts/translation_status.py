"""Translation status: python scripts/translation_status.py [--lang bg] [--diff].

Lists pages that are stale (the English source changed after the translation
was last committed), missing or orphaned, per language. With --diff, shows what
changed in the English source of each stale page. Exit 1 if a translation is
orphaned (its English source no longer exists); missing and stale pages are
reported, since a missing page falls back to English with a notice.
"""

import argparse
import sys
from collections import Counter

from msdocs.languages import REPO_ROOT, site_languages
from msdocs.translations import source_diff, translation_status

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", action="append", help="language code (default: every translation)")
    parser.add_argument("--diff", action="store_true", help="show the English changes behind each stale page")
    args = parser.parse_args()
    languages = site_languages()
    langs = args.lang or [lang.code for lang in languages.translations]
    docs = REPO_ROOT / "docs"
    statuses = translation_status(REPO_ROOT, docs, languages.default.code, langs)
    for status in statuses:
        if status.state != "current":
            print(f"docs/{status.lang}/{status.path}: {status.state}")
            if args.diff and status.state == "stale":
                print(source_diff(REPO_ROOT, docs, languages.default.code, status))
    for lang in langs:
        counts = Counter(s.state for s in statuses if s.lang == lang)
        print(f"[{lang}] " + ", ".join(f"{counts.get(state, 0)} {state}" for state in ("current", "stale", "missing", "orphaned")),
              file=sys.stderr)
    sys.exit(1 if any(s.state == "orphaned" for s in statuses) else 0)
