#!/usr/bin/env bash
# Install everything, then build the whole site with all PDFs into site/.
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh
export NO_MKDOCS_2_WARNING=1
exec .venv/bin/mkdocs build --strict "$@"
