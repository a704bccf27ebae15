"""Conflicts with the server, one dialog after the other: a fiche changed on both sides (choose field by
field, then the merge is sent), or a unit deleted on the server while a change of it waited here (send it
again, or accept the deletion). A conflict put off stays in *Serveur > Résoudre les conflits…*.
Texts keep the SyncController translation context."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.models.changes import Changes
from app.views.conflict_dialogs import ConflictDialog, DeletedConflictDialog
from app.views.refusal_text import error_text
from app.views.sync_host import SyncCore
from app.views.sync_outcome import summary


@dataclass
class DeletedConflict:
    """A unit deleted on the server while a local change of it waited (its change is parked meanwhile)."""

    node_id: int
    name: str
    server_version: str | None = None
    reason: str = "deleted"
    fields: list[Any] = field(default_factory=list)


def gather(ws: Any, engine: Any) -> list[Any]:
    """(sync thread) Every conflict waiting for a choice: the engine's field by field ones, then deletions."""
    found = list(engine.conflicts())
    known = {c.node_id for c in found}
    for node_id in ws.conflicts.nodes():
        kept = ws.conflicts.of(node_id) if node_id not in known else None
        if kept is not None and kept.reason == "deleted":
            found.append(DeletedConflict(node_id, ws.nodes.get(node_id).name, kept.server_version))
    return found


def is_deleted(conflict: Any) -> bool:
    return getattr(conflict, "reason", "changed") == "deleted"


class ConflictQueue(QObject):
    settled = Signal()  # every conflict shown was answered (chosen or put off)

    def __init__(self, core: SyncCore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.dialog: ConflictDialog | DeletedConflictDialog | None = None
        self._queue: list[Any] = []
        self._seen: set[tuple[int, str | None]] = set()

    def reset(self) -> None:
        """Another workspace: conflicts already shown are shown again."""
        self._seen.clear()

    def show_all(self) -> None:
        """"Résoudre les conflits…": every conflict still waiting for a choice."""
        core = self.core
        ws = core.host.workspace
        if ws is None:
            return
        config, session = dict(core.config), core.session

        def done(conflicts: list[Any]) -> None:
            if not conflicts:
                core.status(QCoreApplication.translate("SyncController", "Aucun conflit à résoudre."))
            self.queue(conflicts, True)

        core.worker.submit(lambda: gather(ws, session.local_engine(ws, config)), done,
                           lambda exc: core.host.show_refusal(error_text(exc)))

    def queue(self, conflicts: list[Any], user: bool) -> None:
        """Show these conflicts one by one (after a sync, those already shown once are not shown again)."""
        fresh = [c for c in conflicts if user or (c.node_id, c.server_version) not in self._seen]
        queued = {c.node_id for c in self._queue}
        self._queue.extend(c for c in fresh if c.node_id not in queued)
        if self.dialog is None:
            self._next()

    def _next(self) -> None:
        if not self._queue:
            self.dialog = None
            self.settled.emit()
            return
        conflict = self._queue.pop(0)
        self._seen.add((conflict.node_id, conflict.server_version))
        left = len(self._queue)
        position = QCoreApplication.translate("SyncController", "(encore {0} après celui-ci)").format(left) \
            if left else ""
        host = self.core.host
        kind = DeletedConflictDialog if is_deleted(conflict) else ConflictDialog
        dialog = kind(conflict, position, host.widget())
        self.dialog = dialog
        if conflict.node_id in host.tree:
            host.select_node(conflict.node_id)
        dialog.accepted.connect(lambda: self._resolve(conflict, dialog))
        dialog.rejected.connect(self._postpone)
        dialog.open()

    def _postpone(self) -> None:
        self.core.status(QCoreApplication.translate(
            "SyncController", "Conflit laissé en attente : « Serveur > Résoudre les conflits… » pour y "
                              "revenir."))
        self._next()

    def _resolve(self, conflict: Any, dialog: Any) -> None:
        if is_deleted(conflict):
            self._resolve_deleted(conflict.node_id, dialog.keep())
            return
        core = self.core
        ws, config, session = core.host.workspace, dict(core.config), core.session
        node_id, choices = conflict.node_id, dialog.choices()

        def done(report: Any) -> None:
            if report is not None:
                core.last_report = report
                core.show_state()
                text = QCoreApplication.translate("SyncController", "Conflit résolu : {0}")
                core.status(text.format(summary(report, 0)))
            core.apply(report.changes if report is not None else Changes(), lambda _ch: self._next())

        def failed(exc: BaseException) -> None:
            core.host.show_refusal(error_text(exc))
            self._next()

        core.worker.submit(lambda: session.engine_for(ws, config).resolve(node_id, choices), done, failed)

    def _resolve_deleted(self, node_id: int, keep: bool) -> None:
        """Send it again (a new creation goes to the outbox) or accept the deletion (the unit goes away)."""
        core = self.core

        def done(_changes: Changes) -> None:
            if keep and core.config.get("url") and core.reachable is not False:
                core.sync_now(user=False)
            self._next()

        def failed(exc: BaseException) -> None:
            core.host.show_refusal(error_text(exc))
            self._next()

        core.host.controller.run(lambda ws: ws.conflicts.resolve_deleted(node_id, keep), done, failed,
                                 origin=core)
