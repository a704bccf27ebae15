"""Test fixtures shared by the whole suite: isolated user dirs, the reference files, offscreen Qt."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
# Public reference files (IG examples, NOS extracts, FINESS rows) kept in the project; sources in SOURCES.md.
REFERENCE = Path(__file__).resolve().parent / "data" / "reference"


@pytest.fixture
def reference() -> Path:
    """The project's copy of the public reference files the tests read (tests/data/reference)."""
    assert REFERENCE.is_dir(), f"{REFERENCE} is part of the project and must be present"
    return REFERENCE


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep every test away from the real user's data, config and keyring."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    yield


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory) -> Path:
    """One small demo workspace per test session (read it through a copy: see `ws`)."""
    from app.models.demo import make_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    make_demo(path).close()
    return path


@pytest.fixture
def ws(demo_path, tmp_path):
    """A fresh copy of the demo workspace, open; test files may define their own `ws` instead."""
    from app.models.store import Workspace

    copy = tmp_path / "ws.sqlite"
    copy.write_bytes(demo_path.read_bytes())
    workspace = Workspace.open(copy)
    yield workspace
    workspace.close()


@pytest.fixture
def kr():
    """An in-memory OS keyring for the test (secrets never touch the real one)."""
    from tests.sync_support import memory_keyring

    return memory_keyring()


@pytest.fixture
def view(qtbot, ws):
    """A FormView on the `ws` workspace, shown in a 1200x800 window."""
    from app.views.forms.form_view import FormView

    form = FormView(ws)
    qtbot.addWidget(form)
    form.resize(1200, 800)
    form.show()
    return form


@pytest.fixture
def open_window(qtbot, tmp_path):
    """Opens a MainWindow in French on a workspace (or on a copy of it in tmp_path), waited until opened, shown;
    each window is closed after the test, French put back."""
    from app.views.i18n import TRANSLATIONS
    from app.views.main_window import MainWindow

    opened = []

    def open_(path: Path, *, copy: bool = False, timeout: int = 30_000):
        TRANSLATIONS.apply("fr")
        if copy:
            (tmp_path / path.name).write_bytes(path.read_bytes())
            path = tmp_path / path.name
        win = MainWindow(remember=False)
        qtbot.addWidget(win)
        with qtbot.waitSignal(win.workspaceCompleted, timeout=timeout):
            win.open_workspace(path)
        win.show()
        opened.append(win)
        return win

    yield open_
    TRANSLATIONS.apply("fr")
    for win in opened:
        win.close()
