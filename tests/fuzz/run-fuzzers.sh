#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) in build-fuzz with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer, then runs each for a bounded time from the seed corpus
# (tests/data/corpus, tests/data/import, tests/data/graphql, tests/fuzz/seeds).
#
#   tests/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET] [TARGET...]   (default 20 s, all targets)
#
# Environment: WIRESCOPE_FUZZ_BUILD_DIR (default build-fuzz).
# Exits non-zero if the build fails or any target finds a crash, sanitizer error, timeout or
# out-of-memory; the input that triggered it is kept in <build>/fuzz-artifacts/<target>/ and
# the fuzzer's output in <build>/fuzz-logs/<target>.log.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

seconds=${1:-20}
shift || true
all_targets=(postman postman_environment insomnia har openapi curl bru http url detect sse wire graphql socketio)
targets=("$@")
if ((${#targets[@]} == 0)); then
    targets=("${all_targets[@]}")
fi
build=${WIRESCOPE_FUZZ_BUILD_DIR:-build-fuzz}

if ! command -v clang++ >/dev/null; then
    echo "run-fuzzers.sh: clang++ not found (tools/setup-deps.sh --test installs it)" >&2
    exit 1
fi

configure=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DWIRESCOPE_FUZZ=ON
           -DWIRESCOPE_WARNINGS_AS_ERRORS=OFF)
if command -v ccache >/dev/null; then
    configure+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if [[ ! -f $build/CMakeCache.txt ]]; then
    configure+=(-G Ninja)
fi
cmake -S . -B "$build" "${configure[@]}" >/dev/null
# The importers are fuzz_import_NAME; other parsers are fuzz_NAME.
binary_for() {
    case "$1" in
        sse|wire|graphql|socketio) echo "fuzz_$1" ;;
        *) echo "fuzz_import_$1" ;;
    esac
}
binaries=()
for target in "${targets[@]}"; do
    binaries+=("$(binary_for "$target")")
done
cmake --build "$build" -j2 --target "${binaries[@]}"

seeds_for() {
    case "$1" in
        postman) ls tests/data/corpus/*postman* tests/data/import/postman-v2_0.json ;;
        postman_environment) ls tests/data/import/postman-environment.json ;;
        insomnia) ls tests/data/corpus/insomnia* tests/data/import/insomnia* tests/fuzz/seeds/insomnia-v5/* ;;
        har) ls tests/data/corpus/har* tests/data/import/*.har ;;
        openapi) find tests/data/corpus/*.y*ml tests/data/import/openapi* tests/data/import/swagger2* \
                      tests/fuzz/seeds/swagger tests/fuzz/seeds/openapi31 -type f ;;
        curl) ls tests/data/corpus/*.sh tests/fuzz/seeds/curl/* ;;
        http) ls tests/data/import/http/* ;;
        bru) find tests/fuzz/seeds/bruno tests/data/import/bruno-* -name '*.bru' ;;
        url) ls tests/fuzz/seeds/url/* ;;
        detect) find tests/data/corpus tests/data/import tests/fuzz/seeds/curl tests/fuzz/seeds/insomnia-v5 \
                     tests/fuzz/seeds/swagger tests/fuzz/seeds/openapi31 -type f | grep -v SOURCES.md ;;
        sse) ls tests/fuzz/seeds/sse/* ;;
        wire) ls tests/fuzz/seeds/wire/* ;;
        graphql) ls tests/data/graphql/* tests/fuzz/seeds/graphql/* ;;
        socketio) ls tests/fuzz/seeds/socketio/* ;;
    esac
}

# Qt keeps some process-wide state alive until exit; LeakSanitizer would report it at the end
# of every run. Leaks inside one input would need many runs to matter at this time budget.
export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

failed=()
for target in "${targets[@]}"; do
    corpus=$build/fuzz-corpus/$target
    artifacts=$build/fuzz-artifacts/$target
    log=$build/fuzz-logs/$target.log
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    # Each seed under its content's hash: names with spaces and equal basenames in different
    # folders (Bruno collections have both) all arrive.
    while IFS= read -r seed; do
        [[ -f $seed ]] || continue
        cp -- "$seed" "$corpus/$(sha1sum < "$seed" | cut -c1-40)"
    done < <(seeds_for "$target")
    dict=tests/fuzz/dicts/${target%_environment}.dict
    dict_arg=()
    if [[ -f $dict ]]; then
        dict_arg=(-dict="$dict")
    fi
    binary=$(binary_for "$target")
    echo "=== $binary for ${seconds}s"
    if "$build/tests/fuzz/$binary" -max_total_time="$seconds" -rss_limit_mb=2048 \
        -timeout=10 -print_final_stats=1 -artifact_prefix="$artifacts/" "${dict_arg[@]}" \
        "$corpus" >"$log" 2>&1; then
        grep -E '^stat::number_of_executed_units' "$log" | sed "s/^/    /" || true
    else
        failed+=("$target")
        echo "    FOUND A PROBLEM (see $log; input in $artifacts/):"
        grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$log" | head -n 5 | sed "s/^/    /"
    fi
done

echo "fuzz: ${#targets[@]} targets run, ${#failed[@]} found problems${failed:+ (${failed[*]})}"
((${#failed[@]} == 0))
