#!/usr/bin/env bash
# The WireTap relay on and off, side by side in one run (issue: "no more than 5% slower"):
# bench_http_keepalive over plain HTTP and HTTPS (both through the relay's CONNECT tunnel), kept
# alive (HTTPS: h2) and with a fresh HTTP/1.1 connection per request, alternating relay on/off
# ROUNDS times (TLS also with the relay on but no hand-over after the handshake), beside curl
# for each and a bare QNAM loop. Prints wall and CPU (user+sys) seconds per run and the medians.
#   tests/bench/bench-wiretap.sh [BUILD_DIR] [COUNT] [ROUNDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build-ci}
n=${2:-2000}
rounds=${3:-5}
work=$(mktemp -d)
trap '/usr/bin/python3 "$root/tests/support/servers/testservers.py" stop "$work" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
/usr/bin/python3 "$root/tests/support/servers/testservers.py" start "$work" >/dev/null
# shellcheck disable=SC1091
. "$work/servers.env"
bench=$build/tests/bench/bench_http_keepalive

# run LABEL ENV... -- COMMAND...: one timed run; appends "wall cpu" to $work/LABEL
run() {
    local label=$1; shift
    local env=()
    while [[ $1 != -- ]]; do env+=("$1"); shift; done
    shift
    local out
    out=$( { env "${env[@]}" /usr/bin/time -f '%e %U %S' "$@" > /dev/null; } 2>&1 | tail -1 )
    awk -v l="$label" '{ printf "%s %.3f %.3f\n", l, $1, $2 + $3 }' <<<"$out" >> "$work/runs"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for url_kind in "plain $NGINX_HTTP_URL/small.txt -" "tls $NGINX_TLS_URL/small.txt $CA_FILE"; do
    read -r kind url ca <<<"$url_kind"
    for mode in keepalive fresh; do
        extra=(); [[ $mode == fresh ]] && extra=(fresh)
        # A fresh TLS connection costs a handshake (milliseconds here): fewer of them.
        count=$n; [[ $mode == fresh ]] && count=$((n / 4))
        [[ $kind-$mode == tls-fresh ]] && count=$((n / 16))
        # curl, the same requests in one process: HTTP/1.1 and HTTP/2 as Wirescope uses them.
        curl_args=(-s -K "$work/$kind-$mode.cfg")
        [[ $kind == tls ]] && curl_args+=(--cacert "$ca")
        [[ $mode == fresh ]] && curl_args+=(--http1.1 -H "Connection: close")
        [[ $kind-$mode == tls-keepalive ]] && curl_args+=(--http2)
        for _ in $(seq "$count"); do echo "url = \"$url\""; done > "$work/$kind-$mode.cfg"
        for ((i = 0; i < rounds; i++)); do
            run "$kind-$mode-relay-on" -- "$bench" "$url" "$count" "$ca" "${extra[@]}"
            run "$kind-$mode-relay-off" WIRESCOPE_WIRETAP=off -- "$bench" "$url" "$count" "$ca" "${extra[@]}"
            # TLS connections are handed to Qt's socket after the handshake; without that
            # every byte crosses the relay (how it was before the hand-over).
            [[ $kind == tls ]] && run "$kind-$mode-relay-no-handover" WIRESCOPE_WIRETAP_HANDOVER=off \
                -- "$bench" "$url" "$count" "$ca" "${extra[@]}"
            run "$kind-$mode-curl" -- curl "${curl_args[@]}"
        done
    done
done
for ((i = 0; i < rounds; i++)); do
    run "plain-keepalive-bare-qnam" -- "$build/tests/bench/bench_qnam_bare" "$NGINX_HTTP_URL/small.txt" "$n"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "label: median wall s, median CPU s (runs) [requests: keepalive $n, plain fresh $((n / 4)), TLS fresh $((n / 16))]"
sort "$work/runs" | awk '
    { w[$1] = w[$1] " " $2; c[$1] = c[$1] " " $3 }
    function median(list,   a, k, i, j, t) {
        k = split(list, a, " ")
        for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
        return (k % 2) ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
    }
    END { for (l in w) printf "%-28s %7.3f %7.3f  (%s )\n", l, median(w[l]), median(c[l]), w[l] }' | sort
