"""*Finaliser les fiches complètes* as one undoable step: every fiche of the dossier nothing blocks is finalised
in one transaction, and one Ctrl+Z takes all of them back (their outbox entries withdrawn while pending)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.changes import Changes
from app.models.store import Workspace
from app.views.commands import Runner, StoreCommand


class FinaliseCompleteCommand(StoreCommand):
    def __init__(self, controller: Runner, structure_id: int, name: str) -> None:
        super().__init__(controller, QCoreApplication.translate(
            "Dossiers", "Finaliser les fiches complètes de « {0} »").format(name))
        self.structure_id = structure_id
        self.ids: list[int] = []
        self.entries: set[int] = set()

    def forward(self, ws: Workspace) -> Changes:
        changes, self.ids, self.entries = ws.dossiers.finalise_complete(self.structure_id)
        return changes

    def backward(self, ws: Workspace) -> Changes:
        return ws.dossiers.unfinalise(self.ids, self.entries)
