#!/usr/bin/env bash
# Prepares the machine if needed (scripts/setup.sh), then starts Mileo Desk
# with the given arguments: ./scripts/run-app.sh [args…]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"

VENV="${MILEO_VENV:-$ROOT/.venv}"
cd "$ROOT"
exec "$VENV/bin/python" -m mileo_desk "$@"
