"""The entry table's context menu (also the keyboard's Menu key): settle a row in conflict by keeping the
figures typed here (sent again on top of the server's version) or taking the server's (`ws.capacities.resolve`
through the controller)."""
from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu

from app.models import capacities as cap
from app.views.refusal_text import error_text


class RowMenu(QObject):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.menu: QMenu | None = None
        table = view.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self.popup)

    def popup(self, pos: QPoint) -> QMenu | None:
        index = self.view.table.indexAt(pos)
        if not index.isValid():
            index = self.view.table.currentIndex()
        if not index.isValid():
            return None
        row = self.view.model.rows[index.row()]
        menu = QMenu(self.view.table)
        keep = menu.addAction(self.tr("Garder mes chiffres et les renvoyer"))
        take = menu.addAction(self.tr("Prendre les chiffres du serveur"))
        for act in (keep, take):
            act.setEnabled(row.sync_state == cap.CONFLICT)
        keep.triggered.connect(lambda: self.resolve(row.node_id, True))
        take.triggered.connect(lambda: self.resolve(row.node_id, False))
        menu.popup(self.view.table.viewport().mapToGlobal(pos))
        self.menu = menu
        return menu

    def resolve(self, node_id: int, keep_mine: bool) -> None:
        self.view.controller.run(lambda ws: ws.capacities.resolve(node_id, keep_mine),
                                 on_error=lambda exc: self.view.show_message(error_text(exc)))
