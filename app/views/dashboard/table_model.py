"""The dashboard's table: one row per EG (`EgRow`), and the proxy that sorts and filters it.

The model only holds frozen rows made off the GUI thread and keeps them sorted itself (one Python sort by
key: the proxy's own sort calls back into Python for every comparison and every index, a third of the opening
of a large group); the proxy filters, asking each row the filter bar's questions (text, département, category,
state), and hands the view's sort requests to the model.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.models.dashboard import EgRow
from app.models.tree import fold
from app.views.dashboard import texts

translate = QCoreApplication.translate  # literal calls: lupdate finds them

NAME, FINESS, EJ, DEPT, CATEGORY, DONE, BLOCKING, WARNINGS, DOSSIER, UPDATED, YEARLY = range(11)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
EG_ID_ROLE = Qt.ItemDataRole.UserRole + 2
NUMBERS = {DONE, BLOCKING, WARNINGS}
DISPLAY, ALIGNMENT = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.TextAlignmentRole)
FOREGROUND, TOOLTIP = int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.ToolTipRole)
ROLES = frozenset({DISPLAY, ALIGNMENT, FOREGROUND, TOOLTIP, int(SORT_ROLE), int(EG_ID_ROLE)})
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
RED, ORANGE, GREEN = QColor("#c62828"), QColor("#e65100"), QColor("#2e7d32")
Index = QModelIndex | QPersistentModelIndex


def display(row: EgRow, column: int) -> str:
    """What a cell says (also what the CSV and the PDF say)."""
    if column == NAME:
        return row.name
    if column == FINESS:
        return row.finess or ""
    if column == EJ:
        return row.ej
    if column == DEPT:
        return row.departement or ""
    if column == CATEGORY:
        return texts.category_label(row.categorie)
    if column == DONE:
        return f"{row.finalised} / {row.fiches}"
    if column == BLOCKING:
        return str(row.blocking)
    if column == WARNINGS:
        return "…" if row.warnings is None else str(row.warnings)
    if column == DOSSIER:
        return texts.dossier_words(row.dossier)
    if column == UPDATED:
        return (row.updated or "")[:10]
    return texts.yearly_words(row.due, row.published)


def sort_key(row: EgRow, column: int) -> Any:
    if column == DONE:
        return (row.completion, row.fiches)
    if column == BLOCKING:
        return row.blocking
    if column == WARNINGS:
        return -1 if row.warnings is None else row.warnings
    if column == UPDATED:
        return row.updated or ""
    if column == YEARLY:
        return (not row.due, row.published or "")  # due first when ascending, oldest publication first
    if column == NAME:
        return fold(row.name)
    return display(row, column).casefold()


class DashboardModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[EgRow] = []
        self._headers: list[str] | None = None
        self.sorting: tuple[int, Qt.SortOrder] = (NAME, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: list[EgRow]) -> None:
        self.beginResetModel()
        self.rows = self._sorted(rows)
        self.endResetModel()

    def _sorted(self, rows: list[EgRow]) -> list[EgRow]:
        column, order = self.sorting
        return sorted(rows, key=lambda r: sort_key(r, column), reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by a column; the views' selections follow their rows."""
        self.sorting = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self.rows[i.row()].id for i in old]
        self.rows = self._sorted(self.rows)
        where = {r.id: n for n, r in enumerate(self.rows)}
        self.changePersistentIndexList(old, [self.index(where[i], o.column()) for i, o in zip(ids, old, strict=True)])
        self.layoutChanged.emit()

    def update_rows(self, rows: list[EgRow]) -> None:
        """Same EGs with new values (the warnings once counted): cells redrawn, selection and order kept."""
        rows = self._sorted(rows)
        if [r.id for r in rows] != [r.id for r in self.rows]:
            self.set_rows(rows)
            return
        self.rows = rows
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, YEARLY))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else YEARLY + 1

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            if self._headers is None:
                self._headers = texts.headers()
            return self._headers[section]
        return None

    def retranslate(self) -> None:
        """The headers and cells again in the interface's language."""
        self._headers = None
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, YEARLY)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, YEARLY))

    # Qt asks every role of every cell it paints: the roles not answered go first, as plain ints.
    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in ROLES or not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == DISPLAY:
            return display(row, col)
        if role == SORT_ROLE:
            return sort_key(row, col)
        if role == EG_ID_ROLE:
            return row.id
        if role == ALIGNMENT:
            return RIGHT if col in NUMBERS else None
        if role == FOREGROUND:
            return self._colour(row, col)
        if col in (NAME, EJ, CATEGORY):  # the tooltip: the whole text of a cell too narrow for it
            return display(row, col)
        if col == YEARLY and row.published:
            return translate("Dashboard", "Dernière publication ou confirmation : {0}").format(row.published[:10])
        return None

    @staticmethod
    def _colour(row: EgRow, col: int) -> QBrush | None:
        if col == BLOCKING and row.blocking:
            return QBrush(RED)
        if col == WARNINGS and row.warnings:
            return QBrush(ORANGE)
        if col == YEARLY:
            return QBrush(ORANGE if row.due else GREEN)
        if col == DONE and row.fiches and row.finalised == row.fiches:
            return QBrush(GREEN)
        return None


class DashboardProxy(QSortFilterProxyModel):
    """Keeps the rows whose text, département, category and state match the filters, in the model's order."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._dept = ""
        self._category = ""
        self._state = ""
        self._texts: dict[int, str] = {}  # EG id -> its folded searchable text (a keystroke filters thousands)

    def setSourceModel(self, model: DashboardModel) -> None:  # noqa: N802 - Qt override
        super().setSourceModel(model)
        model.modelReset.connect(self._texts.clear)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The view's header asks the proxy; the model sorts (the proxy keeps its order)."""
        self.sourceModel().sort(column, order)

    def set_filters(self, text: str = "", departement: str = "", categorie: str = "", state: str = "") -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self._dept, self._category, self._state = departement, categorie, state
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt override
        row = self.sourceModel().rows[source_row]
        if self._dept and row.departement != self._dept:
            return False
        if self._category and row.categorie != self._category:
            return False
        if self._state and not row.has_state(self._state):
            return False
        if self._words:
            text = self._texts.get(row.id)
            if text is None:
                text = self._texts[row.id] = fold(" ".join(filter(None, (
                    row.name, row.finess, row.ej, row.departement, texts.category_label(row.categorie)))))
            return all(w in text for w in self._words)
        return True

    def shown_rows(self) -> list[EgRow]:
        """The rows as shown: filtered and in the table's order."""
        rows = self.sourceModel().rows
        return [rows[self.mapToSource(self.index(i, 0)).row()] for i in range(self.rowCount())]
