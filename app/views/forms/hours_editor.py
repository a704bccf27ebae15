"""The opening hours editor for the `uo.horaires` repeating group (jour, début, fin).

One line per weekday (Lundi..Dimanche) with any number of intervals, a "Fermé" box, and a button that copies
Monday to the whole week. Times are typed ("08:30", "8h30", "0830") or stepped with the Up/Down keys (a quarter
of an hour); a text that is not a time stays in its field with one sentence under the day, and the slot keeps
its last good time. An interval must end after it starts and the intervals of a day must not overlap:
otherwise a message shows on the day concerned and the form cannot be finalised. A day's slots wrap onto
more lines when the form is narrow, so the editor never pushes the form into a horizontal scroll. A day and its
slots are in hours_day.py.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.forms.questionnaire import ItemDef
from app.views.forms.field_base import FieldWidget
from app.views.forms.hours_day import DayRow, Interval, TimeField, qtime
from app.views.forms.registry import register_shape

__all__ = ["DAYS_SYSTEM", "DAY_CODES", "DayRow", "HoursEditor", "Interval", "TimeField", "is_hours_group"]

DAYS_SYSTEM = "http://hl7.org/fhir/days-of-week"
DAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def is_hours_group(item: ItemDef) -> bool:
    """A repeating group of a weekday choice and two times: what the hours editor renders."""
    if item.type != "group" or not item.repeats or len(item.children) != 3:
        return False
    day, start, end = item.children
    systems = {(o.value.get("valueCoding") or {}).get("system") for o in day.answer_options}
    return day.type in ("choice", "coding") and systems == {DAYS_SYSTEM} and start.type == end.type == "time"


@register_shape(is_hours_group, priority=0)
class HoursEditor(FieldWidget):
    """Edits the instances of the hours group: one instance per opening slot."""

    shows_own_errors = True  # each day shows its message; the form does not repeat it under the field

    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        self.day_item, self.start_item, self.end_item = item.children
        self._codings = {o.value["valueCoding"]["code"]: o.value["valueCoding"] for o in self.day_item.answer_options}
        outer = QVBoxLayout()
        outer.setContentsMargins(0, 0, 0, 0)
        self.copy_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.copy_button)
        top.addStretch(1)
        outer.addLayout(top)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(2, 1)
        outer.addLayout(self.grid)
        self.layout_.addLayout(outer, 1)
        self.days = [DayRow(self, code, label, n) for n, (code, label) in enumerate(zip(DAY_CODES, self._day_labels(),
                                                                                           strict=True))]
        self._loading = False
        self.copy_button.clicked.connect(self.copy_monday)
        self.retranslate()

    @staticmethod
    def _day_labels() -> list[str]:
        return [QCoreApplication.translate("HoursEditor", "Lundi"), QCoreApplication.translate("HoursEditor", "Mardi"),
                QCoreApplication.translate("HoursEditor", "Mercredi"),
                QCoreApplication.translate("HoursEditor", "Jeudi"),
                QCoreApplication.translate("HoursEditor", "Vendredi"),
                QCoreApplication.translate("HoursEditor", "Samedi"),
                QCoreApplication.translate("HoursEditor", "Dimanche")]

    def retranslate(self) -> None:
        self.copy_button.setText(QCoreApplication.translate("HoursEditor", "Copier le lundi sur toute la semaine"))
        self.copy_button.setToolTip(
            QCoreApplication.translate("HoursEditor", "Remplace les horaires de mardi à dimanche par ceux du lundi"))
        self.copy_button.setAccessibleName(self.copy_button.text())
        for day, label in zip(self.days, self._day_labels(), strict=True):
            day.retranslate(label)
        self._refresh_messages()

    def name_inputs(self) -> None:
        """Each input already says its day and slot (DayRow.retranslate); the button says what it does."""

    def day(self, code: str) -> DayRow:
        return next(d for d in self.days if d.code == code)

    def changed(self) -> None:
        if self._loading:
            return
        self._refresh_messages()
        self.edited.emit()

    def copy_monday(self) -> None:
        monday = self.days[0].slots()
        self._loading = True
        try:
            for day in self.days[1:]:
                day.clear()
                for start, end in monday:
                    day.add_interval(qtime(start), qtime(end))
        finally:
            self._loading = False
        self.changed()

    def _refresh_messages(self) -> None:
        for day in self.days:
            message = day.check()
            day.message.setText(message or "")
            day.message.setVisible(bool(message))

    def local_error(self) -> str | None:
        messages = [m for m in (d.check() for d in self.days) if m]
        return "\n".join(messages) if messages else None

    def value(self) -> list[dict]:
        instances = []
        for day in self.days:
            coding = dict(self._codings.get(day.code) or {"system": DAYS_SYSTEM, "code": day.code})
            for start, end in day.slots():
                instances.append({"item": {self.day_item.link_id: [{"valueCoding": coding}],
                                           self.start_item.link_id: [{"valueTime": start + ":00"}],
                                           self.end_item.link_id: [{"valueTime": end + ":00"}]}})
        return instances

    def set_value(self, answers: list[dict]) -> None:
        self._loading = True
        try:
            for day in self.days:
                day.clear()
            for instance in answers or []:
                inner = instance.get("item") if isinstance(instance, dict) else None
                if not isinstance(inner, dict):
                    continue
                code = ((inner.get(self.day_item.link_id) or [{}])[0].get("valueCoding") or {}).get("code")
                if code not in DAY_CODES:
                    continue
                start = (inner.get(self.start_item.link_id) or [{}])[0].get("valueTime") or "09:00"
                end = (inner.get(self.end_item.link_id) or [{}])[0].get("valueTime") or "17:00"
                self.day(code).add_interval(qtime(start), qtime(end))
        finally:
            self._loading = False
        for day in self.days:
            day._sync_closed()
        self._refresh_messages()

    def set_read_only(self, on: bool) -> None:
        self.read_only = on
        self.copy_button.setEnabled(not on)
        for day in self.days:
            day.closed.setEnabled(not on)
            day.add.setVisible(not on)
            for interval in day.intervals:
                interval.set_read_only(on)

    def focus_target(self) -> QWidget:
        return self.copy_button
