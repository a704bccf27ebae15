"""The left side of the window: the filter box, *Mes établissements*, the refusal notice, the tree, the count.

It shows the controller's TreeModel and knows how to reveal, select and filter nodes; it changes nothing in
the workspace (the tree actions do, through the controller).
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.models.rows import NodeRow
from app.views.tree_model import TreeModel

EXPAND_ALL_LIMIT = 3000  # a filter that keeps at most this many nodes shows them all expanded
NOTICE_STYLE = ("#notice { background: #fdecea; color: #8e1b1b; border: 1px solid #c62828; "
                "border-radius: 4px; padding: 6px; }")


class TreeSide(QWidget):
    def __init__(self, model: TreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setObjectName("filter")
        self.favourites_button = QToolButton()
        self.favourites_button.setCheckable(True)
        self.favourites_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        self.view = self._tree_view(model)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.favourites_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(120)
        self.filter.textChanged.connect(lambda _t: self.filter_timer.start())
        self.filter_timer.timeout.connect(lambda: self.apply_filter(self.filter.text()))
        self.filter.returnPressed.connect(self.filter_return)
        self.favourites_button.toggled.connect(lambda on: self.apply_filter(self.filter.text(), on))
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.update_count)

    @staticmethod
    def _tree_view(model: TreeModel) -> QTreeView:
        view = QTreeView()
        view.setObjectName("tree")
        view.setModel(model)
        view.setUniformRowHeights(True)
        view.setIconSize(QSize(26, 18))
        view.setAlternatingRowColors(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 110)
        return view

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filtrer : nom, n° FINESS, département, champ d'activité "
                                               "(Ctrl+F)"))
        self.favourites_button.setText(self.tr("Mes établissements"))
        self.favourites_button.setToolTip(self.tr("Afficher seulement les établissements suivis "
                                                  "(Ctrl+Maj+B)"))
        self.view.setAccessibleName(self.tr("Arborescence du dossier"))
        self.update_count()

    # ------------------------------------------------------------------ the refusal notice
    def show_notice(self, message: str) -> None:
        self.notice.setText(message)
        self.notice.show()

    def hide_notice(self) -> None:
        self.notice.hide()

    # ------------------------------------------------------------------ current node
    def current_node_id(self) -> int | None:
        return self.model.id_of(self.view.currentIndex())

    def current_row(self) -> NodeRow | None:
        node_id = self.current_node_id()
        return self.model.tree.nodes.get(node_id) if node_id is not None else None

    def select_node(self, node_id: int, expand: bool = False) -> bool:
        """Reveal a node (expanding its parents, clearing a filter that hides it), make it current."""
        tree = self.model.tree
        if node_id not in tree:
            return False
        index = self.model.index_of_id(node_id)
        if not index.isValid():  # hidden by the filter
            self.filter.clear()
            self.apply_filter("")
            index = self.model.index_of_id(node_id)
        for ancestor in tree.ancestors(node_id):
            self.view.expand(self.model.index_of_id(ancestor))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        if expand:
            self.view.expand(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def select_path(self, path: str, expand: bool = True) -> bool:
        """Select the node named by "EJ name / EG name / …" (FINESS numbers accepted)."""
        names = [p.strip() for p in path.split(" / ")] if path.strip() else []
        node_id = self.model.tree.find_path(names) if names else None
        return node_id is not None and self.select_node(node_id, expand)

    def show_loaded(self) -> None:
        """A workspace was just opened: its roots expanded, the first one current."""
        self.view.collapseAll()
        if self.model.filtered:
            self.model.refilter()
        self.expand_roots()
        first = self.model.index(0, 0)
        if first.isValid():
            self.view.setCurrentIndex(first)
        self.update_count()

    def expand_roots(self) -> None:
        self.view.expandToDepth(0)  # one layout pass, where expanding root by root made one each

    # ------------------------------------------------------------------ filter
    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def apply_filter(self, text: str, favourites_only: bool | None = None) -> int:
        """Narrow the tree to the matches and their parents; returns the number of nodes shown."""
        self.filter_timer.stop()
        current = self.current_node_id()
        shown = self.model.set_filter(text, favourites_only)
        if self.model.filtered and shown <= EXPAND_ALL_LIMIT:
            self.view.expandAll()
        elif not self.model.filtered:
            self.expand_roots()
        if current is not None and self.model.index_of_id(current).isValid():
            self.select_node(current)
        self.update_count()
        return shown

    def filter_return(self) -> None:
        """Enter in the filter box goes to the first match."""
        self.apply_filter(self.filter.text())
        words = self.filter.text()
        matches = self.model.tree.matches(words) if words.strip() else set()
        for node_id in self.model.tree.depth_first():
            if node_id in matches:
                self.select_node(node_id)
                break
        self.view.setFocus()

    def update_count(self, *_args) -> None:
        total = len(self.model.tree)
        if self.model.filtered:
            shown = len(self.model._visible or ())  # noqa: SLF001
            self.count_label.setText(self.tr("{0} unité(s) affichée(s) sur {1}").format(shown, total))
        else:
            self.count_label.setText(self.tr("{0} unité(s)").format(total))
