"""Jobs run in order on one background thread, their results delivered on the GUI thread by queued signal.

The base of the database worker and of the sync worker (Anki's taskman, one executor per kind of work): the
GUI thread submits a callable with a success and a failure callback and never waits for it.
"""
from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class DaemonExecutor:
    """One daemon thread running calls in order: what a ThreadPoolExecutor does, except that the interpreter's
    exit does not wait for it. The sync thread may sit in a read a stalled server never answers; closing the
    window gives it a bounded time (`shutdown(timeout=)`) and then leaves it, as a kill would: the outbox keeps
    whatever the server has not confirmed."""

    def __init__(self, thread_name: str) -> None:
        self._calls: queue.SimpleQueue[tuple[Future, Callable[..., Any], tuple[Any, ...]] | None] = queue.SimpleQueue()
        self._closed = False
        self._thread = threading.Thread(target=self._loop, name=thread_name, daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while (item := self._calls.get()) is not None:
            future, fn, args = item
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(fn(*args))
                except BaseException as exc:  # noqa: BLE001 - handed to the future's owner
                    future.set_exception(exc)

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        if self._closed:
            raise RuntimeError("cannot schedule new calls after shutdown")
        future: Future = Future()
        self._calls.put((future, fn, args))
        return future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False, timeout: float | None = None) -> None:
        """Stop taking calls (cancelling those not started with `cancel_futures`), then wait for the running
        one at most `timeout` seconds (for ever when None)."""
        self._closed = True
        if cancel_futures:
            pending: list[Any] = []
            while True:
                try:
                    pending.append(self._calls.get_nowait())
                except queue.Empty:
                    break
            for item in pending:
                if item is not None:
                    item[0].cancel()
        self._calls.put(None)
        if wait:
            self._thread.join(timeout)


class SerialJobs(QObject):
    """`_enqueue(call, on_done, on_error)`: `call()` on the thread, the callbacks back on the GUI thread."""

    _finished = Signal(int, object, object)  # job id, result, exception

    def __init__(self, thread_name: str, parent: QObject | None = None, daemon: bool = False) -> None:
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | DaemonExecutor = (
            DaemonExecutor(thread_name) if daemon
            else ThreadPoolExecutor(max_workers=1, thread_name_prefix=thread_name))
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
            result, error = None, exc
        else:
            error = None
        try:
            self._finished.emit(job, result, error)
        except RuntimeError:  # the window closed while a daemon job ran on: nobody is left to tell
            log.info("a background job ended after its window closed")

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
