"""Opening workspaces: a file chosen or created, the recent ones, the demo, and the one shown at start."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from app.views import workspaces
from app.views.controller import Controller


class WorkspaceOpening(QObject):
    def __init__(self, controller: Controller, parent: QWidget, remember: bool,
                 show_refusal: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.controller = controller
        self.parent_widget = parent
        self.remember = remember  # False for screenshots and tests that must not touch the settings
        self.show_refusal = show_refusal
        controller.loaded.connect(self._loaded)

    def open_workspace(self, path: str | Path, create: bool = False) -> None:
        self.controller.open(path, create=create)

    def open_demo(self) -> None:
        """Open the demo workspace of the user's data directory, making it first when absent."""
        from app.models.demo import make_demo

        self.controller.open(workspaces.default_workspace(), maker=lambda p: make_demo(p, capacities=True))

    def open_start_workspace(self) -> None:
        """First start: the last workspace when it still exists, else the demo one."""
        recents = workspaces.recent_workspaces() if self.remember else []
        existing = [p for p in recents if Path(p).exists()]
        if existing:
            self.open_workspace(existing[0])
        else:
            self.open_demo()

    def open_dialog(self) -> None:
        kinds = self.tr("Espaces de travail (*.sqlite *.db);;Tous les fichiers (*)")
        path, _ = QFileDialog.getOpenFileName(self.parent_widget, self.tr("Ouvrir un espace de travail"), "",
                                              kinds)
        if path:
            self.open_workspace(path)

    def new_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Nouvel espace de travail"),
                                              "espace.sqlite", self.tr("Espaces de travail (*.sqlite)"))
        if path:
            if Path(path).exists():
                text = self.tr("Le fichier {0} existe déjà : choisissez un autre nom.")
                self.show_refusal(text.format(path))
                return
            self.open_workspace(path, create=True)

    def fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        recents = workspaces.recent_workspaces()
        for path in recents:
            act = menu.addAction(path)
            act.triggered.connect(lambda _c=False, p=path: self.open_workspace(p))
        if not recents:
            act = menu.addAction(self.tr("(aucun)"))
            act.setEnabled(False)

    def _loaded(self, path: str) -> None:
        if self.remember:
            workspaces.remember_workspace(path)
