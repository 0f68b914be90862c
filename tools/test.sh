#!/usr/bin/env bash
# The full check that CI runs (.ci/run): installs dependencies and test peers, checks that every
# C++ file is formatted with the repository's .clang-format (`cmake --build build --target format`
# fixes them), then builds and tests twice, warnings as errors in both:
#   build-ci     RelWithDebInfo (line tables only), static libraries as installed
#   build-asan   Debug with AddressSanitizer + UndefinedBehaviorSanitizer, shared libraries
# and then runs the libFuzzer targets (clang, build-fuzz) for a bounded time each
# (tests/fuzz/run-fuzzers.sh; WIRESCOPE_FUZZ_SECONDS per target, default 20).
#
#   tools/test.sh                   both builds and the fuzzers
#   tools/test.sh --fast            only build-ci (for developers)
#   tools/test.sh [--fast] -- ARGS  pass ARGS to ctest, e.g. -- -L unit  or  -- -R tst_httpclient
#                                   (the fuzz stage is skipped then)
#
# Exits non-zero if any configure, build or test fails.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

args=("$@")  # kept whole for the re-exec below
fast=0
ctest_args=()
while (($#)); do
    case "$1" in
        --fast) fast=1 ;;
        --) shift; ctest_args=("$@"); break ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "test.sh: unknown argument: $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done

# Set only in the copy of this script that runs inside our own dbus-run-session (below).
private_bus=${WIRESCOPE_TEST_SH_PRIVATE_BUS:-0}
unset WIRESCOPE_TEST_SH_PRIVATE_BUS

if ((!private_bus)); then
    tools/setup-deps.sh --test
fi

# QtKeychain talks to the Secret Service over the session bus: without one (CI, ssh), give the
# whole run a private bus. The re-exec skips setup-deps, which already ran.
if [[ -z ${DBUS_SESSION_BUS_ADDRESS:-} ]]; then
    WIRESCOPE_TEST_SH_PRIVATE_BUS=1 exec dbus-run-session -- bash tools/test.sh "${args[@]}"
fi

export QT_QPA_PLATFORM=offscreen

scratch=$(mktemp -d)
build_dirs=(build-ci build-asan)
cleanup() {
    # Normally the servers_stop fixture has done this already; this covers an interrupted ctest.
    local dir
    for dir in "${build_dirs[@]}"; do
        if [[ -d $dir/test-servers/run ]]; then
            /usr/bin/python3 tests/support/servers/testservers.py stop "$dir/test-servers" >/dev/null || true
        fi
    done
    rm -rf "$scratch"
}
trap cleanup EXIT

# On our private bus, a throwaway unlocked login keyring, so keychain tests have a default
# collection to write to (a password on stdin makes gnome-keyring create and unlock it without
# a prompt). Its files live in $scratch, not in the user's home; it exits with the bus. On a
# desktop's own bus the user's keyring is left alone.
if ((private_bus)) && command -v gnome-keyring-daemon >/dev/null; then
    mkdir -m 700 "$scratch/keyring-data" "$scratch/keyring-run"
    if ! printf 'wirescope-ci' | XDG_DATA_HOME="$scratch/keyring-data" \
            XDG_RUNTIME_DIR="$scratch/keyring-run" \
            gnome-keyring-daemon --unlock --components=secrets >/dev/null; then
        echo "test.sh: warning: gnome-keyring-daemon did not start; keychain tests may fail" >&2
    fi
fi

# Per-build results for the summary.
declare -A passed failed note

