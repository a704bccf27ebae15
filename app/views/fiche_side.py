"""The right side of the window: the dossier banner, a refused change of the unit, the fiche and its summary.

Shows what concerns the current node (read on the DB worker); a refused change can be sent again or given up
from here, through the controller like any other write.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.views.controller import Controller
from app.views.failure_panel import FailurePanel
from app.views.fiche_pane import Banner, FichePane
from app.views.forms.form_view import FormView


class FicheSide(QWidget):
    nodeRead = Signal(int, object)  # node id, its FicheData (origins: what the rules need), once read

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.node_id: int | None = None
        self.banner = Banner()
        self.failures = FailurePanel()
        self.summary = FichePane()
        self.form_view = FormView()
        self.form_view.attach(controller)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form_view, "")
        self.tabs.addTab(self.summary, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(self.failures)
        layout.addWidget(self.tabs, 1)
        self.failures.retryRequested.connect(self.retry)
        self.failures.discardRequested.connect(self.discard)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Fiche"))
        self.tabs.setTabText(1, self.tr("Résumé"))

    def show_node(self, node_id: int | None) -> None:
        """The summary, the banner and the refused changes of a node (read on the worker); None clears."""
        self.node_id = node_id
        tree = self.controller.tree
        if node_id is None or node_id not in tree:
            self.summary.show_node(None)
            self.banner.show_dossier(None)
            self.failures.show_entries([])
            return

        def read(ws) -> tuple[Any, Any, list[Any]]:
            failed = [e for e in ws.outbox.failed() if e.node_id == node_id]
            return ws.fiches.get(node_id), ws.dossiers.of(node_id), failed

        def show(result) -> None:
            if node_id != self.node_id or node_id not in tree:
                return
            fiche, dossier, failed = result
            fresh = tree.nodes[node_id]
            self.summary.show_node(fresh, fiche, dossier)
            self.banner.show_dossier(dossier, fresh.comment)
            self.failures.show_entries(failed)
            self.nodeRead.emit(node_id, fiche)

        # a node removed meanwhile (an undo, a sync) is no refusal: the selection moves on by itself
        self.controller.read(read, show, lambda _exc: None)

    def refresh(self) -> None:
        self.show_node(self.node_id)

    def retry(self, entry_ids: list[int]) -> None:
        """Send the refused changes again (the next synchronisation takes them)."""
        self.controller.run(lambda ws: ws.outbox.retry(entry_ids))

    def discard(self, entry_ids: list[int]) -> None:
        """Give the refused changes up: the unit takes the server's copy back at the next synchronisation."""
        self.controller.run(lambda ws: ws.outbox.discard(entry_ids))
