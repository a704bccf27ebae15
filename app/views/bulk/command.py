"""A bulk edit as one undoable step: forward writes every accepted unit in one transaction, backward puts them
all back in one transaction (Ctrl+Z undoes the whole edit)."""
from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.models.bulk import BulkRecord, Plan
from app.models.changes import Changes
from app.models.store import Workspace
from app.views.commands import Runner, StoreCommand


class BulkCommand(StoreCommand):
    """The first run may be cancelled (checked between batches, rolled back) and reports progress; a redo runs
    without either."""

    def __init__(self, controller: Runner, plan: Plan, cancel: threading.Event | None = None,
                 progress: Callable[[int, int], None] | None = None) -> None:
        writes = plan.writes()
        text = QCoreApplication.translate("Commands", "Modification groupée de {0} unité(s)").format(len(writes))
        super().__init__(controller, text)
        self.writes = writes
        self.cancel = cancel
        self.progress = progress
        self.records: list[BulkRecord] = []
        self.opened: set[int] = set()

    def forward(self, ws: Workspace) -> Changes:
        records: list[BulkRecord] = []
        cancelled = self.cancel.is_set if self.cancel is not None else None
        changes = ws.bulk.apply(self.writes, cancelled=cancelled, progress=self.progress, records=records)
        self.records, self.opened = records, set(changes.dossiers)
        self.cancel = self.progress = None  # a redo is never cancelled half-way
        return changes

    def backward(self, ws: Workspace) -> Changes:
        return ws.bulk.revert(self.records, self.opened)
