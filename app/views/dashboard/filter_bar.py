"""The dashboard's filters: words, département, category, state; `changed` when any of them moves."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from app.models.dashboard import EgRow
from app.views.dashboard import texts

translate = QCoreApplication.translate  # literal calls: lupdate finds them


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit()
        self.text.setObjectName("dashboardFilter")
        self.text.setClearButtonEnabled(True)
        self.departement = QComboBox()
        self.departement.setObjectName("dashboardDepartement")
        self.category = QComboBox()
        self.category.setObjectName("dashboardCategory")
        self.state = QComboBox()
        self.state.setObjectName("dashboardState")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 2)
        for combo in (self.departement, self.category, self.state):
            layout.addWidget(combo, 1)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.text.textChanged.connect(lambda _t: self.changed.emit())
        self._depts: list[str] = []
        self._categories: list[str] = []
        self.retranslate()

    def values(self) -> dict[str, str]:
        """The proxy's `set_filters` arguments."""
        return {"text": self.text.text(), "departement": self.departement.currentData() or "",
                "categorie": self.category.currentData() or "", "state": self.state.currentData() or ""}

    def set_choices(self, rows: Iterable[EgRow]) -> None:
        """The départements and categories the rows hold (the current choice kept when still there)."""
        rows = list(rows)
        self._depts = sorted({r.departement for r in rows if r.departement})
        self._categories = sorted({r.categorie for r in rows if r.categorie}, key=texts.category_label)
        self._fill()

    def _fill(self) -> None:
        for combo, everything, values, label in (
                (self.departement, translate("Dashboard", "Tous les départements"), self._depts, str),
                (self.category, translate("Dashboard", "Toutes les catégories"), self._categories,
                 texts.category_label)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                combo.addItem(label(value), value)
            at = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(at, 0))
            combo.blockSignals(False)

    def select(self, combo: QComboBox, value: str) -> None:
        """Choose a value by its data (tests, and a click on the chart)."""
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def retranslate(self) -> None:
        self.text.setPlaceholderText(translate("Dashboard", "Filtrer : nom, n° FINESS, entité juridique…"))
        self.text.setAccessibleName(translate("Dashboard", "Filtrer le tableau de bord"))
        self.departement.setAccessibleName(translate("Dashboard", "Département"))
        self.category.setAccessibleName(translate("Dashboard", "Catégorie"))
        self.state.setAccessibleName(translate("Dashboard", "État"))
        current = self.state.currentData()
        self.state.blockSignals(True)
        self.state.clear()
        for value, words in texts.state_choices():
            self.state.addItem(words, value)
        self.state.setCurrentIndex(max(self.state.findData(current), 0) if current else 0)
        self.state.blockSignals(False)
        self._fill()
