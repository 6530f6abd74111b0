#!/usr/bin/env bash
# Installs what is missing for building, running and testing DataDAO Desktop on Debian 12:
# Debian packages with apt-get, node tools with `npm ci` against scripts/package-lock.json.
# Idempotent and quick when everything is already there. Sourced by run.sh and test.sh.
set -euo pipefail

DD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

DD_PACKAGES=(
  cmake ninja-build g++ ccache pkg-config python3 nodejs npm
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtquick-dialogs
  qml6-module-qtqml-workerscript qml6-module-qtqml-models qml6-module-qt-labs-folderlistmodel
  qml6-module-qttest qt6-image-formats-plugins libqt6svg6 libqt6sql6-sqlite libsecp256k1-dev libssl-dev libsodium-dev
  libcurl4-openssl-dev libgumbo-dev libcpp-httplib-dev libsimdjson-dev libsqlite3-dev zlib1g-dev
  xvfb xauth imagemagick ipfs-cid curl openssl libglib2.0-bin miller
  clang-14 libclang-rt-14-dev dpkg-dev
  gdb # QtTest prints the stack of a test that crashes through it
)

dd_install_packages() {
  local missing=()
  for p in "${DD_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # node and npm may come from outside Debian (e.g. a preinstalled Node 20): accept those.
  if command -v node >/dev/null && command -v npm >/dev/null; then
    missing=("${missing[@]/nodejs}")
    missing=("${missing[@]/npm}")
  fi
  local wanted=()
  for p in "${missing[@]}"; do [[ -n "$p" ]] && wanted+=("$p"); done
  if ((${#wanted[@]})); then
    echo "Installing Debian packages: ${wanted[*]}"
    local sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${wanted[@]}" \
      libgl1-mesa-dri >/dev/null
  fi
}

dd_install_node_tools() {
  local stamp="$DD_ROOT/scripts/node_modules/.package-lock.json"
  if [[ ! -f "$stamp" || "$DD_ROOT/scripts/package-lock.json" -nt "$stamp" ]]; then
    echo "Installing node tools (npm ci)"
    (cd "$DD_ROOT/scripts" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# dd_build <build dir> [cmake options...]: configure once, then build incrementally.
dd_build() {
  local dir="$1"
  shift
  if [[ ! -f "$dir/build.ninja" ]]; then
    cmake -S "$DD_ROOT" -B "$dir" -G Ninja "$@"
  fi
  # DD_BUILD_TARGETS: only these (a build whose other programs no test runs)
  cmake --build "$dir" --parallel "$(nproc)" ${DD_BUILD_TARGETS:+--target $DD_BUILD_TARGETS}
}
