"""Choice items: a drop-down for short lists, type-ahead for long ones, chips for multi-select (`repeats`).

The type-ahead asks the item's OptionSource (answerOption or the pack's value set) on each keystroke, case and
accents ignored; Enter takes the first proposal. When the value set is not held yet (or for open-choice), what
is typed is kept as a free value, flagged by the form as a warning, never blocking. Otherwise a text that is in
no list stays in the field with its message and the previous value is kept.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.forms.questionnaire import ItemDef
from app.views.forms.field_widgets import FieldWidget
from app.views.forms.flow_layout import FlowLayout
from app.views.forms.registry import CHOICE_TYPES, register, register_shape
from app.views.forms.sources import OptionSource, same_answer


class SearchPicker(QWidget):
    """A line edit with a proposal list fed by the source's search (accent and case blind)."""

    picked = Signal(object)  # the answer chosen in the proposals
    committed = Signal(str, bool)  # text left in the field (Enter: True), when no proposal was chosen

    def __init__(self, source: OptionSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Tapez pour chercher…"))
        self.edit.setClearButtonEnabled(True)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Voir la liste"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(self.edit)
        self.results: list[tuple[dict, str]] = []
        self.edit.textEdited.connect(self.search)
        self.completer.activated[str].connect(self._activated)
        self.edit.returnPressed.connect(lambda: self._commit(True))
        self.edit.editingFinished.connect(lambda: self._commit(False))
        self.button.clicked.connect(self.show_all)
        self._quiet_text: str | None = None  # the text shown for the current value: committing it is a no-op

    def search(self, text: str) -> list[tuple[dict, str]]:
        self.results = self.source.search(text, limit=50)
        self.model.setStringList([label for _a, label in self.results])
        if self.results and self.isVisible() and self.edit.hasFocus():
            self.completer.complete()
        else:
            self.completer.popup().hide()
        return self.results

    def show_all(self) -> None:
        self.edit.setFocus()
        self.results = self.source.search(self.edit.text() if self.edit.text() != self._quiet_text else "", 50)
        self.model.setStringList([label for _a, label in self.results])
        if self.results:
            self.completer.complete()

    def _activated(self, label: str) -> None:
        answer = next((a for a, lab in self.results if lab == label), None)
        if answer is not None:
            self.completer.popup().hide()
            self.picked.emit(answer)

    def _commit(self, enter: bool) -> None:
        text = self.edit.text()
        if self.completer.popup().isVisible() and not enter:
            return  # focus went to the proposal list
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

    def show_text(self, text: str) -> None:
        self._quiet_text = text
        self.edit.setText(text)
        self.edit.setCursorPosition(0)

    def set_read_only(self, on: bool) -> None:
        self.edit.setReadOnly(on)
        self.button.setEnabled(not on)


def _typed_error(text: str) -> str:
    return QCoreApplication.translate(
        "ChoiceWidget", "« {0} » n'est pas dans la liste : choisissez une valeur proposée").format(text.strip())


@register("choice", "open-choice", "coding")
class ChoiceWidget(FieldWidget):
    """One value: a plain drop-down for a short list, type-ahead otherwise."""

    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        self.source = OptionSource(item, pack)
        self._value: list[dict] = []
        self.combo: QComboBox | None = None
        self.picker: SearchPicker | None = None
        if self.source.short and item.type != "open-choice":
            self.combo = QComboBox()
            self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.combo.setMinimumContentsLength(24)
            self._options = self.source.all()
            self.combo.addItem("")
            for _answer, label in self._options:
                self.combo.addItem(label)
            self.combo.activated.connect(self._combo_picked)
            self.layout_.addWidget(self.combo, 1)
        else:
            self.picker = SearchPicker(self.source)
            self.picker.picked.connect(self._picked)
            self.picker.committed.connect(self._typed)
            self.layout_.addWidget(self.picker, 1)

    def _combo_picked(self, index: int) -> None:
        if index <= 0:
            self._value = []
        elif index - 1 < len(self._options):
            self._value = [self._options[index - 1][0]]
        self.edited.emit()

    def _picked(self, answer: dict) -> None:
        self._value = [answer]
        self._error = None
        self.picker.show_text(self.source.label(answer))
        self.edited.emit()

    def _typed(self, text: str, _enter: bool) -> None:
        if not text.strip():
            self._value, self._error = [], None
        elif (found := self.source.match(text)) is not None:
            self._picked(found)
            return
        elif self.source.missing or self.item.type == "open-choice":
            self._value, self._error = [self.source.free_answer(text)], None
            self.picker.show_text(text.strip())
        else:
            self._error = _typed_error(text)
        self.edited.emit()

    def value(self) -> list[dict]:
        return list(self._value)

    def set_value(self, answers: list[dict]) -> None:
        self._value = list(answers or [])[:1]
        self._error = None
        if self.combo is not None:
            index = 0
            if self._value:
                index = next((n + 1 for n, (a, _l) in enumerate(self._options) if same_answer(a, self._value[0])), -1)
                if index < 0:  # a value outside the list (old code): shown so it can be changed
                    self._options.append((self._value[0], self.source.label(self._value[0])))
                    self.combo.addItem(self.source.label(self._value[0]) + " " + self.tr("(hors liste)"))
                    index = len(self._options)
            self.combo.setCurrentIndex(index)
        else:
            self.picker.show_text(self.source.label(self._value[0]) if self._value else "")

    def set_read_only(self, on: bool) -> None:
        self.read_only = on
        if self.combo is not None:
            self.combo.setEnabled(not on)
        else:
            self.picker.set_read_only(on)

    def focus_target(self) -> QWidget:
        return self.combo if self.combo is not None else self.picker.edit


class Chip(QFrame):
    """One chosen value of a multi-select, with its remove button."""

    removed = Signal()

    def __init__(self, label: str, tooltip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chip")
        self.setStyleSheet("#chip { background: #e3f2fd; border: 1px solid #90caf9; border-radius: 10px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        self.label = QLabel(label if len(label) <= 70 else label[:67] + "…")
        self.label.setToolTip(tooltip or label)
        self.button = QToolButton()
        self.button.setText("✕")
        self.button.setAutoRaise(True)
        self.button.setToolTip(self.tr("Retirer"))
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.removed.emit)


@register_shape(lambda item: item.repeats and item.type in CHOICE_TYPES)
class MultiChoiceWidget(FieldWidget):
    """Several values (`repeats`): the chosen ones as chips, a type-ahead field to add more."""

    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        self.source = OptionSource(item, pack)
        self._value: list[dict] = []
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(3)
        self.chips_area = QWidget()
        self.flow = FlowLayout(self.chips_area)
        self.picker = SearchPicker(self.source)
        self.picker.edit.setPlaceholderText(self.tr("Ajouter : tapez pour chercher…"))
        box.addWidget(self.chips_area)
        box.addWidget(self.picker)
        self.layout_.addLayout(box, 1)
        self.picker.picked.connect(self._add)
        self.picker.committed.connect(self._typed)
        self.chips: list[Chip] = []

    def _add(self, answer: dict) -> None:
        self._error = None
        self.picker.show_text("")
        self.picker._quiet_text = None
        if any(same_answer(a, answer) for a in self._value):
            return
        self._value.append(answer)
        self._render()
        self.edited.emit()

    def _typed(self, text: str, _enter: bool) -> None:
        if not text.strip():
            if self._error:
                self._error = None
                self.edited.emit()
            return
        found = self.source.match(text)
        if found is not None:
            self._add(found)
        elif self.source.missing or self.item.type == "open-choice":
            self._add(self.source.free_answer(text))
        else:
            self._error = _typed_error(text)
            self.edited.emit()

    def remove(self, index: int) -> None:
        if 0 <= index < len(self._value):
            del self._value[index]
            self._render()
            self.edited.emit()

    def _render(self) -> None:
        for chip in self.chips:
            self.flow.removeWidget(chip)
            chip.hide()
            chip.setParent(None)
            chip.deleteLater()
        self.chips = []
        for n, answer in enumerate(self._value):
            label = self.source.label(answer)
            code = (answer.get("valueCoding") or {}).get("code") if isinstance(answer.get("valueCoding"), dict) else ""
            chip = Chip(label, f"{label} ({code})" if code else label)
            chip.button.setVisible(not self.read_only)
            chip.removed.connect(lambda n=n: self.remove(n))
            self.flow.addWidget(chip)
            self.chips.append(chip)
        self.chips_area.setVisible(bool(self.chips))
        self._fit_chips()

    def _fit_chips(self) -> None:
        width = self.chips_area.width() if self.chips_area.width() > 50 else max(self.width(), 400)
        self.chips_area.setMinimumHeight(self.flow.heightForWidth(width) if self.chips else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_chips()

    def labels(self) -> list[str]:
        return [self.source.label(a) for a in self._value]

    def value(self) -> list[dict]:
        return list(self._value)

    def set_value(self, answers: list[dict]) -> None:
        self._value = list(answers or [])
        self._error = None
        self.picker.show_text("")
        self.picker._quiet_text = None
        self._render()

    def set_read_only(self, on: bool) -> None:
        self.read_only = on
        self.picker.setVisible(not on)
        for chip in self.chips:
            chip.button.setVisible(not on)

    def focus_target(self) -> QWidget:
        return self.picker.edit
