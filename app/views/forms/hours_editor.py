"""The opening hours editor for the `uo.horaires` repeating group (jour, début, fin).

One line per weekday (Lundi..Dimanche) with any number of intervals, a "Fermé" box, and a button that copies
Monday to the whole week. An interval must end after it starts and the intervals of a day must not overlap:
otherwise a message shows on the day concerned and the form cannot be finalised.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.forms.questionnaire import ItemDef
from app.views.forms.field_widgets import FieldWidget
from app.views.forms.registry import register_shape

DAYS_SYSTEM = "http://hl7.org/fhir/days-of-week"
DAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


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


class Interval(QWidget):
    """One opening slot of a day: début, fin, remove."""

    changed = Signal()
    removed = Signal()

    def __init__(self, start: QTime, end: QTime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.start = QTimeEdit(start)
        self.end = QTimeEdit(end)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
            edit.setFixedWidth(72)
            edit.timeChanged.connect(lambda _t: self.changed.emit())
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(self.tr("Supprimer cette plage"))
        layout.addWidget(self.start)
        layout.addWidget(QLabel(self.tr("à")))
        layout.addWidget(self.end)
        layout.addWidget(self.remove)
        self.remove.clicked.connect(self.removed.emit)

    def times(self) -> tuple[str, str]:
        return self.start.time().toString("HH:mm"), self.end.time().toString("HH:mm")


class DayRow:
    """The widgets of one weekday in the editor's grid."""

    def __init__(self, editor: HoursEditor, code: str, label: str, row: int) -> None:
        self.editor, self.code, self.label = editor, code, label
        self.name = QLabel(label)
        self.name.setMinimumWidth(80)
        self.closed = QCheckBox(QCoreApplication.translate("HoursEditor", "Fermé"))
        self.box = QWidget()
        self.flow = QHBoxLayout(self.box)
        self.flow.setContentsMargins(0, 0, 0, 0)
        self.flow.setSpacing(12)
        self.flow.addStretch(1)
        self.add = QToolButton()
        self.add.setText(QCoreApplication.translate("HoursEditor", "+ plage"))
        self.add.setToolTip(QCoreApplication.translate("HoursEditor", "Ajouter une plage horaire à ce jour"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #c62828;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.intervals: list[Interval] = []
        grid = editor.grid
        grid.addWidget(self.name, row * 2, 0)
        grid.addWidget(self.closed, row * 2, 1)
        grid.addWidget(self.box, row * 2, 2)
        grid.addWidget(self.add, row * 2, 3)
        grid.addWidget(self.message, row * 2 + 1, 2, 1, 2)
        self.closed.toggled.connect(self._closed_toggled)
        self.add.clicked.connect(lambda: self.add_interval(user=True))
        self._sync_closed()

    def add_interval(self, start: QTime | None = None, end: QTime | None = None, user: bool = False) -> Interval:
        if start is None:
            last = self.intervals[-1].end.time() if self.intervals else QTime(8, 0)
            start = last.addSecs(3600) if self.intervals else QTime(9, 0)
            if start < last:
                start = QTime(23, 0)
            end = start.addSecs(3 * 3600) if start < QTime(20, 59) else QTime(23, 59)
        interval = Interval(start, end or QTime(17, 0))
        interval.setEnabled(not self.editor.read_only)
        self.flow.insertWidget(len(self.intervals), interval)
        self.intervals.append(interval)
        interval.changed.connect(self.editor.changed)
        interval.removed.connect(lambda i=interval: self.remove_interval(i))
        self._sync_closed()
        if user:
            self.editor.changed()
        return interval

    def remove_interval(self, interval: Interval, notify: bool = True) -> None:
        self.intervals.remove(interval)
        self.flow.removeWidget(interval)
        interval.setParent(None)
        interval.deleteLater()
        self._sync_closed()
        if notify:
            self.editor.changed()

    def clear(self) -> None:
        for interval in list(self.intervals):
            self.remove_interval(interval, notify=False)

    def _sync_closed(self) -> None:
        self.closed.blockSignals(True)
        self.closed.setChecked(not self.intervals)
        self.closed.blockSignals(False)
        self.add.setEnabled(not self.editor.read_only)

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
        """The day's problem (end before start, overlap), in French, or None."""
        slots = self.slots()
        for start, end in slots:
            if end <= start:
                return QCoreApplication.translate(
                    "HoursEditor", "{0} : la fin ({1}) doit être après le début ({2})").format(self.label, end, start)
        ordered = sorted(slots)
        for (s1, e1), (s2, e2) in zip(ordered, ordered[1:], strict=False):
            if s2 < e1:
                return QCoreApplication.translate(
                    "HoursEditor", "{0} : les plages {1}–{2} et {3}–{4} se chevauchent").format(
                    self.label, s1, e1, s2, e2)
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
        self.copy_button = QPushButton(self.tr("Copier le lundi sur toute la semaine"))
        self.copy_button.setToolTip(self.tr("Remplace les horaires de mardi à dimanche par ceux du lundi"))
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
        labels = [self.tr("Lundi"), self.tr("Mardi"), self.tr("Mercredi"), self.tr("Jeudi"), self.tr("Vendredi"),
                  self.tr("Samedi"), self.tr("Dimanche")]
        self.days = [DayRow(self, code, label, n)
                     for n, (code, label) in enumerate(zip(DAY_CODES, labels, strict=True))]
        self._loading = False
        self.copy_button.clicked.connect(self.copy_monday)

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
            day.add.setEnabled(not on)
            for interval in day.intervals:
                interval.setEnabled(not on)
