"""The opening hours editor for the `uo.horaires` repeating group (jour, début, fin).

One line per weekday (Lundi..Dimanche) with any number of intervals, a "Fermé" box, and a button that copies
Monday to the whole week. Times are typed ("08:30", "8h30", "0830") or stepped with the Up/Down keys (a quarter
of an hour); a text that is not a time stays in its field with one sentence under the day, and the slot keeps
its last good time. An interval must end after it starts and the intervals of a day must not overlap:
otherwise a message shows on the day concerned and the form cannot be finalised. A day's slots wrap onto
more lines when the form is narrow, so the editor never pushes the form into a horizontal scroll.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.forms.questionnaire import ItemDef
from app.views.forms.field_widgets import FieldWidget, show_read_only
from app.views.forms.flow_layout import FlowLayout
from app.views.forms.registry import register_shape
from app.views.forms.time_widgets import parse_time, time_error

DAYS_SYSTEM = "http://hl7.org/fhir/days-of-week"
DAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
STEP_SECONDS = 15 * 60



def is_hours_group(item: ItemDef) -> bool:
    """A repeating group of a weekday choice and two times: what the hours editor renders."""
    if item.type != "group" or not item.repeats or len(item.children) != 3:
        return False
    day, start, end = item.children
    systems = {(o.value.get("valueCoding") or {}).get("system") for o in day.answer_options}
    return day.type in ("choice", "coding") and systems == {DAYS_SYSTEM} and start.type == end.type == "time"


def _qtime(text: str) -> QTime:
    t = QTime.fromString(str(text)[:5], "HH:mm")
    return t if t.isValid() else QTime(9, 0)


class TimeField(QLineEdit):
    """A time of day typed as text: the last good time is kept while what is typed is not one."""

    changed = Signal()

    def __init__(self, time: QTime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time = time
        self.bad: str | None = None  # the text typed when it is not a time (kept in the field)
        self.setFixedWidth(56)
        self.setMaxLength(8)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setText(time.toString("HH:mm"))
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._finished)

    def time(self) -> QTime:
        return self._time

    def setTime(self, time: QTime) -> None:  # noqa: N802 - the QTimeEdit name the editor's callers use
        self.bad = None
        self.setText(time.toString("HH:mm"))
        if time != self._time:
            self._time = time
        self.changed.emit()

    def _typed(self, text: str) -> None:
        parsed = parse_time(text, complete=True)  # "2" of "25:00" is not 02:00
        if parsed is not None:
            self.bad = None
            self._time = QTime.fromString(parsed, "HH:mm:ss")
            self.changed.emit()
        elif self.bad is not None:
            self.bad = text  # already refused: the message follows what is typed

    def _finished(self) -> None:
        text = self.text()
        parsed = parse_time(text)
        if parsed is None:
            if self.bad != text:
                self.bad = text
                self.changed.emit()
            return
        shown = parsed[:5]
        if text != shown:
            self.setText(shown)  # "8h30" reads "08:30" once typed
        time = QTime.fromString(parsed, "HH:mm:ss")
        if self.bad is not None or time != self._time:
            self.bad = None
            self._time = time
            self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        step = {Qt.Key.Key_Up: STEP_SECONDS, Qt.Key.Key_Down: -STEP_SECONDS}.get(Qt.Key(event.key()))
        if step is None or self.isReadOnly():
            super().keyPressEvent(event)
            return
        seconds = min(max(self._time.msecsSinceStartOfDay() // 1000 + step, 0), 23 * 3600 + 59 * 60)
        self.setTime(QTime(0, 0).addSecs(seconds))


class Interval(QWidget):
    """One opening slot of a day: début, fin, remove."""

    changed = Signal()
    removed = Signal()

    def __init__(self, start: QTime, end: QTime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.start = TimeField(start)
        self.end = TimeField(end)
        for edit in (self.start, self.end):
            edit.changed.connect(self.changed.emit)
        self.to = QLabel()
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        layout.addWidget(self.start)
        layout.addWidget(self.to)
        layout.addWidget(self.end)
        layout.addWidget(self.remove)
        self.remove.clicked.connect(self.removed.emit)
        self.retranslate()

    def retranslate(self, day: str = "", number: int = 1) -> None:
        self.to.setText(QCoreApplication.translate("HoursEditor", "à"))
        self.remove.setToolTip(QCoreApplication.translate("HoursEditor", "Supprimer cette plage"))
        if day:
            start = QCoreApplication.translate("HoursEditor", "{0}, plage {1} : début")
            end = QCoreApplication.translate("HoursEditor", "{0}, plage {1} : fin")
            remove = QCoreApplication.translate("HoursEditor", "{0} : supprimer la plage {1}")
            self.start.setAccessibleName(start.format(day, number))
            self.end.setAccessibleName(end.format(day, number))
            self.remove.setAccessibleName(remove.format(day, number))

    def times(self) -> tuple[str, str]:
        return self.start.time().toString("HH:mm"), self.end.time().toString("HH:mm")

    def bad_texts(self) -> list[str]:
        """What is typed in the slot's fields and is not a time (the slot keeps its last good times)."""
        return [f.text() for f in (self.start, self.end) if parse_time(f.text()) is None]

    def set_read_only(self, on: bool) -> None:
        for field in (self.start, self.end):
            show_read_only(field, on)
        self.remove.setVisible(not on)


