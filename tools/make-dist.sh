#!/bin/sh
# The tarball to hand out: DEST/impuls-VERSION-linux-ARCH.tar.gz holding impuls-VERSION/ with
# install.sh, bin/ and share/ (the stage of tools/stage.sh). Owner root, files sorted and dated
# by the commit, so the same commit gives the same archive.
# Usage: tools/make-dist.sh STAGE DEST
set -eu
[ $# -eq 2 ] || { echo "usage: tools/make-dist.sh STAGE DEST" >&2; exit 2; }
stage=$(cd "$1" && pwd)
mkdir -p "$2"
dest=$(cd "$2" && pwd)
version=$("$stage/bin/impuls" --version | cut -d' ' -f1)
name=impuls-$version
archive=$dest/$name-linux-$(uname -m).tar.gz
when=$(git -C "$(dirname "$0")" log -1 --format=%ct HEAD 2>/dev/null || date +%s)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -a "$stage" "$work/$name"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$when" -C "$work" -cf - "$name" | gzip -9n > "$archive.new"
mv -f "$archive.new" "$archive"
echo "$archive"
