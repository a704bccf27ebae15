"""The preview of a bulk edit: unit by unit, what changes (before, after) and what a rule refuses and why.

Nothing is written before the user presses *Appliquer*; then only the accepted units are. The table is a model
over the plan (a thousand rows cost nothing until they are shown); refused rows are shown first, in red, so
they are not lost below the others.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.bulk import Plan, PlanItem
from app.views.bulk.words import change_summary, detail, outcome, words

REFUSED = QColor("#8e1b1b")
REFUSED_BACK = QColor("#fdecea")
QUIET = QColor("#757575")
Index = QModelIndex | QPersistentModelIndex


class PlanModel(QAbstractTableModel):
    """Rows of the plan: refused first, then changed, then already up to date."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PlanItem] = [*plan.refused, *plan.accepted, *plan.unchanged]
        self.link_id = plan.change.link_id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Unité"), self.tr("Établissement"), self.tr("Avant"),
                self.tr("Après, ou pourquoi c'est refusé"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (item.name, item.structure, words(item.before), outcome(item, self.link_id))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.refusal is not None:
                return REFUSED
            if item.unchanged:
                return QUIET
        if role == Qt.ItemDataRole.BackgroundRole and item.refusal is not None:
            return REFUSED_BACK
        return None


class PreviewDialog(QDialog):
    """Shows the plan; accepted (exec() == Accepted) means: apply the accepted units."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setObjectName("bulkPreview")
        self.setWindowTitle(self.tr("Modification groupée : aperçu"))
        self.change_label = QLabel(change_summary(plan.change))
        self.change_label.setWordWrap(True)
        self.change_label.setObjectName("bulkChange")
        accepted, refused, same = len(plan.accepted), len(plan.refused), len(plan.unchanged)
        self.counts = QLabel(self.tr("{0} unité(s) modifiée(s), {1} refusée(s), {2} déjà à jour.")
                             .format(accepted, refused, same))
        self.counts.setObjectName("bulkCounts")
        note = QLabel(self.tr("Les fiches modifiées redeviennent des brouillons. Seules les unités acceptées "
                              "seront modifiées, en une seule étape : Ctrl+Z l'annule en entier."))
        note.setWordWrap(True)
        self.model = PlanModel(plan, self)
        self.table = QTableView()
        self.table.setObjectName("bulkTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Unités concernées par la modification groupée"))
        self.detail = QLabel()
        self.detail.setObjectName("bulkDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 3)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        header = self.table.horizontalHeader()
        for column, width in enumerate((290, 190, 270)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("Appliquer à {0} unité(s)").format(accepted),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(accepted > 0)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.change_label)
        layout.addWidget(self.counts)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.buttons)
        self.resize(1100, 600)
        if self.model.rows:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.setText(detail(self.model.rows[current.row()], self.model.link_id) if current.isValid() else "")
