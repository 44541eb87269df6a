#!/bin/bash
# Checks what make deb and make dist made, as a machine without Swift would get it (run by hand:
# make check-package; the release build takes minutes, so make test does not do this).
#   - the .deb: dpkg-deb -I (name, version, Depends, description) and -c (binary, man pages,
#     completions, sample config); unpacked with dpkg-deb -x, its binary loads no Swift library,
#     runs (with /opt/swift hidden in a mount namespace of its own when unshare may do that),
#     its man page renders and its bash completion completes;
#   - the tarball: install.sh puts it under a prefix, the installed impuls runs, --uninstall
#     leaves nothing behind.
# Usage: tools/check-package.sh DIST VERSION
set -uo pipefail
dist=$1
version=$2
arch=$(dpkg --print-architecture)
deb=$dist/impuls_${version}_$arch.deb
tarball=$dist/impuls-$version-linux-$(uname -m).tar.gz
failures=0
ok() { echo "ok    $*"; }
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }
check() { local what=$1; shift; if "$@" >/dev/null 2>&1; then ok "$what"; else fail "$what"; fi; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs a command without the Swift toolchain anywhere: /opt/swift (and any swift on PATH) hidden.
without_swift() {
  local hide=""
  if [ "$(id -u)" -eq 0 ] && unshare -m true 2>/dev/null; then
    for dir in /opt/swift /usr/share/swift; do [ -d "$dir" ] && hide="$hide mount -t tmpfs none $dir;"; done
    unshare -m sh -c "$hide exec \"\$@\"" sh env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 TERM=xterm-256color "$@"
  else
    env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 TERM=xterm-256color "$@"
  fi
}
mkdir -p "$work/home"
if [ "$(id -u)" -eq 0 ] && unshare -m true 2>/dev/null; then ok "runs below with /opt/swift hidden (unshare -m)"
else echo "note  cannot hide /opt/swift here (needs root and unshare); runs below with PATH=/usr/bin:/bin only"; fi

echo "== $deb"
if [ -f "$deb" ]; then
  info=$(dpkg-deb -I "$deb")
  check "Package: impuls" grep -qx ' Package: impuls' <<<"$info"
  check "Version: $version" grep -qx " Version: $version" <<<"$info"
  check "Architecture: $arch" grep -qx " Architecture: $arch" <<<"$info"
  depends=$(dpkg-deb -f "$deb" Depends)
  echo "      Depends: $depends"
  for package in libc6 libncursesw6 libstdc++6 git; do check "Depends on $package" grep -q "\b$package\b" <<<"$depends"; done
  check "a description" grep -q '^ Description: .' <<<"$info"
  contents=$(dpkg-deb -c "$deb" | awk '{ print $6 }')
  for file in ./usr/bin/impuls ./usr/share/man/man1/impuls.1.gz ./usr/share/man/man1/impuls.doctor.1.gz \
      ./usr/share/bash-completion/completions/impuls ./usr/share/zsh/vendor-completions/_impuls \
      ./usr/share/fish/vendor_completions.d/impuls.fish ./usr/share/doc/impuls/config.sample.json; do
    check "contains $file" grep -qx "$file" <<<"$contents"
  done
  check "owned by root" test -z "$(dpkg-deb -c "$deb" | awk '$2 != "root/root"')"
  mkdir -p "$work/deb" && dpkg-deb -x "$deb" "$work/deb"
  bin=$work/deb/usr/bin/impuls
  check "loads no Swift library (ldd)" test -z "$(ldd "$bin" | grep -i swift)"
  out=$(without_swift "$bin" --version)
  check "impuls --version: $out" grep -q "^$version (commit [0-9a-f]" <<<"$out"
  check "impuls municipalities --search sudwest" grep -q 'Súdwest-Fryslân' <<<"$(without_swift "$bin" municipalities --search sudwest)"
  without_swift env IMPULS_TODAY=2023-10-16 "$bin" demo --output "$work/home/data" >/dev/null
  doctor=$(without_swift env IMPULS_TODAY=2023-10-16 "$bin" doctor --data-dir "$work/home/data"); status=$?
  check "impuls doctor on a demo folder: exit 0" test "$status" -eq 0
  doctor=$(without_swift env IMPULS_TODAY=2023-10-16 TERM=dumb "$bin" doctor --data-dir "$work/home/data" 2>/dev/null); status=$?
  check "impuls doctor with TERM=dumb: exit 1, the terminal named" test "$status" -eq 1 -a -n "$(grep 'TERM=dumb' <<<"$doctor")"
  page=$(MANWIDTH=80 MANPAGER=cat man -l "$work/deb/usr/share/man/man1/impuls.1.gz" 2>&1)
  for heading in NAME SYNOPSIS DESCRIPTION EXAMPLES; do check "man -l impuls.1.gz has $heading" grep -qx "$heading" <<<"$page"; done
  completion=$(bash --norc --noprofile -c '. "$1"; COMP_WORDS=(impuls doc); COMP_CWORD=1; COMP_LINE="impuls doc"; COMP_POINT=10; _impuls impuls doc impuls; echo "${COMPREPLY[*]}"' bash "$work/deb/usr/share/bash-completion/completions/impuls")
  check "bash completion: impuls doc → $completion" test "$completion" = doctor
else
  fail "$deb is missing (make deb)"
fi

echo "== $tarball"
if [ -f "$tarball" ]; then
  mkdir -p "$work/tar" && tar -xzf "$tarball" -C "$work/tar"
  prefix=$work/prefix
  check "install.sh --prefix" "$work/tar/impuls-$version/install.sh" --prefix "$prefix"
  out=$(without_swift "$prefix/bin/impuls" --version)
  check "installed impuls --version: $out" grep -q "^$version (commit " <<<"$out"
  check "man finds the installed page" test "$(env PATH="$prefix/bin:/usr/bin:/bin" man -w impuls)" = "$prefix/share/man/man1/impuls.1"
  check "install.sh --uninstall" "$work/tar/impuls-$version/install.sh" --uninstall --prefix "$prefix"
  check "nothing left under the prefix" test ! -e "$prefix"
else
  fail "$tarball is missing (make dist)"
fi

if [ "$failures" -eq 0 ]; then echo "all well"; else echo "$failures failed"; exit 1; fi
