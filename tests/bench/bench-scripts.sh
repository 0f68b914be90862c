#!/usr/bin/env bash
# Script benchmark: N requests (GET /get?i=...), each with a one-line pm.test status check,
# run against the demo server (`wirescope-cli serve`) by `wirescope-cli run` (after
# `wirescope-cli import` of the Postman collection), by newman and by `bru run` (the same
# requests as a .bru collection with the equivalent `assert { res.status: eq 200 }`), in one
# run. Prints wall time, requests/s and peak RSS (/usr/bin/time -f %M) for each, at 2,000 and
# 20,000 requests (the 2,000-request collection run 1 and 10 times).
#
#   tests/bench/bench-scripts.sh BUILD_DIR [REQUESTS]
set -euo pipefail
build=$(cd "$1" && pwd)
n=${2:-2000}
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

/usr/bin/python3 - "$work" "$n" <<'PY'
import json, os, sys
work, n = sys.argv[1], int(sys.argv[2])
test = "pm.test('status is 200', function () { pm.response.to.have.status(200); });"
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

measure() { # label iterations command... -> one line (exit 0: every request and test passed)
    local label=$1 iterations=$2 t0 t1 status
    shift 2
    t0=$(date +%s%N)
    set +e
    /usr/bin/time -o "$work/rss.txt" -f '%M' "$@" > "$work/out.txt" 2>&1
    status=$?
    set -e
    t1=$(date +%s%N)
    awk -v l="$label" -v req=$(( n * iterations )) -v ms=$(( (t1 - t0) / 1000000 )) -v rss="$(tail -1 "$work/rss.txt")" \
        -v st="$status" 'BEGIN {
        printf "%-18s %6d requests in %7d ms (%6.0f req/s), peak RSS %6.1f MiB, exit %d\n", l, req, ms, req * 1000 / ms, rss / 1024, st }'
}

for iterations in 1 10; do
    measure "wirescope-cli run" "$iterations" \
        "$cli" run "$work/ws" --no-keychain --var "demo=$base" -n "$iterations" -r json:/dev/null
    measure "newman run" "$iterations" \
        "$bin/newman" run "$work/bench.postman_collection.json" --env-var "demo=$base" -n "$iterations" --reporters json \
        --reporter-json-export /dev/null
    measure "bru run" "$iterations" \
        bash -c "cd '$work/bru' && '$bin/bru' run --env-var 'demo=$base' --iteration-count $iterations"
done
