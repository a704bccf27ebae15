"""Choice items: a drop-down for short lists, type-ahead for long ones, chips for multi-select (`repeats`).

The type-ahead asks the item's OptionSource (answerOption or the pack's value set) on each keystroke, case and
accents ignored; Enter takes the first proposal. When the value set is not held yet (or for open-choice), what
is typed is kept as a free value, flagged by the form as a warning, never blocking. Otherwise a text that is in
no list stays in the field with its message and the previous value is kept. A proposal chosen with the keyboard
(Down, Return) is the one taken, alone. Long labels are cut nowhere without their whole text as a tooltip.
Pre-filled mandatory values (FINESS, ViaTrajectoire, server) show as locked: they can be completed, not emptied.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
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
from app.models.forms.values import answer_code
from app.views.forms.field_widgets import FieldWidget, show_read_only
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


def _typed_error(text: str) -> str:
    return QCoreApplication.translate(
        "ChoiceWidget", "« {0} » n'est pas dans la liste : choisissez une valeur proposée").format(text.strip())


def _locked_tip() -> str:
    return QCoreApplication.translate(
        "ChoiceWidget", "Valeur pré-remplie obligatoire : vous pouvez la compléter ou la modifier, pas la supprimer.")


def _code_of(answer: dict) -> str:
    return str(answer_code(answer) or "")


@register("choice", "open-choice", "coding")
class ChoiceWidget(FieldWidget):
    """One value: a plain drop-down for a short list, type-ahead otherwise."""

    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        self.source = OptionSource(item, pack)
        self._value: list[dict] = []
        self._bad: str | None = None  # a typed text in no list (kept in the field, with its message)
        self._outside = False  # the drop-down's last entry is a stored value outside the list
        self.combo: QComboBox | None = None
        self.picker: SearchPicker | None = None
        if self.source.short and item.type != "open-choice":
            self.combo = QComboBox()
            self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.combo.setMinimumContentsLength(24)
            self._options = self.source.all()
            self.combo.addItem("")
            for _answer, label in self._options:
                self._add_entry(label, label)
            self.combo.activated.connect(self._combo_picked)
            self.combo.currentIndexChanged.connect(self._show_current_tip)
            self.layout_.addWidget(self.combo, 1)
            self._fit_popup()
        else:
            self.picker = SearchPicker(self.source)
            self.picker.picked.connect(self._picked)
            self.picker.committed.connect(self._typed)
            self.layout_.addWidget(self.picker, 1)

    def _add_entry(self, text: str, label: str) -> None:
        self.combo.addItem(text)
        self.combo.setItemData(self.combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)

    def _fit_popup(self) -> None:
        """The open list is as wide as its longest label (up to 900 px), so labels that start alike differ."""
        metrics = self.combo.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.combo.itemText(i)) for i in range(self.combo.count())),
                     default=0)
        self.combo.view().setMinimumWidth(min(widest + 40, 900))

    def _show_current_tip(self, index: int) -> None:
        label = self.combo.itemData(index, Qt.ItemDataRole.ToolTipRole) if index > 0 else ""
        self.combo.setToolTip(str(label or ""))

    def _combo_picked(self, index: int) -> None:
        if index <= 0:
            self._value = []
        elif index - 1 < len(self._options):
            self._value = [self._options[index - 1][0]]
        self.edited.emit()

    def _picked(self, answer: dict) -> None:
        self._value = [answer]
        self._bad = None
        self.picker.show_text(self.source.label(answer))
        self._sync_locked()
        self.edited.emit()

    def _typed(self, text: str, _enter: bool) -> None:
        if not text.strip():
            self._value, self._bad = [], None
        elif (found := self.source.match(text)) is not None:
            self._picked(found)
            return
        elif self.source.missing or self.item.type == "open-choice":
            self._value, self._bad = [self.source.free_answer(text)], None
            self.picker.show_text(text.strip())
        else:
            self._bad = text
        self.edited.emit()

    def local_error(self) -> str | None:
        return _typed_error(self._bad) if self._bad else None

    def value(self) -> list[dict]:
        return list(self._value)

    def set_value(self, answers: list[dict]) -> None:
        self._value = list(answers or [])[:1]
        self._bad = None
        if self.combo is not None:
            index = 0
            if self._value:
                index = next((n + 1 for n, (a, _l) in enumerate(self._options) if same_answer(a, self._value[0])), -1)
                if index < 0:  # a value outside the list (old code): shown so it can be changed
                    label = self.source.label(self._value[0])
                    self._options.append((self._value[0], label))
                    self._add_entry(label + " " + self._outside_text(), label)
                    self._outside = True
                    index = len(self._options)
            self.combo.setCurrentIndex(index)
            self._show_current_tip(index)
        else:
            self.picker.show_text(self.source.label(self._value[0]) if self._value else "")
        self._sync_locked()

    @staticmethod
    def _outside_text() -> str:
        return QCoreApplication.translate("ChoiceWidget", "(hors liste)")

    def retranslate(self) -> None:
        if self.combo is not None and self._outside:
            label = self._options[-1][1]
            self.combo.setItemText(self.combo.count() - 1, label + " " + self._outside_text())
        self._sync_locked()

    def set_locked(self, codes: frozenset[str]) -> None:
        super().set_locked(codes)
        self._sync_locked()

    def _sync_locked(self) -> None:
        """A pre-filled mandatory value may be changed but not emptied: no clear button, a tooltip says why."""
        locked = bool(self._value) and _code_of(self._value[0]) in self.locked_codes
        if self.picker is not None:
            self.picker.set_clearable(not locked)
            if locked:
                self.picker.edit.setToolTip(_locked_tip())

    def set_read_only(self, on: bool) -> None:
        self.read_only = on
        if self.combo is not None:
            self.combo.setEnabled(not on)
        else:
            self.picker.set_read_only(on)

    def focus_target(self) -> QWidget:
        return self.combo if self.combo is not None else self.picker.edit


class Chip(QFrame):
    """One chosen value of a multi-select, with its remove button (none on a value that must stay)."""

    removed = Signal()

    def __init__(self, label: str, tooltip: str = "", locked: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chip")
        self.locked = locked
        colours = "background: #eceff1; border: 1px solid #b0bec5;" if locked else \
            "background: #e3f2fd; border: 1px solid #90caf9;"
        self.setStyleSheet(f"#chip {{ {colours} border-radius: 10px; }}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        self.full = label
        self.tip = tooltip or label
        self.label = QLabel(label if len(label) <= 70 else label[:67] + "…")
        self.button = QToolButton()
        self.button.setText("✕")
        self.button.setAutoRaise(True)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.removed.emit)
        self.retranslate()

    def retranslate(self) -> None:
        tip = self.tip + ("\n" + _locked_tip() if self.locked else "")
        self.label.setToolTip(tip)
        self.button.setToolTip(QCoreApplication.translate("Chip", "Retirer"))
        self.button.setAccessibleName(QCoreApplication.translate("Chip", "Retirer « {0} »").format(self.full))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


@register_shape(lambda item: item.repeats and item.type in CHOICE_TYPES)
class MultiChoiceWidget(FieldWidget):
    """Several values (`repeats`): the chosen ones as chips, a type-ahead field to add more."""

    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        self.source = OptionSource(item, pack)
        self._value: list[dict] = []
        self._bad: str | None = None
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(3)
        self.chips_area = QWidget()
        self.flow = FlowLayout(self.chips_area)
        self.picker = SearchPicker(self.source)
        self.picker.placeholder = lambda: QCoreApplication.translate("MultiChoiceWidget",
                                                                     "Ajouter : tapez pour chercher…")
        self.picker.retranslate()
        box.addWidget(self.chips_area)
        box.addWidget(self.picker)
        self.layout_.addLayout(box, 1)
        self.picker.picked.connect(self._add)
        self.picker.committed.connect(self._typed)
        self.chips: list[Chip] = []

    def _add(self, answer: dict) -> None:
        self._bad = None
        self.picker.show_text("")
        self.picker._quiet_text = None
        if any(same_answer(a, answer) for a in self._value):
            return
        self._value.append(answer)
        self._render()
        self.edited.emit()

    def _typed(self, text: str, _enter: bool) -> None:
        if not text.strip():
            if self._bad:
                self._bad = None
                self.edited.emit()
            return
        found = self.source.match(text)
        if found is not None:
            self._add(found)
        elif self.source.missing or self.item.type == "open-choice":
            self._add(self.source.free_answer(text))
        else:
            self._bad = text
            self.edited.emit()

    def local_error(self) -> str | None:
        return _typed_error(self._bad) if self._bad else None

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
        locked_here = [a for a in self._value if _code_of(a) in self.locked_codes]
        for n, answer in enumerate(self._value):
            label = self.source.label(answer)
            code = (answer.get("valueCoding") or {}).get("code") if isinstance(answer.get("valueCoding"), dict) else ""
            locked = _code_of(answer) in self.locked_codes
            chip = Chip(label, f"{label} ({code})" if code else label, locked=locked)
            # the last pre-filled value of a mandatory item cannot be removed: no button to try
            chip.button.setVisible(not self.read_only and not (locked and len(locked_here) == 1))
            chip.removed.connect(lambda n=n: self.remove(n))
            self.flow.addWidget(chip)
            self.chips.append(chip)
        self.chips_area.setVisible(bool(self.chips))
        self._fit_chips()
        self.reshaped.emit()

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
        self._bad = None
        self.picker.show_text("")
        self.picker._quiet_text = None
        self._render()

    def set_locked(self, codes: frozenset[str]) -> None:
        super().set_locked(codes)
        self._render()

    def set_read_only(self, on: bool) -> None:
        self.read_only = on
        self.picker.setVisible(not on)
        self._render()

    def focus_target(self) -> QWidget:
        return self.picker.edit
