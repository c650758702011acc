#!/usr/bin/env bash
# Install what wiezegtwat needs on Debian 12: apt packages only when missing,
# then a .venv with the pinned Python dependencies. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

# postgresql: the tests start a throw-away PostgreSQL server for the --db postgresql:// store.
APT_PKGS="frog frogdata ucto uctodata chromium python3-venv fonts-dejavu-core postgresql postgresql-contrib"
missing=""
for p in $APT_PKGS; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "installing apt packages:$missing"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
fi

PY="${PYTHON:-/usr/bin/python3}"
[ -x "$PY" ] || PY="$(command -v python3)"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
# The lock is complete (every package, pinned by version and sha256), so pip
# installs exactly it: --no-deps skips a resolver pass that could pick other files.
.venv/bin/pip install -q --disable-pip-version-check --no-deps --require-hashes -r requirements.lock
.venv/bin/pip install -q --disable-pip-version-check --no-deps -e .
touch .venv/.installed
