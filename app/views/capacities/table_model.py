"""The Disponibilités table: one row per unit, nature and gender for the chosen temporality, one editable
column per status. A thin adapter over frozen `CapacityRow`s read on the DB worker; an accepted edit changes
the row in place and asks for the write (`countsEdited`), a refused one changes nothing."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.models import capacities as cap
from app.models.refusals import Refusal
from app.views.capacities.age_text import age_text
from app.views.capacities.labels import (
    error_words,
    gender_label,
    nature_label,
    source_label,
    status_label,
    sync_label,
)

Index = QModelIndex | QPersistentModelIndex
EG, UNIT, NATURE = 0, 1, 2
FIRST_COUNT = 3
STATUS_COLUMNS: tuple[str, ...] = cap.STATUS_ORDER
AGE = FIRST_COUNT + len(STATUS_COLUMNS)
STATE = AGE + 1
COLUMNS = STATE + 1
STALE = QColor("#e65100")
STATE_COLOURS = {cap.PENDING: QColor("#1565c0"), cap.REFUSED: QColor("#c62828"), cap.CONFLICT: QColor("#ef6c00")}
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE = READ_ONLY | Qt.ItemFlag.ItemIsEditable
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
STALE_ROLE = Qt.ItemDataRole.UserRole + 2


def status_of(column: int) -> str | None:
    """The status code a column edits, or None for the descriptive columns."""
    i = column - FIRST_COUNT
    return STATUS_COLUMNS[i] if 0 <= i < len(STATUS_COLUMNS) else None


def parse_count(text: str) -> int | None:
    """What was typed as a count: blank clears the figure; anything else must be a whole number."""
    text = text.strip()
    if not text:
        return None
    return int(text)


class CapacityTableModel(QAbstractTableModel):
    countsEdited = Signal(object, object)  # the row before the edit, the new counts (dict)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[cap.CapacityRow] = []
        self.now = datetime.now(UTC)
        self.periods: dict[str, timedelta] = dict(cap.DEFAULT_PERIODS)

    # ------------------------------------------------------------------ content
    def set_rows(self, rows: list[cap.CapacityRow], now: datetime | None = None,
                 periods: dict[str, timedelta] | None = None) -> None:
        """Show `rows`; the same rows in the same order are changed in place, so an open editor stays open."""
        self.now = now or datetime.now(UTC)
        if periods is not None:
            self.periods = dict(periods)
        if [r.key for r in rows] == [r.key for r in self.rows]:
            self.rows = list(rows)
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, COLUMNS - 1))
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def replace_row(self, row: int, new: cap.CapacityRow) -> None:
        self.rows[row] = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))

    def row_index(self, key: tuple) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.key == key), None)

    def is_stale(self, row: cap.CapacityRow) -> bool:
        return cap.is_stale(row, self.now, self.periods)

    def counts_with(self, index: Index, value: int | None) -> dict[str, int | None]:
        """The row's counts with `value` typed in the cell at `index`."""
        row = self.rows[index.row()]
        counts = {s: row.counts.get(s) for s in STATUS_COLUMNS}
        counts.update({k: v for k, v in row.counts.items() if k not in counts})
        status = status_of(index.column())
        if status is not None:
            counts[status] = value
        return counts

    def check_edit(self, index: Index, value: int | None) -> Refusal | None:
        return cap.check(self.counts_with(index, value))

    # ------------------------------------------------------------------ Qt
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        return EDITABLE if status_of(index.column()) is not None else READ_ONLY

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        status = status_of(section)
        if status is not None:
            return status_label(status)
        return {EG: self.tr("Établissement"), UNIT: self.tr("Unité"), NATURE: self.tr("Nature"),
                AGE: self.tr("Mise à jour"), STATE: self.tr("Envoi")}.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        status = status_of(col)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if status is not None:
                value = row.counts.get(status)
                return ("" if value is None else str(value)) if role == Qt.ItemDataRole.EditRole else value
            return self._text(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and status is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == AGE and self.is_stale(row):
                return QBrush(STALE)
            if col == STATE and row.sync_state in STATE_COLOURS:
                return QBrush(STATE_COLOURS[row.sync_state])
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == STATE and row.error:
                return error_words(row)
            if col == AGE:
                return self._age_tip(row)
        if role == Qt.ItemDataRole.AccessibleTextRole and status is not None:
            return f"{row.uo_name}, {status_label(status)}: {row.counts.get(status, '')}"
        if role == ROW_ROLE:
            return row
        if role == STALE_ROLE:
            return self.is_stale(row)
        return None

    def _text(self, row: cap.CapacityRow, col: int) -> str:
        if col == EG:
            return row.eg_name
        if col == UNIT:
            return row.uo_name
        if col == NATURE:
            gender = gender_label(row.gender)
            return f"{nature_label(row.nature)} ({gender})" if gender else nature_label(row.nature)
        if col == AGE:
            if row.updated_at:
                text = age_text(cap.age(row.updated_at, self.now))
            else:
                known = any(v is not None for v in row.counts.values())
                text = self.tr("date inconnue") if known else age_text(None)
            return ("⚠ " + text) if self.is_stale(row) else text
        if col == STATE:
            shown = row.updated_at or row.sync_state != cap.SYNCED
            return sync_label(row.sync_state, error_words(row)) if shown else ""
        return ""

    def _age_tip(self, row: cap.CapacityRow) -> str:
        parts = [self.tr("Mis à jour le {0}").format(row.updated_at[:16].replace("T", " "))] if row.updated_at \
            else []
        if row.source:
            parts.append(self.tr("Source : {0}").format(source_label(row.source)))
        if self.is_stale(row):
            parts.append(self.tr("Chiffres plus anciens que la période de rappel"))
        return "\n".join(parts)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """An accepted count: the row shows it at once and `countsEdited` asks for the write; a refused one or
        the same figure changes nothing."""
        status = status_of(index.column())
        if role != Qt.ItemDataRole.EditRole or status is None:
            return False
        try:
            count = parse_count(value) if isinstance(value, str) else value
        except ValueError:
            return False
        row = self.rows[index.row()]
        if row.counts.get(status) == count:
            return False
        counts = self.counts_with(index, count)
        if cap.check(counts) is not None:
            return False
        self.replace_row(index.row(), replace(row, counts=counts))
        self.countsEdited.emit(row, counts)
        return True
