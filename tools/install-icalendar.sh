#!/usr/bin/env bash
# Python's icalendar, the independent parser the end-to-end tests read `impuls agenda --format ics`
# with, in a virtual environment of its own under .build/python (so it does not depend on which
# python3 — pyenv's, the system's — a shell finds, nor change that one). Made once; nothing to do
# when it imports already. Needs python3 with venv (Debian: python3-venv, installed as root when
# missing) and PyPI; without them it says what to do and fails.
set -euo pipefail
version=7.3.2
venv="$(cd "$(dirname "$0")/.." && pwd)/.build/python"
if [ -x "$venv/bin/python3" ] && "$venv/bin/python3" -c "import icalendar, sys; sys.exit(icalendar.__version__ != '$version')" 2>/dev/null; then
  exit 0
fi
python=$(command -v python3 || true)
if [ -z "$python" ]; then
  "$(dirname "$0")/apt-install.sh" "the calendar test (Python's icalendar)" python3 python3-venv
  python=$(command -v python3)
fi
rm -rf "$venv"
mkdir -p "$(dirname "$venv")"
if ! "$python" -m venv "$venv" 2>/dev/null; then
  rm -rf "$venv"
  # Debian's own python3 makes no venv without python3-venv.
  "$(dirname "$0")/apt-install.sh" "the calendar test (Python's icalendar)" python3-venv
  "$python" -m venv "$venv"
fi
echo "Installing Python's icalendar $version into $venv…" >&2
if ! "$venv/bin/python3" -m pip install --quiet --disable-pip-version-check "icalendar==$version"; then
  echo "Could not install Python's icalendar from PyPI into $venv: the calendar test needs it." >&2
  exit 1
fi
