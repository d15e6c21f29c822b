#!/usr/bin/env bash
# Re-resolve requirements.in in a clean virtual environment and write the exact
# versions of everything to requirements.txt. Run after changing requirements.in.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet --upgrade pip
"$tmp/venv/bin/pip" install --quiet -r requirements.in
{
  echo "# Exact versions of every package, generated from requirements.in by scripts/lock_requirements.sh."
  echo "# Python 3.11, Linux x86_64."
  "$tmp/venv/bin/pip" freeze
} > requirements.txt
echo "requirements.txt updated"
