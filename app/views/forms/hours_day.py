"""One weekday of the hours editor: its time slots (Interval), each with two typed times (TimeField).

A time is typed ("08:30", "8h30", "0830") or stepped with the Up/Down keys (a quarter of an hour); a text that
is not a time stays in its field with one sentence under the day. A day's slots wrap onto more lines when the
form is narrow (FlowLayout).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from app.views.forms.field_base import show_read_only
from app.views.forms.flow_layout import FlowLayout
from app.views.forms.time_widgets import parse_time, time_error

STEP_SECONDS = 15 * 60


def qtime(text: str) -> QTime:
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

    def __init__(self, editor: Any, code: str, label: str, row: int) -> None:  # the HoursEditor
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
