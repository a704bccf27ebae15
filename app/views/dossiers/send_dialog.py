"""Sending a dossier: the pre-send checklist (each line a link to its fiche) and the diff against the last
published version; *Envoyer* stays disabled while something blocks, so a send is never refused after the
user confirmed it. *Finaliser les fiches complètes* is offered here too."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.views.dossiers.checklist import Checklist
from app.views.dossiers.diff_view import DiffView, headline
from app.views.dossiers.reads import SendView
from app.views.dossiers.texts import translate


class SendDialog(QDialog):
    """`accepted` means: send it. Answers `text()` and `button(StandardButton.Yes)` like the message box it
    replaces."""

    StandardButton = QMessageBox.StandardButton
    nodeActivated = Signal(int)
    finaliseAsked = Signal(int)  # structure id

    def __init__(self, view: SendView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendDialog")
        self.setWindowTitle(translate("Dossiers", "Envoyer pour validation"))
        self.view = view
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.blocking = QLabel()
        self.blocking.setWordWrap(True)
        self.checklist = Checklist()
        self.checklist.nodeActivated.connect(self.nodeActivated)
        self.head = QLabel()
        self.head.setWordWrap(True)
        self.diff = DiffView()
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.head)
        lower_layout.addWidget(self.diff)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.blocking)
        upper_layout.addWidget(self.checklist)
        split = QSplitter()
        split.setOrientation(split.orientation().Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([180, 420])
        self.buttons = QDialogButtonBox()
        self.send_button = QPushButton(translate("Dossiers", "Envoyer"))
        self.send_button.setObjectName("sendButton")
        self.finalise_button = QPushButton(translate("Dossiers", "Finaliser les fiches complètes"))
        self.cancel_button = QPushButton(translate("Dossiers", "Annuler"))
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.finalise_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.finalise_button.clicked.connect(lambda: self.finaliseAsked.emit(self.view.structure_id))
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.set_view(view)
        self.resize(900, 620)

    def set_view(self, view: SendView) -> None:
        """Show what was read (again after a finalisation)."""
        self.view = view
        d = view.dossier
        if d is None or d.state not in ("open", "rejected", "awaiting_direction"):
            self.question.setText(translate("Dossiers", "Aucun dossier en cours sur « {0} » : rien à envoyer.").format(
                view.structure_name))
        else:
            self.question.setText(translate(
                    "Dossiers", "Envoyer le dossier de « {0} » au validateur ?\nLes fiches ne pourront plus "
                                     "être modifiées avant sa réponse.").format(view.structure_name))
        count = len(view.blockers)
        self.blocking.setText(translate(
                "Dossiers", "Avant l'envoi, {0} fiche(s) à reprendre (cliquez pour l'afficher) :").format(count)
                              if count else translate("Dossiers", "Vérification avant l'envoi :"))
        self.checklist.set_blockers(view.blockers)
        self.head.setText(headline(view.diff))
        self.diff.set_diff(view.diff)
        self.send_button.setEnabled(view.sendable)
        self.send_button.setToolTip("" if view.sendable else translate(
                "Dossiers", "Reprenez d'abord les fiches de la liste."))
        self.finalise_button.setEnabled(any(b.reason == "draft" for b in view.blockers))

    def text(self) -> str:
        return self.question.text()

    def button(self, which: QMessageBox.StandardButton) -> QPushButton:
        return self.send_button if which == QMessageBox.StandardButton.Yes else self.cancel_button
