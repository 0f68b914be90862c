#!/usr/bin/env bash
# Runs the benchmarks side by side with their references in one run and prints the figures
# that go into the README's performance table. Usage: tests/bench/run-benchmarks.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
work=$(mktemp -d)
trap '/usr/bin/python3 "$root/tests/support/servers/testservers.py" stop "$work" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
/usr/bin/python3 "$root/tests/support/servers/testservers.py" start "$work" >/dev/null
# shellcheck disable=SC1091
. "$work/servers.env"
url="$NGINX_HTTP_URL/small.txt"
n=2000

echo "== HTTP keep-alive: $n sequential GETs of $url (13-byte body), one connection"
# curl: the same N URLs in one process (it reuses the connection), bodies to /dev/null.
for _ in $(seq $n); do echo "url = \"$url\""; done > "$work/curl.cfg"
t0=$(date +%s%N)
curl -s -K "$work/curl.cfg" > /dev/null
t1=$(date +%s%N)
curl_ms=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e6 }')
echo "curl:      $n requests in $curl_ms ms"
"$build/tests/bench/bench_qnam_bare" "$url" $n
ws_line=$("$build/tests/bench/bench_http_keepalive" "$url" $n)
echo "$ws_line (through the WireTap relay)"
echo "$(WIRESCOPE_WIRETAP=off "$build/tests/bench/bench_http_keepalive" "$url" $n) (relay off)"
ws_ms=$(sed -E 's/.* in ([0-9.]+) ms.*/\1/' <<<"$ws_line")
awk -v a="$ws_ms" -v b="$curl_ms" 'BEGIN { printf "ratio wirescope/curl: %.2f (target <= 1.3)\n", a / b }'

echo "== Peak RSS of one 'wirescope-cli send' (and of curl for the same request)"
cli="$build/app/cli/wirescope-cli"
if [ -x "$cli" ]; then
    rss=$( { /usr/bin/time -f '%M' "$cli" send "$url" > /dev/null; } 2>&1 | tail -1 )
    echo "wirescope-cli send: peak RSS ${rss} KiB"
fi
rss=$( { /usr/bin/time -f '%M' curl -s "$url" > /dev/null; } 2>&1 | tail -1 )
echo "curl:               peak RSS ${rss} KiB"

echo "== Request history: 100,000 entries, search and insert (bare QSqlQuery references inside)"
"$build/tests/bench/bench_history" 100000 200

echo "== Native collection: open and save 10,000 requests (read-bytes and parse-only references inside)"
"$build/tests/bench/bench_collection_open" 10000 5

echo "== WebSocket flood: 1,000,000 16-byte text frames from a local producer thread"
# bare QWebSocket (counts only) vs WebSocketSession+MessageLog, same run, 3 rounds
"$build/tests/bench/bench_ws_flood" 1000000 3

echo "== Server-Sent Events flood: 1,000,000 small events from a local producer thread"
# bare QNAM (counts blank lines) vs HttpClient+SseSession+MessageLog vs the visible Events pane
QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_sse_flood" 1000000

echo "== Desktop start-up: process spawn to the main window's first paint, and idle peak RSS"
# Under Xvfb when available (a real X server path), else the offscreen platform.
if command -v xvfb-run > /dev/null; then
    xvfb-run -a -s "-screen 0 1400x1000x24" env -u QT_QPA_PLATFORM \
        "$build/tests/bench/bench_startup" "$build/app/gui/wirescope" \
        "$build/tests/bench/bench_bare_window" 15
else
    QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_startup" "$build/app/gui/wirescope" \
        "$build/tests/bench/bench_bare_window" 15
fi

echo "== Large JSON responses through the window (nginx, offscreen): finished -> first Pretty screen"
mkdir -p "$DOCROOT/bench"
/usr/bin/python3 - "$DOCROOT/bench" <<'PY'
import json, os, sys
out = sys.argv[1]
def items(target):
    # Records like an API listing: strings, numbers, nesting; repeated until the size is reached.
    rows, size, i = [], 0, 0
    while size < target:
        row = {"id": i, "name": "item %d" % i, "price": i * 1.25, "tags": ["a", "b", str(i % 7)],
               "owner": {"login": "user%d" % (i % 1000), "active": i % 2 == 0}}
        size += len(json.dumps(row, separators=(",", ":"))) + 1
        rows.append(row)
        i += 1
    return rows
for mb in (10, 100):
    rows = items(mb * 1000 * 1000)
    with open(os.path.join(out, "min-%dmb.json" % mb), "w") as f:
        json.dump({"items": rows}, f, separators=(",", ":"))
    # Indenting doubles these records' size: half as many make the same number of bytes.
    with open(os.path.join(out, "pretty-%dmb.json" % mb), "w") as f:
        json.dump({"items": rows[: len(rows) // 2]}, f, indent=2)
PY
for file in min-10mb.json pretty-10mb.json min-100mb.json pretty-100mb.json; do
    QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_large_response" "$NGINX_HTTP_URL/bench/$file"
done
echo "-- the same 10 MB files, then Show All (whole body into the view)"
for file in min-10mb.json pretty-10mb.json; do
    QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_large_response" \
        "$NGINX_HTTP_URL/bench/$file" --show-all
done

echo "== Collection runner: 1,000 and 10,000 requests against the demo server, curl alongside"
"$root/tests/bench/bench-runner.sh" "$build"

echo "== Script sandbox: cost per script without the network (bare QJSEngine call alongside)"
"$build/tests/bench/bench_script_engine" 5000
echo "-- the same with 4 MiB written between scripts (caches as cold as in a collection run)"
WIRESCOPE_BENCH_EVICT_MB=4 "$build/tests/bench/bench_script_engine" 2000

echo "== Collections sidebar: 10,000 requests (open, filter keystroke, Postman import)"
QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_sidebar" 10000 5
