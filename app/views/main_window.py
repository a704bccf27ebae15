"""The window a referent lives in: the dossier tree on the left, the fiche on the right, actions all around.

Made of parts, each in its own module: the actions and menus (window_actions), the tree side (tree_side), the
tree's actions (tree_actions), opening workspaces (workspace_opening), the fiche side (fiche_side) and the
server (sync_controller, which sees the window only through `SyncHost`). Screens never run SQL: every read
and write goes through the controller's DB worker, and every write's Changes come back through one place,
`Controller.applied`, from which each part refreshes what concerns it. Every user string goes through tr();
`retranslate()` runs again on a live language switch.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSplitter, QWidget

from app.models.changes import Changes
from app.models.rows import NodeRow
from app.models.tree import Tree
from app.models.tree_states import due_egs
from app.views import workspaces
from app.views.capacities.window_part import CapacitiesPart
from app.views.controller import Controller
from app.views.dossiers.window_part import DossiersPart
from app.views.fiche_side import FicheSide
from app.views.i18n import LANGUAGES, TRANSLATIONS
from app.views.icons import app_icon
from app.views.sync_controller import SyncController
from app.views.tree_actions import TreeActions
from app.views.tree_side import TreeSide
from app.views.window_actions import WindowActions
from app.views.window_dialogs import WindowDialogs
from app.views.window_status import WindowStatus
from app.views.workspace_opening import WorkspaceOpening

if TYPE_CHECKING:
    from app.views.about import AboutDialog
    from app.views.help_guide import GuideDialog

class MainWindow(WindowDialogs, WindowStatus, QMainWindow):
    nodeSelected = Signal(int)  # node id of the new current node
    workspaceOpened = Signal(str)  # path, once the tree is populated (a large workspace's EJ and EG rows)
    workspaceCompleted = Signal(str)  # path, after workspaceOpened, once every node of the workspace is in
    refused = Signal(str)  # the reason shown for a refused action, in the user's language

    def __init__(self, remember: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.remember = remember  # False for screenshots and tests that must not touch the settings
        self.controller = Controller(self)
        self.model = self.controller.model
        self.stack = self.controller.stack
        self.last_refusal: str | None = None
        self._online = ("unknown", "")
        self._pending = 0
        self._current: int | None = None
        self._current_moved = False  # the current node changed while a write was applied: shown once after
        self.guide_dialog: GuideDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self.setWindowIcon(app_icon())
        self.tree_side = TreeSide(self.model)
        self.fiche_side = FicheSide(self.controller)
        self._expose_parts()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree_side)
        splitter.addWidget(self.fiche_side)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 720])
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self.window_actions = WindowActions(self)
        self._expose_actions()
        self.opening = WorkspaceOpening(self.controller, self, remember, self.show_refusal)
        self.tree_actions = TreeActions(self.controller, self.tree_side, self.window_actions, self,
                                        self.show_refusal)
        self._build_status()
        self._connect()
        self.sync = SyncController(self, self)
        self.capacities = CapacitiesPart(self)  # Disponibilités: dock, menus, CSV import (app/views/capacities)
        self.dossiers = DossiersPart(self)  # the Dossiers dock, yearly update, diff (app/views/dossiers)
        self.retranslate()
        self.resize(1280, 800)

    def _expose_parts(self) -> None:
        """The widgets tests, screenshots and the benchmarks reach by name."""
        side, right = self.tree_side, self.fiche_side
        self.left, self.right = side, right
        self.filter, self.favourites_button, self.notice = side.filter, side.favourites_button, side.notice
        self.view, self.count_label = side.view, side.count_label
        self.banner, self.summary, self.form_view, self.tabs = right.banner, right.summary, right.form_view, \
            right.tabs
        self.failures = right.failures

    def _expose_actions(self) -> None:
        a = self.window_actions
        self.act_new_ws, self.act_open_ws, self.act_open_demo, self.act_quit = a.new_ws, a.open_ws, \
            a.open_demo, a.quit
        self.act_undo, self.act_redo = a.undo, a.redo
        self.act_create, self.act_rename, self.act_duplicate = a.create, a.rename, a.duplicate
        self.act_move, self.act_delete, self.act_favourite = a.move, a.delete, a.favourite
        self.act_find, self.act_expand, self.act_collapse = a.find, a.expand, a.collapse
        self.act_favourites_only, self.act_focus_tree = a.favourites_only, a.focus_tree
        self.act_about, self.act_about_qt = a.about, a.about_qt
        self.act_guide, self.act_support_bundle = a.guide, a.support_bundle
        self.act_import_finess = a.import_finess
        self.lang_actions, self.node_actions, self.menus = a.languages, a.node_actions, a.menus
        self.menu_file, self.menu_recent, self.toolbar = a.menu_file, a.menu_recent, a.toolbar

    def _connect(self) -> None:
        a, c, side, opening = self.window_actions, self.controller, self.tree_side, self.opening
        c.loaded.connect(self._on_loaded)
        c.completed.connect(self._on_completed)
        c.applied.connect(self._on_applied)
        c.refused.connect(self.show_refusal)
        c.pendingChanged.connect(self.set_pending_count)
        a.new_ws.triggered.connect(opening.new_dialog)
        a.open_ws.triggered.connect(opening.open_dialog)
        a.open_demo.triggered.connect(opening.open_demo)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self.stack.undo)
        a.redo.triggered.connect(self.stack.redo)
        a.find.triggered.connect(side.focus_filter)
        a.expand.triggered.connect(self.view.expandAll)
        a.collapse.triggered.connect(self.view.collapseAll)
        a.favourites_only.triggered.connect(self._favourites_only_toggled)
        a.focus_tree.triggered.connect(self._toggle_focus)
        a.bulk_edit.triggered.connect(self.open_bulk_edit)
        a.dashboard.triggered.connect(self.show_dashboard)
        a.about.triggered.connect(self.about)
        a.guide.triggered.connect(self.show_guide)
        a.support_bundle.triggered.connect(self.create_support_bundle)
        a.import_finess.triggered.connect(self.import_finess)
        a.about_qt.triggered.connect(QApplication.aboutQt)
        for code, act in a.languages.items():
            act.triggered.connect(lambda _checked=False, lang=code: self.set_language(lang))
        a.menu_recent.aboutToShow.connect(lambda: opening.fill_recent(a.menu_recent))
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.favourites_button.toggled.connect(a.favourites_only.setChecked)
        self.stack.canUndoChanged.connect(a.undo.setEnabled)
        self.stack.canRedoChanged.connect(a.redo.setEnabled)
        self.stack.indexChanged.connect(self._on_stack_index)
        self.fiche_side.nodeRead.connect(self._on_node_read)
        side.read_due = lambda done: c.read(lambda ws: due_egs(ws.published.dates(), date.today()), done)

    # ================================================================== translations
    def retranslate(self) -> None:
        """Set every visible text again (called at start and on each language change)."""
        self.window_actions.retranslate(self.stack.undoText(), self.stack.redoText())
        self.tree_side.retranslate()
        self.fiche_side.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        if getattr(self, "sync", None) is not None:
            self.sync.retranslate()
        if getattr(self, "capacities", None) is not None:
            self.capacities.retranslate()
        if getattr(self, "dossiers", None) is not None:
            self.dossiers.retranslate()
        self.set_online_state(*self._online)
        self.set_pending_count(self._pending)
        self._update_title()
        self._update_actions()

    def _on_stack_index(self, _index: int) -> None:
        try:
            self.window_actions.retranslate_undo(self.stack.undoText(), self.stack.redoText())
        except RuntimeError:  # the stack is being destroyed with the window
            pass

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, lang: str | None) -> str:
        """Switch the language live (None follows the system); returns the language now in use."""
        used = TRANSLATIONS.apply(lang)
        if self.remember:
            workspaces.save_language(lang)
        self.lang_actions[lang if lang in LANGUAGES else None].setChecked(True)
        self.retranslate()
        return used

    # ================================================================== what the parts share (SyncHost)
    @property
    def worker(self):
        """The DB worker (`submit(fn, on_done, on_error)`)."""
        return self.controller.worker

    @property
    def workspace(self):
        return self.controller.workspace

    @property
    def tree(self) -> Tree:
        return self.controller.tree

    def widget(self) -> QWidget:
        return self

    def add_server_menu(self, menu: QMenu, toolbar: list[QAction]) -> None:
        self.window_actions.add_menu(menu, toolbar)
        self.menus["server"] = menu

    def status(self, message: str, ms: int = 10_000) -> None:
        self.statusBar().showMessage(message, ms)

    def set_pending_count(self, n: int) -> None:
        """Show how many changes wait in the outbox."""
        self._pending = int(n)
        if self._pending == 0:
            self.pending_label.setText(self.tr("Aucune modification en attente"))
        else:
            self.pending_label.setText(self.tr("%n modification(s) en attente d'envoi", "", self._pending))

    def apply_changes(self, changes: Changes) -> None:
        """Refresh the screens after a write made elsewhere: only the rows `changes` names are read."""
        self.controller.apply_changes(changes)

    def show_refusal(self, message: str) -> None:
        """Say plainly why an action was refused (inline above the tree and in the status bar)."""
        self.last_refusal = message
        self.tree_side.show_notice(message)
        self.status(message, 15000)
        self._update_actions()
        self.refused.emit(message)

    def current_node_id(self) -> int | None:
        return self.tree_side.current_node_id()

    def current_row(self) -> NodeRow | None:
        return self.tree_side.current_row()

    def select_node(self, node_id: int, expand: bool = False) -> bool:
        return self.tree_side.select_node(node_id, expand)

    def select_path(self, path: str, expand: bool = True) -> bool:
        return self.tree_side.select_path(path, expand)

    def apply_filter(self, text: str, favourites_only: bool | None = None) -> int:
        return self.tree_side.apply_filter(text, favourites_only)

    def refresh_fiche(self) -> None:
        """Read the summary, the banner and the refused changes of the current node again."""
        self.fiche_side.show_node(self._current)

    # ================================================================== workspaces
    def open_workspace(self, path: str | Path, create: bool = False) -> None:
        self.opening.open_workspace(path, create)

    def open_demo(self) -> None:
        self.opening.open_demo()

    def open_start_workspace(self) -> None:
        self.opening.open_start_workspace()

    def _on_loaded(self, path: str) -> None:
        self.tree_side.show_loaded()
        self._update_title()
        self.workspaceOpened.emit(path)

    def _on_completed(self) -> None:
        self.tree_side.show_completed()  # a large workspace's units counted, a filter's matches expanded
        self.workspaceCompleted.emit(str(self.controller.path or ""))

    def _update_title(self) -> None:
        path = self.controller.path
        name = path.name if path else ""
        self.setWindowTitle(self.tr("ROR Référent") + (f" — {name}" if name else ""))

    # ================================================================== the one road: Changes applied
    def _on_applied(self, changes: Changes, origin: object) -> None:
        """Every write, wherever it came from, ends here once the tree shows it."""
        self.tree_side.hide_notice()
        if self._current is not None and self._current not in self.model.tree:
            self._current = None
        if self._current_moved:  # 500 units undone move the current row 500 times: shown once, here
            self._current_moved = False
            self._show_current()
        else:
            self._update_actions()
            if self._current is not None and (self._current in changes.nodes or changes.dossiers):
                self.refresh_fiche()
        self.form_view.changes_applied(changes, origin)

    # ================================================================== selection
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._current = self.model.id_of(current)
        if self.controller.applying:
            self._current_moved = True
            return
        self._show_current()

    def _show_current(self) -> None:
        node_id = self._current
        self._update_actions()
        self.refresh_fiche()
        if node_id is not None:
            self.nodeSelected.emit(node_id)
            self.form_view.load(node_id)

    def _on_node_read(self, node_id: int, fiche) -> None:
        self.tree_actions.origins[node_id] = fiche.origins if fiche is not None else None
        if node_id == self._current:
            self._update_actions()

    def _update_actions(self) -> None:
        self.tree_actions.update(self.current_row(), self.workspace is not None)

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if index.isValid() and not self.view.selectionModel().isSelected(index):  # a multi-selection stays
            self.view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addActions(self.node_actions)
        menu.addAction(self.window_actions.bulk_edit)
        menu.addSeparator()
        menu.addActions([self.act_undo, self.act_redo])
        menu.addSeparator()
        menu.addActions(self.capacities.context_actions())
        menu.addSeparator()
        menu.addActions(self.dossiers.context_actions())
        menu.popup(self.view.viewport().mapToGlobal(pos))
        self._last_context_menu = menu

    def _favourites_only_toggled(self, on: bool) -> None:
        if self.favourites_button.isChecked() != on:
            self.favourites_button.setChecked(on)

    def _toggle_focus(self) -> None:
        target = self.right if self.view.hasFocus() else self.view
        target.setFocus()
        if target is self.right:
            self.form_view.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.sync.close()
        self.controller.close()
        super().closeEvent(event)
