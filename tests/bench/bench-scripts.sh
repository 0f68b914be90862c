#!/usr/bin/env bash
# Script benchmark: N requests (GET /get?i=...), each with a one-line pm.test status check,
# run against the demo server (`wirescope-cli serve`) by `wirescope-cli run` (after
# `wirescope-cli import` of the Postman collection), by newman and by `bru run` (the same
# requests as a .bru collection with the equivalent `assert { res.status: eq 200 }`), in one
# run. Prints wall time, requests/s, peak RSS (/usr/bin/time -f %M), CPU time and the load
# average at the start of each line, at 2,000 and 20,000 requests (the 2,000-request
# collection run 1 and 10 times). The script overhead per request is the difference between
# `wirescope-cli run` with scripts and the same run with --no-scripts (wall and CPU time).
#
#   tests/bench/bench-scripts.sh BUILD_DIR [REQUESTS] [ITERATIONS...]   (default: 1 10)
#   WIRESCOPE_BENCH_ONLY=wirescope skips newman and bru.
#   WIRESCOPE_BENCH_SCRIPT=libraries gives each request a test script that also requires lodash,
#   moment and crypto-js and calls one function of each (_.get, moment.utc().format,
#   CryptoJS.HmacSHA256); bru keeps its assert (it has no such script here).
#   WIRESCOPE_BENCH_TIMEOUT=SECONDS stops each command after that long (exit 124; the line then
#   says how many of its requests its output names, for bru, which prints one line each).
set -euo pipefail
build=$(cd "$1" && pwd)
n=${2:-2000}
shift $(( $# > 1 ? 2 : 1 ))
runs=("$@")
[ ${#runs[@]} -gt 0 ] || runs=(1 10)
only=${WIRESCOPE_BENCH_ONLY:-}
here=$(cd "$(dirname "$0")" && pwd)
bin="$here/../support/node/node_modules/.bin"
cli="$build/app/cli/wirescope-cli"
work=$(mktemp -d)
serve_pid=
trap '[ -n "$serve_pid" ] && kill "$serve_pid" 2>/dev/null; rm -rf "$work"' EXIT

"$cli" serve --port 0 > "$work/serve.out" 2> /dev/null &
serve_pid=$!
for _ in $(seq 50); do grep -q '^http: ' "$work/serve.out" 2> /dev/null && break; sleep 0.1; done
base=$(sed -nE 's/^http: (.*)$/\1/p' "$work/serve.out")

/usr/bin/python3 - "$work" "$n" "${WIRESCOPE_BENCH_SCRIPT:-}" <<'PY'
import json, os, sys
work, n, kind = sys.argv[1], int(sys.argv[2]), sys.argv[3]
test = "pm.test('status is 200', function () { pm.response.to.have.status(200); });"
if kind == "libraries":
    test = ("var _ = require('lodash'), moment = require('moment'), CryptoJS = require('crypto-js');\n" + test +
            "\npm.environment.set('sig', CryptoJS.HmacSHA256(String(_.get(pm.response.json(), 'args.i')), 'key')"
            ".toString());\npm.environment.set('day', moment.utc(1709214310000).format('YYYY-MM-DD'));")
elif kind:
    sys.exit("WIRESCOPE_BENCH_SCRIPT: unknown kind " + kind + " (expected libraries)")
items = [{"name": f"r{i:05d}", "request": {"method": "GET", "url": "{{demo}}/get?i=%d" % i},
          "event": [{"listen": "test", "script": {"exec": [test]}}]} for i in range(n)]
json.dump({"info": {"name": "bench", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": items}, open(os.path.join(work, "bench.postman_collection.json"), "w"))
bru = os.path.join(work, "bru")
os.makedirs(bru)
json.dump({"version": "1", "name": "bench", "type": "collection"}, open(os.path.join(bru, "bruno.json"), "w"))
for i in range(n):
    with open(os.path.join(bru, f"r{i:05d}.bru"), "w") as f:
        f.write("meta {\n  name: r%05d\n  type: http\n  seq: %d\n}\n\nget {\n  url: {{demo}}/get?i=%d\n  body: none\n  auth: none\n}\n\n"
                "assert {\n  res.status: eq 200\n}\n" % (i, i + 1, i))
PY
"$cli" import "$work/bench.postman_collection.json" --to "$work/ws" > /dev/null

measure() { # label iterations command... -> one line; sets last_ms and last_cpu_ms
    local label=$1 iterations=$2 t0 t1 status load
    shift 2
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    t0=$(date +%s%N)
    set +e
    if [ -n "${WIRESCOPE_BENCH_TIMEOUT:-}" ]; then
        /usr/bin/time -o "$work/rss.txt" -f '%M %U %S' timeout "$WIRESCOPE_BENCH_TIMEOUT" "$@" > "$work/out.txt" 2>&1
    else
        /usr/bin/time -o "$work/rss.txt" -f '%M %U %S' "$@" > "$work/out.txt" 2>&1
    fi
    status=$?
    set -e
    t1=$(date +%s%N)
    last_ms=$(( (t1 - t0) / 1000000 ))
    read -r rss user sys < <(tail -1 "$work/rss.txt")
    last_cpu_ms=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')
    awk -v l="$label" -v req=$(( n * iterations )) -v ms="$last_ms" -v rss="$rss" -v cpu="$last_cpu_ms" \
        -v st="$status" -v load="$load" 'BEGIN {
        printf "%-26s %6d requests in %7d ms (%6.0f req/s), peak RSS %6.1f MiB, CPU %7d ms, exit %d, load %s\n",
               l, req, ms, req * 1000 / ms, rss / 1024, cpu, st, load }'
    if [ "$status" -eq 124 ]; then
        echo "    stopped by WIRESCOPE_BENCH_TIMEOUT; its output names $(grep -cE 'r[0-9]{5}' "$work/out.txt") requests"
    elif [ "$status" -ne 0 ]; then
        tail -5 "$work/out.txt" | sed 's/^/    /'
    fi
}

for iterations in "${runs[@]}"; do
    req=$(( n * iterations ))
    measure "wirescope-cli run" "$iterations" \
        "$cli" run "$work/ws" --no-keychain --var "demo=$base" -n "$iterations" -r json:/dev/null
    with_ms=$last_ms with_cpu=$last_cpu_ms
    measure "wirescope-cli --no-scripts" "$iterations" \
        "$cli" run "$work/ws" --no-keychain --no-scripts --var "demo=$base" -n "$iterations" -r json:/dev/null
    awk -v req="$req" -v dw=$(( with_ms - last_ms )) -v dc=$(( with_cpu - last_cpu_ms )) 'BEGIN {
        printf "%-26s %6d requests: %+.3f ms wall, %+.3f ms CPU per request (scripts minus --no-scripts)\n",
               "script overhead", req, dw / req, dc / req }'
    [ "$only" = wirescope ] && continue
    measure "newman run" "$iterations" \
        "$bin/newman" run "$work/bench.postman_collection.json" --env-var "demo=$base" -n "$iterations" --reporters json \
        --reporter-json-export /dev/null
    measure "bru run" "$iterations" \
        bash -c "cd '$work/bru' && '$bin/bru' run --env-var 'demo=$base' --iteration-count $iterations"
done
