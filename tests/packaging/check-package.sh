#!/usr/bin/env bash
# Builds the Debian package from a configured and built tree, then checks what a user's
# system will see: the control fields (including the run-time dependencies that
# dpkg-shlibdeps cannot find), the file list, the desktop entry, the AppStream metainfo and
# the man page.
#
#   check-package.sh SOURCE_DIR BUILD_DIR
set -euo pipefail

src=$1
build=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

desktop-file-validate "$src/packaging/linux/dev.wirescope.Wirescope.desktop" \
    || fail "desktop-file-validate rejected the desktop entry"
appstreamcli validate --no-net --pedantic "$src/packaging/linux/dev.wirescope.Wirescope.metainfo.xml" \
    || fail "appstreamcli rejected the metainfo"
groff -man -Tutf8 -ww -z "$src/packaging/linux/wirescope-cli.1" 2>"$out/groff.log"
[[ ! -s $out/groff.log ]] || fail "man page warnings: $(cat "$out/groff.log")"

(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) \
    || { cat "$out/cpack.log" >&2; fail "cpack -G DEB failed"; }
deb=$(ls "$out"/*.deb 2>/dev/null | head -n1)
[[ -n $deb ]] || fail "cpack produced no .deb"
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == wirescope ]] || fail "Package is '$(field Package)'"
[[ $(field Architecture) == amd64 || -n $(field Architecture) ]] || fail "no Architecture"
depends=$(field Depends)
echo "Depends: $depends"
for dep in libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 libsecret-1-0 \
           libqt6core6 libqt6network6 libqt6websockets6 libqt6widgets6 libqt6keychain1 \
           libyaml-cpp0.7 libqt6qml6; do
    grep -qE "(^|[ ,])$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep"
done

files=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/wirescope ./usr/bin/wirescope-cli \
            ./usr/share/applications/dev.wirescope.Wirescope.desktop \
            ./usr/share/metainfo/dev.wirescope.Wirescope.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/dev.wirescope.Wirescope.svg \
            ./usr/share/icons/hicolor/48x48/apps/dev.wirescope.Wirescope.png \
            ./usr/share/icons/hicolor/256x256/apps/dev.wirescope.Wirescope.png \
            ./usr/share/man/man1/wirescope-cli.1 \
            ./usr/share/doc/wirescope/third_party/chai-LICENSE \
            ./usr/share/doc/wirescope/third_party/chai-postman-LICENSE \
            ./usr/share/doc/wirescope/third_party/lodash-LICENSE \
            ./usr/share/doc/wirescope/third_party/lodash3-LICENSE \
            ./usr/share/doc/wirescope/third_party/crypto-js-LICENSE \
            ./usr/share/doc/wirescope/third_party/moment-LICENSE \
            ./usr/share/doc/wirescope/third_party/tv4-LICENSE \
            ./usr/share/doc/wirescope/third_party/ajv-LICENSE \
            ./usr/share/doc/wirescope/third_party/postman-sandbox-LICENSE; do
    grep -qxF "$path" <<<"$files" || fail "the package lacks $path"
done
# Nothing from the build or test tree may leak into the package.
if grep -qE '(tst_|bench_|/include/|\.a$)' <<<"$files"; then
    fail "the package carries test or development files: $(grep -E '(tst_|bench_|/include/|\.a$)' <<<"$files" | head -3)"
fi

# The packaged executables run (the CLI's --version needs no display).
mkdir "$out/root"
dpkg-deb -x "$deb" "$out/root"
version=$("$out/root/usr/bin/wirescope-cli" --version) || fail "packaged wirescope-cli --version failed"
echo "packaged: $version"
[[ $version == "wirescope-cli "* ]] || fail "unexpected --version output: $version"
echo "package OK"
