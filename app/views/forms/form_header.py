"""The fiche's header: its name, where it stands (draft, finalised, modified, locked), its problems, and the
*Enregistrer* and *Finaliser* buttons; and the banner of a restored draft."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

GREEN, RED, ORANGE, GREY, OCHRE = "#2e7d32", "#c62828", "#e65100", "#455a64", "#8d6e00"


class FormHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.status = QLabel()
        self.problems_label = QPushButton()
        self.problems_label.setFlat(True)
        self.problems_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.save_button = QPushButton()
        self.finalise_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        self.finalise_button.setObjectName("finaliseButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.save_button)
        layout.addWidget(self.finalise_button)
        self._shown: tuple = (None, False, False, "draft", 0, 0, False)
        self.retranslate()

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Enregistrer"))
        self.save_button.setToolTip(self.tr("Enregistrer la fiche (Ctrl+S)"))
        self.finalise_button.setText(self.tr("Finaliser"))
        self.show_state(*self._shown)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_state(self, locked: str | None, opened: bool, busy: bool, status: str, blocking: int,
                   warnings: int, unsaved: bool = False) -> None:
        """`locked`: why the fiche cannot be edited now (or None); `status`: 'draft' or 'finalised'."""
        self._shown = (locked, opened, busy, status, blocking, warnings, unsaved)
        self.save_button.setEnabled(opened and not busy and not locked)
        if not opened or locked:
            self.status.setText(locked or "")
            self.status.setStyleSheet(f"color: {OCHRE}; font-weight: 600;")
            self.problems_label.hide()
            self.finalise_button.setEnabled(False)
            return
        if unsaved:
            self._status(self.tr("Modifiée, non enregistrée"), ORANGE)
        elif status == "finalised":
            self._status(self.tr("Finalisée"), GREEN)
        else:
            self._status(self.tr("Brouillon"), GREY)
        if blocking:
            self.problems_label.setText(self.tr("{0} problème(s) à corriger").format(blocking))
            self.problems_label.setStyleSheet(f"color: {RED}; font-weight: 600;")
        elif warnings:
            self.problems_label.setText(self.tr("{0} avertissement(s)").format(warnings))
            self.problems_label.setStyleSheet(f"color: {ORANGE};")
        else:
            self.problems_label.setText(self.tr("Aucun problème"))
            self.problems_label.setStyleSheet(f"color: {GREEN};")
        self.problems_label.show()
        self.finalise_button.setEnabled(not busy and blocking == 0 and (unsaved or status != "finalised"))
        reason = "" if blocking == 0 else self.tr("Corrigez d'abord les problèmes signalés en rouge.")
        self.finalise_button.setToolTip(reason or self.tr("Finaliser la fiche : elle passe au vert dans "
                                                          "l'arborescence"))

    def _status(self, text: str, colour: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour}; font-weight: 600;")


class DraftBanner(QFrame):
    """Shown when unsaved edits were found (autosaved draft) and restored; offers to give them up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftBanner")
        self.setStyleSheet("#draftBanner { background: #fff8d6; border: 1px solid #e0b400; "
                           "border-radius: 4px; } QLabel { color: #5c4a00; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.discard_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.discard_button)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.discard_button.setText(QCoreApplication.translate("FormView", "Abandonner ces modifications"))
        self.text.setText(QCoreApplication.translate(
            "FormView", "Des modifications non enregistrées ont été retrouvées (sauvegarde automatique) et "
                        "restaurées. Enregistrez-les ou abandonnez-les."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
