#!/usr/bin/env bash
# Install everything, then run the whole test suite (it builds the site itself).
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh
export NO_MKDOCS_2_WARNING=1
exec .venv/bin/python -m pytest "$@"