# run_build LABEL DIR CMAKE_ARGS... -- configure, build and test one tree.
run_build() {
    local label=$1 dir=$2
    shift 2
    passed[$label]=0 failed[$label]=0 note[$label]=""
    echo "=== $label build in $dir"

    local generator=(-G Ninja)
    if [[ -f $dir/CMakeCache.txt ]]; then
        generator=()  # CMake refuses to change the generator of an existing tree
    fi
    local launcher=()
    if command -v ccache >/dev/null; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    if ! cmake -S . -B "$dir" "${generator[@]}" "${launcher[@]}" -DWIRESCOPE_WARNINGS_AS_ERRORS=ON "$@"; then
        note[$label]="configure failed"
        return 1
    fi
    if ! cmake --build "$dir" -j2; then
        note[$label]="build failed"
        return 1
    fi

    local rc=0
    ctest --test-dir "$dir" --output-on-failure -j2 --timeout 300 --no-tests=error \
        "${ctest_args[@]}" 2>&1 | tee "$dir/ctest-output.log" || rc=$?
    # ctest's own summary: "97% tests passed, 1 tests failed out of 31"
    local counts
    counts=$(sed -nE 's/^[0-9]+% tests passed, ([0-9]+) tests? failed out of ([0-9]+).*/\1 \2/p' \
        "$dir/ctest-output.log" | tail -n1)
    if [[ -n $counts ]]; then
        failed[$label]=${counts% *}
        passed[$label]=$((${counts#* } - ${counts% *}))
    elif ((rc != 0)); then
        note[$label]="ran no test (ctest failed or found none)"
    fi
    return "$rc"
}

status=0

# First stage: the formatting check (clang-format --dry-run over every tracked C++ file).
passed[format]=0 failed[format]=0 note[format]=""
if ! command -v clang-format >/dev/null; then
    note[format]="did not run (clang-format is missing)"
    status=1
else
    unformatted=$(git ls-files -z -- '*.cpp' '*.h' \
        | xargs -0 clang-format --dry-run --Werror 2>&1 | sed -nE 's/^([^:]+):[0-9]+:[0-9]+: error:.*/\1/p' \
        | sort -u || true)
    if [[ -n $unformatted ]]; then
        failed[format]=1
        status=1
        echo "=== format: these files differ from .clang-format (cmake --build build --target format):"
        echo "$unformatted"
    else
        passed[format]=1
        echo "=== format: every C++ file follows .clang-format"
    fi
fi

# -g1: line tables only, enough for a backtrace; full -g made this tree ~9 GB.
run_build normal build-ci -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" || status=1

if ((fast)); then
    note[asan]="skipped (--fast)"
elif [[ -n ${note[normal]} ]]; then
    # The same sources would fail to configure or compile again: spare CI the time.
    note[asan]="skipped (normal build did not build)"
else
    # detect_leaks=0: Qt keeps global state alive until exit (plugins, thread data,
    # fontconfig) that LeakSanitizer reports as leaks; those reports are noise, not our bugs.
    export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    # Shared libraries: with sanitizers every statically linked test executable was ~300 MB
    # (the tree ~18 GB, more than a CI machine's disk); shared, the code is on disk once.
    run_build asan build-asan -DCMAKE_BUILD_TYPE=Debug -DWIRESCOPE_SANITIZE=ON \
        -DWIRESCOPE_SHARED_LIBS=ON || status=1
    unset ASAN_OPTIONS UBSAN_OPTIONS
fi

# Third stage: every importer's fuzz target for a bounded time; a crash fails the run.
passed[fuzz]=0 failed[fuzz]=0 note[fuzz]=""
if ((fast)); then
    note[fuzz]="skipped (--fast)"
elif ((${#ctest_args[@]})); then
    note[fuzz]="skipped (ctest arguments given)"
elif [[ -n ${note[normal]} ]]; then
    note[fuzz]="skipped (normal build did not build)"
else
    echo "=== fuzz targets in build-fuzz"
    fuzz_rc=0
    tests/fuzz/run-fuzzers.sh "${WIRESCOPE_FUZZ_SECONDS:-20}" 2>&1 | tee "$scratch/fuzz.log" || fuzz_rc=$?
    # run-fuzzers.sh ends with "fuzz: 7 targets run, 0 found problems"
    fuzz_counts=$(sed -nE 's/^fuzz: ([0-9]+) targets run, ([0-9]+) found problems.*/\1 \2/p' \
        "$scratch/fuzz.log" | tail -n1)
    if [[ -n $fuzz_counts ]]; then
        failed[fuzz]=${fuzz_counts#* }
        passed[fuzz]=$((${fuzz_counts% *} - ${fuzz_counts#* }))
    else
        note[fuzz]="did not run (fuzz build failed)"
    fi
    ((fuzz_rc == 0)) || status=1
fi

describe() {
    local label=$1
    if [[ -n ${note[$label]:-} ]]; then
        echo "$label build ${note[$label]}"
    else
        echo "$label build ${passed[$label]} passed, ${failed[$label]} failed"
    fi
}

# A build that did not get as far as its tests counts as one failure in the total.
total_passed=0 total_failed=0
for label in format normal asan fuzz; do
    total_passed=$((total_passed + ${passed[$label]:-0}))
    total_failed=$((total_failed + ${failed[$label]:-0}))
    if [[ -n ${note[$label]:-} && ${note[$label]} != skipped* ]]; then
        total_failed=$((total_failed + 1))
    fi
done

echo
format_word="format ok"
((${failed[format]:-0} == 0)) || format_word="format FAILED"
[[ -z ${note[format]:-} ]] || format_word="format ${note[format]}"
echo "ci: ${format_word}; $(describe normal); $(describe asan); $(describe fuzz)"
echo "ci: ${total_passed} passed, ${total_failed} failed"
exit "$status"
