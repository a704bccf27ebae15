"""The dossiers in the main window: the *Dossiers* dock (*Affichage > Dossiers*, Ctrl+Maj+D), *Confirmer sans
changement* (tree context menu and dock), the diff on demand, and two things the status bar says in words:
how many EGs are due for their yearly update and what the pending changes are made of (kept in dossiers until
they are sent, or direct changes the next sync sends)."""
from __future__ import annotations

import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel

from app.models.changes import Changes
from app.models.kinds import Kind
from app.models.yearly import due_count
from app.views import node_rules
from app.views.action_text import set_text
from app.views.dossiers.texts import translate


class DossiersPart(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.dock: QDockWidget | None = None
        self.panel: Any = None
        self.diff_dialog: Any = None
        self._due: int | None = None
        self._split: tuple[int, int] | None = None
        self.act_panel = QAction(window)
        self.act_panel.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.act_confirm = QAction(window)
        self.act_diff = QAction(window)
        for act in (self.act_panel, self.act_confirm, self.act_diff):
            window.addAction(act)
        self.act_confirm.setEnabled(False)  # until an EG (or a unit of one) is chosen
        self.act_diff.setEnabled(False)
        menu = window.window_actions.menu_view
        menu.addSeparator()
        menu.addActions([self.act_panel, self.act_diff])
        self.act_panel.triggered.connect(self.show_panel)
        self.act_confirm.triggered.connect(lambda: self._on_current("confirm"))
        self.act_diff.triggered.connect(lambda: self._on_current("diff"))
        self.yearly_label = QLabel()
        self.yearly_label.setObjectName("yearlyDue")
        window.statusBar().insertPermanentWidget(0, self.yearly_label)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh)
        self.controller.loaded.connect(lambda _p: self.refresh())
        self.controller.applied.connect(self._on_applied)
        self.controller.pendingChanged.connect(lambda _n: self._read_split())
        window.nodeSelected.connect(self._on_node_selected)
        self.retranslate()

    # ------------------------------------------------------------------ texts
    def context_actions(self) -> list[QAction]:
        return [self.act_confirm, self.act_diff]

    def retranslate(self) -> None:
        set_text(self.act_panel, translate("Dossiers", "&Dossiers"),
                 translate(
                         "Dossiers", "Le dossier de chaque établissement : état, contenu, envoi, retrait (Ctrl+Maj+D)"))
        set_text(self.act_confirm, translate("Dossiers", "Confirmer sans changement"),
                 translate(
                         "Dossiers", "Mise à jour annuelle : confirmer que l'offre de l'établissement n'a pas changé"))
        set_text(self.act_diff, translate("Dossiers", "Changements du dossier…"),
                 translate("Dossiers", "Ce que le dossier de l'établissement change par rapport à la version publiée"))
        if self.dock is not None:
            self.dock.setWindowTitle(translate("Dossiers", "Dossiers"))
            self.panel.retranslate()
        self._show_due()
        # after the window has set its own pending text again; no later than the window (the timer dies with it)
        QTimer.singleShot(0, self.window, self._show_split)

    # ------------------------------------------------------------------ the dock
    def show_panel(self) -> Any:
        if self.dock is None:
            from app.views.dossiers.panel import DossiersPanel

            self.panel = DossiersPanel()
            self.panel.nodeActivated.connect(lambda node_id: self.window.select_node(node_id, expand=True))
            self.panel.actionAsked.connect(self.act)
            self.panel.selectionChanged.connect(self._read_checklist)
            self.dock = QDockWidget(self.window)
            self.dock.setObjectName("dossiersDock")
            self.dock.setWidget(self.panel)
            self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
            self.window.resizeDocks([self.dock], [300], Qt.Orientation.Vertical)
            self.retranslate()
        self._on_node_selected(self.window.current_node_id())
        self.dock.show()
        self.dock.raise_()
        self.refresh()
        return self.panel

    def refresh(self) -> None:
        """Read again the yearly count, and the panel's rows when it shows (on the DB worker)."""
        if self.controller.workspace is None:
            return
        today = datetime.date.today()
        self.controller.read(lambda ws: due_count(ws.published.dates(), today), self._set_due)
        self._read_split()
        if self.panel is not None and self.dock is not None and self.dock.isVisible():
            from app.views.dossiers.reads import panel_rows

            self.controller.read(panel_rows, self._set_rows)

    def _set_rows(self, rows: list) -> None:
        self.panel.set_rows(rows)
        self._read_checklist(self.panel.selected_structure())

    def _read_checklist(self, structure_id: int | None) -> None:
        if self.panel is None:
            return
        if structure_id is None:
            self.panel.set_checklist(None)
            return
        self.controller.read(lambda ws: ws.dossiers.checklist(structure_id), self.panel.set_checklist)

    def _on_applied(self, changes: Changes, _origin: object) -> None:
        if changes.dossiers or changes.outbox or changes.nodes:
            self._refresh_timer.start()

    def _on_node_selected(self, node_id: int | None) -> None:
        tree = self.controller.tree
        target = node_rules.structure_of(tree, node_id) if node_id is not None and node_id in tree else None
        self.act_confirm.setEnabled(target is not None and tree.nodes[target].kind == Kind.EG)
        self.act_diff.setEnabled(target is not None)
        if self.panel is not None:
            self.panel.target = target
            self.panel.update_buttons()

    # ------------------------------------------------------------------ actions
    def _on_current(self, name: str) -> None:
        node_id = self.window.current_node_id()
        tree = self.controller.tree
        target = node_rules.structure_of(tree, node_id) if node_id is not None and node_id in tree else None
        if target is not None:
            self.act(name, target)

    def act(self, name: str, structure_id: int) -> None:
        """One of the panel's actions on a structure."""
        run = self.controller.run
        if name == "open":
            run(lambda ws: ws.dossiers.open_on(structure_id), origin=self)
        elif name == "send":
            self.window.sync.sending.send_structure(structure_id)
        elif name == "withdraw":
            run(lambda ws: ws.dossiers.withdraw(structure_id), lambda _c: self._sync_soon(), origin=self)
        elif name == "diff":
            self.controller.read(lambda ws: ws.published.diff(structure_id), self._show_diff)
        elif name == "finalise":
            from app.views.dossiers.send_flow import finalise_complete

            finalise_complete(self.window, structure_id)
        elif name == "confirm":
            def confirmed(_changes: Changes) -> None:
                self.window.status(translate(
                        "Dossiers", "Confirmation annuelle enregistrée : elle part au serveur avec la "
                                      "prochaine synchronisation."))
                self._sync_soon()

            run(lambda ws: ws.published.confirm(structure_id), confirmed, origin=self)

    def _sync_soon(self) -> None:
        sync = getattr(self.window, "sync", None)
        if sync is not None and sync.config.get("url") and sync.reachable is not False:
            sync.sync_now(user=False)

    def _show_diff(self, diff: Any) -> None:
        from app.views.dossiers.diff_view import DiffDialog

        self.diff_dialog = DiffDialog(diff, self.window)
        self.diff_dialog.show()

    # ------------------------------------------------------------------ the status bar
    def _set_due(self, count: int) -> None:
        self._due = count
        self._show_due()

    def _show_due(self) -> None:
        if self._due is None:
            self.yearly_label.setText("")
            return
        if self._due == 0:
            self.yearly_label.setText(translate("Dossiers", "Mise à jour annuelle : à jour"))
        else:
            self.yearly_label.setText(translate(
                    "Dossiers", "Mise à jour annuelle : {0} établissement(s) à confirmer").format(self._due))
        self.yearly_label.setToolTip(translate(
                "Dossiers", "Chaque établissement doit être mis à jour au moins une fois par an : un "
                                        "établissement est à confirmer quand rien n'a été publié ni confirmé depuis "
                                        "12 mois (Confirmer sans changement, ou envoyer son dossier)."))

    def _read_split(self) -> None:
        if self.controller.workspace is not None:
            self.controller.read(lambda ws: ws.dossiers.pending_split(), self._set_split)

    def _set_split(self, split: tuple[int, int]) -> None:
        self._split = split
        self._show_split()

    def _show_split(self) -> None:
        label = getattr(self.window, "pending_label", None)
        if label is None or self._split is None or not shiboken6.isValid(label):  # a read ending after the close
            return
        in_dossiers, direct = self._split
        if in_dossiers + direct == 0:
            label.setText(translate("Dossiers", "Aucune modification en attente"))
        else:
            label.setText(translate(
                    "Dossiers", "{0} modification(s) en attente : {1} dans les dossiers (partent à l'envoi du "
                             "dossier), {2} à envoyer au serveur").format(in_dossiers + direct, in_dossiers, direct))
        label.setToolTip(translate(
                "Dossiers", "Les créations, renommages, déplacements, suppressions et fiches d'un dossier restent "
                            "ici jusqu'à l'envoi du dossier au validateur. Le bilan de synchronisation "
                            "(« N envoyée(s) ») ne compte que les modifications directes acceptées par le "
                            "serveur."))
