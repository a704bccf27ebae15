"""The window a referent lives in: the dossier tree on the left, the fiche on the right, actions all around.

Screens never run SQL: every read and write goes through the controller's DB worker and comes back by
signal. Every user string goes through tr(); `retranslate()` runs again on a live language switch.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStyle,
    QTabWidget,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.models.changes import Changes
from app.models.kinds import FINESS_KINDS
from app.models.rules import allowed_children, placement_refusal
from app.models.rows import NodeRow
from app.views import workspaces
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
from app.views.fiche_pane import Banner, FichePane
from app.views.forms.form_view import FormView
from app.views.i18n import LANGUAGES, TRANSLATIONS
from app.views.icons import app_icon
from app.views.labels import kind_label, type_offre_label
from app.views.sync_controller import SyncController

EXPAND_ALL_LIMIT = 3000  # a filter that keeps at most this many nodes shows them all expanded
ONLINE_COLOURS = {"online": "#2e7d32", "offline": "#757575", "syncing": "#1565c0", "error": "#c62828"}


class MainWindow(QMainWindow):
    nodeSelected = Signal(int)  # node id of the new current node
    workspaceOpened = Signal(str)  # path, once the tree is populated
    refused = Signal(str)  # the plain reason shown for a refused action

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
        self.setWindowIcon(app_icon())
        self._build_tree_side()
        self._build_fiche_side()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 720])
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status()
        self._connect()
        self.sync = SyncController(self)
        self.sync.syncFinished.connect(self._reload_fiche_if_clean)
        self.sync.conflictsSettled.connect(self._reload_fiche_if_clean)
        self.retranslate()
        self.resize(1280, 800)

    # ================================================================== building
    def _build_tree_side(self) -> None:
        self.left = QWidget()
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setObjectName("filter")
        self.favourites_button = QToolButton()
        self.favourites_button.setCheckable(True)
        self.favourites_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("#notice { background: #fdecea; color: #8e1b1b; border: 1px solid #c62828;"
                                  " border-radius: 4px; padding: 6px; }")
        self.notice.hide()
        self.view = QTreeView()
        self.view.setObjectName("tree")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setIconSize(QSize(26, 18))
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 110)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.favourites_button)
        layout = QVBoxLayout(self.left)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(120)

    def _build_fiche_side(self) -> None:
        self.right = QWidget()
        self.banner = Banner()
        self.summary = FichePane()
        self.form_view = FormView()
        layout = QVBoxLayout(self.right)
        layout.setContentsMargins(0, 6, 6, 6)
        layout.addWidget(self.banner)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form_view, "")
        self.tabs.addTab(self.summary, "")
        layout.addWidget(self.tabs, 1)

    def _action(self, shortcut: QKeySequence | str | None = None, icon: QStyle.StandardPixmap | None = None,
                slot=None, checkable: bool = False) -> QAction:
        act = QAction(self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if icon is not None:
            act.setIcon(self.style().standardIcon(icon))
        act.setCheckable(checkable)
        if slot is not None:
            act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.act_new_ws = self._action(QKeySequence.StandardKey.New, sp.SP_FileIcon, self.new_workspace_dialog)
        self.act_open_ws = self._action(QKeySequence.StandardKey.Open, sp.SP_DialogOpenButton,
                                        self.open_workspace_dialog)
        self.act_open_demo = self._action(None, None, self.open_demo)
        self.act_quit = self._action(QKeySequence.StandardKey.Quit, None, self.close)
        self.act_undo = self._action(QKeySequence.StandardKey.Undo, sp.SP_ArrowBack, self.stack.undo)
        self.act_redo = self._action(QKeySequence.StandardKey.Redo, sp.SP_ArrowForward, self.stack.redo)
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        self.act_create = self._action("Ins", sp.SP_FileDialogNewFolder, self.create_units)
        self.act_rename = self._action("F2", sp.SP_FileDialogDetailedView, self.rename_current)
        self.act_duplicate = self._action("Ctrl+D", sp.SP_FileLinkIcon, self.duplicate_current)
        self.act_move = self._action("Ctrl+M", sp.SP_ArrowRight, self.move_current_dialog)
        self.act_delete = self._action(QKeySequence.StandardKey.Delete, sp.SP_TrashIcon, self.delete_current)
        self.act_favourite = self._action("Ctrl+B", sp.SP_DialogApplyButton, self.toggle_favourite, True)
        self.act_find = self._action(QKeySequence.StandardKey.Find, None, self.focus_filter)
        self.act_expand = self._action("Ctrl+Shift+E", None, self.view.expandAll)
        self.act_collapse = self._action("Ctrl+Shift+W", None, self.view.collapseAll)
        self.act_favourites_only = self._action("Ctrl+Shift+B", None, self._favourites_only_toggled, True)
        self.act_focus_tree = self._action("F6", None, self._toggle_focus)
        self.act_about = self._action(None, None, self.about)
        self.act_about_qt = self._action(None, None, QApplication.aboutQt)
        self.lang_group = QActionGroup(self)
        self.lang_actions: dict[str | None, QAction] = {}
        for code in (None, *LANGUAGES):
            act = QAction(self, checkable=True)
            act.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.lang_group.addAction(act)
            self.lang_actions[code] = act
        self.node_actions = [self.act_create, self.act_rename, self.act_duplicate, self.act_move,
                             self.act_delete, self.act_favourite]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_recent = QMenu(self)
        self.menu_file.addActions([self.act_new_ws, self.act_open_ws])
        self.menu_file.addMenu(self.menu_recent)
        self.menu_file.addAction(self.act_open_demo)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addActions([self.act_undo, self.act_redo])
        self.menu_edit.addSeparator()
        self.menu_edit.addActions(self.node_actions)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_find)
        self.menu_view = bar.addMenu("")
        self.menu_lang = QMenu(self)
        self.menu_lang.addActions(list(self.lang_actions.values()))
        self.menu_view.addMenu(self.menu_lang)
        self.menu_view.addSeparator()
        self.menu_view.addActions([self.act_favourites_only, self.act_expand, self.act_collapse,
                                   self.act_focus_tree])
        self.menu_help = bar.addMenu("")
        self.menu_help.addActions([self.act_about, self.act_about_qt])
        self.menu_recent.aboutToShow.connect(self._fill_recent)
        self.menus = {"file": self.menu_file, "edit": self.menu_edit, "view": self.menu_view,
                      "help": self.menu_help}

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        self.toolbar.addActions([self.act_undo, self.act_redo])
        self.toolbar.addSeparator()
        self.toolbar.addActions(self.node_actions)
        self.addToolBar(self.toolbar)

    def _build_status(self) -> None:
        self.online_label = QLabel()
        self.online_label.setObjectName("onlineState")
        self.pending_label = QLabel()
        self.pending_label.setObjectName("pendingCount")
        self.statusBar().addPermanentWidget(self.pending_label)
        self.statusBar().addPermanentWidget(self.online_label)

    def _connect(self) -> None:
        c = self.controller
        c.loaded.connect(self._on_loaded)
        c.applied.connect(self._on_applied)
        c.refused.connect(self.show_refusal)
        c.pendingChanged.connect(self.set_pending_count)
        self.model.moveRequested.connect(self.move_node)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.filter.textChanged.connect(lambda _t: self._filter_timer.start())
        self._filter_timer.timeout.connect(lambda: self.apply_filter(self.filter.text()))
        self.filter.returnPressed.connect(self._filter_return)
        self.favourites_button.toggled.connect(self.act_favourites_only.setChecked)
        self.favourites_button.toggled.connect(lambda on: self.apply_filter(self.filter.text(), on))
        self.stack.canUndoChanged.connect(self.act_undo.setEnabled)
        self.stack.canRedoChanged.connect(self.act_redo.setEnabled)
        self.stack.indexChanged.connect(self._on_stack_index)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.rowsRemoved.connect(self._update_count)
        if self.form_view is not None and hasattr(self.form_view, "saved"):
            self.form_view.saved.connect(self.apply_changes)

    # ================================================================== translations
    def retranslate(self) -> None:
        """Set every visible text again (called at start and on each language change)."""
        self._set(self.act_new_ws, self.tr("&Nouvel espace de travail…"), self.tr("Créer un espace de travail vide"))
        self._set(self.act_open_ws, self.tr("&Ouvrir un espace de travail…"), self.tr("Ouvrir un fichier d'espace de travail"))
        self._set(self.act_open_demo, self.tr("Ouvrir la &démonstration"), self.tr("Ouvrir l'espace de démonstration"))
        self._set(self.act_quit, self.tr("&Quitter"), self.tr("Fermer ROR Référent"))
        self._set(self.act_create, self.tr("&Créer…"), self.tr("Créer une ou plusieurs unités sous l'unité choisie (Inser)"))
        self._set(self.act_rename, self.tr("&Renommer…"), self.tr("Renommer l'unité, avec la règle de nommage (F2)"))
        self._set(self.act_duplicate, self.tr("D&upliquer"), self.tr("Copier l'unité avec son contenu (Ctrl+D)"))
        self._set(self.act_move, self.tr("&Déplacer vers…"), self.tr("Ranger l'unité sous un autre parent (Ctrl+M)"))
        self._set(self.act_delete, self.tr("&Supprimer…"), self.tr("Supprimer l'unité et ce qu'elle contient (Suppr)"))
        self._set(self.act_favourite, self.tr("Mes é&tablissements"),
                  self.tr("Ajouter ou retirer l'unité de « Mes établissements » (Ctrl+B)"))
        self._set(self.act_find, self.tr("&Filtrer l'arborescence"), self.tr("Aller au champ de filtre (Ctrl+F)"))
        self._set(self.act_expand, self.tr("Tout &déplier"), None)
        self._set(self.act_collapse, self.tr("Tout &replier"), None)
        self._set(self.act_favourites_only, self.tr("Afficher seulement « Mes établissements »"), None)
        self._set(self.act_focus_tree, self.tr("Passer de l'arborescence à la fiche"), None)
        self._set(self.act_about, self.tr("À &propos de ROR Référent"), None)
        self._set(self.act_about_qt, self.tr("À propos de &Qt"), None)
        self.lang_actions[None].setText(self.tr("Langue du système"))
        for code, name in LANGUAGES.items():
            self.lang_actions[code].setText(name)
        self.menu_file.setTitle(self.tr("&Fichier"))
        self.menu_recent.setTitle(self.tr("Espaces &récents"))
        self.menu_edit.setTitle(self.tr("&Édition"))
        self.menu_view.setTitle(self.tr("&Affichage"))
        self.menu_lang.setTitle(self.tr("&Langue"))
        self.menu_help.setTitle(self.tr("A&ide"))
        self.toolbar.setWindowTitle(self.tr("Actions"))
        self.filter.setPlaceholderText(self.tr("Filtrer : nom, n° FINESS, département, champ d'activité (Ctrl+F)"))
        self.favourites_button.setText(self.tr("Mes établissements"))
        self.favourites_button.setToolTip(self.tr("Afficher seulement les établissements suivis (Ctrl+Maj+B)"))
        self.view.setAccessibleName(self.tr("Arborescence du dossier"))
        if self.tabs is not None:
            self.tabs.setTabText(0, self.tr("Fiche"))
            self.tabs.setTabText(1, self.tr("Résumé"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self._retranslate_undo()
        if getattr(self, "sync", None) is not None:
            self.sync.retranslate()
        self.set_online_state(*self._online)
        self.set_pending_count(self._pending)
        self._update_count()
        self._update_title()
        self._update_actions()

    @staticmethod
    def _set(action: QAction, text: str, tip: str | None) -> None:
        action.setText(text)
        action.setToolTip(tip or text.replace("&", ""))
        action.setStatusTip(tip or "")

    def _on_stack_index(self, _index: int) -> None:
        try:
            self._retranslate_undo()
        except RuntimeError:  # the stack is being destroyed with the window
            pass

    def _retranslate_undo(self) -> None:
        undo, redo = self.stack.undoText(), self.stack.redoText()
        self.act_undo.setText(self.tr("&Annuler {0}").format(undo).strip() if undo else self.tr("&Annuler"))
        self.act_redo.setText(self.tr("&Rétablir {0}").format(redo).strip() if redo else self.tr("&Rétablir"))
        self.act_undo.setIconText(self.tr("Annuler"))
        self.act_redo.setIconText(self.tr("Rétablir"))

    def changeEvent(self, event: QEvent) -> None:
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

    # ================================================================== public API (sync and forms)
    @property
    def worker(self):
        """The DB worker (`submit(fn, on_done, on_error)`): the `ws_proxy` handed to the form view."""
        return self.controller.worker

    @property
    def workspace(self):
        return self.controller.workspace

    def set_online_state(self, state: str, detail: str = "") -> None:
        """Show the server state: 'online', 'offline', 'syncing', 'error' or 'unknown'; detail goes to the tooltip."""
        self._online = (state, detail)
        text = {
            "online": self.tr("En ligne"),
            "offline": self.tr("Hors ligne"),
            "syncing": self.tr("Synchronisation…"),
            "error": self.tr("Erreur de synchronisation"),
        }.get(state, self.tr("Serveur non configuré"))
        colour = ONLINE_COLOURS.get(state, "#757575")
        self.online_label.setText(f"<span style='color:{colour}'>●</span> {text}")
        self.online_label.setToolTip(detail)

    def set_pending_count(self, n: int) -> None:
        """Show how many changes wait in the outbox."""
        self._pending = int(n)
        if self._pending == 0:
            self.pending_label.setText(self.tr("Aucune modification en attente"))
        else:
            self.pending_label.setText(self.tr("%n modification(s) en attente d'envoi", "", self._pending))

    def apply_changes(self, changes: Changes) -> None:
        """Refresh the tree, the summary and the banner after a write made elsewhere (form save, sync pull)."""
        self.controller.apply_changes(changes)

    def _reload_fiche_if_clean(self, *_args) -> None:
        """After a sync the fiche on screen may have changed on the server: show it again, unless being edited."""
        form = self.form_view
        if form.opened is not None and not form.has_unsaved_changes():
            form.reload()

    def current_node_id(self) -> int | None:
        return self.model.id_of(self.view.currentIndex())

    def current_row(self) -> NodeRow | None:
        node_id = self.current_node_id()
        return self.model.tree.nodes.get(node_id) if node_id is not None else None

    def select_node(self, node_id: int, expand: bool = False) -> bool:
        """Reveal a node (expanding its parents), make it current, optionally expand it."""
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

    # ================================================================== workspaces
    def open_workspace(self, path: str | Path, create: bool = False) -> None:
        self.controller.open(path, create=create)

    def open_demo(self) -> None:
        """Open the demo workspace of the user's data directory, making it first when absent."""
        from app.models.demo import make_demo

        self.controller.open(workspaces.default_workspace(), maker=lambda p: make_demo(p))

    def open_start_workspace(self) -> None:
        """First start: the last workspace when it still exists, else the demo one."""
        recents = workspaces.recent_workspaces() if self.remember else []
        existing = [p for p in recents if Path(p).exists()]
        if existing:
            self.open_workspace(existing[0])
        else:
            self.open_demo()

    def open_workspace_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Ouvrir un espace de travail"), "",
                                              self.tr("Espaces de travail (*.sqlite *.db);;Tous les fichiers (*)"))
        if path:
            self.open_workspace(path)

    def new_workspace_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Nouvel espace de travail"), "espace.sqlite",
                                              self.tr("Espaces de travail (*.sqlite)"))
        if path:
            if Path(path).exists():
                self.show_refusal(self.tr("Le fichier {0} existe déjà : choisissez un autre nom.").format(path))
                return
            self.open_workspace(path, create=True)

    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        recents = workspaces.recent_workspaces()
        for path in recents:
            act = self.menu_recent.addAction(path)
            act.triggered.connect(lambda _c=False, p=path: self.open_workspace(p))
        if not recents:
            act = self.menu_recent.addAction(self.tr("(aucun)"))
            act.setEnabled(False)

    def _on_loaded(self, path: str) -> None:
        if self.remember:
            workspaces.remember_workspace(path)
        self.view.collapseAll()
        if self.model.filtered:
            self.model.refilter()
        for row in range(self.model.rowCount()):
            self.view.expand(self.model.index(row, 0))
        first = self.model.index(0, 0)
        if first.isValid():
            self.view.setCurrentIndex(first)
        self._update_title()
        self._update_count()
        self.workspaceOpened.emit(path)

    def _update_title(self) -> None:
        path = self.controller.path
        name = path.name if path else ""
        self.setWindowTitle(self.tr("ROR Référent") + (f" — {name}" if name else ""))

    # ================================================================== selection, summary, banner
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node_id = self.model.id_of(current)
        self._current = node_id
        self._update_actions()
        self.refresh_fiche()
        if node_id is not None:
            self.nodeSelected.emit(node_id)
            if self.form_view is not None:
                try:
                    self.form_view.load(self.controller.worker, node_id)
                except Exception as exc:  # noqa: BLE001 - keep the window usable
                    self.show_refusal(str(exc))

    def refresh_fiche(self) -> None:
        """Reload the summary and the banner of the current node (read on the worker)."""
        node_id = self._current
        row = self.model.tree.nodes.get(node_id) if node_id is not None else None
        if row is None:
            self.summary.show_node(None)
            self.banner.show_dossier(None)
            return

        def read(ws):
            return ws.fiches.get(node_id), ws.dossiers.of(node_id)

        def show(result) -> None:
            if node_id != self._current or node_id not in self.model.tree:
                return
            fiche, dossier = result
            fresh = self.model.tree.nodes[node_id]
            self.summary.show_node(fresh, fiche, dossier)
            self.banner.show_dossier(dossier, fresh.comment)

        self.controller.read(read, show)

    def _update_actions(self) -> None:
        row = self.current_row()
        has = row is not None and self.workspace is not None
        for act in self.node_actions:
            act.setEnabled(has)
        if row is not None:
            self.act_create.setEnabled(has and bool(allowed_children(row.kind, row.domaine)))
            self.act_favourite.setChecked(row.favourite)

    def _update_count(self, *_args) -> None:
        total = len(self.model.tree)
        if self.model.filtered:
            shown = len(self.model._visible or ())  # noqa: SLF001
            self.count_label.setText(self.tr("{0} unité(s) affichée(s) sur {1}").format(shown, total))
        else:
            self.count_label.setText(self.tr("{0} unité(s)").format(total))

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            self.view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addActions(self.node_actions)
        menu.addSeparator()
        menu.addActions([self.act_undo, self.act_redo])
        menu.popup(self.view.viewport().mapToGlobal(pos))
        self._last_context_menu = menu

    # ================================================================== filter
    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def apply_filter(self, text: str, favourites_only: bool | None = None) -> int:
        """Narrow the tree to the matches and their parents; returns the number of nodes shown."""
        self._filter_timer.stop()
        current = self._current
        shown = self.model.set_filter(text, favourites_only)
        if self.model.filtered and shown <= EXPAND_ALL_LIMIT:
            self.view.expandAll()
        elif not self.model.filtered:
            for row in range(self.model.rowCount()):
                self.view.expand(self.model.index(row, 0))
        if current is not None and self.model.index_of_id(current).isValid():
            self.select_node(current)
        self._update_count()
        return shown

    def _filter_return(self) -> None:
        """Enter in the filter box goes to the first match."""
        self.apply_filter(self.filter.text())
        words = self.filter.text()
        matches = self.model.tree.matches(words) if words.strip() else set()
        for node_id in self.model.tree.depth_first():
            if node_id in matches:
                self.select_node(node_id)
                break
        self.view.setFocus()

    def _favourites_only_toggled(self, on: bool) -> None:
        if self.favourites_button.isChecked() != on:
            self.favourites_button.setChecked(on)

    def _toggle_focus(self) -> None:
        target = self.right if self.view.hasFocus() else self.view
        target.setFocus()
        if target is self.right:
            (self.form_view or self.summary).setFocus()

    # ================================================================== actions
    def create_units(self) -> None:
        row = self.current_row()
        if row is None:
            return
        kinds = [k.value for k in allowed_children(row.kind, row.domaine)]
        if not kinds:
            self.show_refusal(self.tr("Une {0} ne peut rien contenir.").format(kind_label(row.kind).lower()))
            return
        dialog = CreateDialog(row.name, kinds, self)
        if dialog.exec() != CreateDialog.DialogCode.Accepted:
            return
        names = dialog.names()
        if not names[0].strip():
            self.show_refusal(self.tr("Le nom de l'unité est obligatoire."))
            return
        cmd = CreateCommand(self.controller, row.id, dialog.chosen_kind(), names)
        self.controller.execute(cmd, on_done=lambda ch: self._select_first(ch.inserted))

    def rename_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row.kind in FINESS_KINDS:  # the store refuses FINESS names; say it before opening a dialog
            self.controller.run(lambda ws: ws.nodes.rename(row.id, row.name + " "))
            return
        dialog = RenameDialog(row.name, suggest_name(row.name, row.kind, type_offre_label(row.type_offre)), self)
        if dialog.exec() != RenameDialog.DialogCode.Accepted:
            return
        new = dialog.new_name()
        if new == row.name:
            return
        self.controller.execute(RenameCommand(self.controller, row.id, row.name, new))

    def duplicate_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        cmd = DuplicateCommand(self.controller, row.id, row.name)
        self.controller.execute(cmd, on_done=lambda _ch: self.select_node(cmd.copy_id))

    def move_targets(self, node_id: int) -> list[tuple[int, str, str, int]]:
        """Parents a node may be moved under: same structure, allowed kind, not inside itself."""
        tree = self.model.tree
        row = tree.nodes[node_id]
        chain = [*tree.ancestors(node_id)]
        structure = next((a for a in reversed(chain) if tree.nodes[a].kind in ("EG", "EJ")), None)
        if structure is None or row.kind in FINESS_KINDS:
            return []
        inside = set(tree.descendants(node_id)) | {node_id}
        base_depth = len(tree.ancestors(structure))
        out = []
        for nid in [structure, *tree.descendants(structure)]:
            if nid in inside or nid == row.parent_id:
                continue
            target = tree.nodes[nid]
            if placement_refusal(target.kind, row.kind, target.domaine) is None:
                out.append((nid, target.kind, target.name, len(tree.ancestors(nid)) - base_depth))
        return out

    def move_current_dialog(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row.kind in FINESS_KINDS:  # let the store say why
            self.controller.run(lambda ws: ws.nodes.move(row.id, row.parent_id or row.id))
            return
        dialog = MoveDialog(row.name, self.move_targets(row.id), self)
        if dialog.exec() != MoveDialog.DialogCode.Accepted or dialog.target() is None:
            return
        self.move_node(row.id, dialog.target(), -1)

    def move_node(self, node_id: int, new_parent: int, position: int = -1) -> None:
        """Move a node (drag and drop or the dialog); position -1 puts it last."""
        tree = self.model.tree
        row = tree.nodes.get(node_id)
        if row is None:
            return
        if position < 0:
            position = len([i for i in tree.children(new_parent) if i != node_id])
        old_index = tree.index_of(node_id)
        if row.parent_id == new_parent and position == old_index:
            return
        cmd = MoveCommand(self.controller, node_id, row.name, row.parent_id, old_index, new_parent, position)
        self.controller.execute(cmd, on_done=lambda _ch: self.select_node(node_id))

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row.kind not in FINESS_KINDS:  # FINESS units: no question, the store refuses with the reason
            count = len(self.model.tree.descendants(row.id))
            text = self.tr("Supprimer « {0} » ?").format(row.name)
            if count:
                text += "\n" + self.tr("Les {0} unité(s) qu'elle contient seront supprimées aussi.").format(count)
            text += "\n" + self.tr("Vous pourrez annuler avec Ctrl+Z.")
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Supprimer"), text,
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            box.setDefaultButton(QMessageBox.StandardButton.No)
            self._confirm_box = box
            if box.exec() != QMessageBox.StandardButton.Yes:
                return
        parent = row.parent_id
        self.controller.execute(DeleteCommand(self.controller, row.id, row.name),
                                on_done=lambda _ch: parent is not None and self.select_node(parent))

    def toggle_favourite(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self.controller.execute(FavouriteCommand(self.controller, row.id, row.name, not row.favourite))

    def _select_first(self, ids) -> None:
        if ids:
            self.select_node(min(ids))

    # ================================================================== results
    def show_refusal(self, message: str) -> None:
        """Say plainly why an action was refused (inline above the tree and in the status bar)."""
        self.last_refusal = message
        self.notice.setText(message)
        self.notice.show()
        self.statusBar().showMessage(message, 15000)
        self._update_actions()
        self.refused.emit(message)

    def _on_applied(self, changes: Changes) -> None:
        self.notice.hide()
        self._update_actions()
        if self._current is not None and self._current not in self.model.tree:
            self._current = None
        if self._current is not None and (self._current in changes.nodes or changes.dossiers):
            self.refresh_fiche()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("À propos de ROR Référent"),
                          self.tr("ROR Référent décrit l'offre de soins de vos établissements dans le "
                                  "Répertoire Opérationnel des Ressources, même hors ligne."))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sync.close()
        self.controller.close()
        super().closeEvent(event)
