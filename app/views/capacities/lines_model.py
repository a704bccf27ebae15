"""A read-only table of `GroupLine`s (the group view's EG lines and totals): label, département, nature,
the five statuses, how many units, how old the oldest figure is."""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.models import capacities as cap
from app.views.capacities.age_text import age_text
from app.views.capacities.group_totals import STATUSES, GroupLine
from app.views.capacities.labels import champ_text, nature_label, status_label

Index = QModelIndex | QPersistentModelIndex
LABEL, DEPARTEMENT, NATURE = 0, 1, 2
FIRST = 3
UNITS = FIRST + len(STATUSES)
AGE = UNITS + 1


class LinesModel(QAbstractTableModel):
    def __init__(self, kind: str, parent=None) -> None:
        """`kind`: "eg" (an EG per line), "nature", "departement" or "champ" (totals)."""
        super().__init__(parent)
        self.kind = kind
        self.lines: list[GroupLine] = []
        self.now = datetime.now(UTC)

    def set_lines(self, lines: list[GroupLine], now: datetime) -> None:
        self.beginResetModel()
        self.lines, self.now = lines, now
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else AGE + 1

    def label_header(self) -> str:
        return {"eg": self.tr("Établissement"), "nature": self.tr("Total"), "departement": self.tr("Département"),
                "champ": self.tr("Champ d'activité")}[self.kind]

    def header(self, section: int) -> str:
        if FIRST <= section < UNITS:
            return status_label(STATUSES[section - FIRST])
        return {LABEL: self.label_header(), DEPARTEMENT: self.tr("Dép."), NATURE: self.tr("Nature"),
                UNITS: self.tr("Unités"), AGE: self.tr("Ancienneté")}.get(section, "")

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        return None

    def text(self, line: GroupLine, col: int) -> str | int:
        if FIRST <= col < UNITS:
            return line.counts[STATUSES[col - FIRST]]
        if col == LABEL:
            if self.kind == "champ":
                return champ_text(line.label)
            if self.kind == "nature":
                return self.tr("Tous les établissements")
            return line.label or self.tr("(sans département)")
        if col == DEPARTEMENT:
            return line.departement
        if col == NATURE:
            return nature_label(line.nature)
        if col == UNITS:
            return line.units
        if col == AGE:
            text = age_text(cap.age(line.updated_at, self.now)) if line.updated_at else age_text(None)
            return ("⚠ " + text) if line.stale else text
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, col = self.lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(line, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and FIRST <= col <= UNITS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == AGE and line.stale:
            return QBrush(QColor("#e65100"))
        if role == Qt.ItemDataRole.ToolTipRole and col == AGE and line.stale:
            return self.tr("%n unité(s) aux chiffres plus anciens que la période de rappel", "", line.stale)
        return None

    def csv_rows(self) -> list[list[str | int]]:
        """The table as the CSV export writes it: the header, then one list per line."""
        return [[self.header(c) for c in range(AGE + 1)],
                *[[self.text(line, c) for c in range(AGE + 1)] for line in self.lines]]
