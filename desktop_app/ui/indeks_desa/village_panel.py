"""A village's Indeks Desa tab: score per dimension as a chart, the aspect table with the weak
aspects highlighted, the path to the next status, the official result and its differences."""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.indeks_desa.answers import provisional_note, status_text
from desktop_app.core.indeks_desa.store import FIRST_YEAR
from desktop_app.core.indeks_desa.village_view import (
    VillageIndexView,
    load_village_view,
    years_of,
)
from desktop_app.core.index.catalogue import round_half_up
from desktop_app.core.index.definitions import INDEKS_DESA
from desktop_app.core.reports.indeks_desa_report import indeks_desa_report_for
from desktop_app.core.workspace import Workspace
from desktop_app.ui.changes import Change, follow_changes
from desktop_app.ui.idm.village_idm import fit_columns
from desktop_app.ui.indeks_desa.questionnaire_dialog import QuestionnaireDialog
from desktop_app.ui.messages import report_error
from desktop_app.ui.report_preview import ReportPreview
from desktop_app.ui.tasks import TaskRunner

WEAK = QColor("#fdecea")  # unanswered or at most 2
MIDDLING = QColor("#fff4e0")  # below the top score
BAR = QColor("#1f7a5c")
PATH_SHOWN = 6  # aspects named in the path line; the report lists them all


def score_text(value: Any) -> str:
    return "" if value is None else f"{value:.2f}".replace(".", ",")


def dimension_chart(view: VillageIndexView) -> QChartView:
    """Score per dimension (0–100) as horizontal bars: the Indeks Desa's own axis."""
    chart = QChart()
    bars = QBarSet(QCoreApplication.translate("IndeksDesaCharts", "Skor dimensi"))
    bars.setColor(BAR)
    dimensions = list(reversed(view.live.dimensions))
    for dimension in dimensions:
        bars.append(float(dimension.percent))
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append([d.name for d in dimensions])
    values = QValueAxis()
    values.setRange(0, 100)
    values.setLabelFormat("%.0f")
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(names)
    series.attachAxis(values)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setTitle(QCoreApplication.translate("IndeksDesaCharts", "Skor per dimensi (0–100)"))
    view_widget = QChartView(chart)
    view_widget.setRenderHint(QPainter.RenderHint.Antialiasing)
    view_widget.setMinimumHeight(170)
    return view_widget


