"""The base of every field widget and the widgets of the plain item types (text, numbers, dates, yes/no).

A field widget edits the answers of one item: `value() -> [answer, ...]`, `set_value(answers)` (never emits),
`edited` when the user changed it, `local_error()` when what is typed cannot become an answer (it stays in the
field with its message), `set_read_only(on)`. `register(type, ...)` adds a class to the registry (calibre
style); registry.py picks the class for an item.
"""
from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
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

REGISTRY: dict[str, type[FieldWidget]] = {}
_TIME = re.compile(r"^\s*(\d{1,2})\s*[:hH]\s*(\d{2})?\s*$")
INT_LIMIT = 2_000_000_000


def register(*types: str):
    """Class decorator: the widget class used for these item types."""
    def deco(cls):
        for kind in types:
            REGISTRY[kind] = cls
        return cls
    return deco


class FieldWidget(QWidget):
    edited = Signal()

    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.pack = pack
        self.read_only = False
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
        self.read_only = on
        for child in self.findChildren(QWidget):
            if hasattr(child, "setReadOnly"):
                child.setReadOnly(on)
            else:
                child.setEnabled(not on)

    def focus_target(self) -> QWidget:
        return self


def _first(answers: list[dict], key: str) -> Any:
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
        text = _first(answers, self._key) or _first(answers, "valueString") or ""
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
            self.edit.setPlainText(str(_first(answers, "valueString") or ""))
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
        n = _first(answers, "valueInteger")
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
        n = _first(answers, "valueDecimal")
        n = _first(answers, "valueInteger") if n is None else n
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
        q = _first(answers, "valueQuantity") or {}
        n = q.get("value") if isinstance(q, dict) else None
        self._put(float(n) if isinstance(n, (int, float)) and not isinstance(n, bool) else None)


@register("boolean")
class BooleanWidget(FieldWidget):
    """Oui / Non as two radio buttons: nothing checked means no answer yet."""

    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        self.yes = QRadioButton(self.tr("Oui"))
        self.no = QRadioButton(self.tr("Non"))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        self.layout_.addWidget(self.yes)
        self.layout_.addWidget(self.no)
        self.layout_.addStretch(1)
        self.yes.clicked.connect(self.edited.emit)
        self.no.clicked.connect(self.edited.emit)

    def value(self) -> list[dict]:
        if self.yes.isChecked():
            return [{"valueBoolean": True}]
        if self.no.isChecked():
            return [{"valueBoolean": False}]
        return []

    def set_value(self, answers: list[dict]) -> None:
        v = _first(answers, "valueBoolean")
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


EMPTY_DATE = QDate(1800, 1, 1)


@register("date")
class DateWidget(FieldWidget):
    """A date with a calendar; its lowest date stands for "no answer" (shown empty)."""

    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setMinimumDate(EMPTY_DATE)
        self.edit.setSpecialValueText(" ")
        self.edit.setDate(EMPTY_DATE)
        self.edit.setMaximumWidth(180)
        self.layout_.addWidget(self.edit)
        self.layout_.addStretch(1)
        self._setting = False
        self.edit.dateChanged.connect(self._changed)

    def _changed(self, _d) -> None:
        if not self._setting:
            self.edited.emit()

    def value(self) -> list[dict]:
        d = self.edit.date()
        return [] if d <= EMPTY_DATE else [{"valueDate": d.toString("yyyy-MM-dd")}]

    def set_value(self, answers: list[dict]) -> None:
        text = _first(answers, "valueDate") or ""
        d = QDate.fromString(str(text)[:10], "yyyy-MM-dd")
        self._setting = True
        try:
            self.edit.setDate(d if d.isValid() else EMPTY_DATE)
        finally:
            self._setting = False

    def focus_target(self) -> QWidget:
        return self.edit


@register("dateTime")
class DateTimeWidget(FieldWidget):
    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.edit.setMinimumDate(EMPTY_DATE)
        self.edit.setSpecialValueText(" ")
        self.edit.setDateTime(QDateTime(EMPTY_DATE, self.edit.time()))
        self.edit.setMaximumWidth(220)
        self.layout_.addWidget(self.edit)
        self.layout_.addStretch(1)
        self._setting = False
        self._kept: str | None = None  # the stored text, kept when the user does not touch the field
        self.edit.dateTimeChanged.connect(self._changed)

    def _changed(self, _d) -> None:
        if not self._setting:
            self._kept = None
            self.edited.emit()

    def value(self) -> list[dict]:
        if self._kept:
            return [{"valueDateTime": self._kept}]
        dt = self.edit.dateTime()
        return [] if dt.date() <= EMPTY_DATE else [{"valueDateTime": dt.toString("yyyy-MM-ddTHH:mm:ss")}]

    def set_value(self, answers: list[dict]) -> None:
        text = str(_first(answers, "valueDateTime") or _first(answers, "valueDate") or "")
        dt = QDateTime.fromString(text[:19], "yyyy-MM-ddTHH:mm:ss")
        if not dt.isValid():
            dt = QDateTime(QDate.fromString(text[:10], "yyyy-MM-dd"), self.edit.time())
        self._setting = True
        try:
            self.edit.setDateTime(dt if dt.isValid() else QDateTime(EMPTY_DATE, self.edit.time()))
        finally:
            self._setting = False
        self._kept = text or None

    def focus_target(self) -> QWidget:
        return self.edit


def parse_time(text: str) -> str | None:
    """'9h30', '09:30', '9' -> '09:30:00'; None when it is not a time of day."""
    m = _TIME.match(text or "")
    if not m:
        return None
    h, mnt = int(m.group(1)), int(m.group(2) or 0)
    if h > 23 or mnt > 59:
        return None
    return f"{h:02d}:{mnt:02d}:00"


@register("time")
class TimeWidget(FieldWidget):
    """A time typed as HH:MM (9h30 is understood); anything else stays in the field with a message."""

    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("HH:MM"))
        self.edit.setMaximumWidth(100)
        self.layout_.addWidget(self.edit)
        self.layout_.addStretch(1)
        self._value: list[dict] = []
        self.edit.textEdited.connect(self._changed)

    def _changed(self, text: str) -> None:
        if not text.strip():
            self._error, self._value = None, []
        else:
            parsed = parse_time(text)
            if parsed is None:
                self._error = self.tr("Heure invalide : tapez par exemple 09:30")
            else:
                self._error, self._value = None, [{"valueTime": parsed}]
        self.edited.emit()

    def value(self) -> list[dict]:
        return list(self._value)

    def set_value(self, answers: list[dict]) -> None:
        text = str(_first(answers, "valueTime") or "")
        self._value = [{"valueTime": text}] if text else []
        self._error = None
        self.edit.setText(text[:5])

    def focus_target(self) -> QWidget:
        return self.edit


class MultiTextWidget(FieldWidget):
    """A repeating text item: one value per line."""

    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(self.tr("Une valeur par ligne"))
        self.edit.setFixedHeight(60)
        self.edit.setTabChangesFocus(True)
        self.layout_.addWidget(self.edit)
        self._setting = False
        self.edit.textChanged.connect(lambda: None if self._setting else self.edited.emit())
        self._key = "valueUri" if item.type == "url" else "valueString"

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
        super().__init__(item.text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("color: #455a64; font-weight: 600; margin-top: 6px;")
