"""A bulk edit from the selection to the undo stack: choose the change, plan it off the GUI thread, preview it,
apply the accepted units as one undoable step.

The planning and the writing run on the DB worker with a progress dialog whose *Annuler* is checked between
batches: a cancelled plan shows nothing, a cancelled write is rolled back (one transaction), so nothing is ever
half-applied and the window never waits.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog

from app.models import bulk
from app.models.bulk import BulkChange, Cancelled, Plan
from app.models.changes import Changes
from app.models.kinds import Kind
from app.views.bulk.change_dialog import ChangeDialog
from app.views.bulk.command import BulkCommand
from app.views.bulk.preview_dialog import PreviewDialog
from app.views.refusal_text import refusal_text

LARGE = 200  # from this many units the progress dialog shows at once


class BulkEdit(QObject):
    """One bulk edit on `node_ids` (EGs, UOs or any node: every UO under them). `planned(plan)` once the preview
    can show, `finished(changes)` once written (None when cancelled or refused)."""

    moved = Signal(int, int)  # done, total: from the worker thread, delivered on the GUI thread
    planned = Signal(object)
    finished = Signal(object)

    def __init__(self, window: Any, node_ids: Iterable[int]) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.node_ids = list(dict.fromkeys(node_ids))
        self.cancel = threading.Event()
        self.change_dialog: ChangeDialog | None = None
        self.preview: PreviewDialog | None = None
        self.progress: QProgressDialog | None = None
        self.plan: Plan | None = None
        self.command: BulkCommand | None = None
        self.moved.connect(self._moved)

    def unit_count(self) -> int:
        """The UOs the selection covers, from the tree in memory (the store reads them again to plan)."""
        tree = self.controller.tree
        found: set[int] = set()
        for node_id in self.node_ids:
            if node_id not in tree:
                continue
            for i in (node_id, *tree.descendants(node_id)):
                if tree.nodes[i].kind == Kind.UO:
                    found.add(i)
        return len(found)

    # ------------------------------------------------------------------ steps
    def start(self) -> bool:
        """Ask what to change; False (with a sentence) when the selection holds no unit."""
        count = self.unit_count()
        if self.controller.workspace is None or not count:
            self.window.show_refusal(self.tr("Sélectionnez des unités opérationnelles, ou les établissements qui "
                                             "les contiennent, pour une modification groupée."))
            return False
        self.change_dialog = ChangeDialog(count, self.window)
        self.change_dialog.accepted.connect(lambda: self.plan_change(self.change_dialog.change()))
        self.change_dialog.open()
        return True

    def plan_change(self, change: BulkChange | None) -> None:
        """Plan on the worker; the preview opens when it is done."""
        if change is None:
            return
        self.cancel.clear()
        self._progress_dialog(self.tr("Préparation de l'aperçu…"))
        ids, cancel, moved = list(self.node_ids), self.cancel, self.moved.emit

        def job(ws: Any) -> Plan:
            units = ws.bulk.units(ids)
            return bulk.plan(units, change, progress=moved, cancelled=cancel.is_set)

        self.controller.read(job, self._planned, self._failed)

    def _planned(self, plan: Plan) -> None:
        self._close_progress()
        self.plan = plan
        self.preview = PreviewDialog(plan, self.window)
        self.preview.accepted.connect(self.apply)
        self.preview.open()
        self.planned.emit(plan)

    def apply(self) -> None:
        """Write the accepted units as one undoable step."""
        if self.plan is None or not self.plan.accepted:
            return
        self.cancel.clear()
        self._progress_dialog(self.tr("Modification de {0} unité(s)…").format(len(self.plan.accepted)))
        command = self.command = BulkCommand(self.controller, self.plan, self.cancel, self.moved.emit)

        def done(changes: Changes) -> None:
            self.controller.stack.push(command)
            self._close_progress()
            self.window.status(self.tr("{0} unité(s) modifiée(s) : Ctrl+Z annule toute la modification groupée.")
                               .format(len(changes.updated)))
            self.finished.emit(changes)

        self.controller.run(command.forward, on_done=done, on_error=self._failed, origin=self)

    # ------------------------------------------------------------------ progress and failures
    def _progress_dialog(self, label: str) -> None:
        dialog = QProgressDialog(label, self.tr("Annuler"), 0, 0, self.window)
        dialog.setObjectName("bulkProgress")
        dialog.setWindowTitle(self.tr("Modification groupée"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0 if self.unit_count() >= LARGE else 800)
        dialog.canceled.connect(self.cancel.set)
        self.progress = dialog

    def _moved(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, total))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel.set)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        if isinstance(exc, Cancelled):
            self.window.status(refusal_text(exc))
        else:
            self.window.show_refusal(refusal_text(exc))
        self.finished.emit(None)
