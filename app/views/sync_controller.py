"""The window's link to the ROR server: the "Serveur" menu, the online state, syncs, conflicts, sending dossiers.

Everything that talks to the network runs on the sync thread (`SyncWorker`); the workspace is reached there
through the store's own lock, and screen updates come back through the controller's DB worker like any other
write. A reachability watcher drives the status bar; when the server comes back with work waiting in the
outbox, a sync starts by itself, and a write made while online is pushed after a short delay.

    sync = SyncController(window)      # made by MainWindow; menus["server"], toolbar actions
    sync.sync_now()                     # F5
    sync.send_current()                 # "Envoyer pour validation…" on the selected node's EG/EJ
    sync.syncFinished -> SyncReport     # after the tree, banner and pending count are refreshed
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QStyle

from app.models.changes import Changes

from app.models.rows import TREE_COLUMNS
from app.sync import reachability
from app.sync.engine import SyncEngine, SyncReport
from app.views.sync_account import check_account, keep_login, tls_of
from app.views.sync_dialogs import ConflictDialog, DirectionDialog, ServerDialog
from app.views.sync_worker import ReachabilityWatcher, SyncWorker

if TYPE_CHECKING:
    from app.views.main_window import MainWindow

log = logging.getLogger(__name__)

SETTING_KEYS = {"url": "server_url", "user": "server_user", "ca_bundle": "server_ca_bundle",
                "client_cert": "server_client_cert", "client_key": "server_client_key"}
STRUCTURE_KINDS = ("EG", "EJ")


@dataclass
class SyncOutcome:
    report: SyncReport
    conflicts: list[Any] = field(default_factory=list)


def tree_diff(known: dict[int, Any], rows: list[Any]) -> Changes:
    """The change set that brings a tree holding `known` rows to `rows` (the workspace's live nodes)."""
    changes = Changes()
    seen = set()
    for row in rows:
        seen.add(row.id)
        old = known.get(row.id)
        if old is None:
            changes.inserted.add(row.id)
        elif any(getattr(old, c) != v for c, v in zip(TREE_COLUMNS, row, strict=True)):
            changes.updated.add(row.id)
            if old.parent_id != row.parent_id:
                changes.moved.add(row.id)
    changes.removed = set(known) - seen
    return changes


class SyncController(QObject):
    syncFinished = Signal(object)  # SyncReport, once the window shows its result
    connected = Signal(bool, str)  # the connection dialog's outcome: ok, French detail
    conflictsSettled = Signal()  # every conflict shown after a sync was answered (chosen or postponed)

    def __init__(self, window: MainWindow, watch_interval: float = 15.0, push_delay_ms: int = 2000,
                 auto_interval_ms: int = 300_000) -> None:
        super().__init__(window)
        self.window = window
        self.watch_interval = watch_interval
        self.worker = SyncWorker(self)
        self.watcher = ReachabilityWatcher(self)
        self.config: dict[str, str] = {}
        self.reachable: bool | None = None
        self.syncing = False
        self.pending = 0
        self.last_report: SyncReport | None = None
        self.server_dialog: ServerDialog | None = None
        self.direction_dialog: DirectionDialog | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._again = False
        self._quiet = False
        self._user_sync = False
        self._conflict_queue: list[Any] = []
        self._seen_conflicts: set[tuple[int, str | None]] = set()
        # Touched only on the sync thread:
        self._session: tuple[tuple, SyncEngine, Any] | None = None
        self._memory_password: str | None = None
        self._push_timer = QTimer(self)
        self._push_timer.setSingleShot(True)
        self._push_timer.setInterval(push_delay_ms)
        self._push_timer.timeout.connect(lambda: self.sync_now(user=False))
        self._auto_timer = QTimer(self)
        self._auto_timer.setInterval(auto_interval_ms)
        self._auto_timer.timeout.connect(lambda: self.sync_now(user=False))
        self._build()
        c = window.controller
        c.pendingChanged.connect(self._on_pending)
        window.workspaceOpened.connect(self._on_workspace)
        self.watcher.changed.connect(self._on_reachability)
        self.worker.progress.connect(self._on_progress)
        self.retranslate()

    # ================================================================== menu and toolbar
    def _build(self) -> None:
        w = self.window
        sp = QStyle.StandardPixmap
        self.act_connect = self._action(None, sp.SP_DriveNetIcon, self.connect_dialog)
        self.act_sync = self._action("F5", sp.SP_BrowserReload, lambda: self.sync_now(user=True))
        self.act_send = self._action("Ctrl+Shift+V", sp.SP_DialogYesButton, self.send_current)
        self.act_conflicts = self._action(None, sp.SP_MessageBoxWarning, self.show_conflicts)
        self.menu = QMenu(w)
        self.menu.addActions([self.act_connect, self.act_sync])
        self.menu.addSeparator()
        self.menu.addActions([self.act_send, self.act_conflicts])
        w.menuBar().insertMenu(w.menu_help.menuAction(), self.menu)
        w.menus["server"] = self.menu
        w.toolbar.addSeparator()
        w.toolbar.addActions([self.act_sync, self.act_send])

    def _action(self, shortcut: str | None, icon, slot) -> QAction:
        act = QAction(self.window)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.setIcon(self.window.style().standardIcon(icon))
        act.triggered.connect(slot)
        self.window.addAction(act)
        return act

    def retranslate(self) -> None:
        s = self.window._set  # noqa: SLF001 - the window's own helper for text + tooltip
        s(self.act_connect, self.tr("&Connexion au serveur…"),
          self.tr("Adresse du serveur ROR, identifiant et mot de passe"))
        s(self.act_sync, self.tr("&Synchroniser"), self.tr("Envoyer les modifications et recevoir celles du "
                                                           "serveur (F5)"))
        s(self.act_send, self.tr("&Envoyer pour validation…"),
          self.tr("Envoyer le dossier de l'établissement choisi au validateur (Ctrl+Maj+V)"))
        s(self.act_conflicts, self.tr("&Résoudre les conflits…"),
          self.tr("Choisir entre votre version et celle du serveur"))
        self.act_sync.setIconText(self.tr("Synchroniser"))
        self.act_send.setIconText(self.tr("Envoyer pour validation"))
        self.menu.setTitle(self.tr("Ser&veur"))

    # ================================================================== state
    def _status(self, message: str, ms: int = 10_000) -> None:
        self.window.statusBar().showMessage(message, ms)

    def _show_state(self) -> None:
        """The status bar's dot: syncing, else what the last sync or the watcher said."""
        w = self.window
        if not self.config.get("url"):
            w.set_online_state("unknown", "")
        elif self.syncing:
            w.set_online_state("syncing", self.config["url"])
        elif self.reachable is False:
            w.set_online_state("offline", self.tr("Serveur injoignable : les modifications restent en attente "
                                                  "et partiront dès son retour."))
        elif self.last_report is not None and self.last_report.errors:
            w.set_online_state("error", "\n".join(self.last_report.errors))
        elif self.reachable:
            w.set_online_state("online", self.config["url"])
        else:
            w.set_online_state("offline", self.tr("Vérification du serveur…"))

    def _on_workspace(self, _path: str) -> None:
        self.watcher.stop(wait=0)
        self._auto_timer.stop()
        self.reachable, self.last_report, self.config = None, None, {}
        self._seen_conflicts.clear()

        def read(ws) -> dict[str, str]:
            return {k: ws.settings.get(key) or "" for k, key in SETTING_KEYS.items()}

        self.window.controller.read(read, self._configured)

    def _configured(self, config: dict[str, str]) -> None:
        self.config = config
        self._show_state()
        if config.get("url"):
            verify, cert = tls_of(config.get("ca_bundle"), config.get("client_cert"), config.get("client_key"))
            self.watcher.start(config["url"], verify, cert, interval=self.watch_interval)
            self._auto_timer.start()

    def _on_reachability(self, online: bool, detail: str) -> None:
        was = self.reachable
        self.reachable = online
        if online and self.last_report is not None and self.last_report.offline:
            self.last_report = None
        self._show_state()
        if not online:
            self._status(detail)
        elif was is None:  # first answer after opening: catch up with the server (Tasks, pulls)
            self.sync_now(user=False)
        elif was is False and self.pending > 0:
            self._status(self.tr("Serveur de nouveau joignable : envoi des modifications en attente."))
            self.sync_now(user=False)

    def _on_pending(self, n: int) -> None:
        self.pending = n
        if n > 0 and not self._quiet and self.reachable and self.config.get("url"):
            self._push_timer.start()

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        label = {"push": self.tr("envoi des modifications"), "send": self.tr("envoi du dossier"),
                 "pull": self.tr("réception")}.get(stage, stage)
        count = f"{done}/{total}" if total else str(done)
        self._status(self.tr("Synchronisation : {0} ({1})").format(label, count), 0)

    # ================================================================== connection
    def connect_dialog(self) -> ServerDialog:
        """Open the connection dialog (non-blocking); OK checks the account on the server first."""
        c = self.config
        dialog = ServerDialog(c.get("url", ""), c.get("user", ""), c.get("ca_bundle", ""),
                              c.get("client_cert", ""), c.get("client_key", ""), self.window)
        dialog.submitted.connect(lambda: self._connect(dialog))
        self.server_dialog = dialog
        dialog.open()
        return dialog

    def _connect(self, dialog: ServerDialog) -> None:
        values = dialog.values()
        ws = self.window.workspace
        if ws is None:
            dialog.show_error(self.tr("Ouvrez d'abord un espace de travail."))
            return
        if not values["url"].startswith(("http://", "https://")):
            dialog.show_error(self.tr("Adresse de serveur invalide : elle commence par https://"))
            return
        if not values["user"]:
            dialog.show_error(self.tr("L'identifiant est obligatoire."))
            return
        values["url"] = values["url"].rstrip("/")

        def job() -> tuple[Any, bool]:
            from app.sync.auth import Secrets

            password = values["password"] or Secrets(values["url"], values["user"]).password()
            if not password:
                return None, False
            verify, cert = tls_of(values["ca_bundle"], values["client_cert"], values["client_key"])
            check = check_account(values["url"], values["user"], password, verify, cert)
            stored = True
            if check.ok or (check.kind == "offline" and values["password"]):
                stored = keep_login(values["url"], values["user"], password, check.refresh_token)
                self._memory_password = None if stored else password
                for k, key in SETTING_KEYS.items():
                    ws.settings.set(key, values[k] or None)
                self._drop_session()
            return check, stored

        self.worker.submit(job, lambda result: self._connected(dialog, values, *result),
                           lambda exc: dialog.show_error(str(exc)))

    def _connected(self, dialog: ServerDialog, values: dict[str, str], check, stored: bool) -> None:
        if check is None:
            dialog.show_error(self.tr("Mot de passe obligatoire : aucun n'est enregistré pour ce compte."))
            return
        if not check.ok and check.kind != "offline":
            text = {"refused": self.tr("Le serveur a refusé l'identifiant « {0} » ou son mot de passe.")
                    .format(values["user"])}.get(check.kind, check.message)
            dialog.show_error(text)
            self.connected.emit(False, text)
            return
        dialog.accept()
        self.last_report = None
        self._configured({k: values[k] for k in SETTING_KEYS})
        if not stored:
            self._status(self.tr("Pas de trousseau système : le mot de passe est gardé en mémoire jusqu'à la "
                                 "fermeture de l'application."), 20_000)
        if check.ok:
            self.connected.emit(True, self.tr("Connecté à {0}").format(values["url"]))
            self.sync_now(user=True)
        else:
            self.reachable = False
            self._show_state()
            text = self.tr("Serveur injoignable : la connexion sera vérifiée dès qu'il répondra.")
            self._status(text)
            self.connected.emit(True, text)

    # ================================================================== sync thread helpers
    def _drop_session(self) -> None:
        """(sync thread) Forget the engine and close its client."""
        if self._session is not None:
            _key, _engine, client = self._session
            self._session = None
            try:
                client.close()
            except Exception:  # noqa: BLE001 - closing a broken client must not stop anything
                log.debug("closing the sync client failed", exc_info=True)

    def _engine(self, ws, config: dict[str, str]) -> SyncEngine:
        """(sync thread) The engine of this workspace and server, opened on first use."""
        from app.sync.session import open_session

        key = (id(ws), *(config.get(k, "") for k in SETTING_KEYS))
        if self._session is not None and self._session[0] == key:
            return self._session[1]
        self._drop_session()
        verify, cert = tls_of(config.get("ca_bundle"), config.get("client_cert"), config.get("client_key"))
        engine, client = open_session(ws, config["url"], config["user"] or "demo",
                                      ask=lambda: self._memory_password, verify=verify, cert=cert)
        self._session = (key, engine, client)
        return engine

    # ================================================================== syncing
    def sync_now(self, user: bool = True) -> bool:
        """Start a sync on the sync thread (queued once more when one is running); False when not started."""
        ws = self.window.workspace
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
        self._push_timer.stop()
        self.syncing = True
        self._user_sync = user
        self._show_state()
        self._status(self.tr("Synchronisation…"), 0)
        config = dict(self.config)

        def job() -> SyncOutcome:
            verify, cert = tls_of(config.get("ca_bundle"), config.get("client_cert"), config.get("client_key"))
            online, detail = reachability.probe(config["url"], 3.0, verify=verify, cert=cert)
            if not online:
                return SyncOutcome(SyncReport(offline=True, errors=[detail]))
            engine = self._engine(ws, config)
            report = engine.run(progress=self.worker.report_progress)
            return SyncOutcome(report, engine.conflicts() if report.conflicts else [])

        self.worker.submit(job, self._synced, self._sync_failed)
        return True

    def _sync_failed(self, exc: BaseException) -> None:
        log.error("sync failed", exc_info=exc)
        self._synced(SyncOutcome(SyncReport(errors=[str(exc) or type(exc).__name__])))

    def _synced(self, outcome: SyncOutcome) -> None:
        report = outcome.report
        self.syncing = False
        self.last_report = report
        if report.offline:
            self.reachable = False
        elif report.ok:
            self.reachable = True
        self._show_state()
        self._status(self._summary(report), 15_000)
        if report.errors and not report.offline and self._user_sync:
            self.window.show_refusal(self.tr("La synchronisation n'a pas abouti : {0}").format(report.errors[0]))
        user = self._user_sync

        def refreshed(_changes=None) -> None:
            self._queue_conflicts(outcome.conflicts, user)
            self.syncFinished.emit(report)
            if self._again:
                self._again = False
                self.sync_now(user=self._user_sync)

        self.refresh_tree(refreshed)

    def _summary(self, report: SyncReport) -> str:
        if report.offline:
            return self.tr("Hors ligne : {0} modification(s) en attente d'envoi.").format(self.pending)
        text = self.tr("Synchronisation terminée : {0} envoyée(s), {1} reçue(s), {2} conflit(s).").format(
            report.pushed, report.pulled, report.conflicts)
        if report.sent:
            text += " " + self.tr("Dossier envoyé pour validation.")
        if report.published:
            text += " " + self.tr("{0} dossier(s) validé(s) et publié(s).").format(report.published)
        if report.rejected:
            text += " " + self.tr("{0} dossier(s) refusé(s) par le validateur.").format(report.rejected)
        if report.errors:
            text += " " + self.tr("Erreur : {0}").format(report.errors[0])
        return text

    def refresh_tree(self, on_done=None) -> None:
        """Bring the tree, the pending count and the banner in step with the workspace after a sync."""
        known = dict(self.window.model.tree.nodes)

        def op(ws) -> Changes:
            changes = tree_diff(known, ws.tree.rows())
            changes.dossiers = {d.id for d in ws.dossiers.all()}
            return changes

        def done(changes: Changes) -> None:
            self._quiet = False
            if on_done is not None:
                on_done(changes)

        def failed(_exc: BaseException) -> None:
            self._quiet = False
            if on_done is not None:
                on_done(None)

        self._quiet = True
        self.window.controller.run(op, done, failed)

    # ================================================================== conflicts
    def show_conflicts(self) -> None:
        """"Résoudre les conflits…": every conflict still waiting for a choice."""
        ws = self.window.workspace
        if ws is None:
            return
        config = dict(self.config)

        def job() -> list[Any]:
            engine = self._engine(ws, config) if config.get("url") else SyncEngine(ws, _NoClient())
            return engine.conflicts()

        def done(conflicts: list[Any]) -> None:
            if not conflicts:
                self._status(self.tr("Aucun conflit à résoudre."))
            self._queue_conflicts(conflicts, True)

        self.worker.submit(job, done, lambda exc: self.window.show_refusal(str(exc)))

    def _queue_conflicts(self, conflicts: list[Any], user: bool) -> None:
        fresh = [c for c in conflicts if user or (c.node_id, c.server_version) not in self._seen_conflicts]
        queued = {c.node_id for c in self._conflict_queue}
        self._conflict_queue.extend(c for c in fresh if c.node_id not in queued)
        if self.conflict_dialog is None:
            self._next_conflict()

    def _next_conflict(self) -> None:
        if not self._conflict_queue:
            self.conflict_dialog = None
            self.conflictsSettled.emit()
            return
        conflict = self._conflict_queue.pop(0)
        self._seen_conflicts.add((conflict.node_id, conflict.server_version))
        left = len(self._conflict_queue)
        dialog = ConflictDialog(conflict, self.tr("(encore {0} après celui-ci)").format(left) if left else "",
                                self.window)
        self.conflict_dialog = dialog
        if conflict.node_id in self.window.model.tree:
            self.window.select_node(conflict.node_id)
        dialog.accepted.connect(lambda: self._resolve(conflict.node_id, dialog.choices()))
        dialog.rejected.connect(self._postpone)
        dialog.open()

    def _postpone(self) -> None:
        self._status(self.tr("Conflit laissé en attente : « Serveur > Résoudre les conflits… » pour y revenir."))
        self._next_conflict()

    def _resolve(self, node_id: int, choices: dict[str, str]) -> None:
        ws, config = self.window.workspace, dict(self.config)

        def job() -> SyncReport | None:
            return self._engine(ws, config).resolve(node_id, choices)

        def done(report: SyncReport | None) -> None:
            if report is not None:
                self.last_report = report
                self._show_state()
                self._status(self.tr("Conflit résolu : {0}").format(self._summary(report)))
            self.refresh_tree(lambda _c: self._next_conflict())

        def failed(exc: BaseException) -> None:
            self.window.show_refusal(str(exc))
            self._next_conflict()

        self.worker.submit(job, done, failed)

    # ================================================================== sending a dossier
    def structure_of(self, node_id: int | None) -> int | None:
        """The EG or EJ a node belongs to (itself when it is one)."""
        tree = self.window.model.tree
        if node_id is None or node_id not in tree:
            return None
        for nid in (node_id, *reversed(tree.ancestors(node_id))):
            if tree.nodes[nid].kind in STRUCTURE_KINDS:
                return nid
        return None

    def send_current(self) -> None:
        """"Envoyer pour validation…" on the selected node's structure."""
        structure_id = self.structure_of(self.window.current_node_id())
        if structure_id is None:
            self.window.show_refusal(self.tr("Choisissez un établissement ou une de ses unités pour envoyer son "
                                             "dossier."))
            return
        row = self.window.model.tree.nodes[structure_id]
        self.window.controller.read(lambda ws: ws.dossiers.of(structure_id),
                                    lambda d: self._confirm_send(row, d))

    def _confirm_send(self, row, dossier) -> None:
        if dossier is not None and dossier.state == "awaiting_direction":
            self.ask_direction(row)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Envoyer pour validation"),
                          self.tr("Envoyer le dossier de « {0} » au validateur ?\nLes fiches ne pourront plus être "
                                  "modifiées avant sa réponse.").format(row.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Envoyer"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Annuler"))
        self.confirm_box = box

        def finished(_result: int) -> None:
            self.confirm_box = None
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.window.controller.run(lambda ws: ws.dossiers.send(row.id, direction_confirmed=False),
                                           lambda _ch: self._after_send(row))

        box.finished.connect(finished)
        box.open()

    def _after_send(self, row) -> None:
        def state(d) -> None:
            if d is not None and d.state == "awaiting_direction":
                self.ask_direction(row)
            else:
                self._queued()

        self.window.controller.read(lambda ws: ws.dossiers.of(row.id), state)

    def _queued(self) -> None:
        self.window.refresh_fiche()
        if self.config.get("url") and self.reachable is not False:
            self._status(self.tr("Dossier prêt : envoi au serveur…"))
            self.sync_now(user=False)
        else:
            self._status(self.tr("Dossier prêt, en attente d'envoi (hors ligne) : il partira dès que le serveur "
                                 "sera joignable."), 20_000)

    def ask_direction(self, row) -> DirectionDialog:
        """The Direction account's identifier and password, checked on the server's token endpoint."""
        dialog = DirectionDialog(row.name, self.window)
        dialog.submitted.connect(lambda: self._check_direction(dialog, row))
        self.direction_dialog = dialog
        self.window.refresh_fiche()
        dialog.open()
        return dialog

    def _check_direction(self, dialog: DirectionDialog, row) -> None:
        user, password = dialog.values()
        config = dict(self.config)
        if not config.get("url"):
            dialog.show_error(self.tr("Connectez-vous d'abord au serveur : le compte Direction y est vérifié."))
            return
        if not user or not password:
            dialog.show_error(self.tr("Identifiant et mot de passe du compte Direction sont obligatoires."))
            return
        if user.casefold() == (config.get("user") or "").casefold():
            dialog.show_error(self.tr("La confirmation doit venir d'un compte Direction, pas du compte du "
                                      "référent ({0}).").format(config.get("user")))
            return

        def job():
            verify, cert = tls_of(config.get("ca_bundle"), config.get("client_cert"), config.get("client_key"))
            return check_account(config["url"], user, password, verify, cert)

        def done(check) -> None:
            if not check.ok:
                dialog.show_error({
                    "refused": self.tr("Le serveur a refusé l'identifiant « {0} » ou son mot de passe.").format(user),
                    "offline": self.tr("Serveur injoignable : le compte Direction n'a pas pu être vérifié. Le "
                                       "dossier attend cette confirmation."),
                }.get(check.kind, check.message))
                return
            dialog.accept()
            self.window.controller.run(lambda ws: ws.dossiers.send(row.id, direction_confirmed=True),
                                       lambda _ch: self._queued())

        self.worker.submit(job, done, lambda exc: dialog.show_error(str(exc)))

    # ================================================================== closing
    def close(self) -> None:
        """Stop the watcher and timers, close the client, wait for the sync thread."""
        self._push_timer.stop()
        self._auto_timer.stop()
        self.watcher.stop(wait=0)
        self.worker.shutdown(wait=True)
        self._drop_session()


class _NoClient:
    """Stands for a FhirClient when only local conflict data are read (no server configured)."""

    on_exchange = None
