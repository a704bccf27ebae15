"""What a bulk edit changes: opening hours (the fiche's own hours editor), a field's value, or a value added to
or removed from a list (an activity, a mode de prise en charge, an acte ...).

The fields offered are the choice items of the UO forms (app/models/bulk.py `offered_items`); the values are
the item's own list, searched as one types. The dialog only says what the user asks; the planning says, unit
by unit, what it does.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.models import bulk
from app.models.bulk import BulkChange
from app.views.bulk.words import item_label
from app.views.forms.hours_editor import HoursEditor

ACTIONS = ("hours", "set", "add", "remove")


class ChangeDialog(QDialog):
    def __init__(self, units: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkChangeDialog")
        self.setWindowTitle(self.tr("Modification groupée"))
        self.intro = QLabel(self.tr("La modification sera proposée pour {0} unité(s) ; un aperçu dira, unité par "
                                    "unité, ce qui change et ce qui est refusé, avant toute écriture.").format(units))
        self.intro.setWordWrap(True)
        self.action = QComboBox()
        self.action.setObjectName("bulkAction")
        for code, text in zip(ACTIONS, (self.tr("Horaires d'ouverture"), self.tr("Donner une valeur à un champ"),
                                        self.tr("Ajouter une valeur à une liste"),
                                        self.tr("Retirer une valeur d'une liste")), strict=True):
            self.action.addItem(text, code)
        self.hours = HoursEditor(bulk.hours_item())
        self.hours.setObjectName("bulkHours")
        hours_page = QWidget()
        hours_layout = QVBoxLayout(hours_page)
        hours_layout.addWidget(self.hours)
        hours_layout.addStretch(1)  # the days at the top, as in the fiche
        hours_scroll = QScrollArea()
        hours_scroll.setWidgetResizable(True)
        hours_scroll.setWidget(hours_page)
        self.field = QComboBox()
        self.field.setObjectName("bulkField")
        self.value = QComboBox()
        self.value.setObjectName("bulkValue")
        self.value.setEditable(True)
        self.value.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.value.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        field_page = QWidget()
        form = QFormLayout(field_page)
        form.addRow(self.tr("Champ"), self.field)
        form.addRow(self.tr("Valeur"), self.value)
        self.pages = QStackedWidget()
        self.pages.addWidget(hours_scroll)
        self.pages.addWidget(field_page)
        self.message = QLabel()
        self.message.setObjectName("bulkMessage")
        self.message.setStyleSheet("color: #8e1b1b;")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = buttons.addButton(self.tr("Aperçu…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(self.tr("Modifier"), self.action)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.action.currentIndexChanged.connect(self._action_changed)
        self.field.currentIndexChanged.connect(self._field_changed)
        self._action_changed()
        self.resize(760, 620)

    # ------------------------------------------------------------------ choices
    def _action_changed(self) -> None:
        action = self.action.currentData()
        self.pages.setCurrentIndex(0 if action == "hours" else 1)
        if action == "hours":
            return
        current = self.field.currentData()
        self.field.blockSignals(True)
        self.field.clear()
        for item in bulk.offered_items():
            if action == "set" or item.repeats:
                self.field.addItem(item_label(item.link_id), item.link_id)
        self.field.blockSignals(False)
        found = self.field.findData(current)
        self.field.setCurrentIndex(max(found, 0))
        self._field_changed()

    def _field_changed(self) -> None:
        link_id = self.field.currentData()
        self.value.clear()
        item = next((i for i in bulk.offered_items() if i.link_id == link_id), None)
        if item is None:
            return
        for answer, label in bulk.choices(item):
            self.value.addItem(label, answer)
        self.value.setCurrentIndex(-1)
        self.value.setEditText("")

    def choose(self, action: str, link_id: str | None = None, value_label: str | None = None) -> None:
        """Set the dialog as a user would (tests, screenshots, a dashboard shortcut)."""
        self.action.setCurrentIndex(ACTIONS.index(action))
        if link_id is not None:
            self.field.setCurrentIndex(self.field.findData(link_id))
        if value_label is not None:
            self.value.setCurrentIndex(self.value.findText(value_label))

    # ------------------------------------------------------------------ result
    def change(self) -> BulkChange | None:
        """The change asked, or None with a sentence under the fields saying what is missing."""
        action = self.action.currentData()
        if action == "hours":
            error = self.hours.local_error()
            if error:
                return self._missing(error)
            if not self.hours.value():  # every day closed would wipe every unit's hours: not by mistake
                return self._missing(self.tr("Donnez au moins une plage horaire (« + plage »)."))
            return BulkChange.hours(self.hours.value())
        link_id = self.field.currentData()
        index = self.value.findText(self.value.currentText())
        if link_id is None or index < 0:
            return self._missing(self.tr("Choisissez une valeur dans la liste."))
        return BulkChange(action, link_id, (self.value.itemData(index),))

    def _missing(self, text: str) -> None:
        """Say what is missing under the fields; the dialog stays open."""
        self.message.setText(text)
        self.message.show()
        return None

    def accept(self) -> None:
        if self.change() is not None:
            super().accept()
