"""One database worker: every call on the Workspace runs on a single background thread, in order.

As Anki's taskman: the GUI thread submits a function of the workspace with a success and a failure callback;
the result comes back to the GUI thread by a queued signal, so the window never waits on SQLite.
"""
from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.models.store import Workspace

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class DbWorker(QObject):
    """Runs `fn(workspace)` off the GUI thread; `on_done(result)` / `on_error(exc)` run back on the GUI thread.

    This is the `ws_proxy` the screens receive: `submit(fn, on_done, on_error)`, `workspace` (for the rare
    read that must be synchronous), `busy` and the `idle` signal (emitted when the queue drains).
    """

    _finished = Signal(int, object, object)  # job id, result, exception
    idle = Signal()
    error = Signal(object)  # an exception nobody handled (not a RuleError)

    def __init__(self, workspace: Workspace | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ror-db")
        self._jobs: dict[int, tuple[Done | None, Failed | None]] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._finished.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def submit(self, fn: Callable[[Workspace], Any], on_done: Done | None = None,
               on_error: Failed | None = None) -> Future:
        job = next(self._ids)
        self._jobs[job] = (on_done, on_error)
        ws = self.workspace
        return self._pool.submit(self._run, job, fn, ws)

    def _run(self, job: int, fn: Callable[[Workspace], Any], ws: Workspace | None) -> None:
        try:
            result = fn(ws)
        except BaseException as exc:  # noqa: BLE001 - handed back to the GUI thread
            self._finished.emit(job, None, exc)
        else:
            self._finished.emit(job, result, None)

    def _deliver(self, job: int, result: Any, exc: BaseException | None) -> None:
        on_done, on_error = self._jobs.pop(job, (None, None))
        try:
            if exc is None:
                if on_done is not None:
                    on_done(result)
            elif on_error is not None:
                on_error(exc)
            else:
                log.error("database job failed", exc_info=exc)
                self.error.emit(exc)
        finally:
            if not self._jobs:
                self.idle.emit()

    def set_workspace(self, workspace: Workspace | None) -> None:
        """Switch workspace once pending jobs are done (they still see the old one)."""
        self._pool.submit(lambda: None).result()
        self.workspace = workspace

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)
        self._jobs.clear()
