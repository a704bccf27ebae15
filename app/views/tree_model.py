"""A thin QAbstractItemModel over the pure tree (app/models/tree.py), as napari's QtNodeTreeModel.

Lazy by construction: Qt asks for the rows it shows and the model answers from the in-memory tree, so the
8,000-fiche group opens at once. Tree events become begin/end row notifications, so only the rows a change set
names are redrawn. A filter is a precomputed set of visible ids (matches and their ancestors). Drag and drop
emits `moveRequested`; the window turns it into an undoable store command.
"""
from __future__ import annotations

from functools import cache

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.models.changes import Changes
from app.models.kinds import FINESS_KINDS, Kind
from app.models.rows import NodeRow
from app.models.rules import Mark, move_refusal
from app.models.tree import Tree
from app.models.tree_states import state_matches
from app.views.icons import kind_icon
from app.views.labels import champ_label, kind_label, status_label
from app.views.tree_drops import TreeDrops
from app.views.tree_marks import TreeMarks
from app.views.tree_units_coming import UnitsComing

NODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MARK_COLOURS = {Mark.FINALISED: QColor("#2e7d32"), Mark.PROBLEMS: QColor("#c62828"),
                Mark.CONFLICT: QColor("#e65100"), Mark.IN_VALIDATION: QColor("#8d6e00")}
SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
DROPPABLE = SELECTABLE | Qt.ItemFlag.ItemIsDropEnabled
DRAGGABLE = DROPPABLE | Qt.ItemFlag.ItemIsDragEnabled
NEVER_PARENT = Qt.ItemFlag.ItemNeverHasChildren  # a UO: Qt asks no hasChildren of it
# flags() answers for every row Qt lays out (an expansion of thousands): the combinations made once here.
DRAGGABLE_LEAF, DROPPABLE_LEAF = DRAGGABLE | NEVER_PARENT, DROPPABLE | NEVER_PARENT
_UO = Kind.UO.value  # a plain str: an enum member's attribute lookup costs, thousands of times
_NONE: list[int] = []


@cache
def _movable_kind(kind: str, parent_kind: str, parent_domaine: str | None) -> bool:
    """May the node be dragged at all? As node_rules.refusals' "move": only what forbids any move answers.

    Qt asks flags() of every row it lays out (expanding a 500-EG group): one refusal per case. A root (an EJ)
    never moves.
    """
    return move_refusal(kind, parent_kind, parent_domaine, under_itself=False, same_structure=True) is None


