"""The *Serveur* menu and the sync's toolbar actions: connect, synchronise (F5), send for validation,
settle conflicts. Texts keep the SyncController translation context."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle

from app.views.action_text import set_text
from app.views.sync_host import SyncHost


class SyncActions(QObject):
    def __init__(self, host: SyncHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        sp = QStyle.StandardPixmap
        self.connect = self._action(None, sp.SP_DriveNetIcon)
        self.sync = self._action("F5", sp.SP_BrowserReload)
        self.send = self._action("Ctrl+Shift+V", sp.SP_DialogYesButton)
        self.conflicts = self._action(None, sp.SP_MessageBoxWarning)
        self.menu = QMenu(host.widget())
        self.menu.addActions([self.connect, self.sync])
        self.menu.addSeparator()
        self.menu.addActions([self.send, self.conflicts])
        host.add_server_menu(self.menu, [self.sync, self.send])

    def _action(self, shortcut: str | None, icon: QStyle.StandardPixmap) -> QAction:
        window = self.host.widget()
        act = QAction(window)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.setIcon(window.style().standardIcon(icon))
        window.addAction(act)
        return act

    def wire(self, connect: Callable[[], object], sync: Callable[[], object], send: Callable[[], object],
             conflicts: Callable[[], object]) -> None:
        self.connect.triggered.connect(connect)
        self.sync.triggered.connect(sync)
        self.send.triggered.connect(send)
        self.conflicts.triggered.connect(conflicts)

    def retranslate(self) -> None:
        set_text(self.connect, QCoreApplication.translate("SyncController", "&Connexion au serveur…"),
                 QCoreApplication.translate("SyncController", "Adresse du serveur ROR, identifiant et mot de "
                                                              "passe"))
        set_text(self.sync, QCoreApplication.translate("SyncController", "&Synchroniser"),
                 QCoreApplication.translate("SyncController", "Envoyer les modifications et recevoir celles "
                                                              "du serveur (F5)"))
        set_text(self.send, QCoreApplication.translate("SyncController", "&Envoyer pour validation…"),
                 QCoreApplication.translate("SyncController", "Envoyer le dossier de l'établissement choisi "
                                                              "au validateur (Ctrl+Maj+V)"))
        set_text(self.conflicts, QCoreApplication.translate("SyncController", "&Résoudre les conflits…"),
                 QCoreApplication.translate("SyncController", "Choisir entre votre version et celle du "
                                                              "serveur"))
        self.sync.setIconText(QCoreApplication.translate("SyncController", "Synchroniser"))
        self.send.setIconText(QCoreApplication.translate("SyncController", "Envoyer pour validation"))
        self.menu.setTitle(QCoreApplication.translate("SyncController", "Ser&veur"))
