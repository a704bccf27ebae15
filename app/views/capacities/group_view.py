"""Availability across a group of EGs: one line per EG and nature, totals by nature, département and champ,
the last 30 days as a chart, and a CSV export. Everything is read and summed on the DB worker (one job), so
500 EGs never hold the GUI thread."""
from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.views.capacities.daily_chart import DailyChart
from app.views.capacities.group_totals import GroupFigures, group_figures
from app.views.capacities.lines_model import DEPARTEMENT, FIRST, LABEL, NATURE, UNITS, LinesModel
from app.views.capacities.periods import read_periods

WIDTHS = {LABEL: 230, DEPARTEMENT: 44, NATURE: 60, FIRST: 74, FIRST + 1: 86, FIRST + 2: 70, FIRST + 3: 62,
          FIRST + 4: 112, UNITS: 52}


def read_group(ws, eg_ids: list[int] | None, now: datetime) -> GroupFigures:
    """The group's figures (run on the DB worker): rows, totals and the 30 days' chart in one read."""
    rows = ws.capacities.rows(eg_ids)
    figures = group_figures(rows, now, read_periods(ws))
    figures.daily = ws.capacities.daily_totals(eg_ids, days=30, now=now, rows=rows)
    return figures


def _table(model: LinesModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.setSortingEnabled(False)
    header = view.horizontalHeader()  # fixed widths: sizing 1,000 lines to their contents would read them all
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column in range(model.columnCount()):
        view.setColumnWidth(column, WIDTHS.get(column, 92))
    return view


class GroupView(QWidget):
    loaded = Signal()
    egActivated = Signal(int)  # Enter or a double click on an EG line: its figures to type

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dispoGroupView")
        self.controller = controller
        self.eg_ids: list[int] | None = None
        self.figures: GroupFigures | None = None
        self.now: datetime | None = None  # fixed by tests and screenshots; None follows the clock
        self.title = QLabel()
        self.title.setObjectName("dispoGroupTitle")
        self.title.setStyleSheet("font-weight:600; font-size:14px;")
        self.models = {kind: LinesModel(kind, self) for kind in ("eg", "nature", "departement", "champ")}
        self.tables = {kind: _table(model) for kind, model in self.models.items()}
        self.tables["eg"].activated.connect(self._activated)
        self.totals = QTabWidget()
        for kind in ("nature", "departement", "champ"):
            self.totals.addTab(self.tables[kind], "")
        self.chart = DailyChart()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_dialog)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.reload)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.tables["eg"])
        left.addWidget(self.totals)
        left.setSizes([320, 200])
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(left)
        body.addWidget(self.chart)
        body.setSizes([900, 470])
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(body, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.totals.setTabText(0, self.tr("Total par nature"))
        self.totals.setTabText(1, self.tr("Par département"))
        self.totals.setTabText(2, self.tr("Par champ d'activité"))
        self.export_button.setText(self.tr("E&xporter en CSV…"))
        self.refresh_button.setText(self.tr("Ac&tualiser"))
        for model in self.models.values():
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        self._show_title()
        self.chart.redraw()

    def _activated(self, index) -> None:
        line = self.models["eg"].lines[index.row()]
        if line.eg_id is not None:
            self.egActivated.emit(line.eg_id)

    def show_group(self, eg_ids: list[int] | None) -> None:
        """Read and sum the figures of these EGs (all when None) on the worker."""
        self.eg_ids = list(eg_ids) if eg_ids is not None else None
        self.reload()

    def reload(self) -> None:
        ids, now = self.eg_ids, self.now or datetime.now(UTC)
        self.title.setText(self.tr("Calcul des disponibilités…"))
        self.controller.read(lambda ws: read_group(ws, ids, now), self._loaded)

    def _loaded(self, figures: GroupFigures) -> None:
        self.figures = figures
        now = self.now or datetime.now(UTC)
        self.models["eg"].set_lines(figures.eg_lines, now)
        self.models["nature"].set_lines(figures.by_nature, now)
        self.models["departement"].set_lines(figures.by_departement, now)
        self.models["champ"].set_lines(figures.by_champ, now)
        self.chart.set_days(list(figures.daily or []))
        self._show_title()
        self.loaded.emit()

    def _show_title(self) -> None:
        if self.figures is None:
            self.title.setText(self.tr("Disponibilités du groupe"))
            return
        n = self.figures.egs
        stale = sum(line.stale for line in self.figures.by_nature)
        text = self.tr("Disponibilités de %n établissement(s), chiffres courants", "", n)
        if stale:
            text += self.tr(" — %n unité(s) à mettre à jour", "", stale)
        self.title.setText(text)

    # ------------------------------------------------------------------ CSV
    def csv_rows(self) -> list[list]:
        """The EG table, then each table of totals after a blank line (what the export writes)."""
        rows: list[list] = []
        for kind in ("eg", "nature", "departement", "champ"):
            if rows:
                rows.append([])
            rows.extend(self.models[kind].csv_rows())
        return rows

    def export_csv(self, path: str | Path) -> Path:
        """Write the tables to `path` (UTF-8 with BOM and semicolons: what spreadsheet programs read in France)."""
        path = Path(path)
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            csv.writer(out, delimiter=";").writerows(self.csv_rows())
        return path

    def export_dialog(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Exporter les disponibilités"),
                                                    "disponibilites.csv", self.tr("Fichiers CSV (*.csv)"))
        if not name:
            return
        try:
            self.export_csv(name)
        except OSError as exc:
            self.title.setText(self.tr("Export impossible : {0}").format(exc.strerror or exc))
            return
        self.title.setText(self.tr("Disponibilités exportées dans {0}").format(Path(name).name))
