#!/usr/bin/env bash
# Install everything the site needs, idempotently: system libraries (Debian or
# Ubuntu), a Python 3.11 virtual environment in .venv with the exact versions
# of requirements.txt, and the npm tools of package-lock.json. Safe to re-run:
# each step is skipped when it is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages: WeasyPrint's libraries, a monospace font for PDFs, Chromium
# for the browser tests, Node.js for Lighthouse and axe-core.
APT_PACKAGES=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 fontconfig
              fonts-dejavu-core chromium git)
# Node.js may come from elsewhere (NodeSource, nvm): only install Debian's when absent.
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || APT_PACKAGES+=(nodejs npm)
if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    echo "bootstrap: installing system packages: ${missing[*]}"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
else
  echo "bootstrap: no dpkg here; install these (or your system's equivalents) yourself: ${APT_PACKAGES[*]}" >&2
fi

# Python 3.11: requirements.txt is locked for it.
python=""
for candidate in "${PYTHON:-}" python3.11 python3; do
  if [ -n "$candidate" ] && command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
    python="$candidate"; break
  fi
done
if [ -z "$python" ]; then
  echo "bootstrap: Python 3.11 is required (set PYTHON=/path/to/python3.11)" >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$python" -m venv .venv
stamp=.venv/.requirements.sha256
wanted=$(sha256sum requirements.txt | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
  echo "bootstrap: installing Python packages from requirements.txt"
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -r requirements.txt
  echo "$wanted" > "$stamp"
fi

# npm tools (Lighthouse, axe-core) for the browser quality gate.
if [ -f package-lock.json ]; then
  stamp=node_modules/.package-lock.sha256
  wanted=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    echo "bootstrap: installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error
    echo "$wanted" > "$stamp"
  fi
fi
