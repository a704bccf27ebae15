"""The layer contracts hold: app.models and app.sync import no Qt (import-linter), checked in the suite too."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contracts_are_kept():
    exe = shutil.which("lint-imports")
    if exe is None:
        pytest.skip("import-linter is not installed")
    proc = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "broken" in proc.stdout and "0 broken" in proc.stdout


def test_no_qt_import_outside_views():
    offenders = []
    for folder in ("app/models", "app/sync", "sandbox"):
        for py in (ROOT / folder).rglob("*.py"):
            text = py.read_text(encoding="utf-8")
            if "import PySide6" in text or "from PySide6" in text or "shiboken6" in text:
                offenders.append(str(py.relative_to(ROOT)))
    assert not offenders
