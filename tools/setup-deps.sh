#!/usr/bin/env bash
# Installs what Wirescope needs on Debian 12 (bookworm). Idempotent: installs only what is
# missing, and touches the network only then.
#
#   tools/setup-deps.sh           build dependencies (compiler, CMake, Qt 6.4 dev packages)
#   tools/setup-deps.sh --test    also the real peers the tests talk to, and the node packages
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

with_test=0
for arg in "$@"; do
    case "$arg" in
        --test) with_test=1 ;;
        -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
        *) echo "setup-deps: unknown argument: $arg" >&2; exit 2 ;;
    esac
done

build_pkgs=(
    cmake ninja-build g++
    ccache                 # repeated builds (test.sh's two trees, the fuzz tree) reuse objects
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-httpserver-dev
    qt6-svg-dev            # also provides the virtual libqt6svg6-dev
    qt6-declarative-dev    # QJSEngine (Qt Qml) runs Postman-style scripts; no QML UI
    qtkeychain-qt6-dev libyaml-cpp-dev libnghttp2-dev
    libssl-dev             # libcrypto signs RS* JSON Web Tokens (JWT bearer auth)
    libqt6sql6-sqlite      # QtSql's SQLite driver, for History
    qt6-qpa-plugins        # offscreen/xcb platform plugins
    libgl-dev
    librsvg2-bin           # renders the PNG icon sizes for installation
)
test_pkgs=(
    nginx-light
    python3-httpbin python3-brotli
    python3-waitress       # serves httpbin with HTTP/1.1 keep-alive (werkzeug's dev server can't)
    tinyproxy microsocks
    gnome-keyring dbus dbus-x11   # a real Secret Service for QtKeychain tests
    xvfb xauth                    # for screenshots of the real window
    openssl curl time strace      # time: peak RSS in tests/bench; strace: syscall counts there
    python3-requests httpie       # tst_codegen_run runs the generated Python and HTTPie code
    clang libclang-rt-14-dev      # libFuzzer targets
    clang-format                  # the formatting check in tools/test.sh
    desktop-file-utils appstream groff-base dpkg-dev   # packaging checks (cpack -G DEB)
)

wanted=("${build_pkgs[@]}")
if ((with_test)); then
    wanted+=("${test_pkgs[@]}")
    # Some images ship Node.js from elsewhere (its nodejs package then conflicts with
    # Debian's npm), so ask apt for node only when the commands are missing.
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
        wanted+=(nodejs npm)
    fi
fi

missing=()
for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == installed ]] || missing+=("$pkg")
done

if ((${#missing[@]})); then
    sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        sudo=(sudo)
    fi
    echo "setup-deps: installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
    echo "setup-deps: all ${#wanted[@]} packages present"
fi

if ((with_test)); then
    # npm ci only when node_modules is absent or older than the lockfile. npm writes
    # node_modules/.package-lock.json on every install, so it dates the last install.
    node_dir=tests/support/node
    stamp=$node_dir/node_modules/.package-lock.json
    if [[ ! -f $stamp || $node_dir/package-lock.json -nt $stamp ]]; then
        echo "setup-deps: npm ci in $node_dir"
        (cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error)
    fi
fi
