"""The label rule beside a fiche's name field: the suggested name, applied in one click, and the rule's advice.

For a unit (UO) the suggestion is "Unité" + the usual name of its type d'offre (app/models/labels.py), read from
the fiche's type item as it is now; for a pôle, service or UF, the name with capitals per word. The advice says
which words lack a capital, which acronyms nobody knows, which nomenclature qualifiers ("sans spécificité") are
not part of a usual name. It only advises: the name the user types is the one saved.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models.labels import label_remarks, suggest_label, title_case
from app.views.labels import remark_text

TYPE_LINK_ID = "uo.type_offre"


class NameAdvice(QWidget):
    """Under the name field: "Nom conseillé : « … »" with *Appliquer*, then the rule's remarks."""

    applied = Signal(str)  # the suggestion the user took

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggestion = ""
        self._name = ""
        self._type: str | None = None
        self._unit = False
        self._active = False  # shown for a fiche's name (else a language change leaves it alone)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet("color: #37474f;")
        self.apply_button = QPushButton()
        self.remarks = QLabel()
        self.remarks.setWordWrap(True)
        self.remarks.setStyleSheet("color: #e65100;")
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.text, 1)
        line.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(line)
        layout.addWidget(self.remarks)
        self.apply_button.clicked.connect(lambda: self.applied.emit(self.suggestion))
        self.hide()

    def show_for(self, name: str, type_display: str | None, unit: bool) -> None:
        """Advise on `name` (a unit's with its type's name, else any internal unit's)."""
        self._name, self._type, self._unit, self._active = name, type_display, unit, True
        if unit and type_display:
            self.suggestion = suggest_label(type_display)
        else:
            self.suggestion = title_case(name)
        remarks = [r for r in label_remarks(name, type_display if unit else None) if r.key != "name-suggestion"]
        differs = bool(self.suggestion) and " ".join(name.split()) != self.suggestion
        self.text.setText(self.tr("Nom conseillé (règle de nommage) : « {0} »").format(self.suggestion))
        self.apply_button.setText(self.tr("Appliquer"))
        self.apply_button.setToolTip(self.tr("Remplacer le nom par le nom conseillé"))
        self.apply_button.setAccessibleName(self.tr("Appliquer le nom conseillé « {0} »").format(self.suggestion))
        self.text.setVisible(differs)
        self.apply_button.setVisible(differs)
        self.remarks.setText("\n".join(remark_text(r) for r in remarks))
        self.remarks.setVisible(bool(remarks))
        self.setVisible(differs or bool(remarks))

    def clear(self) -> None:
        self._active = False
        self.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and self._active:
            self.show_for(self._name, self._type, self._unit)
        super().changeEvent(event)
