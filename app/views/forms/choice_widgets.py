"""Choice items: a drop-down for short lists, type-ahead for long ones, chips for multi-select (`repeats`).

This module holds the one-value ChoiceWidget; the type-ahead is in search_picker.py and the multi-select chips
in multi_choice.py (both importable from here too).

The type-ahead asks the item's OptionSource (answerOption or the pack's value set) on each keystroke, case and
accents ignored; Enter takes the first proposal. When the value set is not held yet (or for open-choice), what
is typed is kept as a free value, flagged by the form as a warning, never blocking. Otherwise a text that is in
no list stays in the field with its message and the previous value is kept. A proposal chosen with the keyboard
(Down, Return) is the one taken, alone. Long labels are cut nowhere without their whole text as a tooltip.
Pre-filled mandatory values (FINESS, ViaTrajectoire, server) show as locked: they can be completed, not emptied.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from app.models.forms.questionnaire import ItemDef
from app.views.forms.field_base import FieldWidget
from app.views.forms.multi_choice import Chip, MultiChoiceWidget
from app.views.forms.registry import register
from app.views.forms.search_picker import SearchPicker, code_of, locked_tip, typed_error
from app.views.forms.sources import OptionSource, same_answer

__all__ = ["ChoiceWidget", "Chip", "MultiChoiceWidget", "SearchPicker"]


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
        return typed_error(self._bad) if self._bad else None

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
        locked = bool(self._value) and code_of(self._value[0]) in self.locked_codes
        if self.picker is not None:
            self.picker.set_clearable(not locked)
            if locked:
                self.picker.edit.setToolTip(locked_tip())

    def set_read_only(self, on: bool) -> None:
        self.read_only = on
        if self.combo is not None:
            self.combo.setEnabled(not on)
        else:
            self.picker.set_read_only(on)

    def focus_target(self) -> QWidget:
        return self.combo if self.combo is not None else self.picker.edit


