"""Section *Rencana Aksi*: for a kabupaten or the province and a year, the coverage of each
village's path up (uncovered first), the year's interventions, delivery per actor, actors per
indicator and the effect of completed interventions. Every list is queried (filtered and
sorted) in SQL in a worker; the tables only show the rows."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.action_plan.cooperation import (
    CleanAgreement,
    agreement_kind_labels,
    list_agreements,
)
from desktop_app.core.action_plan.coverage import CoverageRow, coverage
from desktop_app.core.action_plan.delivery import (
    ActorDelivery,
    IndicatorCover,
    actor_delivery,
    indicator_actors,
)
from desktop_app.core.action_plan.effect import (
    OUTCOMES,
    EffectTally,
    effect_tallies,
)
from desktop_app.core.action_plan.export import export_action_plan
from desktop_app.core.action_plan.labels import effect_labels, kind_labels, status_labels
from desktop_app.core.action_plan.store import InterventionLine, region_interventions
from desktop_app.core.idm.path_cache import ensure_path_cache
from desktop_app.core.reports.action_matrix import action_matrix_for
from desktop_app.core.reports.formatting import rupiah
from desktop_app.core.workspace import Workspace
from desktop_app.ui.action_plan.actors_dialog import ActorsDialog
from desktop_app.ui.action_plan.cooperation_dialog import CooperationDialog
from desktop_app.ui.action_plan.intervention_dialog import InterventionDialog
from desktop_app.ui.action_plan.rows_model import RowsModel
from desktop_app.ui.changes import Change, ChangeSet, follow_changes
from desktop_app.ui.messages import notify, report_error
from desktop_app.ui.report_preview import ReportPreview
from desktop_app.ui.tasks import TaskRunner
from desktop_app.ui.villages.picker import VillagePicker
from desktop_app.ui.villages.region_combo import load_regencies

INTERVENTION_SORTS = ("village", "element", "actor", "activity", "budget", "deadline",
                      "status")


@dataclass(frozen=True)
class PlanViews:
    coverage: list[CoverageRow]
    interventions: list[InterventionLine]
    delivery: list[ActorDelivery]
    covers: list[IndicatorCover]
    effect_actors: list[EffectTally]
    effect_indicators: list[EffectTally]
    agreements: list[CleanAgreement]


def _table(name: str, model: RowsModel, stretch: int) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class ActionPlanPage(QWidget):
    """Section "Rencana Aksi"."""

    loaded = Signal(object)  # PlanViews
    exported = Signal(str)
    preview_opened = Signal(object)
    dialog_opened = Signal(object)

    def __init__(self, workspace: Workspace, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.today = workspace, runner, workspace.clock.today
        self.views: PlanViews | None = None
        self.dialogs: list[QWidget] = []
        self._generation = 0
        self.intervention_sort = ("village", False)
        self.regency = QComboBox()
        self.regency.setObjectName("planRegion")
        self.regency.addItem(self.tr("Provinsi (semua kabupaten/kota)"), None)
        self.year = QSpinBox()
        self.year.setObjectName("planYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(self.today().year)
        self.targets = QCheckBox(self.tr("Hanya desa sasaran"))
        self.targets.setObjectName("targetsOnly")
        self.uncovered = QCheckBox(self.tr("Hanya yang belum ditangani"))
        self.uncovered.setObjectName("uncoveredOnly")
        self.new_button = QPushButton(self.tr("Intervensi baru…"))
        self.new_button.setObjectName("newIntervention")
        self.new_button.clicked.connect(self.new_intervention)
        self.actors_button = QPushButton(self.tr("Pelaku…"))
        self.actors_button.setObjectName("openActors")
        self.actors_button.clicked.connect(self.open_actors)
        self.export_button = QPushButton(self.tr("Ekspor XLSX…"))
        self.export_button.clicked.connect(self._ask_export)
        self.print_button = QPushButton(self.tr("Cetak matriks…"))
        self.print_button.setObjectName("printMatrix")
        self.print_button.clicked.connect(self.print_matrix)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Wilayah")))
        top.addWidget(self.regency, 1)
        top.addWidget(QLabel(self.tr("Tahun")))
        top.addWidget(self.year)
        top.addWidget(self.targets)
        top.addWidget(self.uncovered)
        top.addStretch()
        buttons = QHBoxLayout()
        for button in (self.new_button, self.actors_button, self.export_button,
                       self.print_button):
            buttons.addWidget(button)
        buttons.addStretch()

        statuses, kinds, outcomes = status_labels(), kind_labels(), effect_labels()
        self.coverage_model = RowsModel([
            (self.tr("Desa"), lambda r: r.village_name),
            (self.tr("Kecamatan"), lambda r: r.district_name),
            (self.tr("Dasar"), lambda r: r.base_year),
            (self.tr("Indikator di jalur naik"), lambda r: f"{r.element_code}. {r.element}"),
            (self.tr("Ditangani"), lambda r: self.tr("ya ({count})").format(count=r.agreed)
             if r.covered else self.tr("belum") + (
                 self.tr(" (diusulkan {count})").format(count=r.proposed) if r.proposed
                 else "")),
        ], self, highlight=lambda r: not r.covered)
        self.coverage_table = _table("coverageTable", self.coverage_model, 3)
        self.coverage_table.doubleClicked.connect(self._plan_from_coverage)
        self.interventions_model = RowsModel([
            (self.tr("Desa"), lambda r: r.village_name),
            (self.tr("Indikator"), lambda r: f"{r.element_code}. {r.element}"),
            (self.tr("Pelaku"), lambda r: r.actor or "—"),
            (self.tr("Kegiatan"), lambda r: r.activity),
            (self.tr("Anggaran"), lambda r: rupiah(r.budget) if r.budget is not None
             else "—"),
            (self.tr("Batas waktu"), lambda r: r.planned_end.strftime("%d-%m-%Y")
             if r.planned_end else ""),
            (self.tr("Status"), lambda r: statuses.get(r.status, r.status)),
        ], self, align_right=(4,))
        self.interventions_table = _table("interventionTable", self.interventions_model, 3)
        self.interventions_table.setSortingEnabled(True)
        self.interventions_table.horizontalHeader().setSortIndicator(
            0, Qt.SortOrder.AscendingOrder)
        self.interventions_table.horizontalHeader().sortIndicatorChanged.connect(
            self._sort_interventions)
        self.interventions_table.doubleClicked.connect(self._open_intervention)
        self.delivery_model = RowsModel([
            (self.tr("Pelaku"), lambda r: r.name),
            (self.tr("Jenis"), lambda r: kinds.get(r.kind, r.kind)),
            (self.tr("Komitmen"), lambda r: r.commitments),
            (self.tr("Selesai"), lambda r: r.delivered),
            (self.tr("Terlambat"), lambda r: r.late),
            (self.tr("Batal"), lambda r: r.cancelled),
            (self.tr("Anggaran disepakati"), lambda r: rupiah(r.budget_agreed)),
            (self.tr("Realisasi"), lambda r: rupiah(r.budget_realised)),
        ], self, highlight=lambda r: r.late > 0, align_right=(2, 3, 4, 5, 6, 7))
        self.delivery_table = _table("deliveryTable", self.delivery_model, 0)
        self.covers_model = RowsModel([
            (self.tr("Indikator"), lambda r: f"{r.element_code}. {r.element}"),
            (self.tr("Pelaku"), lambda r: r.actor),
            (self.tr("Desa"), lambda r: r.villages),
            (self.tr("Intervensi"), lambda r: r.interventions),
        ], self, align_right=(2, 3))
        self.covers_table = _table("indicatorActorsTable", self.covers_model, 1)
        effect_columns = [(outcomes[o], lambda r, o=o: r.counts[o]) for o in OUTCOMES]
        self.effect_actor_model = RowsModel(
            [(self.tr("Pelaku"), lambda r: r.label), *effect_columns,
             (self.tr("Jumlah"), lambda r: r.total)], self, align_right=(1, 2, 3, 4, 5))
        self.effect_indicator_model = RowsModel(
            [(self.tr("Indikator"), lambda r: f"{r.key}. {r.label}"), *effect_columns,
             (self.tr("Jumlah"), lambda r: r.total)], self, align_right=(1, 2, 3, 4, 5))
        effect = QWidget()
        effect_layout = QVBoxLayout(effect)
        effect_layout.addWidget(QLabel(self.tr(
            "Intervensi selesai (semua tahun): skor indikator pada penilaian resmi berikutnya "
            "dibanding penilaian dasar sebelum tahun intervensi.")))
        effect_layout.addWidget(_table("effectActorTable", self.effect_actor_model, 0), 1)
        effect_layout.addWidget(_table("effectIndicatorTable", self.effect_indicator_model,
                                       0), 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("planTabs")
        self.tabs.addTab(self.coverage_table, self.tr("Cakupan jalur naik"))
        self.tabs.addTab(self.interventions_table, self.tr("Intervensi"))
        self.tabs.addTab(self.delivery_table, self.tr("Per pelaku"))
        self.tabs.addTab(self.covers_table, self.tr("Per indikator"))
        self.tabs.addTab(effect, self.tr("Dampak"))
        kinds_of_agreement = agreement_kind_labels()
        self.agreements_model = RowsModel([
            (self.tr("Nomor"), lambda a: a.number),
            (self.tr("Tanggal"), lambda a: a.signed_on.strftime("%d-%m-%Y")),
            (self.tr("Jenis"), lambda a: kinds_of_agreement.get(a.kind, a.kind)),
            (self.tr("Para pihak"), lambda a: "; ".join(a.parties)),
            (self.tr("Ruang lingkup"), lambda a: a.scope),
        ], self)
        self.agreements_table = _table("agreementTable", self.agreements_model, 4)
        self.agreements_table.doubleClicked.connect(
            lambda index: self.open_agreement(self.agreements_model.rows[index.row()].id))
        new_agreement = QPushButton(self.tr("Kerja sama baru…"))
        new_agreement.setObjectName("newAgreement")
        new_agreement.clicked.connect(lambda: self.open_agreement(None))
        agreements = QWidget()
        agreements_layout = QVBoxLayout(agreements)
        agreements_layout.addWidget(self.agreements_table, 1)
        agreements_layout.addWidget(new_agreement, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(agreements, self.tr("Kerja sama"))
        self.summary = QLabel()
        self.summary.setObjectName("planSummary")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        for combo in (self.regency,):
            combo.currentIndexChanged.connect(self.reload)
        self.year.valueChanged.connect(self.reload)
        self.targets.toggled.connect(self.reload)
        self.uncovered.toggled.connect(self.reload)
        follow_changes(runner.changes, self, (
            Change.ACTION_PLAN, Change.IDM, Change.MEETINGS, Change.SYNC_PULL,
            Change.VILLAGES, Change.WORKING_AREA), self._changed, lazy=True)
        self.refresh()

    def _changed(self, changes: ChangeSet) -> None:
        if changes.touches((Change.VILLAGES, Change.WORKING_AREA)):
            self.refresh()
        else:
            self.reload()

    # -- loading -------------------------------------------------------------------
    def region(self) -> str | None:
        return self.regency.currentData()

    def refresh(self) -> None:
        load_regencies(self.workspace.reader, self.runner, self.regency, self)
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        db, region, year, today = self.workspace.db, self.region(), self.year.value(), \
            self.today()
        targets, uncovered = self.targets.isChecked(), self.uncovered.isChecked()
        sort_key, descending = self.intervention_sort

        def work(_control: Any) -> PlanViews:
            ensure_path_cache(db)  # in the writer, only when an assessment changed
            with db.reading() as session:
                return PlanViews(
                    coverage(session, year, region, targets, uncovered),
                    region_interventions(session, year, region, sort_key, descending),
                    actor_delivery(session, today, year, region),
                    indicator_actors(session, year, region),
                    *effect_tallies(session, region),
                    list_agreements(session, region))

        self.runner.submit(work, lambda views: self._show(generation, views),
                           lambda e: report_error(self, e, self.tr("Memuat rencana aksi")))

    def _show(self, generation: int, views: PlanViews) -> None:
        if generation != self._generation:
            return
        self.views = views
        self.coverage_model.set_rows(views.coverage)
        self.interventions_model.set_rows(views.interventions)
        self.delivery_model.set_rows(views.delivery)
        self.covers_model.set_rows(views.covers)
        self.effect_actor_model.set_rows(views.effect_actors)
        self.effect_indicator_model.set_rows(views.effect_indicators)
        self.agreements_model.set_rows(views.agreements)
        uncovered = sum(not r.covered for r in views.coverage)
        villages = len({r.village_code for r in views.coverage})
        self.summary.setText(self.tr(
            "{villages} desa, {steps} indikator di jalur naik, {uncovered} belum ditangani; "
            "{count} intervensi tahun {year}.").format(
            villages=villages, steps=len(views.coverage), uncovered=uncovered,
            count=len(views.interventions), year=self.year.value()))
        self.loaded.emit(views)

    def _sort_interventions(self, column: int, order: Qt.SortOrder) -> None:
        self.intervention_sort = (INTERVENTION_SORTS[column],
                                  order == Qt.SortOrder.DescendingOrder)
        self.reload()

    # -- opening -------------------------------------------------------------------
    def _keep(self, dialog: QWidget) -> QWidget:
        self.dialogs.append(dialog)
        self.dialog_opened.emit(dialog)
        return dialog

    def open_intervention(self, village_code: str, village_name: str,
                          intervention_id: str | None = None, element_code: str = "",
                          year: int | None = None) -> InterventionDialog:
        dialog = InterventionDialog(self.workspace, self.runner, village_code, village_name,
                                    intervention_id, element_code, year or self.year.value(),
                                    parent=self)
        self._keep(dialog)  # its saves reach this page through the change signal
        dialog.open()
        return dialog

    def _plan_from_coverage(self, index: QModelIndex) -> None:
        row: CoverageRow = self.coverage_model.rows[index.row()]
        self.open_intervention(row.village_code, row.village_name,
                               element_code=row.element_code)

    def _open_intervention(self, index: QModelIndex) -> None:
        row: InterventionLine = self.interventions_model.rows[index.row()]
        self.open_intervention(row.village_code, row.village_name, row.id)

    def new_intervention(self) -> None:
        """Pick a village first (its actors and scope decide the form's choices)."""
        picker = VillagePicker(self.workspace, self.runner, parent=self,
                               regency=self.region)
        picker.setWindowFlag(Qt.WindowType.Dialog)
        picker.setWindowTitle(self.tr("Pilih desa untuk intervensi baru"))
        picker.resize(520, 160)

        def chosen() -> None:
            codes, names = picker.codes(), picker.names()
            if codes:
                picker.close()
                self.open_intervention(codes[0], names[0])

        picker.changed.connect(chosen)
        self._keep(picker)
        picker.show()

    def open_agreement(self, agreement_id: str | None) -> CooperationDialog:
        dialog = CooperationDialog(self.workspace, self.runner, agreement_id, parent=self)
        self._keep(dialog)
        dialog.open()
        return dialog

    def open_actors(self) -> ActorsDialog:
        dialog = ActorsDialog(self.workspace, self.runner, self.region(), parent=self)
        self._keep(dialog)
        dialog.open()
        return dialog

    # -- output --------------------------------------------------------------------
    def region_name(self) -> str:
        return self.regency.currentText() if self.region() else self.tr(
            "Provinsi Kalimantan Timur")

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan rencana aksi"),
            f"rencana-aksi-{self.year.value()}.xlsx", "Excel (*.xlsx)")
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        db, region, year, name, today = self.workspace.db, self.region(), \
            self.year.value(), self.region_name(), self.today()

        def work(_control: Any) -> str:
            ensure_path_cache(db)
            with db.reading() as session:
                export_action_plan(session, path, year, region, name, today)
            return str(path)

        def done(saved: str) -> None:
            notify(self, self.tr("Ekspor selesai"), self.tr("Tersimpan: {path}").format(
                path=saved))
            self.exported.emit(saved)

        self.runner.submit(work, done, lambda e: report_error(
            self, e, self.tr("Mengekspor rencana aksi")))

    def print_matrix(self) -> ReportPreview:
        db, region, year, name, today = self.workspace.db, self.region(), \
            self.year.value(), self.region_name(), self.today()
        preview = ReportPreview(
            self.runner, self.tr("Matriks Rencana Aksi {region} {year}").format(
                region=name, year=year),
            lambda progress: action_matrix_for(db, year, region, name, progress, today),
            suggested_name=f"matriks-rencana-aksi-{region or 'provinsi'}-{year}.pdf",
            parent=self)
        preview.setWindowFlag(Qt.WindowType.Window)
        preview.show()
        self.dialogs.append(preview)
        self.preview_opened.emit(preview)
        return preview
