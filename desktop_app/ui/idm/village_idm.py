"""A village's IDM: results per year, trend chart, indicators, the way to the next status."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.idm.catalogue import ACTOR_LEVELS, idm_catalogue
from desktop_app.core.idm.export import LEVEL_NAMES
from desktop_app.core.idm.queries import (
    AssessmentSummary,
    IndicatorLine,
    indicator_lines,
    next_status_path,
    village_history,
)
from desktop_app.core.idm.weak_indicators import StatusPath
from desktop_app.core.reports.idm_report import idm_report_for
from desktop_app.core.workspace import Workspace
from desktop_app.ui.idm.charts import trend_chart
from desktop_app.ui.idm.draft_dialog import DraftDialog
from desktop_app.ui.messages import report_error
from desktop_app.ui.report_preview import ReportPreview
from desktop_app.ui.tasks import TaskRunner

WEAK = QColor("#fdecea")
MIDDLING = QColor("#fff4e0")


def fit_columns(table: QTableWidget, stretched: set[int]) -> None:
    """Columns share the table's width (no horizontal scrolling): the short ones as wide as
    their contents, the long ones stretched and elided (their cells carry tooltips)."""
    header = table.horizontalHeader()
    header.setMinimumSectionSize(36)
    for column in range(table.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                    if column in stretched else
                                    QHeaderView.ResizeMode.ResizeToContents)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)


def number_text(value: Any) -> str:
    return "" if value is None else f"{value:.4f}".replace(".", ",")


@dataclass(frozen=True)
class VillageIdm:
    code: str
    history: list[AssessmentSummary]
    lines: list[IndicatorLine]
    path: StatusPath | None
    shown_id: str | None


class VillageIdmPanel(QWidget):
    loaded = Signal(str)  # village code
    preview_opened = Signal(object)  # the ReportPreview of "Cetak laporan IDM"

    def __init__(self, workspace: Workspace, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        self.data: VillageIdm | None = None
        self.code: str | None = None
        # The assessment the user picked in the years table: only that one is printed in
        # place of the default (a field draft then comes as a separate, marked part).
        self.picked: str | None = None
        self.village_label = ""
        self.summary = QLabel(self.tr("Pilih desa untuk melihat IDM-nya."))
        self.summary.setWordWrap(True)
        self.summary.setObjectName("idmSummary")
        self.draft_button = QPushButton(self.tr("Penilaian lapangan…"))
        self.draft_button.setObjectName("draftButton")
        self.draft_button.setEnabled(False)
        self.draft_button.clicked.connect(self.open_draft)
        self.print_button = QPushButton(self.tr("Cetak laporan IDM"))
        self.print_button.setObjectName("idmPrintButton")
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_report)
        self.plan_button = QPushButton(self.tr("Rencanakan intervensi…"))
        self.plan_button.setObjectName("planPathUp")
        self.plan_button.setToolTip(self.tr(
            "Rencanakan intervensi untuk jalur naik status: satu usulan per indikator"))
        self.plan_button.setEnabled(False)
        self.plan_button.clicked.connect(self.plan_path_up)
        self.previews: list[ReportPreview] = []
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.plan_button)
        top.addWidget(self.print_button)
        top.addWidget(self.draft_button)

        self.years = QTableWidget(0, 8)
        self.years.setObjectName("idmYears")
        self.years.setHorizontalHeaderLabels([
            self.tr("Tahun"), self.tr("Jenis"), "IKS", "IKE", "IKL", "IDM", self.tr("Status"),
            self.tr("Catatan")])
        self.years.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.years.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.years.verticalHeader().hide()
        self.years.setWordWrap(False)
        fit_columns(self.years, stretched={1, 6, 7})
        self.years.itemSelectionChanged.connect(self._year_chosen)
        self.chart_holder = QVBoxLayout()
        chart_box = QWidget()
        chart_box.setLayout(self.chart_holder)
        self.chart_holder.setContentsMargins(0, 0, 0, 0)
        chart_box.setMinimumHeight(180)
        self.path = QLabel()
        self.path.setObjectName("idmPath")
        self.path.setWordWrap(True)
        self.path.setTextFormat(Qt.TextFormat.PlainText)
        # The six actor levels share one "Pelaku" column: eleven columns do not fit the
        # panel at 1366 px.
        self.indicators = QTableWidget(0, 6)
        self.indicators.setObjectName("idmIndicators")
        self.indicators.setHorizontalHeaderLabels([
            self.tr("No"), self.tr("Indikator"), self.tr("Skor"), self.tr("Keterangan"),
            self.tr("Kegiatan"), self.tr("Pelaku")])
        self.indicators.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.indicators.verticalHeader().hide()
        self.indicators.setWordWrap(False)
        fit_columns(self.indicators, stretched={1, 3, 4, 5})
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.path)
        lower_layout.addWidget(self.indicators, 1)
        # The years table and the chart are stacked, each the panel's full width: side by
        # side, the years table needs horizontal scrolling at 1366 px.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.years)
        splitter.addWidget(chart_box)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([110, 200, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # -- loading -------------------------------------------------------------------
    def show_village(self, code: str, label: str = "", assessment_id: str | None = None) -> None:
        self.code, self.village_label = code, label or code
        if assessment_id is None:
            self.picked = None
        db = self.workspace.db

        def work(_control: Any) -> VillageIdm:
            with db.reading() as session:
                history = village_history(session, code)
                with_scores = [h for h in history if h.result is not None]
                shown = assessment_id or (with_scores[-1].id if with_scores else None)
                lines = indicator_lines(session, shown) if shown else []
                path = next_status_path(session, shown) if shown else None
                return VillageIdm(code, history, lines, path, shown)

        self.runner.submit(work, self._show,
                           lambda e: report_error(self, e, self.tr("Memuat IDM desa")))

    def _show(self, data: VillageIdm) -> None:
        if data.code != self.code:
            return
        self.data = data
        self.draft_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.plan_button.setEnabled(data.path is not None)
        self._fill_years(data)
        self._fill_chart(data)
        self._fill_indicators(data)
        self.loaded.emit(data.code)

    def _fill_years(self, data: VillageIdm) -> None:
        kinds = {"official": self.tr("Resmi"), "draft": self.tr("Draf lapangan")}
        self.years.blockSignals(True)
        self.years.setRowCount(len(data.history))
        for row, item in enumerate(data.history):
            notes = ""
            if item.disagreements:
                notes = self.tr("{count} nilai terbitan tidak cocok dengan skor indikator").format(
                    count=len(item.disagreements))
            elif item.result is None:
                notes = self.tr("hanya nilai ringkasan")
            cells = [str(item.year), kinds.get(item.kind, item.kind), number_text(item.iks),
                     number_text(item.ike), number_text(item.ikl), number_text(item.idm),
                     item.status or "", notes]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                cell.setToolTip(text)
                if item.disagreements and column == 7:
                    cell.setForeground(QBrush(QColor("#c0392b")))
                    cell.setToolTip("\n".join(
                        f"{d.index}: {d.published} ≠ {d.recomputed}" for d in item.disagreements))
                self.years.setItem(row, column, cell)
            if item.id == data.shown_id:
                self.years.selectRow(row)
        self.years.blockSignals(False)
        if not data.history:
            self.summary.setText(self.tr("{village}: belum ada data IDM. Impor data resmi atau "
                                         "buat penilaian lapangan.").format(
                                             village=self.village_label))

    def _fill_chart(self, data: VillageIdm) -> None:
        while self.chart_holder.count():
            widget = self.chart_holder.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        points = [(h.year, h.idm) for h in data.history if h.kind == "official" and h.idm]
        thresholds = [(band.name, band.upper_inclusive) for band in idm_catalogue().statuses
                      if band.upper_inclusive is not None]
        self.chart = trend_chart(points, thresholds)
        self.chart.setObjectName("idmTrend")
        self.chart_holder.addWidget(self.chart)

    def _fill_indicators(self, data: VillageIdm) -> None:
        shown = next((h for h in data.history if h.id == data.shown_id), None)
        if shown is not None:
            kind = self.tr("resmi") if shown.kind == "official" else self.tr("draf lapangan")
            self.summary.setText(self.tr("{village} — IDM {year} ({kind}): {value}, {status}")
                                 .format(village=self.village_label, year=shown.year, kind=kind,
                                         value=number_text(shown.idm), status=shown.status))
        self.path.setText(self._path_text(data.path))
        self.indicators.setRowCount(len(data.lines))
        for row, line in enumerate(data.lines):
            cells = [str(line.number), line.name, str(line.score), line.criterion or "",
                     line.activity or "", self._actors_text(line)]
            colour = WEAK if line.score <= 2 else MIDDLING if line.score < 5 else None
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if colour is not None:
                    cell.setBackground(QBrush(colour))
                self.indicators.setItem(row, column, cell)

    @staticmethod
    def _actors_text(line: IndicatorLine) -> str:
        return "; ".join(f"{LEVEL_NAMES.get(level, level)}: {line.actors[level]}"
                         for level in ACTOR_LEVELS if line.actors[level])

    def _path_text(self, path: StatusPath | None) -> str:
        if path is None:
            return "" if not self.data or not self.data.lines else self.tr(
                "Status tertinggi (Mandiri) sudah tercapai.")
        steps = "; ".join(
            self.tr("{code} {name} ({old}→5)").format(code=step.indicator.code,
                                                      name=step.indicator.label,
                                                      old=step.from_score)
            for step in path.improvements)
        return self.tr("Jalan ke status {target}: naikkan {count} indikator ke skor 5 — {steps}. "
                       "IDM menjadi {value}.").format(
            target=path.target_status.name, count=len(path.improvements), steps=steps,
            value=number_text(path.result.rounded()))

    def _year_chosen(self) -> None:
        rows = self.years.selectionModel().selectedRows()
        if not rows or self.data is None or self.code is None:
            return
        chosen = self.years.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        if chosen != self.data.shown_id:
            self.picked = chosen
            self.show_village(self.code, self.village_label, chosen)

    # -- field assessment ----------------------------------------------------------
    def open_draft(self) -> None:
        if self.data is None or self.code is None:
            return
        start = next((h for h in reversed(self.data.history) if h.result is not None), None)
        dialog = DraftDialog(self.workspace, self.runner, self.code, self.village_label,
                             start, self)
        dialog.saved.connect(lambda assessment_id: self.show_village(
            self.code, self.village_label, assessment_id))
        self.draft_dialog = dialog
        dialog.open()

    # -- rencana aksi --------------------------------------------------------------
    def plan_path_up(self) -> Any:
        """Propose one intervention per indicator of the smallest path to the next status."""
        from desktop_app.ui.action_plan.path_up_dialog import open_path_up

        self.plan_dialog = open_path_up(self, self.workspace, self.runner, self.code,
                                        self.village_label)
        return self.plan_dialog

    # -- printing ------------------------------------------------------------------
    def print_report(self) -> None:
        """Preview the village IDM report (built in a worker): the official assessment, or
        the one picked in the years table."""
        if self.data is None or self.code is None:
            return
        code, db = self.data.code, self.workspace.db
        # The official assessment by default; a draft only when picked in the table.
        shown = self.data.shown_id if self.data.shown_id == self.picked else None
        today = self.workspace.clock.today()
        preview = ReportPreview(
            self.runner, self.tr("Laporan IDM {name}").format(name=self.village_label),
            lambda progress: idm_report_for(db, code, shown, progress, today),
            suggested_name=f"idm-{code}.pdf", parent=self)
        preview.setWindowFlag(Qt.WindowType.Window)
        preview.show()
        self.previews.append(preview)
        self.preview_opened.emit(preview)
