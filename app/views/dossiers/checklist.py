"""The pre-send checklist: one line per fiche that blocks the sending, each a link that selects the fiche in
the tree (click or Entrée)."""
from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.views.dossiers.texts import blocker_words, translate
from app.views.labels import kind_label

LINK = QColor("#1565c0")
SHOWN_PROBLEMS = 3


class Checklist(QListWidget):
    nodeActivated = Signal(int)  # the fiche to select in the tree

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierChecklist")
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemClicked.connect(self._activated)
        self.itemActivated.connect(self._activated)
        self.blockers: list = []

    def set_blockers(self, blockers: list) -> None:
        """Show what blocks; an empty list says the dossier may be sent."""
        self.blockers = list(blockers)
        self.clear()
        if not blockers:
            item = QListWidgetItem(translate("Dossiers", "Rien ne bloque : le dossier peut être envoyé."))
            item.setForeground(QBrush(QColor("#2e7d32")))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(item)
            return
        for b in blockers:
            text = translate("Dossiers", "{0} « {1} » : {2}").format(kind_label(b.kind), b.name,
                                                                     blocker_words(b.reason, len(b.problems)))
            counted = Counter(p.message for p in b.problems)
            details = [f"{m} ({n})" if n > 1 else m for m, n in list(counted.items())[:SHOWN_PROBLEMS]]
            if details:
                text += " — " + " ; ".join(details) + (" …" if len(counted) > SHOWN_PROBLEMS else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, b.node_id)
            item.setForeground(QBrush(LINK))
            font = item.font()
            font.setUnderline(True)
            item.setFont(font)
            item.setToolTip(text + "\n" + translate("Dossiers", "Afficher cette fiche dans l'arborescence"))
            self.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        node_id = item.data(Qt.ItemDataRole.UserRole)
        if node_id is not None:
            self.nodeActivated.emit(int(node_id))
