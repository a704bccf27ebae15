"""The type-ahead of choice items: proposals from the item's OptionSource as the user types, case and accents
ignored; Enter or a click takes one, and a keyboard choice (Down, Return) is the one taken, alone.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from app.models.forms.values import answer_code
from app.views.forms.field_base import show_read_only
from app.views.forms.sources import OptionSource


class SearchPicker(QWidget):
    """A line edit with a proposal list fed by the source's search (accent and case blind)."""

    picked = Signal(object)  # the answer chosen in the proposals
    committed = Signal(str, bool)  # text left in the field (Enter: True), when no proposal was chosen

    def __init__(self, source: OptionSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(self.edit)
        self.results: list[tuple[dict, str]] = []
        self.placeholder = lambda: QCoreApplication.translate("SearchPicker", "Tapez pour chercher…")
        self.edit.textEdited.connect(self.search)
        self.completer.activated[str].connect(self._activated)
        self.edit.returnPressed.connect(lambda: self._commit(True))
        self.edit.editingFinished.connect(lambda: self._commit(False))
        self.button.clicked.connect(self.show_all)
        self._quiet_text: str | None = None  # the text shown for the current value: committing it is a no-op
        self._taken: str | None = None  # the proposal Return just took: its `activated` is not a second pick
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.placeholder())
        self.button.setToolTip(QCoreApplication.translate("SearchPicker", "Voir la liste"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show(self, results: list[tuple[dict, str]]) -> None:
        """The proposals, each with its whole label as a tooltip (the list may be narrower than a label)."""
        self.results = results
        self.model.clear()
        for _answer, label in results:
            row = QStandardItem(label)
            row.setToolTip(label)
            row.setEditable(False)
            self.model.appendRow(row)

    def search(self, text: str) -> list[tuple[dict, str]]:
        self._show(self.source.search(text, limit=50))
        if self.results and self.isVisible() and self.edit.hasFocus():
            self.completer.complete()
        else:
            self.completer.popup().hide()
        return self.results

    def show_all(self) -> None:
        self.edit.setFocus()
        self._show(self.source.search(self.edit.text() if self.edit.text() != self._quiet_text else "", 50))
        if self.results:
            self.completer.complete()

    def _activated(self, label: str) -> None:
        if self._taken is not None and self._taken == label:
            self._taken = None  # Return already took this proposal (the line edit saw the key first)
            return
        answer = next((a for a, lab in self.results if lab == label), None)
        if answer is not None:
            self.completer.popup().hide()
            self.picked.emit(answer)

    def _highlighted(self) -> int | None:
        """The proposal the user moved to with the arrows, if any."""
        index = self.completer.popup().currentIndex()
        return index.row() if index.isValid() and 0 <= index.row() < len(self.results) else None

    def _commit(self, enter: bool) -> None:
        text = self.edit.text()
        if self.completer.popup().isVisible() and not enter:
            return  # focus went to the proposal list
        if enter and (row := self._highlighted()) is not None:
            answer, label = self.results[row]
            self._taken = label
            QTimer.singleShot(0, self._forget_taken)
            self.completer.popup().hide()
            self.picked.emit(answer)
            return
        if self._quiet_text is not None and text == self._quiet_text:
            return
        if enter and text.strip():
            exact = self.source.match(text)
            results = self.results or self.source.search(text, 50)
            if exact is None and results and not self.source.missing:
                self.completer.popup().hide()
                self.picked.emit(results[0][0])
                return
        self.committed.emit(text, enter)

    def _forget_taken(self) -> None:
        self._taken = None

    def show_text(self, text: str) -> None:
        self._quiet_text = text
        self.edit.setText(text)
        self.edit.setCursorPosition(0)
        self.edit.setToolTip(text if len(text) > 40 else "")

    def set_read_only(self, on: bool) -> None:
        show_read_only(self.edit, on)
        self.button.setVisible(not on)

    def set_clearable(self, on: bool) -> None:
        """A pre-filled value may be changed, not emptied: no clear button then."""
        if not self.edit.isReadOnly():
            self.edit.setClearButtonEnabled(on)


def typed_error(text: str) -> str:
    return QCoreApplication.translate(
        "ChoiceWidget", "« {0} » n'est pas dans la liste : choisissez une valeur proposée").format(text.strip())


def locked_tip() -> str:
    return QCoreApplication.translate(
        "ChoiceWidget", "Valeur pré-remplie obligatoire : vous pouvez la compléter ou la modifier, pas la supprimer.")


def code_of(answer: dict) -> str:
    return str(answer_code(answer) or "")
