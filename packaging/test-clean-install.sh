#!/usr/bin/env bash
# Installs the .deb into a fresh Debian 12 (debootstrap minbase) and starts both executables:
# what a user's clean machine does. Needs root and the network to a Debian mirror, so CI does
# not run it (tests/packaging/check-package.sh checks the package itself on every run).
#
#   packaging/test-clean-install.sh path/to/wirescope_*.deb [MIRROR]
set -euo pipefail
deb=$(realpath "$1")
mirror=${2:-http://deb.debian.org/debian}
root=$(mktemp -d)
cleanup() { umount "$root/proc" 2>/dev/null || true; rm -rf "$root"; }
trap cleanup EXIT

command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
debootstrap --variant=minbase bookworm "$root" "$mirror" >/dev/null
cp "$deb" "$root/tmp/wirescope.deb"
mount -t proc proc "$root/proc"
chroot "$root" bash -euc '
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends /tmp/wirescope.deb >/dev/null
    wirescope-cli --version
    wirescope-cli serve --port 18777 >/tmp/serve.out 2>/dev/null & server=$!
    sleep 1
    wirescope-cli send --fail "http://127.0.0.1:18777/get?clean=install" >/dev/null
    wirescope-cli ws --send hello --expect 1 ws://127.0.0.1:18777/ws/echo >/dev/null
    QT_QPA_PLATFORM=offscreen timeout 60 wirescope --exit-after-first-paint >/tmp/paint.out
    kill $server
    grep -q "^first-paint-monotonic-ns " /tmp/paint.out
    test -f /usr/share/applications/dev.wirescope.Wirescope.desktop
'
echo "clean install OK: both executables start on a fresh Debian 12"
