"""Check clause references: python scripts/check_refs.py [PATH ...] [--format json] [--coverage]."""

import sys

from msdocs.refs.cli import main

if __name__ == "__main__":
    sys.exit(main())
