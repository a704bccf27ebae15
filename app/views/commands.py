"""Undoable tree actions: each QUndoCommand does and undoes itself through store commands on the DB worker.

A command is pushed on the QUndoStack only after its first run succeeded on the worker, so a refused action
leaves no entry behind. Later undo/redo run on the worker too; the worker keeps them in order.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.models.changes import Changes
from app.models.store import Workspace

Op = Callable[[Workspace], Changes]


class Runner(Protocol):
    """What a command needs of the controller: run a write on the DB worker and apply its Changes."""

    def run(self, op: Op, on_done: Callable[[Changes], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, origin: Any = None) -> None: ...


class StoreCommand(QUndoCommand):
    """Base: subclasses give `forward(ws)` and `backward(ws)`; the controller runs them off the GUI thread."""

    def __init__(self, controller: Runner, text: str) -> None:
        super().__init__(text)
        self.controller = controller
        self._skip_first_redo = True

    def forward(self, ws: Workspace) -> Changes:
        raise NotImplementedError

    def backward(self, ws: Workspace) -> Changes:
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_first_redo:  # already done before the push
            self._skip_first_redo = False
            return
        self.controller.run(self.forward)

    def undo(self) -> None:
        self.controller.run(self.backward)


class CreateCommand(StoreCommand):
    """Create N units; undone, units never sent are removed for good with their outbox entries (one step)."""

    def __init__(self, controller: Runner, parent_id: int, kind: str, names: list[str],
                 fields: dict[str, Any] | None = None) -> None:
        if len(names) == 1:
            text = QCoreApplication.translate("Commands", "Créer « {0} »").format(names[0])
        else:
            text = QCoreApplication.translate("Commands", "Créer {0} unités").format(len(names))
        super().__init__(controller, text)
        self.parent_id, self.kind, self.names = parent_id, kind, names
        self.fields = dict(fields or {})  # columns the units start with (a unit's champ and type d'offre)
        self.ids: list[int] = []
        self.uids: list[str] | None = None
        self.position: int | None = None
        self.opened: set[int] = set()

    def forward(self, ws: Workspace) -> Changes:
        changes = ws.nodes.create(self.parent_id, self.kind, self.names, uids=self.uids,
                                  position=self.position, **self.fields)
        self.ids = sorted(changes.inserted)
        rows = sorted(ws.nodes.rows(self.ids), key=lambda r: r.position)
        self.uids = [r.uid for r in rows]
        self.position = rows[0].position if rows else None
        self.opened = set(changes.dossiers)
        return changes

    def backward(self, ws: Workspace) -> Changes:
        return ws.nodes.uncreate(self.ids, self.opened)


class RenameCommand(StoreCommand):
    def __init__(self, controller: Runner, node_id: int, old: str, new: str) -> None:
        text = QCoreApplication.translate("Commands", "Renommer « {0} » en « {1} »").format(old, new)
        super().__init__(controller, text)
        self.node_id, self.old, self.new = node_id, old, new
        self.entries: set[int] = set()

    def forward(self, ws: Workspace) -> Changes:
        changes = ws.nodes.rename(self.node_id, self.new)
        self.entries = set(changes.outbox)
        return changes

    def backward(self, ws: Workspace) -> Changes:
        return ws.nodes.rename(self.node_id, self.old, undoing=self.entries)


class MoveCommand(StoreCommand):
    def __init__(self, controller: Runner, node_id: int, name: str, old_parent: int, old_position: int,
                 new_parent: int, new_position: int) -> None:
        text = QCoreApplication.translate("Commands", "Déplacer « {0} »")
        super().__init__(controller, text.format(name))
        self.node_id = node_id
        self.old = (old_parent, old_position)
        self.new = (new_parent, new_position)
        self.entries: set[int] = set()

    def forward(self, ws: Workspace) -> Changes:
        changes = ws.nodes.move(self.node_id, *self.new)
        self.entries = set(changes.outbox)
        return changes

    def backward(self, ws: Workspace) -> Changes:
        return ws.nodes.move(self.node_id, *self.old, undoing=self.entries)


class DuplicateCommand(StoreCommand):
    def __init__(self, controller: Runner, node_id: int, name: str) -> None:
        text = QCoreApplication.translate("Commands", "Dupliquer « {0} »")
        super().__init__(controller, text.format(name))
        self.node_id = node_id
        self.copy_id: int | None = None
        self.opened: set[int] = set()

    def forward(self, ws: Workspace) -> Changes:
        changes = ws.nodes.duplicate(self.node_id)
        self.copy_id = min(changes.inserted)  # the copy of the unit itself is created first
        self.opened = set(changes.dossiers)
        return changes

    def backward(self, ws: Workspace) -> Changes:
        return ws.nodes.uncreate([self.copy_id] if self.copy_id is not None else [], self.opened)


class DeleteCommand(StoreCommand):
    def __init__(self, controller: Runner, node_id: int, name: str) -> None:
        text = QCoreApplication.translate("Commands", "Supprimer « {0} »")
        super().__init__(controller, text.format(name))
        self.node_id = node_id
        self.entries: set[int] = set()

    def forward(self, ws: Workspace) -> Changes:
        changes = ws.nodes.delete(self.node_id)
        self.entries = set(changes.outbox)
        return changes

    def backward(self, ws: Workspace) -> Changes:
        return ws.nodes.restore(self.node_id, undoing=self.entries)


class FavouriteCommand(StoreCommand):
    def __init__(self, controller: Runner, node_id: int, name: str, favourite: bool) -> None:
        if favourite:
            text = QCoreApplication.translate("Commands", "Ajouter « {0} » à Mes établissements")
        else:
            text = QCoreApplication.translate("Commands", "Retirer « {0} » de Mes établissements")
        super().__init__(controller, text.format(name))
        self.node_id, self.favourite = node_id, favourite

    def forward(self, ws: Workspace) -> Changes:
        return ws.nodes.set_favourite(self.node_id, self.favourite)

    def backward(self, ws: Workspace) -> Changes:
        return ws.nodes.set_favourite(self.node_id, not self.favourite)
