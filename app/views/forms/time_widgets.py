"""Dates, date-times and times of day: the widgets of the `date`, `dateTime` and `time` item types."""
from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QLineEdit, QWidget

from app.models.forms.questionnaire import ItemDef
from app.views.forms.field_base import FieldWidget, first_answer
from app.views.forms.registry import register

_TIME = re.compile(r"^\s*(\d{1,2})\s*[:hH.]\s*(\d{2})?\s*$")
_DIGITS = re.compile(r"^(\d{1,2})(\d{2})?$")  # '9', '09', '930', '0930'


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
        text = first_answer(answers, "valueDate") or ""
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
        text = str(first_answer(answers, "valueDateTime") or first_answer(answers, "valueDate") or "")
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


def parse_time(text: str, complete: bool = False) -> str | None:
    """'9h30', '09:30', '0930', '9h', '9' -> '09:30:00' (or '09:00:00'); None when it is not a time of day.

    `complete`: only a time written with its minutes ('9h30', '0930'), what is taken while the user types (so
    that the '2' of '25:00' is never taken for 02:00)."""
    text = (text or "").strip()
    m = _TIME.match(text) or _DIGITS.match(text)
    if not m or (complete and (m.group(2) is None or len(text) < 3)):
        return None
    h, mnt = int(m.group(1)), int(m.group(2) or 0)
    if h > 23 or mnt > 59:
        return None
    return f"{h:02d}:{mnt:02d}:00"


def time_error(text: str) -> str:
    """The sentence for a typed time that is not one (the text stays in the field)."""
    return QCoreApplication.translate(
        "TimeWidget", "Heure invalide : « {0} » ; tapez par exemple 08:30 (de 00:00 à 23:59).").format(text.strip())


@register("time")
class TimeWidget(FieldWidget):
    """A time typed as HH:MM (9h30 is understood); anything else stays in the field with a message."""

    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        self.edit = QLineEdit()
        self.edit.setMaximumWidth(100)
        self.layout_.addWidget(self.edit)
        self.layout_.addStretch(1)
        self._value: list[dict] = []
        self._bad: str | None = None
        self.edit.textEdited.connect(lambda text: self._changed(text, complete=True))
        self.edit.editingFinished.connect(self._finished)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(QCoreApplication.translate("TimeWidget", "HH:MM"))

    def _changed(self, text: str, complete: bool) -> None:
        if not text.strip():
            self._bad, self._value = None, []
        else:
            parsed = parse_time(text, complete=complete)
            if parsed is None:
                self._bad = text  # stays in the field with its message; the last good time is kept
            else:
                self._bad, self._value = None, [{"valueTime": parsed}]
        self.edited.emit()

    def _finished(self) -> None:
        """Leaving the field: a short form ('9', '9h') is a time too, shown as HH:MM."""
        text = self.edit.text()
        if self._bad is not None and parse_time(text) is not None:
            self._changed(text, complete=False)
            self.edit.setText(self._value[0]["valueTime"][:5])

    def local_error(self) -> str | None:
        return time_error(self._bad) if self._bad else None

    def value(self) -> list[dict]:
        return list(self._value)

    def set_value(self, answers: list[dict]) -> None:
        text = str(first_answer(answers, "valueTime") or "")
        self._value = [{"valueTime": text}] if text else []
        self._bad = None
        self.edit.setText(text[:5])

    def focus_target(self) -> QWidget:
        return self.edit
