"""The base of every field widget and the widgets of the plain item types (text, numbers, dates, yes/no).

A field widget edits the answers of one item: `value() -> [answer, ...]`, `set_value(answers)` (never emits),
`edited` when the user changed it, `local_error()` when what is typed cannot become an answer (it stays in the
field with its message), `set_read_only(on)`. `register(type, ...)` (registry.py) adds a class to the
registry (calibre style); registry.py picks the class for an item. Dates and times are in time_widgets.py.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QDateTimeEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from app.models.forms.questionnaire import ItemDef
from app.views.forms.registry import register, register_shape

INT_LIMIT = 2_000_000_000


class FieldWidget(QWidget):
    edited = Signal()
    reshaped = Signal()  # inputs were added or removed (a block, a slot): the form orders its Tab chain again

    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.pack = pack
        self.read_only = False
        self.locked_codes: frozenset[str] = frozenset()  # pre-filled values that must stay (see set_locked)
        self.accessible = item.text or item.link_id  # the field's name for screen readers (the item's text)
        self._error: str | None = None
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def value(self) -> list[dict]:
        return []

    def set_value(self, answers: list[dict]) -> None:
        pass

    def local_error(self) -> str | None:
        return self._error

    def set_read_only(self, on: bool) -> None:
        """Read-only looks read-only: greyed background, no clear button, no arrows, nothing to click."""
        self.read_only = on
        for child in self.findChildren(QWidget):
            if isinstance(child, QLineEdit) and isinstance(child.parent(), QAbstractSpinBox):
                continue  # the spin box's own editor: the spin box is handled
            if isinstance(child, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)):
                show_read_only(child, on)
            elif hasattr(child, "setReadOnly"):
                child.setReadOnly(on)
            else:
                child.setEnabled(not on)

    def set_locked(self, codes: frozenset[str]) -> None:
        """The codes of pre-filled mandatory values (FINESS, ViaTrajectoire, server): shown as locked."""
        self.locked_codes = frozenset(codes)

    def focus_target(self) -> QWidget:
        return self

    def set_accessible_name(self, name: str) -> None:
        """Name the field and each of its inputs after the item's text (screen readers say it)."""
        self.accessible = name
        self.setAccessibleName(name)
        self.name_inputs()

    def name_inputs(self) -> None:
        """Give every focusable input of the field an accessible name (widgets with several inputs say which)."""
        for child in self.findChildren(QWidget):
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus and (not child.accessibleName()
                                                                  or child.property("namedByField")):
                child.setAccessibleName(self.accessible)
                child.setProperty("namedByField", True)  # renamed with the field (language switch)
        target = self.focus_target()
        if target is not self:
            target.setAccessibleName(self.accessible)

    def retranslate(self) -> None:
        """Texts of the widget itself (placeholders, buttons), in the interface's language."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


READ_ONLY_STYLE = "background: #eceff1; color: #37474f; border: 1px solid #cfd8dc; border-radius: 2px;"


def show_read_only(edit: QWidget, on: bool) -> None:
    """A text or number input that cannot be changed here, and looks it (a FINESS value, a server value)."""
    edit.setReadOnly(on)
    edit.setStyleSheet(READ_ONLY_STYLE if on else "")
    edit.setProperty("lockedLook", on)
    if isinstance(edit, QLineEdit):
        if on:
            edit.setProperty("clearable", edit.property("clearable") or edit.isClearButtonEnabled())
            edit.setClearButtonEnabled(False)
        elif edit.property("clearable"):
            edit.setClearButtonEnabled(True)
    if isinstance(edit, QAbstractSpinBox):
        edit.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons if on
                              else QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        if isinstance(edit, QDateTimeEdit):
            edit.setCalendarPopup(not on)


def first_answer(answers: list[dict], key: str) -> Any:
    for answer in answers or []:
        if key in answer:
            return answer[key]
    return None


@register("string", "url", "reference", "attachment")
class StringWidget(FieldWidget):
    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        self.edit = QLineEdit()
        if item.max_length:
            self.edit.setMaxLength(item.max_length)
        self.layout_.addWidget(self.edit)
        self.edit.textEdited.connect(lambda _t: self.edited.emit())
        self._key = "valueUri" if item.type == "url" else "valueString"
        self._other: list[dict] | None = None  # a value this widget cannot edit (reference...) is kept as is

    def value(self) -> list[dict]:
        if self._other is not None and self.item.type in ("reference", "attachment"):
            return self._other
        text = self.edit.text().strip()
        return [{self._key: text}] if text else []

    def set_value(self, answers: list[dict]) -> None:
        self._other = answers or None
        text = first_answer(answers, self._key) or first_answer(answers, "valueString") or ""
        if not text and answers:
            from app.views.forms.sources import answer_label
            text = answer_label(answers[0])
        self.edit.setText(str(text))

    def focus_target(self) -> QWidget:
        return self.edit


@register("text")
class TextWidget(FieldWidget):
    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        self.edit = QPlainTextEdit()
        self.edit.setFixedHeight(72)
        self.edit.setTabChangesFocus(True)
        self.layout_.addWidget(self.edit)
        self._setting = False
        self.edit.textChanged.connect(self._changed)

    def _changed(self) -> None:
        if not self._setting:
            self.edited.emit()

    def value(self) -> list[dict]:
        text = self.edit.toPlainText().strip()
        return [{"valueString": text}] if text else []

    def set_value(self, answers: list[dict]) -> None:
        self._setting = True
        try:
            self.edit.setPlainText(str(first_answer(answers, "valueString") or ""))
        finally:
            self._setting = False

    def focus_target(self) -> QWidget:
        return self.edit


class _NumberWidget(FieldWidget):
    """A spin box whose lowest value stands for "no answer" (shown empty)."""

    def _setup(self, spin: QSpinBox | QDoubleSpinBox, low: float, high: float) -> None:
        self.spin = spin
        self._empty = low - 1
        spin.setRange(self._empty, high)
        spin.setSpecialValueText(" ")
        spin.setValue(self._empty)
        spin.setKeyboardTracking(True)
        spin.setButtonSymbols(QSpinBox.ButtonSymbols.UpDownArrows)
        spin.setMinimumWidth(110)
        spin.setMaximumWidth(180)
        self.layout_.addWidget(spin)
        unit = self.item.unit or {}
        if unit.get("display") or unit.get("code"):
            self.layout_.addWidget(QLabel(str(unit.get("display") or unit.get("code"))))
        self.layout_.addStretch(1)
        self._setting = False
        spin.valueChanged.connect(self._changed)

    def _changed(self, _v) -> None:
        if not self._setting:
            self.edited.emit()

    def _number(self):
        v = self.spin.value()
        return None if v <= self._empty else v

    def _put(self, number) -> None:
        self._setting = True
        try:
            self.spin.setValue(self._empty if number is None else number)
        finally:
            self._setting = False

    def focus_target(self) -> QWidget:
        return self.spin


def _bound(value: Any, default: float) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else default


@register("integer")
class IntegerWidget(_NumberWidget):
    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        self._setup(QSpinBox(), int(_bound(item.min_value, -INT_LIMIT + 1)), int(_bound(item.max_value, INT_LIMIT)))

    def value(self) -> list[dict]:
        n = self._number()
        return [] if n is None else [{"valueInteger": int(n)}]

    def set_value(self, answers: list[dict]) -> None:
        n = first_answer(answers, "valueInteger")
        self._put(int(n) if isinstance(n, (int, float)) and not isinstance(n, bool) else None)


@register("decimal")
class DecimalWidget(_NumberWidget):
    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        spin = QDoubleSpinBox()
        spin.setDecimals(2)
        self._setup(spin, _bound(item.min_value, -1e9 + 1), _bound(item.max_value, 1e9))

    def value(self) -> list[dict]:
        n = self._number()
        return [] if n is None else [{"valueDecimal": round(float(n), 2)}]

    def set_value(self, answers: list[dict]) -> None:
        n = first_answer(answers, "valueDecimal")
        n = first_answer(answers, "valueInteger") if n is None else n
        self._put(float(n) if isinstance(n, (int, float)) and not isinstance(n, bool) else None)


@register("quantity")
class QuantityWidget(DecimalWidget):
    def value(self) -> list[dict]:
        n = self._number()
        if n is None:
            return []
        quantity: dict[str, Any] = {"value": round(float(n), 2)}
        unit = self.item.unit or {}
        if unit.get("code"):
            quantity.update({"unit": unit.get("display") or unit["code"], "system": unit.get("system"),
                             "code": unit["code"]})
            quantity = {k: v for k, v in quantity.items() if v is not None}
        return [{"valueQuantity": quantity}]

    def set_value(self, answers: list[dict]) -> None:
        q = first_answer(answers, "valueQuantity") or {}
        n = q.get("value") if isinstance(q, dict) else None
        self._put(float(n) if isinstance(n, (int, float)) and not isinstance(n, bool) else None)


@register("boolean")
class BooleanWidget(FieldWidget):
    """Oui / Non as two radio buttons: nothing checked means no answer yet."""

    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        self.yes = QRadioButton()
        self.no = QRadioButton()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        self.layout_.addWidget(self.yes)
        self.layout_.addWidget(self.no)
        self.layout_.addStretch(1)
        self.yes.clicked.connect(self.edited.emit)
        self.no.clicked.connect(self.edited.emit)
        self.retranslate()

    def retranslate(self) -> None:
        self.yes.setText(self.tr("Oui"))
        self.no.setText(self.tr("Non"))
        self.name_inputs()

    def name_inputs(self) -> None:
        self.yes.setAccessibleName(f"{self.accessible} : {self.yes.text()}")
        self.no.setAccessibleName(f"{self.accessible} : {self.no.text()}")

    def value(self) -> list[dict]:
        if self.yes.isChecked():
            return [{"valueBoolean": True}]
        if self.no.isChecked():
            return [{"valueBoolean": False}]
        return []

    def set_value(self, answers: list[dict]) -> None:
        v = first_answer(answers, "valueBoolean")
        self.group.setExclusive(False)
        self.yes.setChecked(v is True)
        self.no.setChecked(v is False)
        self.group.setExclusive(True)

    def set_read_only(self, on: bool) -> None:
        self.read_only = on
        self.yes.setEnabled(not on)
        self.no.setEnabled(not on)

    def focus_target(self) -> QWidget:
        return self.yes


@register_shape(lambda item: item.repeats and item.type in ("string", "text", "url"))
class MultiTextWidget(FieldWidget):
    """A repeating text item: one value per line."""

    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        self.edit = QPlainTextEdit()
        self.edit.setFixedHeight(60)
        self.edit.setTabChangesFocus(True)
        self.layout_.addWidget(self.edit)
        self._setting = False
        self.edit.textChanged.connect(lambda: None if self._setting else self.edited.emit())
        self._key = "valueUri" if item.type == "url" else "valueString"
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Une valeur par ligne"))

    def value(self) -> list[dict]:
        return [{self._key: line.strip()} for line in self.edit.toPlainText().splitlines() if line.strip()]

    def set_value(self, answers: list[dict]) -> None:
        self._setting = True
        try:
            self.edit.setPlainText("\n".join(str(a.get(self._key) or a.get("valueString") or "")
                                             for a in answers or []))
        finally:
            self._setting = False

    def focus_target(self) -> QWidget:
        return self.edit


class DisplayWidget(QLabel):
    """A `display` item: text only."""

    def __init__(self, item: ItemDef, parent: QWidget | None = None) -> None:
        from app.views.i18n import current_language  # the form's texts in the interface's language

        super().__init__(item.text_for(current_language()), parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("color: #455a64; font-weight: 600; margin-top: 6px;")
