#!/usr/bin/env bash
# Builds Wirescope (RelWithDebInfo, in build/) and starts the GUI. Arguments go to the app.
# Safe to run again: installs only missing packages and rebuilds incrementally.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

tools/setup-deps.sh

if [[ -f build/CMakeCache.txt ]]; then
    # Re-configure without -G: CMake refuses to switch the generator of an existing tree.
    cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
else
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build build

if [[ -z ${DISPLAY:-}${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
    echo "run-app: no DISPLAY or WAYLAND_DISPLAY; on a headless machine try" \
         "'xvfb-run -a tools/run-app.sh'" >&2
fi
# app/gui builds the GUI; where it lands depends on whether app/ sets an output directory.
for exe in build/app/wirescope build/app/gui/wirescope; do
    if [[ -x $exe ]]; then
        exec "$exe" "$@"
    fi
done
echo "run-app: the build produced no build/app/wirescope (nor build/app/gui/wirescope)" >&2
exit 1
