# Shared by the shell tests: a pass/fail count, `check <description> <command...>`, and
# `finish <name>` that prints the count and fails the test if anything failed.
passed=0
failed=0
check() {
    [[ -n "${DD_TEST_VERBOSE:-}" ]] && echo "CHECK $1"
    local what="$1"
    shift
    if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $what"; fi
}
finish() {
    echo "$1: $passed passed, $failed failed"
    [[ $failed -eq 0 ]]
}
# make_file <path> <size>: deterministic bytes (sha512 of a counter, repeated), so a failing
# size reproduces.
make_file() {
    python3 - "$1" "$2" <<'PY'
import hashlib, sys
path, size = sys.argv[1], int(sys.argv[2])
with open(path, "wb") as f:
    i = 0
    while size > 0:
        block = (hashlib.sha512(str(i).encode()).digest() * 128)[:size]
        f.write(block)
        size -= len(block)
        i += 1
PY
}
