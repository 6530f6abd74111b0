#!/usr/bin/env bash
# Runs every libFuzzer target of tests/fuzz for SECONDS each (default 60), one after another,
# over its committed corpus; new inputs go to build-fuzz/tests/fuzz/found/<target>. Prints the
# executions per target. A crash, hang (2 s) or blow-up (1 GiB) stops that target and leaves
# its input as crash-*/timeout-*/oom-* in the current folder: add it to the corpus with a name
# that says what it broke, and fix the parser.
#   tests/fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/setup.sh"
seconds="${1:-60}"
shift || true
dd_build "$DD_ROOT/build-fuzz" -DCMAKE_CXX_COMPILER=clang++-14 -DDD_FUZZ=ON
bin="$DD_ROOT/build-fuzz/tests/fuzz"
targets=("$@")
if ((${#targets[@]} == 0)); then
  for f in "$bin"/fuzz_*; do
    if [[ -f "$f" && -x "$f" ]]; then targets+=("$(basename "$f" | sed 's/^fuzz_//')"); fi
  done
fi
status=0
for t in "${targets[@]}"; do
  mkdir -p "$bin/found/$t"
  log="$bin/found/$t.log"
  if "$bin/fuzz_$t" -max_total_time="$seconds" -max_len=65536 -timeout=2 -rss_limit_mb=1024 \
      -print_final_stats=1 "$bin/found/$t" "$DD_ROOT/tests/fuzz/corpus/$t" >"$log" 2>&1; then
    result=ok
  else
    result=FAILED
    status=1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  printf '%-14s %12s executions in %ss  %s\n' "$t" "$runs" "$seconds" "$result"
done
exit $status
