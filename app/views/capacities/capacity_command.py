"""One accepted change of a row's figures as an undoable command: forward writes the new counts, backward the
old ones, both through `ws.capacities.set` (stamped now, source "Saisie manuelle") on the DB worker."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from app.models.capacities import CapacityRow
from app.models.changes import Changes
from app.views.capacities.labels import nature_label
from app.views.commands import Runner, StoreCommand


class CapacityCommand(StoreCommand):
    def __init__(self, controller: Runner, row: CapacityRow, counts: Mapping[str, int | None]) -> None:
        text = QCoreApplication.translate("Commands", "Modifier les {0} de « {1} »")
        super().__init__(controller, text.format(nature_label(row.nature).lower(), row.uo_name))
        self.row = row
        statuses = set(row.counts) | set(counts)  # a figure added forward is cleared backward (None)
        self.old = {s: row.counts.get(s) for s in statuses}
        self.new = {s: counts.get(s) for s in statuses}

    def _set(self, ws, counts: dict[str, int | None]) -> Changes:
        r = self.row
        return ws.capacities.set(r.node_id, r.nature, r.temporality, counts, gender=r.gender, source="manual")

    def forward(self, ws) -> Changes:
        return self._set(ws, self.new)

    def backward(self, ws) -> Changes:
        return self._set(ws, self.old)
