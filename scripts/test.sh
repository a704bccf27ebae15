#!/usr/bin/env bash
# Set up the environment if needed, then run every check: layers, lint, the test suite, the acceptance checks
# of the command-line contract (when ../shared is beside the project) and a quick smoke run of the benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
. .venv/bin/activate

echo "== layers (import-linter): app.models and app.sync never import Qt; only the store touches SQLAlchemy"
lint-imports
echo "== ruff"
ruff check app sandbox tests bench
echo "== mypy (app/models, app/sync)"
mypy app/models app/sync
echo "== benchmarks, quick smoke run"
python bench/run.py --quick

echo "== pytest"
python -m pytest -q -p no:cacheprovider tests "$@"

echo "== package (PyInstaller) build and self-test, then the .deb"
bash scripts/build-package.sh --deb

# Acceptance checks of the command-line contract (../shared/acceptance), added as each capability is built.
# They run in their own session with Python's default warning filters: their fixtures leave log files open,
# which this project's "warnings are errors" setting would turn into failures of theirs, not of the product.
ACCEPTANCE=(test_foundation.py test_tree.py test_forms.py test_sync.py test_support.py test_check.py test_perimeter.py test_groups.py)
if [ -d ../shared/acceptance ]; then
  echo "== acceptance checks"
  python -m pytest -q -p no:cacheprovider -p no:warnings "${ACCEPTANCE[@]/#/../shared/acceptance/}"
else
  echo "== acceptance checks skipped: ../shared/acceptance is not beside the project"
fi
