# Shared by the shell tests: a pass/fail count, `check <description> <command...>`, and
# `finish <name>` that prints the count and fails the test if anything failed.
passed=0
failed=0
check() {
    local what="$1"
    shift
    if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $what"; fi
}
finish() {
    echo "$1: $passed passed, $failed failed"
    [[ $failed -eq 0 ]]
}
