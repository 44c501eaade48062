"""Qt Charts for IDM: a village's trend over the years, villages per status per year."""

from __future__ import annotations

import math
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter

STATUS_COLOURS = {
    "Sangat Tertinggal": "#c0392b",
    "Tertinggal": "#e67e22",
    "Berkembang": "#f1c40f",
    "Maju": "#27ae60",
    "Mandiri": "#2471a3",
}


def _view(chart: QChart) -> QChartView:
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(180)
    return view


def trend_chart(points: list[tuple[int, Decimal]], thresholds: list[tuple[str, Decimal]]
                ) -> QChartView:
    """IDM per year as a line, with the status thresholds as dashed lines."""
    chart = QChart()
    series = QLineSeries()
    series.setName("IDM")
    series.setPointsVisible(True)
    for year, value in points:
        series.append(year, float(value))
    chart.addSeries(series)
    years = [year for year, _ in points] or [2020]
    x_axis = QValueAxis()
    x_axis.setRange(min(years) - 0.5, max(years) + 0.5)
    x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
    x_axis.setTickAnchor(min(years))
    x_axis.setTickInterval(1)
    x_axis.setLabelFormat("%.0f")
    if len(set(years)) > 3:
        x_axis.setLabelsAngle(-60)  # four or more years do not fit side by side
    y_axis = QValueAxis()
    y_axis.setRange(0.3, 1.0)
    y_axis.setLabelFormat("%.2f")
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    for name, limit in thresholds:
        line = QLineSeries()
        line.setName(QCoreApplication.translate("IdmCharts", "batas {name}").format(name=name))
        line.append(min(years) - 0.5, float(limit))
        line.append(max(years) + 0.5, float(limit))
        pen = line.pen()
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setColor(QColor(STATUS_COLOURS.get(name, "#888888")))
        line.setPen(pen)
        chart.addSeries(line)
        line.attachAxis(x_axis)
        line.attachAxis(y_axis)
        for marker in chart.legend().markers(line):
            marker.setVisible(False)  # the dashed lines are explained by their colour
    chart.setTitle(QCoreApplication.translate("IdmCharts", "Perkembangan nilai IDM"))
    return _view(chart)


def status_chart(years: list[int], statuses: list[str],
                 totals: dict[tuple[int, str], int]) -> QChartView:
    """Villages per status, one stacked bar per year."""
    chart = QChart()
    series = QStackedBarSeries()
    for status in statuses:
        bar = QBarSet(status)
        bar.setColor(QColor(STATUS_COLOURS.get(status, "#888888")))
        for year in years:
            bar.append(totals.get((year, status), 0))
        series.append(bar)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([str(year) for year in years])
    counts = QValueAxis()
    counts.setLabelFormat("%.0f")
    highest = max((sum(totals.get((year, s), 0) for s in statuses) for year in years), default=1)
    step = max(1, math.ceil(highest / 5))
    counts.setRange(0, step * math.ceil(max(highest, 1) / step))
    counts.setTickType(QValueAxis.TickType.TicksDynamic)
    counts.setTickAnchor(0)
    counts.setTickInterval(step)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(counts)
    chart.setTitle(QCoreApplication.translate("IdmCharts", "Jumlah desa per status IDM"))
    return _view(chart)
