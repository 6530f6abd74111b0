#!/usr/bin/env bash
# The README's second command: install what is missing, build, and run every test through
# ctest — the normal build (units, CLI against cast, end-to-end window tests), and a second,
# with clang, where core is instrumented with AddressSanitizer and UndefinedBehaviorSanitizer:
# the core units run there, and the libFuzzer targets (tests/fuzz), each over its corpus plus
# new inputs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

dd_install_packages
dd_install_node_tools

dd_build "$DD_ROOT/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
dd_build "$DD_ROOT/build-fuzz" -DCMAKE_CXX_COMPILER=clang++-14 -DDD_FUZZ=ON

export QT_QPA_PLATFORM=offscreen
status=0
echo "== tests (normal build)"
ctest --test-dir "$DD_ROOT/build" --output-on-failure || status=1
echo "== core tests with ASan + UBSan (the fuzz build)"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir "$DD_ROOT/build-fuzz" --output-on-failure -R '^core$' || status=1
echo "== fuzz targets: each over its corpus plus new inputs (tests/fuzz/run.sh SECONDS runs them long)"
ctest --test-dir "$DD_ROOT/build-fuzz" --output-on-failure -j "$(nproc)" -L fuzz || status=1
echo "Screenshots of the window: $DD_ROOT/build/screenshots"
exit $status
