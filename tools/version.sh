#!/bin/sh
# The version of impuls, from one place: the git tag vX.Y.Z when HEAD has one, else the VERSION
# file. With --commit, the commit it is built from (12 hex digits, "-dirty" when files differ from
# it; "unknown" outside a git checkout). With --swift DIR, writes DIR/BuildInfo.swift for the
# build (only when its content changes, so an unchanged version recompiles nothing).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)

version() {
  tag=$(git -C "$root" describe --tags --exact-match --match 'v[0-9]*' HEAD 2>/dev/null || true)
  if [ -n "$tag" ]; then echo "${tag#v}"; else tr -d ' \n' < "$root/VERSION"; echo; fi
}

commit() {
  if c=$(git -C "$root" rev-parse --short=12 HEAD 2>/dev/null); then
    if git -C "$root" diff --no-ext-diff --quiet HEAD -- 2>/dev/null; then echo "$c"; else echo "$c-dirty"; fi
  else
    echo unknown
  fi
}

case "${1:-}" in
  "") version ;;
  --commit) commit ;;
  --swift)
    dir=$2
    mkdir -p "$dir"
    tmp="$dir/.BuildInfo.swift.$$"
    cat > "$tmp" <<SWIFT
// Written by tools/version.sh at every build (the VersionStamp plugin); not kept in git.
enum BuildInfo {
    /// The git tag vX.Y.Z at HEAD, else the VERSION file.
    static let version = "$(version)"
    /// The commit built from ("-dirty": with changes not committed).
    static let commit = "$(commit)"
}
SWIFT
    if cmp -s "$tmp" "$dir/BuildInfo.swift"; then rm -f "$tmp"; else mv "$tmp" "$dir/BuildInfo.swift"; fi
    ;;
  *) echo "usage: tools/version.sh [--commit | --swift DIR]" >&2; exit 2 ;;
esac
