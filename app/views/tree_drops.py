"""Drag and drop of the tree model: a node is offered a drop only where the rules let it go.

A mixin of TreeModel (app/views/tree_model.py), which provides the tree, `kids`, `id_of` and `moveRequested`.
The view never removes rows itself: a drop asks the window for an undoable store command.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt

from app.views import node_rules

MIME = "application/x-ror-node-ids"


class TreeDrops:
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids = sorted({self.id_of(i) for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME, QByteArray(",".join(map(str, ids)).encode()))
        return data

    def _dragged(self, data: QMimeData) -> int | None:
        if not data.hasFormat(MIME):
            return None
        ids = [int(x) for x in bytes(data.data(MIME)).decode().split(",") if x]
        return ids[0] if len(ids) == 1 and ids[0] in self.tree else None

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: QModelIndex) -> bool:
        """A drop is offered only where the rules let the node go (the same rule the store applies)."""
        node_id = self._dragged(data)
        target = self.id_of(parent)
        if node_id is None or target is None:
            return False
        return node_rules.move_refusal(self.tree, node_id, target) is None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex) -> bool:
        """Ask the window to move the dragged node; the view never removes rows itself."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        node_id = self._dragged(data)
        if node_id is None or not parent.isValid():
            return False
        new_parent = self.id_of(parent)
        self.moveRequested.emit(node_id, new_parent, self.store_position(node_id, new_parent, row))
        return False

    def store_position(self, node_id: int, new_parent: int, row: int) -> int:
        """Turn a drop row among the shown children into the store's position among the real siblings."""
        shown = self.kids(new_parent)
        real = [i for i in self.tree.children(new_parent) if i != node_id]
        if row < 0 or row >= len(shown):
            return len(real)
        target = shown[row]
        if target == node_id:
            return self.tree.index_of(node_id)
        return real.index(target)
