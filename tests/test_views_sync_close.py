"""Closing the window during a sync against a server that never answers: closed within 2 s, nothing lost."""
from __future__ import annotations

import shutil
import time

from app.models.store import Workspace
from app.views.i18n import TRANSLATIONS
from app.views.main_window import MainWindow
from tests.fake_servers import StalledServer


def test_closing_the_window_during_a_stalled_sync_takes_under_two_seconds_and_keeps_the_outbox(
        qtbot, demo_path, tmp_path, kr):
    path = tmp_path / "ws.sqlite"
    shutil.copy(demo_path, path)
    with Workspace.open(path) as ws:
        waiting = [(e.id, e.op) for e in ws.outbox.entries()]
    assert waiting, "the demo has changes waiting for the server"
    TRANSLATIONS.apply("fr")
    win = MainWindow(remember=False)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.workspaceCompleted, timeout=30_000):
        win.open_workspace(path)
    win.show()
    with StalledServer() as stalled:
        win.sync.configured({"url": stalled.base_url, "user": "demo"})
        assert win.sync.sync_now(user=False) or win.sync.syncing
        qtbot.waitUntil(lambda: bool(stalled.accepted), timeout=10_000)  # the sync is waiting on the server
        started = time.monotonic()
        win.close()
        took = time.monotonic() - started
    assert took < 2.0, f"the window took {took:.1f} s to close"
    with Workspace.open(path) as ws:
        assert [(e.id, e.op) for e in ws.outbox.entries()] == waiting
