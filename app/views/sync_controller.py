"""The window's link to the ROR server: runs syncs, and holds the parts that connect, watch the server, settle
conflicts and send dossiers.

Everything that talks to the network runs on the sync thread (`SyncWorker`); the workspace is reached there
through the store's own lock. What a sync changed comes back as the engine's `report.changes`, applied through
the controller like any other write: only the rows it names are read and refreshed.

    sync = SyncController(host)         # host: the window, seen through SyncHost (app/views/sync_host.py)
    sync.sync_now()                     # F5
    sync.sending.send_current()         # "Envoyer pour validation…" on the selected node's EG/EJ
    sync.syncFinished -> SyncReport     # after the tree, banner and pending count are refreshed
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.models.changes import Changes
from app.models.refusals import Refusal
from app.views.sync_actions import SyncActions
from app.views.sync_conflicts import ConflictQueue, gather
from app.views.sync_connection import SyncConnection
from app.views.sync_error_text import report_lines
from app.views.sync_host import SyncHost
from app.views.sync_outcome import online_state, progress_text, summary
from app.views.sync_sending import DossierSending
from app.views.sync_session import SETTING_KEYS, SyncSession, tls
from app.views.sync_watch import ServerWatch
from app.views.sync_worker import SyncWorker

if TYPE_CHECKING:  # the sync stack (httpx, keyring) loads with the first sync, not with the window
    from app.sync.engine import SyncReport

log = logging.getLogger(__name__)


CLOSE_WAIT_S = 1.5  # closing the window during a sync: at most this long for it to stop


@dataclass
class SyncOutcome:
    report: SyncReport
    conflicts: list[Any] = field(default_factory=list)


class SyncController(QObject):
    syncFinished = Signal(object)  # SyncReport, once the window shows its result
    connected = Signal(bool, str)  # the connection dialog's outcome: ok, detail
    conflictsSettled = Signal()  # every conflict shown after a sync was answered (chosen or put off)

    def __init__(self, host: SyncHost, parent: QObject | None = None, watch_interval: float = 15.0,
                 push_delay_ms: int = 2000, auto_interval_ms: int = 300_000) -> None:
        super().__init__(parent)
        self.host = host
        self.worker = SyncWorker(self)
        self.session = SyncSession()  # touched on the sync thread only
        self.config: dict[str, str] = {}
        self.reachable: bool | None = None
        self.syncing = False
        self.last_report: SyncReport | None = None
        self._again = False
        self._user_sync = False
        self.watch = ServerWatch(self, watch_interval, push_delay_ms, auto_interval_ms, self)
        self.connection = SyncConnection(self, self)
        self.conflicts = ConflictQueue(self, self)
        self.sending = DossierSending(self, self)
        self.actions = SyncActions(host, self)
        self.actions.wire(self.connect_dialog, lambda: self.sync_now(user=True), self.sending.send_current,
                          self.conflicts.show_all)
        self.act_connect, self.act_sync = self.actions.connect, self.actions.sync
        self.act_send, self.act_conflicts = self.actions.send, self.actions.conflicts
        self.connection.connected.connect(self.connected)
        self.conflicts.settled.connect(self.conflictsSettled)
        host.controller.pendingChanged.connect(self.watch.on_pending)
        host.workspaceOpened.connect(self._on_workspace)
        self.worker.progress.connect(lambda stage, done, total: self.status(progress_text(stage, done, total),
                                                                            0))
        self.retranslate()

    # ------------------------------------------------------------------ what the window reaches
    @property
    def server_dialog(self):
        return self.connection.dialog

    @property
    def conflict_dialog(self):
        return self.conflicts.dialog

    @property
    def direction_dialog(self):
        return self.sending.direction_dialog

    @property
    def confirm_box(self):
        return self.sending.confirm_box

    @property
    def pending(self) -> int:
        return self.watch.pending

    def connect_dialog(self):
        return self.connection.open_dialog()

    def show_conflicts(self) -> None:
        self.conflicts.show_all()

    def send_current(self) -> None:
        self.sending.send_current()

    def retranslate(self) -> None:
        self.actions.retranslate()

    # ------------------------------------------------------------------ state
    def status(self, message: str, ms: int = 10_000) -> None:
        self.host.status(message, ms)

    def show_state(self) -> None:
        self.host.set_online_state(*online_state(self.config, self.syncing, self.reachable, self.last_report))

    def _on_workspace(self, _path: str) -> None:
        self.watch.stop()
        self.reachable, self.last_report, self.config = None, None, {}
        self.conflicts.reset()

        def read(ws) -> dict[str, str]:
            return {k: ws.settings.get(key) or "" for k, key in SETTING_KEYS.items()}

        self.host.controller.read(read, self.configured)

    def configured(self, config: dict[str, str]) -> None:
        """The server settings of the workspace (read at opening, or just entered): watch that server."""
        self.config = config
        self.show_state()
        if config.get("url"):
            self.watch.start(config)

    def apply(self, changes: Changes, on_done: Any = None) -> None:
        """Show what the sync changed: only the rows `changes` names are read and refreshed."""
        def done(result: Changes | None) -> None:
            self.watch.quiet = False
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            self.watch.quiet = False
            log.error("applying a sync's changes failed", exc_info=exc)
            done(None)

        self.watch.quiet = True  # the outbox count this brings starts no push
        self.host.controller.run(lambda _ws: changes, done, failed, origin=self)

    # ------------------------------------------------------------------ syncing
    def sync_now(self, user: bool = True) -> bool:
        """Start a sync on the sync thread (queued once more when one is running); False when not started."""
        ws = self.host.workspace
        if ws is None:
            return False
        if not self.config.get("url"):
            if user:
                self.connect_dialog()
            return False
        if self.syncing:
            self._again = True
            self._user_sync = self._user_sync or user
            return False
        if not user and self.reachable is False:
            return False
        self.watch.push_timer.stop()
        self.syncing = True
        self._user_sync = user
        self.show_state()
        self.status(QCoreApplication.translate("SyncController", "Synchronisation…"), 0)
        config, session, worker = dict(self.config), self.session, self.worker

        def job() -> SyncOutcome:
            from app.sync import reachability
            from app.sync.engine import SyncReport

            verify, cert = tls(config)
            online, detail = reachability.probe(config["url"], 3.0, verify=verify, cert=cert)
            if not online:
                unreachable = SyncReport(offline=True)
                unreachable.say(detail)
                return SyncOutcome(unreachable)
            engine = session.engine_for(ws, config)
            report = engine.run(progress=worker.report_progress)
            return SyncOutcome(report, gather(ws, engine) if report.conflicts else [])

        self.worker.submit(job, self._synced, self._sync_failed)
        return True

    def _sync_failed(self, exc: BaseException) -> None:
        log.error("sync failed", exc_info=exc)
        from app.sync.engine import SyncReport

        report = SyncReport()
        report.say(exc if isinstance(exc, Refusal) else (str(exc) or type(exc).__name__))
        self._synced(SyncOutcome(report))

    def _synced(self, outcome: SyncOutcome) -> None:
        report = outcome.report
        self.syncing = False
        self.last_report = report
        if report.offline:
            self.reachable = False
        elif report.ok:
            self.reachable = True
        self.show_state()
        self.status(summary(report, self.pending), 15_000)
        if report.errors and not report.offline and self._user_sync:
            text = QCoreApplication.translate("SyncController", "La synchronisation n'a pas abouti : {0}")
            self.host.show_refusal(text.format(report_lines(report)[0]))
        user = self._user_sync

        def applied(_changes: Changes | None) -> None:
            self.conflicts.queue(outcome.conflicts, user)
            self.syncFinished.emit(report)
            if self._again:
                self._again = False
                self.sync_now(user=self._user_sync)

        self.apply(report.changes, applied)

    # ------------------------------------------------------------------ closing
    def close(self) -> None:
        """Stop the watcher and timers, close the client (a request in flight fails, retries stop), and wait
        for the sync thread at most CLOSE_WAIT_S: a stalled server never holds the window open. What the
        server has not confirmed stays in the outbox for the next sync."""
        self.watch.stop()
        self.session.drop()
        self.worker.shutdown(wait=True, timeout=CLOSE_WAIT_S)
