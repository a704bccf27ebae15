"""The last 30 days of a group's figures as a line chart (QtCharts): per nature, installés, disponibles and
occupés at the end of each day (`ws.capacities.daily_totals`)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLegend, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPen

from app.models import capacities as cap
from app.views.capacities.labels import nature_label, status_label

SHOWN = (cap.INSTALLES, cap.DISPONIBLES, cap.OCCUPES)
COLOURS = {cap.INSTALLES: "#546e7a", cap.DISPONIBLES: "#2e7d32", cap.OCCUPES: "#c62828"}
STYLES = {cap.LIT: Qt.PenStyle.SolidLine, cap.PLACE: Qt.PenStyle.DashLine}


class DailyChart(QChartView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("dispoChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(360, 260)
        self.days: list[cap.DayTotals] = []
        self.setChart(QChart())

    def set_days(self, days: list[cap.DayTotals]) -> None:
        self.days = list(days)
        self.redraw()

    def redraw(self) -> None:
        """Draw the chart again (also after a language change: the titles are translated)."""
        chart = QChart()
        chart.setTitle(self.tr("Les 30 derniers jours"))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)  # lits solid, places dashed
        x_axis = QDateTimeAxis()
        x_axis.setFormat("dd/MM")
        x_axis.setTickCount(4)
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        natures = sorted({n for d in self.days for n in d.by_nature})
        top = 0
        for nature in natures:
            for status in SHOWN:
                series = QLineSeries()
                series.setName(self.tr("{0} : {1}").format(nature_label(nature), status_label(status).lower()))
                pen = QPen(QColor(COLOURS[status]), 2)
                pen.setStyle(STYLES.get(nature, Qt.PenStyle.DotLine))
                series.setPen(pen)
                for day in self.days:
                    value = day.count(status, nature)
                    top = max(top, value)
                    series.append(_msecs(day.day), value)
                chart.addSeries(series)
                series.attachAxis(x_axis)
                series.attachAxis(y_axis)
        if self.days:
            x_axis.setRange(_datetime(self.days[0].day), _datetime(self.days[-1].day))
        y_axis.setRange(0, max(10, int(top * 1.1) + 1))
        y_axis.applyNiceNumbers()
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def series_count(self) -> int:
        return len(self.chart().series())


def _datetime(day: str) -> QDateTime:
    d = date.fromisoformat(day)
    return QDateTime(d, QTime(12, 0))


def _msecs(day: str) -> float:
    return float(_datetime(day).toMSecsSinceEpoch())
