"""A village's APBDes (APBKam) beside its profile: budget lines, realisation per bidang and
source, failed checks, supervision visits and findings."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.apbdes.export import export_budget
from desktop_app.core.apbdes.lines import SUBTOTAL
from desktop_app.core.apbdes.overview import (
    BudgetView,
    Realisation,
    budget_versions,
    load_budget_view,
)
from desktop_app.core.reports.formatting import long_date, rupiah
from desktop_app.core.reports.supervision_report import supervision_report_for
from desktop_app.core.supervision.register import FindingFilter
from desktop_app.core.supervision.store import visits_of
from desktop_app.core.workspace import Workspace
from desktop_app.ui.apbdes.import_dialog import ImportRealisationDialog
from desktop_app.ui.messages import notify, report_error
from desktop_app.ui.paged_model import paged_table_view
from desktop_app.ui.report_preview import ReportPreview
from desktop_app.ui.supervision.finding_dialog import FindingDialog, raise_open_dialog
from desktop_app.ui.supervision.findings_page import FindingsModel
from desktop_app.ui.supervision.visit_dialog import VisitDialog
from desktop_app.ui.tasks import TaskRunner

OVER = QColor("#c0392b")


@dataclass(frozen=True)
class VillageBudgets:
    code: str
    versions: list[tuple[int, str]]
    view: BudgetView | None
    visits: list[Any]


class PercentBar(QWidget):
    """A bar with its percentage beside it, never on it (a chunk drawn over the text made
    "50,0 %" unreadable); over 100 % the bar turns red."""

    def __init__(self, percent: Decimal, parent: Any = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setValue(min(100, int(percent)))
        self.bar.setTextVisible(False)
        if percent > 100:
            self.bar.setStyleSheet("QProgressBar::chunk { background: #c0392b; }")
        self.label = QLabel(percent_text(percent))
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("100,0 %_"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 1, 4, 1)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label)

    def text(self) -> str:
        return self.label.text()


def percent_text(value: Decimal) -> str:
    return f"{value:.1f}".replace(".", ",") + " %"


class VillageApbdesPanel(QWidget):
    loaded = Signal(str)  # village code

    def __init__(self, workspace: Workspace, runner: TaskRunner,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.today = workspace, runner, workspace.clock.today
        self.code: str | None = None
        self.village_name = ""
        self.data: VillageBudgets | None = None
        self.dialogs: list[Any] = []

        self.budget = QComboBox()
        self.budget.setObjectName("budgetChoice")
        self.budget.activated.connect(self._budget_chosen)
        self.import_button = QPushButton(self.tr("Impor realisasi…"))
        self.import_button.setObjectName("importRealisation")
        self.import_button.clicked.connect(self.open_import)
        self.export_button = QPushButton(self.tr("Ekspor XLSX…"))
        self.export_button.setObjectName("exportBudget")
        self.export_button.clicked.connect(self.ask_export)
        self.print_button = QPushButton(self.tr("Cetak laporan monitoring"))
        self.print_button.setObjectName("printSupervision")
        self.print_button.clicked.connect(self.print_report)
        self.previews: list[ReportPreview] = []
        top = QHBoxLayout()  # the budget on its own row: beside the buttons it was cut off
        top.addWidget(self.budget, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        self.summary = QLabel(self.tr("Pilih desa untuk melihat APBDes-nya."))
        self.summary.setObjectName("budgetSummary")
        self.summary.setWordWrap(True)

        self.lines = QTableWidget(0, 6)
        self.lines.setObjectName("budgetLines")
        self.lines.setHorizontalHeaderLabels([
            self.tr("Kode"), self.tr("Uraian"), self.tr("Sumber"), self.tr("Anggaran (Rp)"),
            self.tr("Realisasi (Rp)"), "%"])
        self._table_defaults(self.lines)
        self.lines.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((1, 220), (2, 55), (3, 105), (4, 105), (5, 60)):
            self.lines.setColumnWidth(column, width)
        self.bidang = self._bars_table("bidangBars", self.tr("Bidang"))
        self.sources = self._bars_table("sourceBars", self.tr("Sumber dana"))
        bars = QWidget()
        bars_layout = QVBoxLayout(bars)
        bars_layout.addWidget(QLabel(self.tr("Realisasi belanja per bidang")))
        bars_layout.addWidget(self.bidang, 3)
        bars_layout.addWidget(QLabel(self.tr("Realisasi belanja per sumber dana")))
        bars_layout.addWidget(self.sources, 2)
        self.checks = QListWidget()
        self.checks.setObjectName("budgetChecks")
        self.checks.setWordWrap(True)

        self.visits = QListWidget()
        self.visits.setObjectName("visitList")
        new_visit = QPushButton(self.tr("Kunjungan baru…"))
        new_visit.setObjectName("newVisit")
        new_visit.clicked.connect(self.new_visit)
        new_finding = QPushButton(self.tr("Temuan baru…"))
        new_finding.setObjectName("newFinding")
        new_finding.clicked.connect(lambda: self.open_finding(None))
        self.findings_model = FindingsModel(workspace.db, runner, self.today, self)
        self.findings_model.failed.connect(
            lambda e: report_error(self, e, self.tr("Memuat temuan")))
        self.findings = paged_table_view("villageFindings", self.findings_model)
        for column in (1, 2):  # village and kabupaten are this village's
            self.findings.hideColumn(column)
        self.findings.horizontalHeader().setSectionResizeMode(
            5, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 80), (3, 90), (4, 70), (6, 120), (7, 130)):
            self.findings.setColumnWidth(column, width)
        self.findings.doubleClicked.connect(self._finding_clicked)
        field = QWidget()
        field_layout = QVBoxLayout(field)
        visit_row = QHBoxLayout()
        visit_row.addWidget(QLabel(self.tr("Kunjungan pengawasan")), 1)
        visit_row.addWidget(new_visit)
        finding_row = QHBoxLayout()
        finding_row.addWidget(QLabel(self.tr("Temuan dan tindak lanjut")), 1)
        finding_row.addWidget(new_finding)
        field_layout.addLayout(visit_row)
        field_layout.addWidget(self.visits, 1)
        field_layout.addLayout(finding_row)
        field_layout.addWidget(self.findings, 2)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("apbdesTabs")
        self.tabs.addTab(self.lines, self.tr("Anggaran"))
        self.tabs.addTab(bars, self.tr("Realisasi"))
        self.tabs.addTab(self.checks, self.tr("Pemeriksaan"))
        self.tabs.addTab(field, self.tr("Kunjungan && temuan"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self._enable(False)

    def _table_defaults(self, table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(22)
        table.setWordWrap(False)

    def _bars_table(self, name: str, first: str) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels([first, self.tr("Anggaran (Rp)"),
                                         self.tr("Realisasi (Rp)"), self.tr("Serapan")])
        self._table_defaults(table)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(3, 150)
        return table

    def _enable(self, enabled: bool) -> None:
        for widget in (self.import_button, self.tabs):
            widget.setEnabled(enabled)
        has_budget = enabled and self.data is not None and self.data.view is not None
        self.export_button.setEnabled(has_budget)
        self.print_button.setEnabled(has_budget)

    # -- loading -------------------------------------------------------------------
    def show_village(self, code: str, name: str, chosen: tuple[int, str] | None = None) -> None:
        self.code, self.village_name = code, name
        db, today = self.workspace.db, self.today()

        def work(_control: Any) -> VillageBudgets:
            versions = budget_versions(db, code)
            pick = chosen if chosen in versions else (versions[0] if versions else None)
            view = load_budget_view(db, code, *pick, today) if pick else None
            return VillageBudgets(code, versions, view, visits_of(db, code))

        self.runner.submit(work, self._show,
                           lambda e: report_error(self, e, self.tr("Memuat APBDes desa")))
        self.findings_model.set_filter(FindingFilter(today, village_code=code))

    def _show(self, data: VillageBudgets) -> None:
        if data.code != self.code:
            return
        self.data = data
        self._enable(True)
        versions = {"murni": self.tr("murni"), "perubahan": self.tr("perubahan")}
        self.budget.clear()
        for year, version in data.versions:
            self.budget.addItem(self.tr("APBDes {year} ({version})").format(
                year=year, version=versions[version]), f"{year}:{version}")
        view = data.view
        if view is not None:
            self.budget.setCurrentIndex(self.budget.findData(f"{view.year}:{view.version}"))
        self._fill_summary(view)
        self._fill_lines(view)
        self._fill_bars(self.bidang, view.by_bidang if view else [])
        self._fill_bars(self.sources, view.by_source if view else [])
        self.checks.clear()
        for check in view.checks if view else []:
            self.checks.addItem(check.message)
        self.tabs.setTabText(2, self.tr("Pemeriksaan ({count})").format(
            count=len(view.checks) if view else 0))
        self.visits.clear()
        for visit in data.visits:
            officers = ", ".join(visit.officers)
            self.visits.addItem(f"{long_date(visit.visit_date, with_day_name=False)} — "
                                f"{visit.purpose or ''} ({officers})")
        self.loaded.emit(data.code)

    def _fill_summary(self, view: BudgetView | None) -> None:
        if view is None:
            self.summary.setText(self.tr(
                "{village}: belum ada APBDes. Impor laporan realisasi (Kode Rekening | "
                "Uraian | Anggaran | Realisasi).").format(village=self.village_name))
            return
        totals = view.totals
        balance = self.tr("surplus") if totals.surplus >= 0 else self.tr("defisit")
        reported = [self.tr("semester I: {day}").format(day=long_date(view.reported[1], False))
                    if view.reported[1] else self.tr("semester I: belum"),
                    self.tr("akhir tahun: {day}").format(day=long_date(view.reported[2], False))
                    if view.reported[2] else self.tr("akhir tahun: belum")]
        perdes = self.tr("Perdes {number}").format(number=view.perdes_number) \
            if view.perdes_number else self.tr("Perdes belum dicatat")
        self.summary.setText(self.tr(
            "{perdes}. Pendapatan {revenue}, belanja {spending} ({balance} {difference}); "
            "belanja terealisasi {realised}. Laporan {reported}.").format(
            perdes=perdes, revenue=rupiah(totals.revenue), spending=rupiah(totals.spending),
            balance=balance, difference=rupiah(abs(totals.surplus)),
            realised=rupiah(totals.spending_realised), reported="; ".join(reported)))

    def _fill_lines(self, view: BudgetView | None) -> None:
        lines = view.lines if view else []
        self.lines.setRowCount(len(lines))
        bold = QFont()
        bold.setBold(True)
        for row, line in enumerate(lines):
            share = line.realisation * 100 / line.budget if line.budget > 0 else None
            cells = [" ".join(p for p in (line.activity_code, line.code) if p),
                     line.description, line.source or "", rupiah(line.budget).removeprefix("Rp "),
                     rupiah(line.realisation).removeprefix("Rp "),
                     percent_text(share) if share is not None else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                          Qt.AlignmentFlag.AlignVCenter)
                if line.kind == SUBTOTAL:
                    item.setFont(bold)
                if line.realisation > line.budget and line.kind != SUBTOTAL:
                    item.setForeground(QBrush(OVER))
                if column == 1:
                    item.setToolTip(text)
                self.lines.setItem(row, column, item)
        self.lines.resizeColumnToContents(0)

    def _fill_bars(self, table: QTableWidget, rows: list[Realisation]) -> None:
        table.setRowCount(len(rows))
        for row, item in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(item.label))
            for column, amount in ((1, item.budget), (2, item.realised)):
                cell = QTableWidgetItem(rupiah(amount).removeprefix("Rp "))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, cell)
            table.setCellWidget(row, 3, PercentBar(item.percent))

    def _budget_chosen(self) -> None:
        if self.code is not None and self.budget.currentData() is not None:
            year, version = self.budget.currentData().split(":")
            self.show_village(self.code, self.village_name, (int(year), version))

    def current_budget(self) -> tuple[int, str] | None:
        view = self.data.view if self.data else None
        return (view.year, view.version) if view else None

    # -- actions -------------------------------------------------------------------
    def open_import(self) -> ImportRealisationDialog | None:
        if self.code is None:
            return None
        chosen = self.current_budget()
        dialog = ImportRealisationDialog(self.workspace, self.runner, self.code,
                                         self.village_name,
                                         chosen[0] if chosen else self.today().year, self)
        dialog.imported.connect(lambda _report: self.show_village(
            self.code, self.village_name, (dialog.year.value(), dialog.version.currentData())))
        self.dialogs.append(dialog)
        dialog.open()
        return dialog

    def ask_export(self) -> None:
        view = self.data.view if self.data else None
        if view is None:
            return
        suggested = f"APBDes {self.village_name} {view.year} {view.version}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Ekspor APBDes"), suggested,
                                              self.tr("Lembar kerja (*.xlsx)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        view = self.data.view if self.data else None
        if view is None:
            return
        name = self.village_name
        self.runner.submit(lambda _c: export_budget(view, name, path),
                           lambda _r: notify(self, self.tr("Ekspor selesai"),
                                             self.tr("APBDes disimpan ke {path}.").format(
                                                 path=path)),
                           lambda e: report_error(self, e, self.tr("Mengekspor APBDes")))

    def print_report(self) -> ReportPreview | None:
        """Preview the monitoring report of the budget shown (built in a worker)."""
        chosen = self.current_budget()
        if self.code is None or chosen is None:
            return None
        db, data_dir, code, today = self.workspace.db, self.workspace.data_dir, self.code, \
            self.today()
        preview = ReportPreview(
            self.runner, self.tr("Laporan monitoring APBDes {name} {year}").format(
                name=self.village_name, year=chosen[0]),
            lambda progress: supervision_report_for(db, data_dir, code, *chosen, today,
                                                    progress),
            suggested_name=f"monitoring-apbdes-{code}-{chosen[0]}.pdf", parent=self)
        preview.setWindowFlag(Qt.WindowType.Window)
        preview.show()
        self.previews.append(preview)
        return preview

    def new_visit(self) -> VisitDialog | None:
        if self.code is None:
            return None
        view = self.data.view if self.data else None
        dialog = VisitDialog(self.workspace, self.runner, self.code, self.village_name,
                             view.lines if view else [], self)
        dialog.saved.connect(lambda _id: self.show_village(self.code, self.village_name,
                                                            self.current_budget()))
        self.dialogs.append(dialog)
        dialog.open()
        return dialog

    def open_finding(self, finding_id: str | None) -> FindingDialog | None:
        if self.code is None:
            return None
        already = raise_open_dialog(finding_id)
        if already is not None:
            return already
        view = self.data.view if self.data else None
        dialog = FindingDialog(self.workspace, self.runner, self.code, self.village_name,
                               finding_id, parent=self,
                               budget_id=view.budget_id if view else None)
        dialog.saved.connect(lambda _id: self.findings_model.reload())
        self.dialogs.append(dialog)
        dialog.open()
        return dialog

    def _finding_clicked(self, index: QModelIndex) -> None:
        self.open_finding(self.findings_model.rows[index.row()].id)
