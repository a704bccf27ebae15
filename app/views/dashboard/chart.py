"""The completion chart (QtCharts): the share of finalised fiches by département, or of the EGs shown first.

It follows the table: the rows given are the ones the filters keep, in the table's order.
"""
from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from app.models.dashboard import EgRow, completion_by

translate = QCoreApplication.translate  # literal calls: lupdate finds them

BY_DEPT, BY_EG = "departement", "eg"
MAX_BARS = 15  # beyond this a bar chart is no longer read: the first EGs of the table's order


class CompletionChart(QChartView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("completionChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.mode = BY_DEPT
        self.bars: list[tuple[str, int, int]] = []  # (label, finalised, fiches) as drawn, top first
        self._rows: list[EgRow] = []
        self.setChart(_blank_chart())
        self.setMinimumHeight(220)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.set_rows(self._rows)

    def set_rows(self, rows: list[EgRow]) -> None:
        self._rows = list(rows)
        if self.mode == BY_DEPT:
            groups = sorted(completion_by(self._rows, lambda r: r.departement or "?"))
            self.bars = [(translate("Dashboard", "Dépt {0}").format(name), done, total) for name, done, total in groups]
        else:
            self.bars = [(r.name, r.finalised, r.fiches) for r in self._rows[:MAX_BARS]]
        self._draw()

    def _draw(self) -> None:
        """A new chart each time: its axes laid out for the new labels (a chart's old axes linger)."""
        old, chart = self.chart(), _blank_chart()
        if self.mode == BY_DEPT:
            chart.setTitle(translate("Dashboard", "Fiches finalisées par département (%)"))
        else:
            chart.setTitle(translate("Dashboard", "Fiches finalisées des {0} premiers établissements du tableau (%)")
                           .format(min(len(self._rows), MAX_BARS)))
        values = QBarSet(translate("Dashboard", "Fiches finalisées (%)"))
        values.setColor(QColor("#2e7d32"))
        bars = list(reversed(self.bars))  # a horizontal chart draws its first category at the bottom
        values.append([round(100 * done / total, 1) if total else 100.0 for _label, done, total in bars])
        series = QHorizontalBarSeries()
        series.append(values)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value %")
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsInsideEnd)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([label for label, _done, _total in bars])
        categories.setTruncateLabels(False)  # names, not "…": the axis takes the width they need
        font = categories.labelsFont()
        font.setPointSizeF(8)
        categories.setLabelsFont(font)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        axis = QValueAxis()
        axis.setRange(0, 100)
        axis.setLabelFormat("%d %%")
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        self.setChart(chart)
        old.deleteLater()  # the view gives the old chart back to us

    def image(self, width: int = 1400, height: int | None = None) -> QImage:
        """The chart drawn on an image (the PDF report's), whether or not the view is shown."""
        height = height or max(500, 26 * len(self.bars) + 120)
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = self.chart()
        old = chart.geometry()
        area = QRectF(0, 0, width, height)
        chart.setGeometry(area)  # laid out at the report's size, then given back to the view
        self.scene().render(painter, area, area)
        chart.setGeometry(old)
        painter.end()
        return image


def _blank_chart() -> QChart:
    chart = QChart()
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart
