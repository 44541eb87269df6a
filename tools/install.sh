#!/bin/sh
# Installs impuls from the folder this script is in (the tarball's, or make install's stage):
#
#   ./install.sh [--prefix DIR]               default: /usr/local as root, else ~/.local
#   ./install.sh --uninstall [--prefix DIR]   removes what it installed there (never your data)
#
# It copies bin/impuls, the man pages, the completions for bash, zsh and fish, and the sample
# config under the prefix, says where each went, and lists them in
# PREFIX/share/doc/impuls/installed-files for --uninstall.
set -eu

usage() { sed -n '2,9s/^# \{0,1\}//p' "$0"; }

here=$(cd "$(dirname "$0")" && pwd)
prefix=""
action=install
while [ $# -gt 0 ]; do
  case $1 in
    --prefix) [ $# -ge 2 ] || { usage >&2; exit 2; }; prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
if [ -z "$prefix" ]; then
  if [ "$(id -u)" -eq 0 ]; then prefix=/usr/local; else prefix=${HOME:?HOME is not set; give --prefix}/.local; fi
fi
case $prefix in /*) ;; *) prefix=$(pwd)/$prefix ;; esac
prefix=${prefix%/}
manifest=$prefix/share/doc/impuls/installed-files

if [ "$action" = uninstall ]; then
  if [ -f "$manifest" ]; then
    files=$(cat "$manifest")
  else
    # Installed without a list: the files an install puts there.
    files=$(ls -d "$prefix/bin/impuls" "$prefix"/share/man/man1/impuls.1 "$prefix"/share/man/man1/impuls.*.1 \
      "$prefix/share/bash-completion/completions/impuls" "$prefix/share/zsh/site-functions/_impuls" \
      "$prefix/share/fish/vendor_completions.d/impuls.fish" "$prefix/share/doc/impuls/config.sample.json" 2>/dev/null || true)
  fi
  [ -n "$files" ] || { echo "impuls is not installed under $prefix"; exit 0; }
  # Files first; then the folders the install made (listed with a final /), deepest first, when empty.
  echo "$files" | grep -v '/$' | while IFS= read -r file; do
    case $file in "$prefix"/*) ;; *) continue ;; esac   # only ever under the prefix
    if [ -f "$file" ] || [ -L "$file" ]; then rm -f "$file"; echo "removed  $file"; fi
  done
  rm -f "$manifest"
  echo "$files" | grep '/$' | sort -r | while IFS= read -r dir; do
    case $dir in "$prefix"/*|"$prefix"/) rmdir "$dir" 2>/dev/null || true ;; esac
  done
  echo "impuls is uninstalled from $prefix; your config (~/.config/impuls) and data folder are left as they are."
  exit 0
fi

[ -x "$here/bin/impuls" ] || { echo "install.sh: $here/bin/impuls is missing; run this script from the unpacked impuls folder" >&2; exit 1; }
version=$("$here/bin/impuls" --version 2>/dev/null || echo "?")
installed=""

# Folders the install makes, so --uninstall removes them again (and only them); kept from an
# earlier install over which this one goes.
created=""
[ -f "$manifest" ] && created=$(grep '/$' "$manifest" || true)
created=${created:+$created
}

# put SOURCE MODE: copies SOURCE (relative to here) to the same place under the prefix.
put() {
  target=$prefix/$1
  dir=$(dirname "$target")
  while [ ! -d "$dir" ]; do
    created="$created$dir/
"
    [ "$dir" = "$prefix" ] && break
    dir=$(dirname "$dir")
  done
  mkdir -p "$(dirname "$target")"
  # A new file renamed into place, so a running impuls keeps its old binary and nothing is half copied.
  cp "$here/$1" "$target.new.$$"
  chmod "$2" "$target.new.$$"
  mv -f "$target.new.$$" "$target"
  installed="$installed$target
"
}

put bin/impuls 0755
pages=0
for page in "$here"/share/man/man1/*.1; do put "share/man/man1/$(basename "$page")" 0644; pages=$((pages + 1)); done
put share/bash-completion/completions/impuls 0644
put share/zsh/site-functions/_impuls 0644
put share/fish/vendor_completions.d/impuls.fish 0644
put share/doc/impuls/config.sample.json 0644
printf '%s%s\n%s' "$installed" "$manifest" "$created" | awk 'NF && !seen[$0]++' > "$manifest.new.$$"
mv -f "$manifest.new.$$" "$manifest"

echo "impuls $version installed under $prefix:"
echo "  program         $prefix/bin/impuls"
echo "  manual          $prefix/share/man/man1/impuls.1 (and $((pages - 1)) pages for the subcommands: man impuls.doctor, …)"
echo "  bash completion $prefix/share/bash-completion/completions/impuls"
echo "  zsh completion  $prefix/share/zsh/site-functions/_impuls"
echo "  fish completion $prefix/share/fish/vendor_completions.d/impuls.fish"
echo "  sample config   $prefix/share/doc/impuls/config.sample.json (copy it to ~/.config/impuls/config.json)"
echo "  list of files   $manifest (for --uninstall)"

# What the shell needs to find them. man finds the pages beside any bin folder on PATH;
# bash-completion and fish look in ~/.local/share, /usr/local/share and /usr/share (and in
# XDG_DATA_DIRS); zsh only where fpath says.
case ":${PATH:-}:" in
  *":$prefix/bin:"*) ;;
  *) echo "Add $prefix/bin to PATH (e.g. in ~/.profile: export PATH=\"$prefix/bin:\$PATH\"); man then finds the manual too." ;;
esac
case $prefix in
  /usr|/usr/local|"${HOME:-/nonexistent}/.local") ;;
  *) echo "bash and fish: add $prefix/share to XDG_DATA_DIRS (export XDG_DATA_DIRS=\"$prefix/share:\${XDG_DATA_DIRS:-/usr/local/share:/usr/share}\") for Tab completion." ;;
esac
case $prefix in
  /usr|/usr/local) ;;
  *) echo "zsh: add  fpath=($prefix/share/zsh/site-functions \$fpath)  before compinit in ~/.zshrc." ;;
esac
echo "Then run: impuls doctor"
