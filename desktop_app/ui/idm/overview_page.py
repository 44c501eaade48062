"""The IDM section for a region: status per year, lagging villages, data disagreements,
the synergy matrix (which agency acts on which weak indicator where) and status targets."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.idm.catalogue import ACTOR_LEVELS
from desktop_app.core.idm.consistency import Disagreement
from desktop_app.core.idm.export import LEVEL_NAMES, export_synergy_matrix
from desktop_app.core.idm.queries import (
    RegionScope,
    StatusOverview,
    lagging_villages,
    region_disagreements,
    status_overview,
)
from desktop_app.core.idm.synergy import SynergyCell, synergy_matrix, synergy_villages
from desktop_app.core.reports.formatting import number as number_text
from desktop_app.core.reports.idm_recap import idm_recap_for
from desktop_app.core.workspace import Workspace
from desktop_app.ui.changes import Change, ChangeSet, follow_changes
from desktop_app.ui.idm.charts import status_chart
from desktop_app.ui.idm.tables import RowsView, fill_table, new_table
from desktop_app.ui.idm.targets_tab import TargetsTab
from desktop_app.ui.indeks_desa.region_tab import RegionIndeksDesaTab
from desktop_app.ui.messages import notify, report_error
from desktop_app.ui.report_preview import ReportPreview
from desktop_app.ui.tasks import TaskRunner
from desktop_app.ui.villages.region_combo import (
    all_regencies_label,
    forget_working_area,
    load_regencies,
)

VILLAGES_PAGE = 200  # villages of a synergy row read at a time
EXPORT_NAMES_UP_TO = 20_000  # villages in a region whose names the spreadsheet lists


@dataclass(frozen=True)
class SynergyQuery:
    """What the synergy matrix shown was read for (its rows' villages are read the same)."""

    year: int
    scope: RegionScope
    weak_up_to: int
    levels: tuple[str, ...]


@dataclass(frozen=True)
class RegionIdm:
    overview: StatusOverview
    lagging: list[tuple[str, str, str, str]]


class IdmOverviewPage(QWidget):
    loaded = Signal()
    disagreements_loaded = Signal(int)
    synergy_loaded = Signal(int)
    villages_loaded = Signal(int)  # villages of the chosen synergy row shown so far
    exported = Signal(str)
    preview_opened = Signal(object)  # the ReportPreview of "Cetak rekap IDM"

    def __init__(self, workspace: Workspace, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        self.data: RegionIdm | None = None
        self.cells: list[SynergyCell] = []
        self.synergy_query: SynergyQuery | None = None
        self.shown_villages: list[tuple[str, str]] = []
        self.regency = QComboBox()
        self.regency.setObjectName("idmRegency")
        self.regency.addItem(all_regencies_label(), None)
        self.regency.currentIndexChanged.connect(self.refresh)
        refresh = QPushButton(self.tr("Muat ulang"))
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Wilayah")))
        top.addWidget(self.regency, 1)
        top.addWidget(refresh)
        self.print_button = QPushButton(self.tr("Cetak rekap IDM"))
        self.print_button.setObjectName("idmRecapPrintButton")
        self.print_button.clicked.connect(self.print_recap)
        self.previews: list[ReportPreview] = []
        top.addWidget(self.print_button)

        self.status_table = RowsView("idmStatusTable", [])
        self.chart_holder = QVBoxLayout()
        # Table above chart, each the full width: side by side at 1366 px the table scrolled
        # sideways and the legend cut the status names ("Sangat…", "Terting…").
        status_page = QWidget()
        status_layout = QVBoxLayout(status_page)
        status_layout.addWidget(self.status_table, 1)
        chart_box = QWidget()
        chart_box.setMinimumHeight(220)
        self.chart_holder.setContentsMargins(0, 0, 0, 0)
        chart_box.setLayout(self.chart_holder)
        status_layout.addWidget(chart_box, 1)
        self.lagging_label = QLabel()
        self.lagging_label.setObjectName("laggingLabel")
        self.lagging = RowsView("laggingTable", [self.tr("Kode"), self.tr("Desa"),
                                                 self.tr("Kecamatan"), self.tr("Status")])
        lagging_page = QWidget()
        lagging_layout = QVBoxLayout(lagging_page)
        lagging_layout.addWidget(self.lagging_label)
        lagging_layout.addWidget(self.lagging, 1)
        self.disagreements = new_table("disagreementTable", [
            self.tr("Kode desa"), self.tr("Tahun"), self.tr("Indeks"), self.tr("Terbitan"),
            self.tr("Dihitung ulang"), self.tr("Selisih (poin)"), self.tr("Sumber")])

        self.tabs = QTabWidget()
        self.tabs.addTab(status_page, self.tr("Status per tahun"))
        self.tabs.addTab(lagging_page, self.tr("Desa tertinggal"))
        self.tabs.addTab(self.disagreements, self.tr("Ketidaksesuaian data resmi"))
        self.tabs.addTab(self._synergy_tab(), self.tr("Sinergi OPD"))
        self.targets = TargetsTab(workspace, runner, self)
        self.tabs.addTab(self.targets, self.tr("Target status"))
        self.indeks_desa = RegionIndeksDesaTab(workspace, runner,
                                               lambda: self.regency.currentData(), self)
        self.tabs.addTab(self.indeks_desa, self.tr("Indeks Desa"))
        self._disagreements_scope: RegionScope | None = None
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        follow_changes(runner.changes, self, (Change.IDM, Change.WORKING_AREA),
                       self._data_changed)
        self._load_regencies()
        self.refresh()

    def _synergy_tab(self) -> QWidget:
        page = QWidget()
        self.synergy_year = QSpinBox()
        self.synergy_year.setObjectName("synergyYear")
        self.synergy_year.setRange(2015, 2100)
        self.synergy_year.setValue(2024)
        self.synergy_level = QComboBox()
        self.synergy_level.setObjectName("synergyLevel")
        self.synergy_level.addItem(self.tr("Semua tingkat"), None)
        for level in ACTOR_LEVELS:
            self.synergy_level.addItem(LEVEL_NAMES[level], level)
        self.weak_up_to = QSpinBox()
        self.weak_up_to.setObjectName("weakUpTo")
        self.weak_up_to.setRange(0, 4)
        self.weak_up_to.setValue(4)
        self.weak_up_to.setToolTip(self.tr("Indikator dengan skor sampai nilai ini dianggap "
                                           "lemah"))
        show = QPushButton(self.tr("Tampilkan"))
        show.clicked.connect(self.load_synergy)
        self.export_button = QPushButton(self.tr("Ekspor XLSX…"))
        self.export_button.clicked.connect(self._ask_export)
        row = QHBoxLayout()
        for label, widget in ((self.tr("Tahun"), self.synergy_year),
                              (self.tr("Tingkat"), self.synergy_level),
                              (self.tr("Skor lemah ≤"), self.weak_up_to)):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(show)
        row.addWidget(self.export_button)
        self.synergy = new_table("synergyTable", [
            self.tr("Instansi"), self.tr("Tingkat"), self.tr("No"), self.tr("Indikator lemah"),
            self.tr("Jumlah desa")])
        self.synergy.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.synergy.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.synergy.itemSelectionChanged.connect(self._cell_chosen)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.synergy)
        splitter.addWidget(self._cell_box())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)
        return page

    def _cell_box(self) -> QWidget:
        """The villages of the chosen row, read a page at a time (at national scope a row
        can hold 60,000 villages)."""
        box = QWidget()
        self.cell_label = QLabel(self.tr("Pilih satu baris untuk melihat desanya."))
        self.cell_label.setObjectName("synergyCellLabel")
        self.cell_label.setWordWrap(True)
        self.cell_villages = RowsView("synergyVillages", [self.tr("Kode"), self.tr("Desa")])
        self.more_villages = QPushButton(self.tr("Muat desa berikutnya"))
        self.more_villages.setObjectName("synergyMoreVillages")
        self.more_villages.setEnabled(False)
        self.more_villages.clicked.connect(self.load_more_villages)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cell_label)
        layout.addWidget(self.cell_villages, 1)
        layout.addWidget(self.more_villages)
        return box

    def scope(self) -> RegionScope:
        return RegionScope(regency_code=self.regency.currentData())

    def _load_regencies(self) -> None:
        load_regencies(self.workspace.reader, self.runner, self.regency, self)

    def _data_changed(self, changes: ChangeSet) -> None:
        """New IDM data, or a new working area (the list opens on it again)."""
        if changes.touches((Change.WORKING_AREA,)):
            forget_working_area(self.regency)
            self._load_regencies()
        if changes.touches((Change.IDM,)):
            self.refresh()

    # -- region results ------------------------------------------------------------
    def refresh(self) -> None:
        scope, db = self.scope(), self.workspace.db

        def work(_control: Any) -> RegionIdm:
            with db.reading() as session:
                overview = status_overview(session, scope)
                latest = overview.years[-1] if overview.years else None
                lagging = lagging_villages(session, latest, scope) if latest else []
                return RegionIdm(overview, lagging)

        self.runner.submit(work, self._show,
                           lambda e: report_error(self, e, self.tr("Memuat rekap IDM")),
                           owner=self)
        self.indeks_desa.refresh()
        self._disagreements_scope = None
        self._tab_changed()

    def _tab_changed(self) -> None:
        """The data check is slower (every published value): run it when its tab is seen."""
        if self.tabs.currentWidget() is not self.disagreements:
            return
        scope, db = self.scope(), self.workspace.db
        if self._disagreements_scope == scope:
            return
        self._disagreements_scope = scope

        def work(_control: Any) -> list[Disagreement]:
            with db.reading() as session:
                return region_disagreements(session, scope)

        self.runner.submit(work, self._show_disagreements,
                           lambda e: report_error(self, e, self.tr("Memeriksa data resmi")),
                           owner=self)

    def _show_disagreements(self, found: list[Disagreement]) -> None:
        fill_table(self.disagreements, [
            [d.village_code, d.year, d.index, str(d.published), str(d.recomputed),
             "" if d.difference_points is None else str(d.difference_points), d.source or ""]
            for d in found])
        self.disagreements_loaded.emit(len(found))

    def _show(self, data: RegionIdm) -> None:
        self.data = data
        overview = data.overview
        headers = [self.tr("Kabupaten/Kota"), self.tr("Tahun"), *overview.statuses,
                   self.tr("Jumlah")]
        rows = []
        for (regency, year), counts in sorted(overview.counts.items()):
            values = [counts.get(status, 0) for status in overview.statuses]
            rows.append((overview.regency_names.get(regency, regency), year, *values,
                         sum(counts.values())))
        self.status_table.set_rows(rows, headers)
        while self.chart_holder.count():
            widget = self.chart_holder.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        totals = {(year, status): overview.total(year, status) for year in overview.years
                  for status in overview.statuses}
        self.chart = status_chart(overview.years, overview.statuses, totals)
        self.chart.setObjectName("idmStatusChart")
        self.chart_holder.addWidget(self.chart)
        latest = overview.years[-1] if overview.years else None
        self.lagging_label.setText(
            self.tr("Belum ada data IDM resmi untuk wilayah ini.") if latest is None else
            self.tr("{count} desa masih Tertinggal atau Sangat Tertinggal pada {year}:").format(
                count=len(data.lagging), year=latest))
        self.lagging.set_rows(data.lagging)
        if latest:
            self.synergy_year.setValue(latest)
            self.targets.set_year(latest - 1 if latest - 1 in overview.years else latest)
        self.loaded.emit()

    # -- synergy matrix ------------------------------------------------------------
    def load_synergy(self) -> None:
        """Count the matrix in a worker (names are read per row, on demand)."""
        scope, db = self.scope(), self.workspace.db
        year, weak_up_to = self.synergy_year.value(), self.weak_up_to.value()
        level = self.synergy_level.currentData()
        levels = (level,) if level else ACTOR_LEVELS
        asked = SynergyQuery(year, scope, weak_up_to, levels)

        def work(_control: Any) -> tuple[list[SynergyCell], SynergyQuery]:
            with db.reading() as session:
                return synergy_matrix(session, year, scope, weak_up_to, levels,
                                      names_up_to=0), asked

        self.runner.submit(work, self._show_synergy,
                           lambda e: report_error(self, e, self.tr("Menyusun matriks sinergi")),
                           owner=self)

    def _show_synergy(self, result: tuple[list[SynergyCell], SynergyQuery]) -> None:
        self.cells, self.synergy_query = result
        cells = self.cells
        self.synergy.blockSignals(True)
        fill_table(self.synergy, [
            [c.agency, LEVEL_NAMES.get(c.level, c.level), c.indicator_number, c.indicator,
             c.count] for c in cells])
        for row in range(len(cells)):
            self.synergy.item(row, 0).setData(Qt.ItemDataRole.UserRole, row)
        self.synergy.blockSignals(False)
        self._show_cell(None, [])
        self.synergy_loaded.emit(len(cells))

    def chosen_cell(self) -> SynergyCell | None:
        rows = self.synergy.selectionModel().selectedRows()
        if not rows:
            return None
        return self.cells[self.synergy.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)]

    def _cell_chosen(self) -> None:
        self._show_cell(self.chosen_cell(), [])
        self.load_more_villages()

    def load_more_villages(self) -> None:
        """The chosen row's next page of villages, read in a worker."""
        cell, asked = self.chosen_cell(), self.synergy_query
        if cell is None or asked is None:
            return
        db, offset = self.workspace.db, len(self.shown_villages)
        self.more_villages.setEnabled(False)

        def work(_control: Any) -> list[tuple[str, str]]:
            with db.reading() as session:
                return synergy_villages(session, cell, asked.year, asked.scope,
                                        asked.weak_up_to, offset, VILLAGES_PAGE)

        def done(villages: list[tuple[str, str]]) -> None:
            if self.chosen_cell() is cell and len(self.shown_villages) == offset:
                self._show_cell(cell, self.shown_villages + villages)

        self.runner.submit(work, done, lambda e: report_error(
            self, e, self.tr("Memuat desa")), owner=self)

    def _show_cell(self, cell: SynergyCell | None, villages: list[tuple[str, str]]) -> None:
        self.shown_villages = villages
        self.cell_villages.set_rows(villages)
        if cell is None:
            self.cell_label.setText(self.tr("Pilih satu baris untuk melihat desanya."))
        else:
            self.cell_label.setText(self.tr(
                "{agency} — {number}. {indicator}: {shown} dari {count} desa").format(
                agency=cell.agency, number=cell.indicator_number, indicator=cell.indicator,
                shown=number_text(len(villages)), count=number_text(cell.count)))
        self.more_villages.setEnabled(cell is not None and len(villages) < cell.count)
        if cell is not None and villages:
            self.villages_loaded.emit(len(villages))

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan matriks sinergi"),
                                              "sinergi-opd.xlsx", "Excel (*.xlsx)")
        if path:
            self.export_synergy(Path(path))

    def export_synergy(self, path: Path) -> None:
        """The matrix shown, read again with the villages' names where the region holds at
        most ``EXPORT_NAMES_UP_TO`` villages (the nation's would not fit a sheet's cells)."""
        asked, db = self.synergy_query, self.workspace.db
        if asked is None:
            return
        title = self.tr("Matriks sinergi OPD — {region}, IDM {year}").format(
            region=self.regency.currentText(), year=asked.year)

        def work(_control: Any) -> str:
            with db.reading() as session:
                cells = synergy_matrix(session, asked.year, asked.scope, asked.weak_up_to,
                                       asked.levels, names_up_to=EXPORT_NAMES_UP_TO)
            export_synergy_matrix(cells, path, title)
            return str(path)

        def done(saved: str) -> None:
            notify(self, self.tr("Ekspor selesai"), self.tr("Tersimpan: {path}").format(
                path=saved))
            self.exported.emit(saved)

        self.runner.submit(work, done,
                           lambda e: report_error(self, e, self.tr("Mengekspor matriks")),
                           owner=self)

    # -- printing ------------------------------------------------------------------
    def print_recap(self) -> None:
        """Preview the regional IDM recap of the chosen region (built in a worker)."""
        scope, db, today = self.scope(), self.workspace.db, self.workspace.clock.today()
        preview = ReportPreview(
            self.runner, self.tr("Rekap IDM {region}").format(region=self.regency.currentText()),
            lambda progress: idm_recap_for(db, scope, progress, printed_on=today),
            suggested_name=f"rekap-idm-{scope.regency_code or 'provinsi'}.pdf", parent=self)
        preview.setWindowFlag(Qt.WindowType.Window)
        preview.show()
        self.previews.append(preview)
        self.preview_opened.emit(preview)
