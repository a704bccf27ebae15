"""Watching the server: its reachability drives the status bar's dot, and syncs start by themselves.

When the server answers for the first time after a workspace is opened, a sync catches up (Tasks, pulls);
when it comes back with work waiting in the outbox, a sync sends it; a write made while online is pushed after
a short delay; and every few minutes a sync runs anyway.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from app.views.sync_host import SyncCore
from app.views.sync_session import tls
from app.views.sync_worker import ReachabilityWatcher


class ServerWatch(QObject):
    def __init__(self, core: SyncCore, interval: float = 15.0, push_delay_ms: int = 2000,
                 auto_interval_ms: int = 300_000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.interval = interval  # seconds between two probes of the server
        self.pending = 0  # outbox count, as the controller last said
        self.quiet = False  # while a sync's own Changes are applied: their outbox count starts no push
        self.watcher = ReachabilityWatcher(self)
        self.push_timer = QTimer(self)
        self.push_timer.setSingleShot(True)
        self.push_timer.setInterval(push_delay_ms)
        self.push_timer.timeout.connect(lambda: core.sync_now(user=False))
        self.auto_timer = QTimer(self)
        self.auto_timer.setInterval(auto_interval_ms)
        self.auto_timer.timeout.connect(lambda: core.sync_now(user=False))
        self.watcher.changed.connect(self._on_reachability)

    def start(self, config: dict[str, str]) -> None:
        verify, cert = tls(config)
        self.watcher.start(config["url"], verify, cert, interval=self.interval)
        self.auto_timer.start()

    def stop(self) -> None:
        self.watcher.stop(wait=0)
        self.auto_timer.stop()
        self.push_timer.stop()

    def on_pending(self, n: int) -> None:
        self.pending = n
        core = self.core
        if n > 0 and not self.quiet and core.reachable and core.config.get("url"):
            self.push_timer.start()

    def _on_reachability(self, online: bool, detail: str) -> None:
        core = self.core
        was = core.reachable
        core.reachable = online
        if online and core.last_report is not None and core.last_report.offline:
            core.last_report = None
        core.show_state()
        if not online:
            core.status(detail)
        elif was is None:  # first answer after opening: catch up with the server (Tasks, pulls)
            core.sync_now(user=False)
        elif was is False and self.pending > 0:
            core.status(QCoreApplication.translate(
                "SyncController", "Serveur de nouveau joignable : envoi des modifications en attente."))
            core.sync_now(user=False)
