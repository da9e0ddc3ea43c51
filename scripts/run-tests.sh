#!/usr/bin/env bash
# Prepares the machine if needed (scripts/setup.sh), then runs every check:
#   ruff check . → mypy mileo_desk → lint-imports → pytest [args…]
# All stages run; the script exits with the status of the first stage that
# failed (pytest's 5, "no tests collected", counts as a failure).
#
#   ./scripts/run-tests.sh                       # everything
#   ./scripts/run-tests.sh tests/test_x.py -k y  # pytest args are passed through
#
# Environment knobs:
#   QT_QPA_PLATFORM       default: offscreen on a 1920×1080 virtual screen (tests/conftest.py);
#                         set e.g. xcb + DISPLAY to see windows
#   MILEO_SKIP_LINT=1     run pytest only
#   MILEO_FAIL_FAST=1     stop at the first failing stage
#   MILEO_TEST_TIMEOUT=S  per-test timeout for pytest-timeout (default 300)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${MILEO_VENV:-$ROOT/.venv}"
BIN="$VENV/bin"

now() {
    if [ -n "${EPOCHREALTIME:-}" ]; then printf '%s' "$EPOCHREALTIME"; else date +%s; fi
}
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
is_true() {
    case "${1:-}" in 1 | true | TRUE | True | yes | on) return 0 ;; *) return 1 ;; esac
}

summary=""
first_failure=0
run_started="$(now)"

finish() {
    printf '\n== summary ==\n%s' "$summary"
    printf '   total %ss\n' "$(elapsed "$run_started")"
    if [ "$first_failure" -ne 0 ]; then
        printf 'run-tests: FAILED (exit %s)\n' "$first_failure"
    else
        printf 'run-tests: all stages passed\n'
    fi
    exit "$first_failure"
}

# stage NAME COMMAND… — runs one stage, records its status and time.
stage() {
    local name="$1" t0 status
    shift
    printf '\n== %s: %s\n' "$name" "$*"
    t0="$(now)"
    set +e
    "$@"
    status=$?
    set -e
    if [ "$name" = pytest ] && [ "$status" -eq 5 ]; then
        printf 'run-tests: pytest collected no tests: treated as a failure\n'
    fi
    local verdict=ok
    [ "$status" -ne 0 ] && verdict="FAILED ($status)"
    printf '== %s: %s in %ss\n' "$name" "$verdict" "$(elapsed "$t0")"
    summary="$summary$(printf '   %-14s %-12s %6ss' "$name" "$verdict" "$(elapsed "$t0")")"$'\n'
    if [ "$status" -ne 0 ] && [ "$first_failure" -eq 0 ]; then
        first_failure=$status
    fi
    if [ "$status" -ne 0 ] && is_true "${MILEO_FAIL_FAST:-}"; then
        finish
    fi
    return 0
}

stage setup bash "$ROOT/scripts/setup.sh"
[ "$first_failure" -eq 0 ] || finish

cd "$ROOT"
# QT_QPA_PLATFORM: tests/conftest.py defaults to offscreen on a desk-sized virtual screen

if ! is_true "${MILEO_SKIP_LINT:-}"; then
    stage ruff "$BIN/ruff" check .
    stage mypy "$BIN/mypy" mileo_desk
    stage import-linter "$BIN/lint-imports"
fi

pytest_args=(-p no:cacheprovider)
if "$BIN/python" -c 'import pytest_timeout' >/dev/null 2>&1; then
    has_timeout=0
    for arg in "$@"; do
        case "$arg" in --timeout | --timeout=*) has_timeout=1 ;; esac
    done
    [ "$has_timeout" -eq 1 ] || pytest_args+=("--timeout=${MILEO_TEST_TIMEOUT:-300}")
fi
stage pytest "$BIN/python" -m pytest "${pytest_args[@]}" "$@"

finish
