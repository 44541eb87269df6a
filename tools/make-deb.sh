#!/bin/sh
# The Debian package: DEST/impuls_VERSION_ARCH.deb from the stage of tools/stage.sh, built with
# dpkg-deb alone. Files go under /usr: the binary, gzipped man pages, the completions where
# Debian's bash-completion, zsh and fish look, and the sample config in /usr/share/doc/impuls.
# Depends: the packages of the shared libraries the binary loads, and git for team sync.
# Usage: tools/make-deb.sh STAGE DEST      ($DEB_MAINTAINER overrides the Maintainer field)
set -eu
[ $# -eq 2 ] || { echo "usage: tools/make-deb.sh STAGE DEST" >&2; exit 2; }
stage=$(cd "$1" && pwd)
mkdir -p "$2"
dest=$(cd "$2" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
binary=$stage/bin/impuls
version=$("$binary" --version | cut -d' ' -f1)
arch=$(dpkg --print-architecture)

if ldd "$binary" | grep -q 'libswift'; then
  echo "make-deb: $binary needs the Swift runtime (ldd lists libswift*); build it with --static-swift-stdlib (make release)" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pkg=$work/impuls_${version}_$arch
install -d "$pkg/DEBIAN" "$pkg/usr/bin" "$pkg/usr/share/man/man1" "$pkg/usr/share/bash-completion/completions" \
  "$pkg/usr/share/zsh/vendor-completions" "$pkg/usr/share/fish/vendor_completions.d" "$pkg/usr/share/doc/impuls"
install -m 0755 "$binary" "$pkg/usr/bin/impuls"
for page in "$stage"/share/man/man1/*.1; do
  gzip -9n < "$page" > "$pkg/usr/share/man/man1/$(basename "$page").gz"
done
install -m 0644 "$stage/share/bash-completion/completions/impuls" "$pkg/usr/share/bash-completion/completions/impuls"
install -m 0644 "$stage/share/zsh/site-functions/_impuls" "$pkg/usr/share/zsh/vendor-completions/_impuls"
install -m 0644 "$stage/share/fish/vendor_completions.d/impuls.fish" "$pkg/usr/share/fish/vendor_completions.d/impuls.fish"
install -m 0644 "$stage/share/doc/impuls/config.sample.json" "$pkg/usr/share/doc/impuls/config.sample.json"
chmod 0644 "$pkg"/usr/share/man/man1/*.gz

# The packages behind the libraries the binary loads: dpkg-shlibdeps (dpkg-dev) when it is there,
# with the versions the symbols need; else dpkg -S for each library ldd finds, and for libc6 the
# newest GLIBC_ symbol version the binary uses.
list=""
if command -v dpkg-shlibdeps >/dev/null 2>&1; then
  mkdir -p "$work/shlibs/debian"
  printf 'Source: impuls\n\nPackage: impuls\nArchitecture: any\n' > "$work/shlibs/debian/control"
  list=$(cd "$work/shlibs" && dpkg-shlibdeps -O "$pkg/usr/bin/impuls" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
fi
if [ -z "$list" ]; then
  depends=""
  for library in $(ldd "$binary" | awk '$2 == "=>" && $3 ~ /^\// { print $3 }'); do
    real=$(readlink -f "$library")
    package=$(dpkg -S "$library" 2>/dev/null || dpkg -S "$real" 2>/dev/null || dpkg -S "/usr$library" 2>/dev/null) || {
      echo "make-deb: no package owns $library" >&2; exit 1; }
    package=${package%%:*}
    case " $depends " in *" $package "*) ;; *) depends="$depends $package" ;; esac
  done
  glibc=$(objdump -T "$binary" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
  for package in $depends; do
    case $package in libc6) entry="libc6 (>= $glibc)" ;; *) entry=$package ;; esac
    list="${list:+$list, }$entry"
  done
fi
list="$list, git"

maintainer=${DEB_MAINTAINER:-"$(git -C "$root" config user.name 2>/dev/null || echo impuls) <$(git -C "$root" config user.email 2>/dev/null || echo impuls@localhost)>"}
size=$(du -sk "$pkg/usr" | cut -f1)
cat > "$pkg/DEBIAN/control" <<CONTROL
Package: impuls
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $size
Depends: $list
Section: utils
Priority: optional
Description: offline terminal case tracker for the advisers of the ondersteuningsbudget
 impuls is the case tracker of the regional advisers of the Samenwerkingsplatform
 sociaal domein (VNG): the municipalities of a region, each municipality's dossier
 (advice sessions, contacts, follow-ups), its application for the one-off
 ondersteuningsbudget versterken dienstverlening kwetsbare burgers from draft to
 completion, and a team lead's status per region.
 .
 It runs in a terminal (ncurses), works offline, keeps everything in plain JSON
 files and shares a data folder with the team through git. Run impuls doctor to
 check a machine; man impuls for the manual.
CONTROL
deb=$dest/impuls_${version}_$arch.deb
dpkg-deb --root-owner-group -Zxz --build "$pkg" "$deb.new" >/dev/null
mv -f "$deb.new" "$deb"
echo "$deb"
