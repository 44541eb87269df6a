#!/bin/sh
# Lays out everything impuls installs under DEST, as it will go under a prefix (the tree of
# `make install`, of the tarball and of the Debian package):
#
#   DEST/install.sh                                         copies the rest under a prefix
#   DEST/bin/impuls
#   DEST/share/man/man1/impuls.1, impuls.SUBCOMMAND.1 …     generated, with man/*.mdoc for impuls.1
#   DEST/share/bash-completion/completions/impuls
#   DEST/share/zsh/site-functions/_impuls
#   DEST/share/fish/vendor_completions.d/impuls.fish
#   DEST/share/doc/impuls/config.sample.json
#
# Usage: tools/stage.sh [--strip] BINARY DEST      (--strip: without symbols, for a release)
# The man pages come from swift-argument-parser's generate-manual (the tool behind its
# generate-manual plugin; `make stage` builds it: swift build --product generate-manual), run on
# BINARY; $GENERATE_MANUAL names another copy of it.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
strip=false
[ "${1:-}" = --strip ] && { strip=true; shift; }
[ $# -eq 2 ] || { echo "usage: tools/stage.sh [--strip] BINARY DEST" >&2; exit 2; }
binary=$1
dest=$2
generate=${GENERATE_MANUAL:-$root/.build/debug/generate-manual}

[ -x "$binary" ] || { echo "stage: $binary is not an executable impuls; build it first" >&2; exit 1; }
[ -x "$generate" ] || { echo "stage: $generate not found; build it first: swift build --product generate-manual" >&2; exit 1; }
# Only ever replace an earlier stage, never some other folder given by mistake.
if [ -e "$dest" ]; then
  if [ -f "$dest/install.sh" ] && [ -f "$dest/bin/impuls" ]; then rm -rf "$dest"
  elif [ -d "$dest" ] && [ -z "$(ls -A "$dest")" ]; then rmdir "$dest"
  else echo "stage: $dest exists and is not an earlier stage of impuls; not touching it" >&2; exit 1
  fi
fi

mkdir -p "$dest/bin" "$dest/share/man/man1" "$dest/share/bash-completion/completions" \
  "$dest/share/zsh/site-functions" "$dest/share/fish/vendor_completions.d" "$dest/share/doc/impuls"
if $strip; then strip -o "$dest/bin/impuls" "$binary"; else cp "$binary" "$dest/bin/impuls"; fi
chmod 0755 "$dest/bin/impuls"
cp "$root/tools/install.sh" "$dest/install.sh"
chmod 0755 "$dest/install.sh"
cp "$root/config.sample.json" "$dest/share/doc/impuls/config.sample.json"

# Man pages: one for impuls and one for every subcommand, dated by the commit (so the same commit
# gives the same pages), then the hand-written description and sections put into impuls.1.
day=$(git -C "$root" log -1 --format=%cs HEAD 2>/dev/null || date +%Y-%m-%d)
"$generate" "$dest/bin/impuls" --multi-page --date "$day" --output-directory "$dest/share/man/man1" >/dev/null
rm -f "$dest/share/man/man1/impuls.help.1"
main="$dest/share/man/man1/impuls.1"
awk -v description="$root/man/impuls.description.mdoc" -v sections="$root/man/impuls.sections.mdoc" '
  state == 0 && $0 == ".Sh DESCRIPTION" {
    print
    while ((getline line < description) > 0) print line
    state = 1; next
  }
  # The generated description (the discussion of --help) gives way to the hand-written one;
  # the list of options stays.
  state == 1 { if ($0 ~ /^\.Bl /) { print; state = 2 }; next }
  state == 2 && $0 == ".Sh \"EXIT STATUS\"" {
    while ((getline line < sections) > 0) print line
    state = 3; next
  }
  state == 3 && $0 ~ /^\.Ex / { state = 4; next }
  { print }
  END { if (state != 4) { print "stage: impuls.1 is not laid out as expected (state " state ")" > "/dev/stderr"; exit 1 } }
' "$main" > "$main.new"
mv "$main.new" "$main"
# The pages' footer names impuls and its version, not "BSD"; `impuls help` has no page of its own.
version=$("$dest/bin/impuls" --version | cut -d' ' -f1)
sed -i "s/^\.Os\$/.Os impuls $version/; s/^\.Xr impuls\.help 1 ,\$//; /^\$/d" "$dest"/share/man/man1/*.1
chmod 0644 "$dest"/share/man/man1/*.1

# Completions, as the binary generates them.
"$dest/bin/impuls" --generate-completion-script bash > "$dest/share/bash-completion/completions/impuls"
"$dest/bin/impuls" --generate-completion-script zsh > "$dest/share/zsh/site-functions/_impuls"
"$dest/bin/impuls" --generate-completion-script fish > "$dest/share/fish/vendor_completions.d/impuls.fish"
chmod 0644 "$dest/share/bash-completion/completions/impuls" "$dest/share/zsh/site-functions/_impuls" \
  "$dest/share/fish/vendor_completions.d/impuls.fish" "$dest/share/doc/impuls/config.sample.json"