class DayRow:
    """The widgets of one weekday in the editor's grid: its name, "Fermé", its slots (wrapping), a message."""

    def __init__(self, editor: HoursEditor, code: str, label: str, row: int) -> None:
        self.editor, self.code, self.label = editor, code, label
        self.name = QLabel(label)
        self.name.setMinimumWidth(80)
        self.closed = QCheckBox()
        self.box = QWidget()
        self.flow = FlowLayout(self.box, spacing=10, fit_height=True)
        self.add = QToolButton()
        self.message = QLabel()
        self.message.setStyleSheet("color: #c62828;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.intervals: list[Interval] = []
        grid = editor.grid
        grid.addWidget(self.name, row * 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.closed, row * 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.box, row * 2, 2)
        grid.addWidget(self.add, row * 2, 3, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.message, row * 2 + 1, 2, 1, 2)
        self.closed.toggled.connect(self._closed_toggled)
        self.add.clicked.connect(lambda: self.add_interval(user=True))
        self.retranslate(label)
        self._sync_closed()

    def retranslate(self, label: str) -> None:
        self.label = label
        self.name.setText(label)
        self.closed.setText(QCoreApplication.translate("HoursEditor", "Fermé"))
        self.closed.setAccessibleName(QCoreApplication.translate("HoursEditor", "{0} : fermé").format(label))
        self.add.setText(QCoreApplication.translate("HoursEditor", "+ plage"))
        self.add.setToolTip(QCoreApplication.translate("HoursEditor", "Ajouter une plage horaire à ce jour"))
        self.add.setAccessibleName(
            QCoreApplication.translate("HoursEditor", "{0} : ajouter une plage horaire").format(label))
        for n, interval in enumerate(self.intervals, start=1):
            interval.retranslate(label, n)

    def add_interval(self, start: QTime | None = None, end: QTime | None = None, user: bool = False) -> Interval:
        if start is None:
            last = self.intervals[-1].end.time() if self.intervals else QTime(8, 0)
            start = last.addSecs(3600) if self.intervals else QTime(9, 0)
            if start < last:
                start = QTime(23, 0)
            end = start.addSecs(3 * 3600) if start < QTime(20, 59) else QTime(23, 59)
        interval = Interval(start, end or QTime(17, 0))
        interval.retranslate(self.label, len(self.intervals) + 1)
        interval.set_read_only(self.editor.read_only)
        self.flow.insertWidget(len(self.intervals), interval)
        self.intervals.append(interval)
        interval.changed.connect(self.editor.changed)
        interval.removed.connect(lambda i=interval: self.remove_interval(i))
        self._sync_closed()
        self.editor.reshaped.emit()
        if user:
            self.editor.changed()
            interval.start.setFocus()
        return interval

    def remove_interval(self, interval: Interval, notify: bool = True) -> None:
        self.intervals.remove(interval)
        self.flow.removeWidget(interval)
        interval.setParent(None)
        interval.deleteLater()
        self._sync_closed()
        for n, other in enumerate(self.intervals, start=1):
            other.retranslate(self.label, n)
        self.editor.reshaped.emit()
        if notify:
            self.editor.changed()

    def clear(self) -> None:
        for interval in list(self.intervals):
            self.remove_interval(interval, notify=False)

    def _sync_closed(self) -> None:
        self.closed.blockSignals(True)
        self.closed.setChecked(not self.intervals)
        self.closed.blockSignals(False)
        self.add.setVisible(not self.editor.read_only)

    def _closed_toggled(self, closed: bool) -> None:
        if closed:
            self.clear()
        elif not self.intervals:
            self.add_interval()
        self._sync_closed()
        self.editor.changed()

    def slots(self) -> list[tuple[str, str]]:
        return [i.times() for i in self.intervals]

    def check(self) -> str | None:
        """The day's problem (a text that is not a time, end before start, overlap), translated, or None."""
        for interval in self.intervals:
            for text in interval.bad_texts():
                return QCoreApplication.translate("HoursEditor", "{0} : {1}").format(self.label, time_error(text))
        slots = self.slots()
        for start, end in slots:
            if end <= start:
                text = QCoreApplication.translate("HoursEditor", "{0} : la fin ({1}) doit être après le début ({2})")
                return text.format(self.label, end, start)
        ordered = sorted(slots)
        for (s1, e1), (s2, e2) in zip(ordered, ordered[1:], strict=False):
            if s2 < e1:
                text = QCoreApplication.translate("HoursEditor", "{0} : les plages {1}–{2} et {3}–{4} se chevauchent")
                return text.format(self.label, s1, e1, s2, e2)
        return None


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
                    day.add_interval(_qtime(start), _qtime(end))
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
                self.day(code).add_interval(_qtime(start), _qtime(end))
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
