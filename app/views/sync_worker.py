"""The network side of the window: one sync thread and one reachability watcher, both reporting by signal.

Network work never runs on the GUI thread nor on the DB worker's thread (which the screens wait on): the sync
engine runs here, on its own single thread, and touches the workspace through the store's own lock. Results
and progress come back to the GUI thread by queued signals, as with `DbWorker`.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.views.jobs import Done, Failed, SerialJobs

log = logging.getLogger(__name__)


class SyncWorker(SerialJobs):
    """`submit(fn, on_done, on_error)` runs `fn()` on the sync thread, in order; callbacks on the GUI thread."""

    progress = Signal(str, int, int)  # stage ('push', 'send', 'pull'), done, total (0 = unknown)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__("ror-sync", parent, daemon=True)  # a stalled read never holds the app's exit
        self._closed = False

    def submit(self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None) -> None:
        if not self._closed:
            self._enqueue(fn, on_done, on_error)

    def report_progress(self, stage: str, done: int, total: int) -> None:
        """The engine's `progress` callback (called on the sync thread; the signal is queued)."""
        self.progress.emit(stage, done, total)

    def unhandled(self, exc: BaseException) -> None:
        log.error("sync job failed", exc_info=exc)

    def shutdown(self, wait: bool = True, timeout: float | None = None) -> None:
        """Take no more jobs; wait for the running one at most `timeout` seconds (then it is left behind)."""
        self._closed = True
        self._pool.shutdown(wait=wait, cancel_futures=True, timeout=timeout)  # type: ignore[call-arg]
        self._jobs.clear()


class ReachabilityWatcher(QObject):
    """`app.sync.reachability.watch` in a daemon thread; `changed(online, detail)` arrives on the GUI thread.

    Unlike `reachability.Watcher` it probes with the workspace's TLS settings (CA bundle, client certificate).
    """

    changed = Signal(bool, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop: threading.Event | None = None
        self._thread: threading.Thread | None = None
        self.url: str | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, url: str, verify: bool | str = True, cert: tuple[str, str] | None = None,
              interval: float = 15.0, timeout: float = 3.0) -> None:
        """Watch `url` (replacing any previous watch); the first state is always reported."""
        self.stop(wait=0)
        stop = threading.Event()

        from app.sync import reachability  # the sync stack loads once a server is watched, not with the window

        def probe(base: str, t: float) -> tuple[bool, str]:
            return reachability.probe(base, t, verify=verify, cert=cert)

        def on_change(online: bool, detail: str) -> None:
            if not stop.is_set():
                self.changed.emit(online, detail)

        self._stop, self.url = stop, url
        self._thread = threading.Thread(target=reachability.watch, name="ror-reachability", daemon=True,
                                        args=(url, on_change, interval, stop, timeout, probe))
        self._thread.start()

    def stop(self, wait: float = 5.0) -> None:
        if self._stop is not None:
            self._stop.set()
        if self._thread is not None and wait:
            self._thread.join(wait)
        self._stop = self._thread = None
