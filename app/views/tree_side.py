"""The left side of the window: the filter box, *Mes établissements*, the refusal notice, the tree, the count.

It shows the controller's TreeModel and knows how to reveal, select and filter nodes; it changes nothing in
the workspace (the tree actions do, through the controller).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
    filtered = Signal(int)  # a filter was applied: the number of nodes shown

    def __init__(self, model: TreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.read_due: Callable[[Callable[[set[int]], None]], None] | None = None  # the EGs due, read async
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("stateFilter")
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
        top.addWidget(self.state_filter)
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
        self._typed = False  # text typed while the timer runs: filtered when it ends
        self.filter.textChanged.connect(self._text_changed)
        self.filter_timer.timeout.connect(self._typing_paused)
        self.state_filter.currentIndexChanged.connect(lambda _i: self._state_chosen())
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
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # Ctrl/Shift: bulk edits
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
        self.state_filter.setAccessibleName(self.tr("Filtrer par état"))
        self.state_filter.setToolTip(self.tr("Montrer seulement les unités dans cet état (avec le filtre de texte)"))
        current = self.state_filter.currentData()
        self.state_filter.blockSignals(True)
        self.state_filter.clear()
        for value, text in (("", self.tr("Tous les états")), ("draft", self.tr("Brouillons")),
                            ("problems", self.tr("Avec problèmes")), ("conflict", self.tr("En conflit")),
                            ("in_validation", self.tr("Chez le validateur")),
                            ("due", self.tr("Sans mise à jour depuis un an"))):
            self.state_filter.addItem(text, value)
        self.state_filter.setCurrentIndex(max(self.state_filter.findData(current), 0) if current else 0)
        self.state_filter.blockSignals(False)
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

    def selected_node_ids(self) -> list[int]:
        """The selected nodes in tree order (the current one when nothing is selected): a bulk edit's targets."""
        ids = {self.model.id_of(i) for i in self.view.selectionModel().selectedRows(0)}
        ids.discard(None)
        if not ids:
            current = self.current_node_id()
            return [current] if current is not None else []
        return [i for i in self.model.tree.depth_first() if i in ids]

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
            self.state_filter.blockSignals(True)
            self.state_filter.setCurrentIndex(0)
            self.state_filter.blockSignals(False)
            self.model.set_filter(self.model._query, state="")  # noqa: SLF001 - the text is cleared below
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

    def _text_changed(self, _text: str) -> None:
        """The first keystroke after a pause filters at once; those typed quickly after it wait for the timer,
        so a fast typist is not slowed down by one filter per letter (and a user never waits a debounce)."""
        if self.filter_timer.isActive():
            self._typed = True
            return
        self.apply_filter(self.filter.text())
        self.filter_timer.start()

    def _typing_paused(self) -> None:
        if self._typed:
            self.apply_filter(self.filter.text())
            self.filter_timer.start()

    def _state_chosen(self) -> None:
        state = self.state_filter.currentData() or ""
        if state == "due" and self.read_due is not None:
            self.read_due(self._due_read)
        self.apply_filter(self.filter.text(), state=state)

    def _due_read(self, egs: set[int]) -> None:
        self.model.due_egs = set(egs)
        if self.state_filter.currentData() == "due":
            self.apply_filter(self.filter.text())

    def apply_filter(self, text: str, favourites_only: bool | None = None, state: str | None = None) -> int:
        """Narrow the tree to the matches and their parents; returns the number of nodes shown."""
        self.filter_timer.stop()
        self._typed = False
        current = self.current_node_id()
        shown = self.model.set_filter(text, favourites_only, state)
        self._show_filtered(shown, current)
        return shown

    def show_completed(self) -> None:
        """A large workspace's units are in: a filter typed meanwhile (its rows already computed again by the
        model) shows its new matches expanded around the current node."""
        if self.model.filtered:
            self._show_filtered(len(self.model._visible or ()), self.current_node_id())  # noqa: SLF001
        else:
            self.update_count()

    def _show_filtered(self, shown: int, current: int | None) -> None:
        if self.model.filtered and shown <= EXPAND_ALL_LIMIT:
            self.view.expandAll()
        elif not self.model.filtered:
            self.expand_roots()
        if current is not None and self.model.index_of_id(current).isValid():
            self.select_node(current)
        self.update_count()
        self.filtered.emit(shown)

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
        if self.model.awaiting_units:  # a large workspace's EG rows are shown, their units are being read
            self.count_label.setText(self.tr("Lecture des unités…"))
        elif self.model.filtered:
            shown = len(self.model._visible or ())  # noqa: SLF001
            self.count_label.setText(self.tr("{0} unité(s) affichée(s) sur {1}").format(shown, total))
        else:
            self.count_label.setText(self.tr("{0} unité(s)").format(total))
