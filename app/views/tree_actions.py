"""The tree's actions: create, rename, duplicate, move (dialog or drop), delete, favourite; each undoable.

Before offering an action the rules are asked (app/views/node_rules.py): an action they refuse on the
current node is greyed out with the reason as its tooltip, so the user is told why before trying. Each action
runs as an undoable command through the controller, the one road for changes.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from app.models.rows import NodeRow
from app.views import node_rules
from app.views.commands import (
    CreateCommand,
    DeleteCommand,
    DuplicateCommand,
    FavouriteCommand,
    MoveCommand,
    RenameCommand,
)
from app.views.controller import Controller
from app.views.dialogs import CreateDialog, MoveDialog, RenameDialog, suggest_name
from app.views.labels import kind_label, type_offre_label
from app.views.refusal_text import refusal_text
from app.views.tree_side import TreeSide
from app.views.window_actions import WindowActions


class TreeActions(QObject):
    def __init__(self, controller: Controller, side: TreeSide, actions: WindowActions, parent: QWidget,
                 show_refusal: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.controller = controller
        self.side = side
        self.actions = actions
        self.parent_widget = parent
        self.show_refusal = show_refusal
        self.origins: dict[int, dict[str, Any] | None] = {}  # node id -> {field: source}, as last read
        self.confirm_box: QMessageBox | None = None
        self.create_dialog: CreateDialog | None = None
        a = actions
        a.create.triggered.connect(self.create_units)
        a.rename.triggered.connect(self.rename_current)
        a.duplicate.triggered.connect(self.duplicate_current)
        a.move.triggered.connect(self.move_current_dialog)
        a.delete.triggered.connect(self.delete_current)
        a.favourite.triggered.connect(self.toggle_favourite)
        controller.model.moveRequested.connect(self.move_node)

    @property
    def tree(self):
        return self.controller.tree

    # ------------------------------------------------------------------ what the rules allow
    def refusals(self, row: NodeRow) -> dict[str, Any]:
        parent = self.tree.nodes.get(row.parent_id) if row.parent_id is not None else None
        return node_rules.refusals(row, parent, self.origins.get(row.id))

    def update(self, row: NodeRow | None, has_workspace: bool) -> None:
        """Enable what the rules allow on the current node; a refused action says why in its tooltip."""
        a = self.actions
        tips = a.node_tips()
        for act in a.node_actions:
            act.setEnabled(row is not None and has_workspace)
            act.setToolTip(tips[act])
        if row is None or not has_workspace:
            return
        known = row.id in self.origins  # rename and delete also depend on the node's origins (being read)
        reasons = self.refusals(row)
        for name, act in (("rename", a.rename), ("duplicate", a.duplicate), ("move", a.move),
                          ("delete", a.delete)):
            refusal = reasons[name]
            self._allow(act, refusal is None and (known or name in ("duplicate", "move")),
                        refusal_text(refusal) if refusal is not None else None)
        if not node_rules.can_create(row):
            self._allow(a.create, False, self.tr("Une {0} ne peut rien contenir.").format(self._kind(row)))
        a.favourite.setChecked(row.favourite)

    @staticmethod
    def _allow(act: QAction, allowed: bool, reason: str | None) -> None:
        act.setEnabled(allowed)
        if reason:
            act.setToolTip(reason)

    @staticmethod
    def _kind(row: NodeRow) -> str:
        return kind_label(row.kind).lower()

    def _refused(self, row: NodeRow, action: str) -> bool:
        """Say why when the rules refuse `action` on `row` (a shortcut may reach a greyed-out action)."""
        refusal = self.refusals(row)[action]
        if refusal is not None:
            self.show_refusal(refusal_text(refusal))
        return refusal is not None

    # ------------------------------------------------------------------ actions
    def create_units(self) -> None:
        row = self.side.current_row()
        if row is None:
            return
        if not node_rules.can_create(row):
            self.show_refusal(self.tr("Une {0} ne peut rien contenir.").format(self._kind(row)))
            return
        kinds = [k.value for k in node_rules.allowed_kinds(row)]
        dialog = CreateDialog(row.name, kinds, self.parent_widget, champ=row.champ, domaine=row.domaine)
        self.create_dialog = dialog  # reachable by tests
        if dialog.exec() != CreateDialog.DialogCode.Accepted:
            return
        self.create_from(row.id, dialog)

    def create_from(self, parent_id: int, dialog: CreateDialog) -> None:
        """Create what the dialog says: named by the label rule unless a name was typed (never "1", "2"...)."""
        cmd = CreateCommand(self.controller, parent_id, dialog.chosen_kind(), dialog.names(), dialog.fields())
        self.controller.execute(cmd, on_done=lambda ch: self._select_first(ch.inserted))

    def rename_current(self) -> None:
        row = self.side.current_row()
        if row is None or self._refused(row, "rename"):
            return
        type_display = type_offre_label(row.type_offre) if row.kind == "UO" else None
        suggestion = suggest_name(row.name, row.kind, type_display)
        dialog = RenameDialog(row.name, suggestion, self.parent_widget, type_display or None)
        if dialog.exec() != RenameDialog.DialogCode.Accepted:
            return
        new = dialog.new_name()
        if new == row.name:
            return
        self.controller.execute(RenameCommand(self.controller, row.id, row.name, new))

    def duplicate_current(self) -> None:
        row = self.side.current_row()
        if row is None or self._refused(row, "duplicate"):
            return
        cmd = DuplicateCommand(self.controller, row.id, row.name)
        self.controller.execute(cmd, on_done=lambda _ch: self.side.select_node(cmd.copy_id))

    def move_current_dialog(self) -> None:
        row = self.side.current_row()
        if row is None or self._refused(row, "move"):
            return
        dialog = MoveDialog(row.name, node_rules.move_targets(self.tree, row.id), self.parent_widget)
        if dialog.exec() != MoveDialog.DialogCode.Accepted or dialog.target() is None:
            return
        self.move_node(row.id, dialog.target(), -1)

    def move_node(self, node_id: int, new_parent: int, position: int = -1) -> None:
        """Move a node (drag and drop or the dialog); position -1 puts it last."""
        tree = self.tree
        row = tree.nodes.get(node_id)
        if row is None:
            return
        if position < 0:
            position = len([i for i in tree.children(new_parent) if i != node_id])
        old_index = tree.index_of(node_id)
        if row.parent_id == new_parent and position == old_index:
            return
        cmd = MoveCommand(self.controller, node_id, row.name, row.parent_id, old_index, new_parent, position)
        self.controller.execute(cmd, on_done=lambda _ch: self.side.select_node(node_id))

    def delete_current(self) -> None:
        row = self.side.current_row()
        if row is None or self._refused(row, "delete"):
            return
        count = len(self.tree.descendants(row.id))
        text = self.tr("Supprimer « {0} » ?").format(row.name)
        if count:
            text += "\n" + self.tr("Les {0} unité(s) qu'elle contient seront supprimées aussi.").format(count)
        text += "\n" + self.tr("Vous pourrez annuler avec Ctrl+Z.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Supprimer"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.parent_widget)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.confirm_box = box
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        parent = row.parent_id
        self.controller.execute(DeleteCommand(self.controller, row.id, row.name),
                                on_done=lambda _ch: parent is not None and self.side.select_node(parent))

    def toggle_favourite(self) -> None:
        row = self.side.current_row()
        if row is None:
            return
        self.controller.execute(FavouriteCommand(self.controller, row.id, row.name, not row.favourite))

    def _select_first(self, ids) -> None:
        if ids:
            self.side.select_node(min(ids))
