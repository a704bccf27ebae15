"""One database worker: every call on the Workspace runs on a single background thread, in order.

As Anki's taskman: the GUI thread submits a function of the workspace with a success and a failure callback;
the result comes back to the GUI thread by a queued signal, so the window never waits on SQLite.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.models.store import Workspace
from app.views.jobs import Done, Failed, SerialJobs

log = logging.getLogger(__name__)


class DbWorker(SerialJobs):
    """Runs `fn(workspace)` off the GUI thread; `on_done(result)` / `on_error(exc)` run back on the GUI thread.

    This is the `ws_proxy` the screens receive: `submit(fn, on_done, on_error)`, `workspace` (for the rare
    read that must be synchronous), `busy` and the `idle` signal (emitted when the queue drains).
    """

    idle = Signal()
    error = Signal(object)  # an exception nobody handled (not a RuleError)

    def __init__(self, workspace: Workspace | None = None, parent: QObject | None = None) -> None:
        super().__init__("ror-db", parent)
        self.workspace = workspace

    def submit(self, fn: Callable[[Workspace], Any], on_done: Done | None = None,
               on_error: Failed | None = None) -> Future:
        ws = self.workspace  # the workspace open when the job was asked for
        return self._enqueue(lambda: fn(ws), on_done, on_error)

    def unhandled(self, exc: BaseException) -> None:
        log.error("database job failed", exc_info=exc)
        self.error.emit(exc)

    def drained(self) -> None:
        self.idle.emit()

    def set_workspace(self, workspace: Workspace | None) -> None:
        """Switch workspace once pending jobs are done (they still see the old one)."""
        self._pool.submit(lambda: None).result()
        self.workspace = workspace

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)
        self._jobs.clear()
