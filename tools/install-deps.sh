#!/usr/bin/env bash
# Makes sure the system packages impuls builds and tests with are there: the ncursesw headers
# and tmux (for the end-to-end tests), strace (crash tests), git (team sync), and chromium with
# poppler-utils' pdftotext (the report printed to A4 and laid out in a window, read back). Installs
# them with apt-get when run as root; otherwise says what to install. Then Python's icalendar for
# the calendar test, in .build/python.
set -euo pipefail

missing=()
[ -f /usr/include/ncursesw/curses.h ] || missing+=(libncursesw5-dev)
command -v strace >/dev/null 2>&1 || missing+=(strace)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
command -v git >/dev/null 2>&1 || missing+=(git)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v swift >/dev/null 2>&1 || { echo "impuls needs the Swift toolchain (6.0 or later) on PATH: see https://www.swift.org/install/" >&2; exit 1; }

"$(dirname "$0")/apt-install.sh" impuls ${missing[@]+"${missing[@]}"}
# Python's icalendar for the test that reads the agenda's calendar file (under .build/python). Without
# network (make run on a train) that is a warning and the test says it is skipped; under CI=true,
# where the test must run, it stops here.
if ! "$(dirname "$0")/install-icalendar.sh"; then
  [ "${CI:-}" = true ] && exit 1
  echo "Going on without it: the calendar test will be skipped." >&2
fi
