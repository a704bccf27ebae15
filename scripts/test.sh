#!/usr/bin/env bash
# Set up the environment if needed, then run every check: layers, lint, the test suite, the acceptance checks
# of the command-line contract (when ../shared is beside the project) and a quick smoke run of the benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
. .venv/bin/activate

echo "== layers (import-linter): app.models and app.sync never import Qt"
lint-imports
echo "== ruff"
ruff check app sandbox tests bench
echo "== benchmarks, quick smoke run"
python bench/run.py --quick >/dev/null

# Acceptance checks of the command-line contract, added as each capability is built.
ACCEPTANCE=(test_foundation.py)
args=(tests)
if [ -d ../shared/acceptance ]; then
  for f in "${ACCEPTANCE[@]}"; do args+=("../shared/acceptance/$f"); done
fi
echo "== pytest"
python -m pytest -q -p no:cacheprovider "${args[@]}" "$@"
