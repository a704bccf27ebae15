"""The Disponibilités view: the figures of one EG (or a few) typed in place with the keyboard alone.

Rows are read on the DB worker (`ws.capacities.rows`); an accepted count becomes an undoable
`CapacityCommand` run through `Controller.run` (the one road), stamped now with the source "Saisie manuelle".
A refused count stays in its editor and one sentence shows under the row; nothing is written. Each row and
each EG says how old its figures are, and a banner reminds when some are older than the user's periods.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models import capacities as cap
from app.models.changes import Changes
from app.views.capacities.age_text import age_text
from app.views.capacities.capacity_command import CapacityCommand
from app.views.capacities.entry_rows import newest, rows_for
from app.views.capacities.entry_table import EntryTable
from app.views.capacities.labels import temporality_label
from app.views.capacities.periods import amount, read_periods, write_periods
from app.views.capacities.row_menu import RowMenu
from app.views.capacities.table_model import AGE, EG, FIRST_COUNT, NATURE, UNIT, CapacityTableModel
from app.views.refusal_text import error_text

NOTE_STYLE = "background:#ffebee; color:#b71c1c; border:1px solid #e57373; border-radius:3px; padding:2px 6px;"
COLUMN_WIDTHS = {EG: 220, UNIT: 330, NATURE: 90, **{FIRST_COUNT + i: 104 for i in range(5)}, AGE: 130}
BANNER_STYLE = "background:#fff3e0; color:#8a4b00; border:1px solid #ffb74d; border-radius:3px; padding:4px 8px;"


class DispoView(QWidget):
    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dispoView")
        self.controller = controller
        self.eg_ids: list[int] = []
        self.all_rows: list[cap.CapacityRow] = []
        self.periods: dict[str, timedelta] = dict(cap.DEFAULT_PERIODS)
        self.now: datetime | None = None  # fixed by tests and screenshots; None follows the clock
        self._periods_read: dict[str, timedelta] | None = None
        self._writes = 0  # own writes on the worker: a read older than them is not shown
        self._build()
        self.model.countsEdited.connect(self._edited)
        self.table.delegate.refused.connect(self.show_note)
        self.table.delegate.cleared.connect(lambda _i: self.hide_note())
        controller.applied.connect(self._on_applied)
        controller.loaded.connect(self._workspace_opened)
        self._reload_timer = QTimer(self, singleShot=True, interval=60)
        self._reload_timer.timeout.connect(self.reload)
        self._clock = QTimer(self, interval=60_000)
        self._clock.timeout.connect(self._show)
        self._clock.start()
        self.retranslate()

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("dispoTitle")
        self.title.setStyleSheet("font-weight:600; font-size:14px;")
        self.summary = QLabel()
        self.summary.setObjectName("dispoSummary")
        self.summary.setWordWrap(True)
        self.temporality = QComboBox()
        for code in cap.TEMPORALITIES:
            self.temporality.addItem("", code)
        self.temporality.currentIndexChanged.connect(lambda _i: self._show())
        self.temporality_label = QLabel()
        self.temporality_label.setBuddy(self.temporality)
        self.settings_button = QPushButton()
        self.settings_button.clicked.connect(self.edit_periods)
        self.reminder = QLabel()
        self.reminder.setObjectName("dispoReminder")
        self.reminder.setStyleSheet(BANNER_STYLE)
        self.reminder.setWordWrap(True)
        self.reminder.hide()
        self.model = CapacityTableModel(self)
        self.table = EntryTable()
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()  # fixed widths: sizing to contents reads every cell each time
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.row_menu = RowMenu(self)
        self.note = QLabel(self.table.viewport())
        self.note.setObjectName("dispoNote")
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setWordWrap(True)
        self.note.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.temporality_label)
        bar.addWidget(self.temporality)
        bar.addStretch(1)
        bar.addWidget(self.settings_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        layout.addWidget(self.reminder)
        layout.addWidget(self.table, 1)

    def retranslate(self) -> None:
        self.temporality_label.setText(self.tr("&Temporalité :"))
        for i in range(self.temporality.count()):
            self.temporality.setItemText(i, temporality_label(self.temporality.itemData(i)))
        self.settings_button.setText(self.tr("&Rappels…"))
        self.settings_button.setToolTip(self.tr("Choisir après combien de temps des chiffres sont signalés anciens"))
        self.table.setToolTip(self.tr("Tapez un chiffre pour saisir ; Tab ou Entrée valide et passe à la case "
                                      "suivante ; Échap annule."))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._show()

    # ------------------------------------------------------------------ reading
    def show_egs(self, eg_ids: list[int]) -> None:
        """Show the figures of these EGs (read on the worker)."""
        self.eg_ids = list(eg_ids)
        self.hide_note()
        self.reload()

    def reload(self) -> None:
        ids, periods = list(self.eg_ids), self._periods_read

        def job(ws):  # the periods are read once: only this view's settings control changes them
            return ids, ws.capacities.rows(ids), periods if periods is not None else read_periods(ws)

        self.controller.read(job, self._loaded)

    def _loaded(self, result) -> None:
        ids, rows, periods = result
        if ids != self.eg_ids:  # read for EGs the view no longer shows
            return
        if self._writes and self.all_rows:  # an own write is still on its way: the row shows what it stamped
            return
        self.all_rows, self.periods = rows, periods
        self._periods_read = self.periods
        self._show()

    def _workspace_opened(self, _path: str) -> None:
        """Another workspace: its own settings and units (the view empties until an EG is chosen again)."""
        self._periods_read = None
        self.eg_ids, self.all_rows = [], []
        self.hide_note()
        self._show()

    def current_temporality(self) -> str:
        return self.temporality.currentData() or cap.COURANT

    def _show(self) -> None:
        now = self.now or datetime.now(UTC)
        rows = rows_for(self.all_rows, self.current_temporality())
        self.model.set_rows(rows, now, self.periods)
        self.table.setColumnHidden(EG, len({r.eg_id for r in rows}) < 2)
        if rows and not self.table.currentIndex().isValid():  # ready to type: the first figure of the first row
            self.table.setCurrentIndex(self.model.index(0, FIRST_COUNT))
        self._show_header(rows, now)

    def _show_header(self, rows: list[cap.CapacityRow], now: datetime) -> None:
        names: dict[int | None, str] = {}
        by_eg: dict[int | None, list[cap.CapacityRow]] = {}
        for r in rows:
            names[r.eg_id] = r.eg_name
            by_eg.setdefault(r.eg_id, []).append(r)
        if not rows:
            self.title.setText(self.tr("Disponibilités"))
            self.summary.setText(self.tr("Aucune unité de cet établissement ne déclare de lits ni de places.")
                                 if self.eg_ids else self.tr("Choisissez un établissement dans l'arborescence."))
        else:
            shown = list(names.values())
            self.title.setText(self.tr("Disponibilités — {0}").format(
                ", ".join(shown[:3]) + (self.tr(" et %n autre(s)", "", len(shown) - 3) if len(shown) > 3 else "")))
            parts = []
            for eg_id, eg_rows in list(by_eg.items())[:6]:
                stamp = newest(eg_rows)
                if stamp:
                    parts.append(self.tr("{0} : mis à jour {1}").format(names[eg_id], age_text(cap.age(stamp, now))))
                else:
                    parts.append(self.tr("{0} : aucun chiffre daté").format(names[eg_id]))
            self.summary.setText(" · ".join(parts))
        stale = sum(1 for r in rows if cap.is_stale(r, now, self.periods))
        if stale:
            self.reminder.setText(self.tr(
                "⚠ %n ligne(s) ont des chiffres plus anciens que la période de rappel", "", stale)
                + self.tr(" (disponibles : {0} h, installés : {1} jours). Mettez-les à jour.").format(
                    amount(self.periods, cap.DISPONIBLES), amount(self.periods, cap.INSTALLES)))
        self.reminder.setVisible(bool(stale))

    # ------------------------------------------------------------------ writing
    def _edited(self, row: cap.CapacityRow, counts: dict) -> None:
        command = CapacityCommand(self.controller, row, counts)
        self._writes += 1

        def done(_changes: Changes) -> None:
            self.controller.stack.push(command)
            self._writes -= 1
            self._stamp(row.key)

        def failed(exc: BaseException) -> None:
            self._writes -= 1
            self.show_message(error_text(exc))
            self.reload()  # the figures as the store kept them

        self.controller.run(command.forward, on_done=done, on_error=failed, origin=self)

    def _stamp(self, key: tuple) -> None:
        """What the store just stamped on an accepted row (now, "Saisie manuelle", waiting to be sent), shown
        without reading every row again."""
        i = self.model.row_index(key)
        if i is None:
            return
        row = replace(self.model.rows[i], updated_at=datetime.now(UTC).isoformat(timespec="milliseconds"),
                      source=cap.SAISIE_MANUELLE, sync_state=cap.PENDING, error=None)
        self.model.replace_row(i, row)
        self.all_rows = [row if r.key == key else r for r in self.all_rows]
        if not any(r.key == key for r in self.all_rows):
            self.all_rows.append(row)
        self._show_header(self.model.rows, self.now or datetime.now(UTC))

    def _on_applied(self, changes: Changes, origin: object) -> None:
        if origin is self or not self.eg_ids:
            return
        ids = {r.node_id for r in self.all_rows}
        touched = changes.nodes | getattr(changes, "capacities", set())
        if not changes or touched & ids or not ids:
            self._reload_timer.start()

    # ------------------------------------------------------------------ saying why
    def show_note(self, index: QPersistentModelIndex, text: str) -> None:
        """One sentence under the row whose typed count is refused."""
        self.note.setText(text)
        self.note.setFixedWidth(max(240, min(self.table.viewport().width() - 8, 560)))
        self.note.adjustSize()
        rect = self.table.visualRect(self.model.index(index.row(), index.column()))
        y = rect.bottom() + 2
        if y + self.note.height() > self.table.viewport().height():
            y = max(0, rect.top() - self.note.height() - 2)
        self.note.move(max(0, min(rect.left(), self.table.viewport().width() - self.note.width())), y)
        self.note.show()
        self.note.raise_()

    def show_message(self, text: str) -> None:
        index = self.table.currentIndex()
        self.show_note(QPersistentModelIndex(index), text)

    def hide_note(self) -> None:
        self.note.hide()

    def edit_periods(self) -> None:
        from app.views.capacities.reminder_settings import ReminderSettings

        dialog = ReminderSettings(self.periods, self)
        self.settings_dialog = dialog

        def chosen() -> None:
            periods = dialog.periods()
            self.periods = self._periods_read = periods
            self._show()
            self.controller.read(lambda ws: write_periods(ws, periods), lambda _r: None)

        dialog.accepted.connect(chosen)
        dialog.open()
