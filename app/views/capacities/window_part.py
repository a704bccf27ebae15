"""The Disponibilités in the main window: a dock with the entry view and the group view, opened from
*Affichage > Disponibilités* / *Disponibilités du groupe* and the tree's context menu, and
*Fichier > Importer des capacités (CSV)…*. Built on first use, so the window opens as fast as before."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QTabWidget

from app.models.kinds import Kind
from app.views.action_text import set_text


def eg_ids_for(tree, node_id: int | None) -> list[int]:
    """The EGs a node stands for: an EG itself, the EG above a unit, an EJ's EGs; none otherwise."""
    if node_id is None or node_id not in tree:
        return []
    row = tree.row(node_id)
    if row.kind == Kind.EJ:
        return [c for c in tree.children(node_id) if tree.row(c).kind == Kind.EG]
    current: int | None = node_id
    while current is not None:
        if tree.row(current).kind == Kind.EG:
            return [current]
        current = tree.parent_of(current)
    return []


def group_ids_for(tree, node_id: int | None) -> list[int] | None:
    """The group view's EGs: an EJ's when one is chosen, else every EG (None)."""
    if node_id is not None and node_id in tree and tree.row(node_id).kind == Kind.EJ:
        return eg_ids_for(tree, node_id)
    return None


class CapacitiesPart(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.dock: QDockWidget | None = None
        self.tabs: QTabWidget | None = None
        self.dispo = None
        self.group = None
        self.import_dialog = None
        actions = window.window_actions
        self.act_dispo = QAction(window)
        self.act_dispo.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.act_group = QAction(window)
        self.act_import = QAction(window)
        for act in (self.act_dispo, self.act_group, self.act_import):
            window.addAction(act)
        actions.menu_view.addSeparator()  # after the dashboard and the dossiers: the views of the group's work
        actions.menu_view.addActions([self.act_dispo, self.act_group])
        actions.menu_file.insertAction(actions.quit, self.act_import)
        actions.menu_file.insertSeparator(actions.quit)
        self.act_dispo.triggered.connect(lambda: self.open_dispo())
        self.act_group.triggered.connect(lambda: self.open_group())
        self.act_import.triggered.connect(lambda: self.import_dialog_open())
        window.nodeSelected.connect(self._follow)
        self.retranslate()

    def context_actions(self) -> list[QAction]:
        return [self.act_dispo, self.act_group]

    def retranslate(self) -> None:
        set_text(self.act_dispo, self.tr("&Disponibilités"),
                 self.tr("Saisir les lits et places de l'établissement choisi (Ctrl+Maj+L)"))
        set_text(self.act_group, self.tr("Disponibilités du &groupe"),
                 self.tr("Totaux des lits et places de l'entité juridique choisie, ou de tous les établissements"))
        set_text(self.act_import, self.tr("&Importer des capacités (CSV)…"),
                 self.tr("Aperçu puis application d'un export de gestion des lits"))
        if self.dock is not None:
            self.dock.setWindowTitle(self.tr("Disponibilités"))
            self.tabs.setTabText(0, self.tr("Saisie"))
            self.tabs.setTabText(1, self.tr("Groupe"))
            self.dispo.retranslate()
            self.group.retranslate()

    def _ensure_dock(self) -> None:
        if self.dock is not None:
            return
        from app.views.capacities.dispo_view import DispoView
        from app.views.capacities.group_view import GroupView

        self.dispo = DispoView(self.controller)
        self.group = GroupView(self.controller)
        self.group.egActivated.connect(lambda eg: self.open_dispo([eg]))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.dispo, "")
        self.tabs.addTab(self.group, "")
        self.dock = QDockWidget(self.window)
        self.dock.setObjectName("dispoDock")
        self.dock.setWidget(self.tabs)
        self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.window.resizeDocks([self.dock], [360], Qt.Orientation.Vertical)
        self.retranslate()

    def open_dispo(self, eg_ids: list[int] | None = None):
        """The entry view for these EGs (by default those of the tree's current node)."""
        self._ensure_dock()
        ids = eg_ids if eg_ids is not None else eg_ids_for(self.controller.tree, self.window.current_node_id())
        self.dispo.show_egs(ids)
        self.tabs.setCurrentWidget(self.dispo)
        self.dock.show()
        self.dock.raise_()
        self.dispo.table.setFocus()
        return self.dispo

    def _follow(self, node_id: int) -> None:
        """While the entry view is shown, it follows the EG chosen in the tree."""
        if self.dock is None or not self.dock.isVisible() or self.tabs.currentWidget() is not self.dispo:
            return
        ids = eg_ids_for(self.controller.tree, node_id)
        if ids and ids != self.dispo.eg_ids:
            self.dispo.show_egs(ids)

    def open_group(self, eg_ids: list[int] | None = None, all_egs: bool = False):
        """The group view for these EGs (by default the current EJ's, else every EG)."""
        self._ensure_dock()
        if eg_ids is None and not all_egs:
            eg_ids = group_ids_for(self.controller.tree, self.window.current_node_id())
        self.group.show_group(eg_ids)
        self.tabs.setCurrentWidget(self.group)
        self.dock.show()
        self.dock.raise_()
        return self.group

    def import_dialog_open(self, path: str | None = None):
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(self.window, self.tr("Importer des capacités"), "",
                                                        self.tr("Fichiers CSV (*.csv);;Tous les fichiers (*)"))
            if not path:
                return None
        from app.views.capacities.import_preview import ImportPreview

        self.import_dialog = ImportPreview(self.controller, path, self.window)
        self.import_dialog.open()
        return self.import_dialog
