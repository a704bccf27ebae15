"""The main window's status bar: the server's state, and the label of how many changes wait.

A mixin of MainWindow (app/views/main_window.py); its texts keep the window's translation context.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

ONLINE_COLOURS = {"online": "#2e7d32", "offline": "#757575", "syncing": "#1565c0", "error": "#c62828"}


class WindowStatus:
    """The pending count's and the online state's labels, permanent widgets of the status bar (the window
    says the count itself: a plural its `tr()` carries)."""

    online_label: QLabel
    pending_label: QLabel
    _online: tuple[str, str]
    _pending: int

    def _build_status(self) -> None:
        self.online_label = QLabel()
        self.online_label.setObjectName("onlineState")
        self.pending_label = QLabel()
        self.pending_label.setObjectName("pendingCount")
        self.statusBar().addPermanentWidget(self.pending_label)
        self.statusBar().addPermanentWidget(self.online_label)

    def set_online_state(self, state: str, detail: str = "") -> None:
        """Show the server state: 'online', 'offline', 'syncing', 'error' or 'unknown'; detail as tooltip."""
        self._online = (state, detail)
        text = {
            "online": QCoreApplication.translate("MainWindow", "En ligne"),
            "offline": QCoreApplication.translate("MainWindow", "Hors ligne"),
            "syncing": QCoreApplication.translate("MainWindow", "Synchronisation…"),
            "error": QCoreApplication.translate("MainWindow", "Erreur de synchronisation"),
        }.get(state, QCoreApplication.translate("MainWindow", "Serveur non configuré"))
        colour = ONLINE_COLOURS.get(state, "#757575")
        self.online_label.setText(f"<span style='color:{colour}'>●</span> {text}")
        self.online_label.setToolTip(detail)
