"""Multi-select choice items (`repeats`): the chosen values as chips, a type-ahead to add one more.

A chip says its whole label in a tooltip when it is cut, and its remove button is named for screen readers.
A pre-filled mandatory value (FINESS, ViaTrajectoire, server) shows as a locked chip: the list can be
completed, that value not removed.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.forms.questionnaire import ItemDef
from app.views.forms.field_base import FieldWidget
from app.views.forms.flow_layout import FlowLayout
from app.views.forms.registry import CHOICE_TYPES, register_shape
from app.views.forms.search_picker import SearchPicker, code_of, locked_tip, typed_error
from app.views.forms.sources import OptionSource, same_answer


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
        tip = self.tip + ("\n" + locked_tip() if self.locked else "")
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
        return typed_error(self._bad) if self._bad else None

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
        locked_here = [a for a in self._value if code_of(a) in self.locked_codes]
        for n, answer in enumerate(self._value):
            label = self.source.label(answer)
            code = (answer.get("valueCoding") or {}).get("code") if isinstance(answer.get("valueCoding"), dict) else ""
            locked = code_of(answer) in self.locked_codes
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
