"""The dashboard window: the EG table, its filters, the completion chart, the exports.

Rows are read and computed on the DB worker (`ws.dashboard.source()` then the pure `eg_rows`), so a
40,000-fiche workspace never freezes the main window; the warnings, which need every fiche checked, follow in
a second job and fill their column in place. The dashboard reads again after any write (debounced).
Double-clicking a row selects the EG in the main window's tree.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.dashboard import EgRow, due_total, eg_rows, with_warnings
from app.models.kinds import FINESS_KINDS
from app.views.dashboard.chart import BY_DEPT, BY_EG, CompletionChart
from app.views.dashboard.export import write_csv, write_pdf
from app.views.dashboard.filter_bar import FilterBar
from app.views.dashboard.table_model import EG_ID_ROLE, NAME, DashboardModel, DashboardProxy
from app.views.refusal_text import error_text

translate = QCoreApplication.translate  # literal calls: lupdate finds them

RELOAD_MS = 800  # after a write, the dashboard reads again once the writes settle
COLUMN_WIDTHS = (200, 80, 130, 45, 120, 100, 100, 100, 90, 110, 110)
WARNINGS_AFTER_MS = 50  # the warnings are counted once the rows are on screen


class DashboardWindow(QWidget):
    loaded = Signal()  # the rows are shown (warnings may still be counted)
    warningsCounted = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, main_window, today: date | None = None) -> None:
        super().__init__(main_window, Qt.WindowType.Window)
        self.setObjectName("dashboard")
        self.main = main_window
        self.controller = main_window.controller
        self.today = today
        self._generation = 0
        self._show_when_read = False
        self.model = DashboardModel(self)
        self.proxy = DashboardProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filters = FilterBar()
        self.summary = QLabel()
        self.summary.setObjectName("dashboardSummary")
        self.summary.setWordWrap(True)
        self.table = self._table()
        self.chart = CompletionChart()
        self.chart_mode = QComboBox()
        self.chart_mode.setObjectName("chartMode")
        self.csv_button, self.pdf_button = QPushButton(), QPushButton()
        self._layout()
        self.reload_timer = QTimer(self, singleShot=True, interval=RELOAD_MS)
        self.reload_timer.timeout.connect(self.load)
        self.filters.changed.connect(self._filter)
        self.chart_mode.currentIndexChanged.connect(lambda _i: self.chart.set_mode(self.chart_mode.currentData()))
        self.proxy.layoutChanged.connect(self._follow_table)
        self.table.doubleClicked.connect(self.go_to)
        self.csv_button.clicked.connect(self.ask_csv)
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.controller.applied.connect(self._written)
        self.controller.loaded.connect(self._workspace_opened)
        self.retranslate()
        self.resize(1400, 860)

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("dashboardTable")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(22)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        return table

    def _fit_columns(self) -> None:
        """Each column as wide as its header in the current language (and at least its usual width)."""
        header, metrics = self.table.horizontalHeader(), self.table.horizontalHeader().fontMetrics()
        for column, width in enumerate(COLUMN_WIDTHS):
            title = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            header.resizeSection(column, max(width, metrics.horizontalAdvance(title) + 18))

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.chart_mode)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Dashboard", "Tableau de bord des établissements"))
        self.table.setAccessibleName(translate("Dashboard", "Établissements du tableau de bord"))
        mode = self.chart_mode.currentData() or BY_DEPT
        self.chart_mode.blockSignals(True)
        self.chart_mode.clear()
        self.chart_mode.addItem(translate("Dashboard", "Avancement par département"), BY_DEPT)
        self.chart_mode.addItem(translate("Dashboard", "Avancement par établissement"), BY_EG)
        self.chart_mode.setCurrentIndex(max(self.chart_mode.findData(mode), 0))
        self.chart_mode.blockSignals(False)
        self.csv_button.setText(translate("Dashboard", "Exporter en CSV…"))
        self.pdf_button.setText(translate("Dashboard", "Rapport PDF…"))
        self.filters.retranslate()
        self.model.retranslate()
        self._fit_columns()
        self._follow_table()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ reading
    def present(self) -> None:
        """Open from the menu: the rows are read first and the window shows with them (shown first, it would be
        drawn while the rows are read, and both would wait on each other)."""
        if self.isVisible():
            self.raise_()
            self.load()
            return
        self._show_when_read = True
        self.load()
        if self.controller.workspace is None:
            self._show()

    def _show(self) -> None:
        self._show_when_read = False
        self.show()
        self.raise_()

    def load(self) -> None:
        """Read the rows on the DB worker; the warnings follow in a second job."""
        if self.controller.workspace is None:
            return
        self._generation += 1
        generation, today = self._generation, self.today or date.today()
        # The tree's rows and dossier states as the window holds them (frozen tuples: they may cross threads);
        # a region's tree shows its EJ and EG rows before its units: then the store reads them all.
        held = self.controller.tree.nodes.values()
        complete = any(r.kind not in FINESS_KINDS for r in held)
        nodes = list(held) if complete else None
        states = dict(self.controller.model.dossier_states) if complete else None
        self.controller.read(lambda ws: eg_rows(ws.dashboard.source(nodes, states), today),
                             lambda rows: self._rows_read(generation, rows), self._read_failed)

    def _read_failed(self, exc: BaseException) -> None:
        if self._show_when_read:
            self._show()
        self.controller.refused.emit(error_text(exc))

    def _count_warnings(self, generation: int) -> None:
        """Every fiche checked on the DB worker, once the rows are painted (the checks would hold the
        interpreter while the table is drawn)."""
        if generation == self._generation and self.controller.workspace is not None:  # not once closed
            self.controller.read(lambda ws: ws.dashboard.warnings(),
                                 lambda counts: self._warnings_read(generation, counts))

    def _rows_read(self, generation: int, rows: list[EgRow]) -> None:
        if generation != self._generation:
            return
        old = {r.id: r.warnings for r in self.model.rows}  # kept until counted again: no flicker to "…"
        rows = [r if old.get(r.id) is None else with_warnings([r], {r.id: old[r.id]})[0] for r in rows]
        self.model.set_rows(rows)
        self.filters.set_choices(rows)
        self._follow_table()
        if self._show_when_read:
            self._show()
        self.loaded.emit()
        QTimer.singleShot(WARNINGS_AFTER_MS, self, lambda: self._count_warnings(generation))

    def _warnings_read(self, generation: int, counts: dict[int, int]) -> None:
        if generation != self._generation:
            return
        self.model.update_rows(with_warnings(self.model.rows, counts))
        self.warningsCounted.emit()

    def _workspace_opened(self, _path: str) -> None:
        """Another workspace: its rows now if the dashboard is shown, else when it is shown again."""
        if self.isVisible():
            self.load()
        else:
            self._generation += 1  # what is still being read belongs to the old workspace
            self.model.set_rows([])

    def _written(self, _changes, _origin) -> None:
        if self.isVisible():
            self.reload_timer.start()

    # ------------------------------------------------------------------ filters, chart, summary
    def _filter(self) -> None:
        self.proxy.set_filters(**self.filters.values())
        self._follow_table()

    def _follow_table(self) -> None:
        shown = self.proxy.shown_rows()
        self.chart.set_rows(shown)
        self.summary.setText(self.summary_text(shown))

    def summary_text(self, rows: list[EgRow]) -> str:
        fiches = sum(r.fiches for r in rows)
        done = sum(r.finalised for r in rows)
        share = round(100 * done / fiches) if fiches else 100
        return translate("Dashboard", "{0} établissement(s) sur {1} ; {2} fiche(s) dont {3} % finalisées ; "
                         "{4} établissement(s) à mettre à jour (mise à jour annuelle)").format(
            len(rows), len(self.model.rows), fiches, share, due_total(rows))

    # ------------------------------------------------------------------ going to the tree
    def go_to(self, index: QModelIndex) -> bool:
        """Select the row's EG in the main window's tree and bring the window forward."""
        eg_id = index.data(EG_ID_ROLE)
        if eg_id is None or not self.main.select_node(int(eg_id)):
            return False
        self.main.raise_()
        self.main.activateWindow()
        return True

    # ------------------------------------------------------------------ exports
    def ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("Dashboard", "Exporter le tableau en CSV"),
                                              "tableau-de-bord.csv", translate("Dashboard", "Fichiers CSV (*.csv)"))
        if path:
            self._export(lambda: self.export_csv(path))

    def ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("Dashboard", "Enregistrer le rapport PDF"),
                                              "tableau-de-bord.pdf", translate("Dashboard", "Documents PDF (*.pdf)"))
        if path:
            self._export(lambda: self.export_pdf(path))

    def _export(self, write) -> None:
        try:
            write()
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.main.status(translate("Dashboard", "Le fichier n'a pas pu être écrit : {0}").format(reason), 15000)
        else:
            self.main.status(translate("Dashboard", "Fichier enregistré."), 8000)

    def export_csv(self, path: str | Path) -> None:
        """The table as shown (filters and order) to a CSV file."""
        write_csv(path, self.proxy.shown_rows())

    def export_pdf(self, path: str | Path) -> None:
        """A printable report: the summary, the chart and the table as shown."""
        rows = self.proxy.shown_rows()
        write_pdf(path, self.windowTitle(), self.summary_text(rows), rows, self.chart.image())
        if not Path(path).is_file():
            raise OSError(translate("Dashboard", "le rapport n'a pas été créé"))
