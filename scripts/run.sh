#!/usr/bin/env bash
# Set up the environment if needed, then start ROR Référent (on the demo workspace when there is no other).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/ror-referent "$@"
