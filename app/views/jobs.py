"""Jobs run in order on one background thread, their results delivered on the GUI thread by queued signal.

The base of the database worker and of the sync worker (Anki's taskman, one executor per kind of work): the
GUI thread submits a callable with a success and a failure callback and never waits for it.
"""
from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class SerialJobs(QObject):
    """`_enqueue(call, on_done, on_error)`: `call()` on the thread, the callbacks back on the GUI thread."""

    _finished = Signal(int, object, object)  # job id, result, exception

    def __init__(self, thread_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=thread_name)
        self._jobs: dict[int, tuple[Done | None, Failed | None]] = {}
        self._ids = itertools.count(1)
        self._finished.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def _enqueue(self, call: Callable[[], Any], on_done: Done | None, on_error: Failed | None) -> Future:
        job = next(self._ids)
        self._jobs[job] = (on_done, on_error)
        return self._pool.submit(self._run, job, call)

    def _run(self, job: int, call: Callable[[], Any]) -> None:
        try:
            result = call()
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
                self.unhandled(exc)
        finally:
            if not self._jobs:
                self.drained()

    def unhandled(self, exc: BaseException) -> None:
        """A failure nobody asked to hear about."""
        log.error("background job failed", exc_info=exc)

    def drained(self) -> None:
        """The queue is empty again."""