class VillageIndeksDesaPanel(QWidget):
    loaded = Signal(str)  # village code
    preview_opened = Signal(object)

    def __init__(self, workspace: Workspace, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        self.code: str | None = None
        self.village_label = ""
        self.view: VillageIndexView | None = None
        self.previews: list[ReportPreview] = []
        self.summary = QLabel(self.tr("Pilih desa untuk melihat Indeks Desa-nya."))
        self.summary.setObjectName("indeksDesaSummary")
        self.summary.setWordWrap(True)
        self.year = QComboBox()
        self.year.setObjectName("indeksDesaYear")
        self.year.activated.connect(lambda _index: self._reload_year())
        self.fill_button = QPushButton(self.tr("Isi kuesioner…"))
        self.fill_button.setObjectName("questionnaireButton")
        self.fill_button.setEnabled(False)
        self.fill_button.clicked.connect(self.open_questionnaire)
        self.print_button = QPushButton(self.tr("Cetak laporan"))
        self.print_button.setObjectName("indeksDesaPrintButton")
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_report)
        self.plan_button = QPushButton(self.tr("Rencanakan intervensi…"))
        self.plan_button.setObjectName("planAspectsUp")
        self.plan_button.setToolTip(self.tr(
            "Rencanakan intervensi untuk jalur naik status: satu usulan per aspek"))
        self.plan_button.setEnabled(False)
        self.plan_button.clicked.connect(self.plan_path_up)
        self.plan_dialog: Any = None
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.year)
        top.addWidget(self.print_button)
        top.addWidget(self.plan_button)
        top.addWidget(self.fill_button)
        self.note = QLabel()
        self.note.setObjectName("indeksDesaNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666;")
        self.chart_holder = QVBoxLayout()
        self.chart_holder.setContentsMargins(0, 0, 0, 0)
        chart_box = QWidget()
        chart_box.setLayout(self.chart_holder)
        chart_box.setMinimumHeight(170)
        self.chart: QChartView | None = None
        self.path = QLabel()
        self.path.setObjectName("indeksDesaPath")
        self.path.setWordWrap(True)
        self.path.setTextFormat(Qt.TextFormat.PlainText)
        self.aspects = QTableWidget(0, 5)
        self.aspects.setObjectName("indeksDesaAspects")
        self.aspects.setHorizontalHeaderLabels([
            self.tr("Kode"), self.tr("Indikator"), self.tr("Aspek"), self.tr("Skor"),
            self.tr("Tambahan")])
        self.aspects.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.aspects.verticalHeader().hide()
        self.aspects.setWordWrap(False)
        fit_columns(self.aspects, stretched={1, 2})
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.path)
        lower_layout.addWidget(self.aspects, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(chart_box)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([210, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        follow_changes(runner.changes, self, (Change.INDEKS_DESA, Change.SYNC_PULL),
                       lambda _changes: self._reload_year(), lazy=True)

    # -- loading -------------------------------------------------------------------
    def show_village(self, code: str, label: str = "", year: int | None = None) -> None:
        self.code, self.village_label = code, label or code
        workspace = self.workspace
        default = max(workspace.clock.today().year - 1, FIRST_YEAR)

        def work(_control: Any) -> tuple[list[int], VillageIndexView]:
            years = years_of(workspace.db, code)
            chosen = year or (years[0] if years else default)
            return years, load_village_view(workspace.db, code, chosen, workspace.data_dir)

        self.runner.submit(work, self._show, lambda e: report_error(
            self, e, self.tr("Memuat Indeks Desa desa")))

    def _reload_year(self) -> None:
        if self.code is not None:
            self.show_village(self.code, self.village_label, self.year.currentData())

    def _show(self, found: tuple[list[int], VillageIndexView]) -> None:
        years, view = found
        if view.code != self.code:
            return
        self.view = view
        self.year.blockSignals(True)
        self.year.clear()
        for year in sorted({*years, view.year}, reverse=True):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(self.year.findData(view.year))
        self.year.blockSignals(False)
        self.fill_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.plan_button.setEnabled(True)
        self._fill_summary(view)
        self._fill_chart(view)
        self._fill_aspects(view)
        self.path.setText(self._path_text(view))
        self.loaded.emit(view.code)

    def _fill_summary(self, view: VillageIndexView) -> None:
        live, cat = view.live, view.catalogue
        parts = [self.tr("{village} — Indeks Desa {year}").format(
            village=self.village_label, year=view.year)]
        if view.questionnaire.id is None:
            parts.append(self.tr("kuesioner belum diisi"))
        else:
            parts.append(self.tr("kuesioner: {value}, {status} ({answered}/{total} aspek)")
                         .format(value=score_text(live.rounded),
                                 status=status_text(cat, live.status),
                                 answered=live.answered, total=live.total_aspects))
        if view.official is not None:
            parts.append(self.tr("resmi: {value} {status}").format(
                value=view.official.total or "", status=view.official.status or ""))
        if view.differences:
            parts.append(self.tr("berbeda: {items}").format(items="; ".join(
                f"{d.what} {d.official} ≠ {d.questionnaire}" for d in view.differences)))
        self.summary.setText(" · ".join(parts))
        self.note.setText(provisional_note(cat))
        self.note.setVisible(bool(self.note.text()))

    def _fill_chart(self, view: VillageIndexView) -> None:
        while self.chart_holder.count():
            widget = self.chart_holder.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.chart = dimension_chart(view)
        self.chart.setObjectName("indeksDesaChart")
        self.chart_holder.addWidget(self.chart)

    def _fill_aspects(self, view: VillageIndexView) -> None:
        cat = view.catalogue
        gains = {weak.indicator.key: weak.gain for weak in view.weak}
        self.aspects.setRowCount(len(cat.indicators))
        for row, item in enumerate(cat.indicators):
            answer = view.questionnaire.answers.get(item.key)
            score = None if answer is None else answer.score
            gain = gains.get(item.key)
            cells = [item.key, f"{item.group_code} {item.group_name}", item.label,
                     "—" if score is None else str(score),
                     "" if gain is None else score_text(round_half_up(gain, 2))]
            colour = WEAK if score is None or score <= 2 else \
                MIDDLING if score < cat.max_score else None
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(f"{item.dimension} › {item.group_code} {item.group_name} › "
                                f"{item.label}" if column in (1, 2) else text)
                if colour is not None:
                    cell.setBackground(QBrush(colour))
                self.aspects.setItem(row, column, cell)

    def _path_text(self, view: VillageIndexView) -> str:
        path, cat = view.path, view.catalogue
        if view.questionnaire.id is None:
            return ""
        if path is None:
            return self.tr("Status tertinggi sudah tercapai menurut batas status yang dipakai.")
        shown = path.improvements[:PATH_SHOWN]
        steps = "; ".join(f"{step.indicator.key} {step.indicator.label} ({step.from_score}→"
                          f"{step.to_score})" for step in shown)
        if len(path.improvements) > len(shown):
            steps += " " + self.tr("dan {count} aspek lain (lihat laporan)").format(
                count=len(path.improvements) - len(shown))
        return self.tr("Jalan ke {target}: naikkan {count} aspek — {steps}. Nilai menjadi "
                       "{value}.").format(target=status_text(cat, path.target_status),
                                          count=len(path.improvements), steps=steps,
                                          value=score_text(round_half_up(path.result.value, 2)))

    # -- actions -------------------------------------------------------------------
    def open_questionnaire(self) -> None:
        if self.code is None:
            return
        year = self.view.year if self.view is not None else \
            max(self.workspace.clock.today().year - 1, FIRST_YEAR)
        dialog = QuestionnaireDialog(self.workspace, self.runner, self.code,
                                     self.village_label, year, self)
        dialog.saved.connect(lambda saved: self.show_village(
            self.code or "", self.village_label, saved))
        self.questionnaire_dialog = dialog
        dialog.open()

    def plan_path_up(self) -> Any:
        """Propose one intervention per aspect of the smallest path to the next status."""
        from desktop_app.ui.action_plan.path_up_dialog import open_path_up

        self.plan_dialog = open_path_up(self, self.workspace, self.runner, self.code,
                                        self.village_label, INDEKS_DESA)
        return self.plan_dialog

    def print_report(self) -> None:
        if self.view is None or self.code is None:
            return
        code, year, workspace = self.code, self.view.year, self.workspace
        today = workspace.clock.today()
        preview = ReportPreview(
            self.runner, self.tr("Laporan Indeks Desa {name}").format(name=self.village_label),
            lambda progress: indeks_desa_report_for(workspace.db, code, year,
                                                    workspace.data_dir, progress, today),
            suggested_name=f"indeks-desa-{code}-{year}.pdf", parent=self)
        preview.setWindowFlag(Qt.WindowType.Window)
        preview.show()
        self.previews.append(preview)
        self.preview_opened.emit(preview)
