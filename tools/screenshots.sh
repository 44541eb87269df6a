#!/usr/bin/env bash
# make screenshots: the main screens of impuls (region, dossier, a form, the dashboard, help) as a
# real xterm draws them — xterm's own palette and a TrueType font, under Xvfb — with a light and
# with a dark background, to docs/screenshots/<screen>-<theme>.png. Keys reach impuls through
# tmux running inside the xterm (its status line off), so what is shown is what impuls draws.
# Next to the pictures it writes what they were made from: <screen>.txt, the characters of each
# screen as tmux holds them, and made-from.txt, the commit of the binary. A test
# (ScreenshotsEndToEndTests) drives the same keys with --text-only and compares the screens with
# these files, so it says when a screen the README shows has changed since the pictures were made.
#
# Usage: tools/screenshots.sh [--text-only] BINARY [OUTPUT_FOLDER]
# Needs xvfb, xterm, imagemagick and a monospace TrueType font (installed with apt-get as root,
# as make deps does), and tmux; --text-only needs only tmux and writes only the .txt files.
# Not part of make test.
set -euo pipefail

text_only=false
if [ "${1:-}" = "--text-only" ]; then text_only=true; shift; fi
binary=$(realpath "$1")
out=${2:-docs/screenshots}
columns=100
rows=30
here=$(cd "$(dirname "$0")/.." && pwd)

missing=()
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
if ! $text_only; then
  command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
  command -v xterm >/dev/null 2>&1 || missing+=(xterm)
  command -v import >/dev/null 2>&1 || missing+=(imagemagick)
  fc-list 2>/dev/null | grep "DejaVu Sans Mono" >/dev/null || missing+=(fonts-dejavu-core)
fi
"$(dirname "$0")/apt-install.sh" "make screenshots" ${missing[@]+"${missing[@]}"}

work=$(mktemp -d)
socket="impuls-shots-$$"
display=""
xvfb_pid=""
xterm_pid=""
cleanup() {
  [ -n "$xterm_pid" ] && kill "$xterm_pid" 2>/dev/null || true
  tmux -L "$socket" kill-server 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# A free display number, and Xvfb on it (bounded wait for its socket).
if ! $text_only; then
  for n in $(seq 90 120); do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then display=":$n"; break; fi
  done
  [ -n "$display" ] || { echo "no free X display between :90 and :120" >&2; exit 1; }
  Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
  [ -e "/tmp/.X11-unix/X${display#:}" ] || { echo "Xvfb did not start:" >&2; cat "$work/xvfb.log" >&2; exit 1; }
  export DISPLAY="$display"
fi

mkdir -p "$out" "$work/home"
export IMPULS_TODAY=2023-10-16
"$binary" demo --config "$here/demo/config.json" --output "$work/data" >/dev/null 2>&1

# Waits (at most 10 s) until the tmux pane shows $1.
wait_for() {
  for _ in $(seq 200); do
    tmux -L "$socket" capture-pane -p 2>/dev/null | grep -F -- "$1" >/dev/null && return 0
    sleep 0.05
  done
  echo "timed out waiting for '$1'; the screen was:" >&2
  tmux -L "$socket" capture-pane -p >&2 || true
  exit 1
}

# Waits for $2, saves the screen's characters as $out/$1.txt (the light run's; the dark run's
# must be the same), lets xterm paint, and saves the window as $out/$1-$theme.png.
shot() {
  wait_for "$2"
  # The screen once it has stopped changing (two captures 0.2 s apart alike, at most 4 s).
  tmux -L "$socket" capture-pane -p >"$work/$1-$theme.txt"
  for _ in $(seq 20); do
    sleep 0.2
    tmux -L "$socket" capture-pane -p >"$work/capture.txt"
    cmp -s "$work/capture.txt" "$work/$1-$theme.txt" && break
    mv "$work/capture.txt" "$work/$1-$theme.txt"
  done
  if [ "$theme" = light ]; then
    cp "$work/$1-$theme.txt" "$out/$1.txt"
  elif ! cmp -s "$work/$1-$theme.txt" "$out/$1.txt"; then
    echo "the $1 screen differs between the light and the dark run" >&2
    exit 1
  fi
  $text_only && return 0
  sleep 0.3
  import -window "impuls-$theme" "$out/$1-$theme.png"
  echo "$out/$1-$theme.png"
}

keys() { tmux -L "$socket" send-keys "$@"; }

themes=(light dark)
$text_only && themes=(light)
for theme in "${themes[@]}"; do
  if [ "$theme" = light ]; then colours=(-bg white -fg black); else colours=(-bg black -fg white); fi
  sed "s/^{/{\n  \"theme\": \"$theme\",/" "$here/demo/config.json" >"$work/config-$theme.json"
  printf 'set -g status off\nset -g escape-time 10\nset -g default-terminal tmux-256color\n' >"$work/tmux.conf"
  tmux -L "$socket" -f "$work/tmux.conf" new-session -d -x "$columns" -y "$rows" \
    "env -i HOME=$work/home LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=Europe/Amsterdam TERM=xterm-256color IMPULS_TODAY=$IMPULS_TODAY \
     $binary --config $work/config-$theme.json --data-dir $work/data; sleep 30"
  if ! $text_only; then
    xterm -T "impuls-$theme" -geometry "${columns}x${rows}" -fa "DejaVu Sans Mono" -fs 11 -tn xterm-256color "${colours[@]}" \
      -xrm 'XTerm*cursorBlink: false' -e tmux -L "$socket" attach >"$work/xterm.log" 2>&1 &
    xterm_pid=$!
  fi

  shot region "Achtkarspelen"
  keys Down Enter
  shot dossier "GM0060"
  keys n
  keys -l "Gebeld met de wethouder over de training privacy en gegevensdeling"
  keys Tab
  keys -l "Wethouder, beleidsadviseur"
  shot form "beleidsadviseur"
  keys Escape y Escape D
  shot dashboard "overzicht regio"
  keys Escape "?"
  shot help "Regio (start)"
  keys Escape q

  if [ -n "$xterm_pid" ]; then
    kill "$xterm_pid" 2>/dev/null || true
    wait "$xterm_pid" 2>/dev/null || true
    xterm_pid=""
  fi
  tmux -L "$socket" kill-server 2>/dev/null || true
done
# What the pictures were made from: the binary's version and commit.
$text_only || "$binary" --version >"$out/made-from.txt"
