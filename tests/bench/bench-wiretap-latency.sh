#!/usr/bin/env bash
# The WireTap relay's cost per new connection against a round trip, as on a real network: local
# nginx behind tests/bench/latency-proxy.py, which delays every chunk by ONE_WAY ms each way
# (this machine's kernel has no netem). For each delay, COUNT requests with a fresh HTTP/1.1
# connection each (plain and TLS) through bench_http_keepalive, relay on and off alternating
# ROUNDS times, and curl beside them. Prints wall seconds per run and the medians.
#   tests/bench/bench-wiretap-latency.sh [BUILD_DIR] [COUNT] [ROUNDS] [ONE_WAY_MS...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build-ci}
n=${2:-200}
rounds=${3:-5}
shift $(($# < 3 ? $# : 3))
delays=("$@")
((${#delays[@]})) || delays=(0.5 5)
work=$(mktemp -d)
proxy_pid=
cleanup() {
    [[ -n $proxy_pid ]] && kill "$proxy_pid" 2>/dev/null || true
    /usr/bin/python3 "$root/tests/support/servers/testservers.py" stop "$work" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
/usr/bin/python3 "$root/tests/support/servers/testservers.py" start "$work" >/dev/null
# shellcheck disable=SC1091
. "$work/servers.env"
bench=$build/tests/bench/bench_http_keepalive
port_of() { sed -E 's#.*:([0-9]+)$#\1#' <<<"$1"; }

run() { # LABEL ENV... -- COMMAND...
    local label=$1; shift
    local env=()
    while [[ $1 != -- ]]; do env+=("$1"); shift; done
    shift
    local out
    out=$( { env "${env[@]}" /usr/bin/time -f '%e' "$@" > /dev/null; } 2>&1 | tail -1 )
    echo "$label $out" >> "$work/runs"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for delay in "${delays[@]}"; do
    for kind in plain tls; do
        target=$(port_of "$NGINX_HTTP_URL"); scheme=http; ca=-
        [[ $kind == tls ]] && { target=$(port_of "$NGINX_TLS_URL"); scheme=https; ca=$CA_FILE; }
        coproc PROXY { exec /usr/bin/python3 "$root/tests/bench/latency-proxy.py" 0 "$target" "$delay"; }
        proxy_pid=$PROXY_PID
        read -r _ port <&"${PROXY[0]}"
        url="$scheme://localhost:$port/small.txt"
        for _ in $(seq "$n"); do echo "url = \"$url\""; done > "$work/curl.cfg"
        curl_args=(-s --http1.1 -H "Connection: close" -K "$work/curl.cfg")
        [[ $kind == tls ]] && curl_args+=(--cacert "$ca")
        for ((i = 0; i < rounds; i++)); do
            run "$delay-$kind-relay-on" -- "$bench" "$url" "$n" "$ca" fresh
            run "$delay-$kind-relay-off" WIRESCOPE_WIRETAP=off -- "$bench" "$url" "$n" "$ca" fresh
            run "$delay-$kind-curl" -- curl "${curl_args[@]}"
        done
        kill "$proxy_pid"; wait "$proxy_pid" 2>/dev/null || true; proxy_pid=
    done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "label (one-way delay ms, kind, what): median wall s (runs) [$n fresh connections per run]"
sort "$work/runs" | awk '
    { w[$1] = w[$1] " " $2 }
    function median(list,   a, k, i, j, t) {
        k = split(list, a, " ")
        for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
        return (k % 2) ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
    }
    END { for (l in w) printf "%-28s %7.3f  (%s )\n", l, median(w[l]), w[l] }' | sort -V
