#!/bin/sh
# Make PostgreSQL's server binaries available for the test suite (tests/pg.py starts a throwaway server).
# On a fresh Debian/Ubuntu machine (CI) this installs the distribution package; elsewhere it only checks.
set -eu

find_initdb() {
    command -v initdb 2>/dev/null || ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1
}

if [ -n "$(find_initdb)" ]; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap-postgres: initdb not found and no apt-get; install PostgreSQL server binaries" >&2
    exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
if [ -z "$(find_initdb)" ]; then
    echo "bootstrap-postgres: postgresql installed but initdb is still missing" >&2
    exit 1
fi
echo "bootstrap-postgres: $(find_initdb)"
