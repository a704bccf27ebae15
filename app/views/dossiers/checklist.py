"""The pre-send checklist: one line per fiche that blocks the sending, each a link that selects the fiche in
the tree (click or Entrée)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.models.fiche_service import questionnaire
from app.views.dossiers.texts import blocker_words, translate
from app.views.labels import kind_label
from app.views.problem_text import problem_place, problem_text

LINK = QColor("#1565c0")
SHOWN_PROBLEMS = 3  # sentences
SHOWN_PLACES = 3  # fields named for each sentence


def problem_details(blocker: object) -> str:
    """"Champ obligatoire : Nom, Contacts n° 1 › Valeur (+2) ; ..." in the interface's language: each problem's
    sentence once, with the fields it is about, so that the user knows what to fill before opening the fiche."""
    problems = getattr(blocker, "problems", ())
    form_id = getattr(blocker, "form", None)
    form = questionnaire(form_id) if form_id else None
    places: dict[str, list[str]] = {}
    for p in problems:
        shown = places.setdefault(problem_text(p), [])
        where = problem_place(form, p) if form is not None else ""
        if where and where not in shown:
            shown.append(where)
    parts = []
    for message, where in list(places.items())[:SHOWN_PROBLEMS]:
        named = ", ".join(where[:SHOWN_PLACES])
        if len(where) > SHOWN_PLACES:
            named += f" (+{len(where) - SHOWN_PLACES})"
        parts.append(translate("Dossiers", "{0} : {1}").format(message, named) if named else message)
    return " ; ".join(parts) + (" …" if len(places) > SHOWN_PROBLEMS else "")


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
            details = problem_details(b)
            if details:
                text += " — " + details
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