class TreeModel(TreeMarks, TreeDrops, UnitsComing, QAbstractItemModel):
    """Two columns: the node's name (with icon and colours) and its code (FINESS for EJ/EG, else the kind)."""

    moveRequested = Signal(int, int, int)  # node id, new parent id, position among the new siblings

    def __init__(self, tree: Tree, parent=None) -> None:
        super().__init__(parent)
        self.tree = tree
        self._visible: set[int] | None = None
        self._vkids: dict[int | None, list[int]] = {}
        self._vrows: dict[int | None, dict[int, int]] = {}
        self._muted = False
        self._query = ""
        self._favourites_only = False
        self._state = ""  # the state filter (app/models/tree_states.py), "" for none
        self.due_egs: set[int] = set()  # the EGs due for the yearly update (the "due" state's)
        self._bold = QFont()
        self._bold.setBold(True)
        ev = tree.events
        ev.connect("inserting", self._on_inserting)
        ev.connect("inserted", lambda *a: self._unless_muted(self.endInsertRows))
        ev.connect("removing", self._on_removing)
        ev.connect("removed", lambda *a: self._unless_muted(self.endRemoveRows))
        ev.connect("moving", self._on_moving)
        ev.connect("moved", self._on_moved)
        ev.connect("changed", self._on_changed)
        ev.connect("reset", self._on_reset)
        self._init_units_coming()
        self._init_marks()  # after the row notifications: an EG's mark is redrawn once its rows are in place

    # ------------------------------------------------------------------ structure
    def kids(self, parent_id: int | None) -> list[int]:
        if self._visible is None:
            return self.tree.children(parent_id)
        ids = self._vkids.get(parent_id)
        if ids is None:
            ids = [i for i in self.tree.children(parent_id) if i in self._visible]
            self._vkids[parent_id] = ids
        return ids

    def _row_of(self, node_id: int) -> int:
        if self._visible is None:
            return self.tree.index_of(node_id)
        parent = self.tree.parent_of(node_id)
        rows = self._vrows.get(parent)
        if rows is None:
            rows = {nid: i for i, nid in enumerate(self.kids(parent))}
            self._vrows[parent] = rows
        return rows[node_id]

    def index_of_id(self, node_id: int | None, column: int = 0) -> QModelIndex:
        if node_id is None or node_id not in self.tree:
            return QModelIndex()
        if self._visible is not None and node_id not in self._visible:
            return QModelIndex()
        return self.createIndex(self._row_of(node_id), column, node_id)

    @staticmethod
    def id_of(index: QModelIndex) -> int | None:
        return int(index.internalId()) if index.isValid() else None

    # index, parent, rowCount, hasChildren and flags are what Qt calls for every row it lays out (expanding a
    # 500-EG group at open): they read the tree's dicts directly, with no helper call on the unfiltered path.
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= 2 or row < 0:
            return QModelIndex()
        parent_id = parent.internalId() if parent.isValid() else None
        kids = self.tree.kids.get(parent_id, _NONE) if self._visible is None else self.kids(parent_id)
        if row >= len(kids):
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt's signature
        if not index.isValid():
            return QModelIndex()
        row = self.tree.nodes.get(index.internalId())
        if row is None or row.parent_id is None:
            return QModelIndex()
        return self.index_of_id(row.parent_id)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.kids(None))
        if parent.column() != 0:
            return 0
        if self._visible is None:
            return len(self.tree.kids.get(parent.internalId(), _NONE))
        return len(self.kids(parent.internalId()))

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0 or self._awaits(parent)

    # ------------------------------------------------------------------ data
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return QCoreApplication.translate("TreeModel", "Nom")
            if section == 1:
                return QCoreApplication.translate("TreeModel", "Code")
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node_id = self.id_of(index)
        row = self.tree.nodes.get(node_id)
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return row.name
            return row.finess if row.kind in FINESS_KINDS and row.finess else row.kind
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return kind_icon(row.kind, self._mark(row))
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = MARK_COLOURS.get(self.row_mark(row))
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole and row.favourite and col == 0:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            summary = self.summary_text(row.id) if row.kind in FINESS_KINDS else ""
            return self.tooltip(row) + ("\n" + summary if summary else "")
        if role == NODE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{kind_label(row.kind)} {row.name}"
        return None

    def _mark(self, row: NodeRow) -> str | None:
        """The icon's corner mark: the rules' mark of the node (an EG or EJ: of what it holds), none for a plain
        draft."""
        mark = self.row_mark(row)
        return None if mark is Mark.DRAFT else mark.value

    @staticmethod
    def tooltip(row: NodeRow) -> str:
        lines = [f"{kind_label(row.kind)} : {row.name}"]
        if row.finess:
            lines.append(QCoreApplication.translate("TreeModel", "FINESS : {0}").format(row.finess))
        if row.champ:
            text = QCoreApplication.translate("TreeModel", "Champ d'activité : {0}")
            lines.append(text.format(champ_label(row.champ)))
        lines.append(QCoreApplication.translate("TreeModel", "Statut : {0}").format(status_label(row.status)))
        if row.problems:
            text = QCoreApplication.translate("TreeModel", "{0} problème(s) à corriger")
            lines.append(text.format(row.problems))
        if row.conflict:
            lines.append(QCoreApplication.translate("TreeModel", "Conflit : la fiche a été modifiée sur le "
                                                                 "serveur, choisissez la version à garder"))
        if row.comment:
            text = QCoreApplication.translate("TreeModel", "Commentaire du validateur : {0}")
            lines.append(text.format(row.comment))
        return "\n".join(lines)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        nodes = self.tree.nodes
        row = nodes.get(index.internalId())
        if row is None:
            return SELECTABLE
        parent = nodes.get(row.parent_id) if row.parent_id is not None else None
        movable = _movable_kind(row.kind, parent.kind, parent.domaine) if parent is not None else False
        if row.kind == _UO:
            return DRAGGABLE_LEAF if movable else DROPPABLE_LEAF
        return DRAGGABLE if movable else DROPPABLE

    # ------------------------------------------------------------------ filtering
    @property
    def filtered(self) -> bool:
        return self._visible is not None

    def set_filter(self, query: str, favourites_only: bool | None = None, state: str | None = None) -> int:
        """Show only the matches and their parents; returns how many nodes are shown (all when no filter)."""
        self._query = query
        if favourites_only is not None:
            self._favourites_only = favourites_only
        if state is not None:
            self._state = state
        visible = self._visible_set()
        self.beginResetModel()
        self._visible = visible
        self._vkids = {}
        self._vrows = {}
        self.endResetModel()
        return len(self.tree) if visible is None else len(visible)

    def refilter(self) -> None:
        self.set_filter(self._query)

    # ------------------------------------------------------------------ applying changes
    def apply(self, changes: Changes, rows: list[NodeRow]) -> None:
        """Update the tree from a change set; filtered views are recomputed when the structure changed."""
        structural = bool(changes.inserted or changes.removed or changes.moved)
        if self._visible is not None and structural:
            self._muted = True
            try:
                self.tree.apply(changes, rows)
            finally:
                self._muted = False
            self.refilter()
        else:
            self.tree.apply(changes, rows)

    def _unless_muted(self, fn, *args) -> None:
        if not self._muted:
            fn(*args)

    def _on_inserting(self, parent_id, index, ids) -> None:
        if not self._muted:
            self.beginInsertRows(self.index_of_id(parent_id), index, index + len(ids) - 1)

    def _on_removing(self, parent_id, index) -> None:
        if not self._muted:
            self.beginRemoveRows(self.index_of_id(parent_id), index, index)

    def _on_moving(self, src_parent, src_index, dst_parent, dst_index) -> None:
        if self._muted:
            return
        dest = dst_index + 1 if src_parent == dst_parent and dst_index > src_index else dst_index
        src = self.index_of_id(src_parent)
        dst = self.index_of_id(dst_parent)
        self._move_ok = self.beginMoveRows(src, src_index, src_index, dst, dest)
        if not self._move_ok:
            self.beginResetModel()

    def _on_moved(self, *args) -> None:
        if self._muted:
            return
        if self._move_ok:
            self.endMoveRows()
        else:
            self.endResetModel()

    def _on_changed(self, ids) -> None:
        if self._muted:
            return
        for node_id in ids:
            first = self.index_of_id(node_id, 0)
            if first.isValid():
                self.dataChanged.emit(first, self.index_of_id(node_id, 1))

    def _on_reset(self) -> None:
        self._forget_awaited()
        self.beginResetModel()
        self._vkids = {}
        self._vrows = {}
        if self._visible is not None:
            self._visible = self._visible_set()
        self.endResetModel()

    def _visible_set(self) -> set[int] | None:
        only = state_matches(self.tree, self._state, self.dossier_states, self.due_egs) if self._state else None
        return self.tree.visible_set(self._query, self._favourites_only, only)

    def persistent(self, node_id: int) -> QPersistentModelIndex:
        return QPersistentModelIndex(self.index_of_id(node_id))
