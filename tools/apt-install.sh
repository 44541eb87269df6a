#!/usr/bin/env bash
# apt-install.sh WHAT PACKAGE…: installs the Debian packages named when run as root (with apt-get),
# otherwise says what WHAT needs and how to install it (exit 1). Nothing to do without packages.
set -euo pipefail
what=$1
shift
[ $# -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing $* with apt-get…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "$@" >/dev/null
else
  echo "$what needs these system packages: $*" >&2
  echo "Install them with: sudo apt-get install -y $*" >&2
  exit 1
fi
