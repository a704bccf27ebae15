"""The layer contracts hold (import-linter, checked in the suite too): app.models and app.sync import no Qt,
and only the store package touches SQLAlchemy, Alembic and the ORM schema."""
from __future__ import annotations

import ast
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contracts_are_kept():
    exe = shutil.which("lint-imports")
    assert exe is not None, "import-linter is a test dependency (pyproject [test] extra)"
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


FORBIDDEN_OUTSIDE_STORE = ("sqlalchemy", "alembic", "app.models.store.schema", "app.models.store.engine",
                           "app.models.store.queries")


def _imported(py: Path, tree: ast.AST) -> list[tuple[int, str]]:
    """Every module an Import or ImportFrom node names (at any depth, inside functions too), made absolute."""
    package = ".".join(py.relative_to(ROOT).with_suffix("").parts[:-1])
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, *([base] if base else [])])
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def test_only_the_store_imports_sqlalchemy_and_the_orm_schema():
    store = ROOT / "app" / "models" / "store"
    offenders = []
    checked = 0
    for folder in ("app", "sandbox"):
        for py in sorted((ROOT / folder).rglob("*.py")):
            if store in py.parents:
                continue
            checked += 1
            for line, module in _imported(py, ast.parse(py.read_text(encoding="utf-8"), str(py))):
                if any(module == f or module.startswith(f + ".") for f in FORBIDDEN_OUTSIDE_STORE):
                    offenders.append(f"{py.relative_to(ROOT)}:{line} imports {module}")
    assert checked > 50
    assert not offenders, "\n".join(offenders)


def test_the_import_walk_sees_imports_inside_functions():
    py = ROOT / "app" / "models" / "example.py"  # never written: only its place in the tree matters
    tree = ast.parse("def f():\n    from sqlalchemy import select\n    from .store import engine\n"
                     "    import alembic.command\n")
    modules = {m for _, m in _imported(py, tree)}
    assert {"sqlalchemy", "app.models.store.engine", "alembic.command"} <= modules
