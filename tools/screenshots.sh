#!/usr/bin/env bash
# Takes the README's screenshots of the workbench against the local test servers:
# starts them (tests/support/servers/testservers.py), runs wirescope-screenshots (the app as the
# wirescope executable builds it, on a scratch profile; tools/screenshots/) under Xvfb with
# --send and --screenshot, and stops them. Usage: tools/screenshots.sh [BUILD_DIR] [OUT_DIR]
# Needs xvfb-run and dbus-run-session (tools/setup-deps.sh installs them).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
out=${2:-$root/docs/screenshots}
app=$build/tools/screenshots/wirescope-screenshots
if [[ ! -x $app ]]; then
    echo "screenshots: no $app (build the 'wirescope-screenshots' target)" >&2
    exit 1
fi
mkdir -p "$out"
work=$(mktemp -d)
trap '/usr/bin/python3 "$root/tests/support/servers/testservers.py" stop "$work" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
/usr/bin/python3 "$root/tests/support/servers/testservers.py" start "$work" >/dev/null
# shellcheck disable=SC1091
. "$work/servers.env"

shot() { # FILE URL [TABS] [TEST_SCRIPT] [PALETTE_TEXT] [WIDTHxHEIGHT]
    local file=$1 url=$2 tabs=${3:-} script=${4:-} palette=${5:-} size=${6:-}
    local args=(--send "$url" --screenshot "$out/$file")
    [[ -n $size ]] && args+=(--size "$size")
    [[ -n $tabs ]] && args+=(--show-tab "$tabs")
    [[ -n $script ]] && args+=(--test-script "$script")
    [[ -n $palette ]] && args+=(--palette "$palette")
    # Own session bus and X server: nothing from the user's desktop leaks into the picture.
    dbus-run-session -- xvfb-run -a -s "-screen 0 2000x1200x24" \
        env -u QT_QPA_PLATFORM QT_SCALE_FACTOR=1 "$app" "${args[@]}"
}

shot main-window.png "$HTTPBIN_URL/get?project=wirescope&page=1"
# The smallest window we design for, and a full HD one.
shot main-window-1024x700.png "$HTTPBIN_URL/get?project=wirescope&page=1" "" "" "" 1024x700
shot main-window-1920x1080.png "$HTTPBIN_URL/get?project=wirescope&page=1" "" "" "" 1920x1080
shot timing.png "$HTTPBIN_URL/anything?q=timing" timing
# The test nginx's certificate is signed by the test CA, which the system does not trust:
# the TLS tab shows the chain, the error and the per-error "accept" action.
shot tls.png "$NGINX_TLS_URL/small.txt" tls
shot cookies.png "$HTTPBIN_URL/response-headers?Set-Cookie=session%3Dabc123%3B%20Path%3D%2F%3B%20HttpOnly%3B%20SameSite%3DLax" cookies
# The Wire tab: the head as it crossed the relay, the repeated Set-Cookie lines apart.
shot wire.png "$HTTPBIN_URL/response-headers?Set-Cookie=session%3Dabc123%3B%20Path%3D%2F&Set-Cookie=theme%3Ddark" wire
shot preview.png "$HTTPBIN_URL/html" preview
# A variable no scope defines: caught before sending, named in words, with the fixes as links.
shot unresolved-variable.png '{{api}}/users/42'
shot scripts.png "$HTTPBIN_URL/get?project=wirescope&page=1" scripts "$root/tools/screenshot-scripts.js"
# A text/event-stream response streams into the Events tab (the better-sse peer).
shot sse-events.png "$SSE_URL/events?count=80&interval=15&event=tick" events
# Quick open (Ctrl+P) over the sample collection, its environments and history.
shot palette.png "$HTTPBIN_URL/get?project=wirescope&page=1" "" "" "who"
echo "screenshots: written to $out"
