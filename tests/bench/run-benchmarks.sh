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
echo "$ws_line"
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
