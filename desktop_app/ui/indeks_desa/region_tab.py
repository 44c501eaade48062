"""The regional Indeks Desa overview (a tab of the region recap): villages per status per
kabupaten for a year — its own status set, never joined to the IDM's — and the aspects weak in
the most villages (the Indeks Desa rows of the synergy matrix)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.indeks_desa.answers import provisional_note
from desktop_app.core.indeks_desa.queries import (
    RegencyOverview,
    WeakAspectCell,
    regional_overview,
    result_years,
    weak_aspect_matrix,
)
from desktop_app.core.index.definitions import indeks_desa_catalogue
from desktop_app.core.workspace import Workspace
from desktop_app.ui.changes import Change, follow_changes
from desktop_app.ui.idm.village_idm import fit_columns
from desktop_app.ui.messages import report_error
from desktop_app.ui.tasks import TaskRunner

WEAK_SHOWN = 50


@dataclass(frozen=True)
class RegionIndeksDesa:
    years: list[int]
    year: int | None
    statuses: tuple[str, ...]  # the year's status set, highest first
    overview: list[RegencyOverview]
    weak: list[WeakAspectCell]
    labels: dict[str, str]
    note: str


class RegionIndeksDesaTab(QWidget):
    loaded = Signal()

    def __init__(self, workspace: Workspace, runner: TaskRunner,
                 region: Callable[[], str | None], parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.region = workspace, runner, region
        self.data: RegionIndeksDesa | None = None
        self.year = QComboBox()
        self.year.setObjectName("indeksDesaRegionYear")
        self.year.activated.connect(lambda _index: self.refresh())
        self.note = QLabel()
        self.note.setObjectName("indeksDesaRegionNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666;")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Tahun")))
        row.addWidget(self.year)
        row.addWidget(QLabel(self.tr("Indeks Desa: indeks tersendiri (skala 0–100), tidak "
                                     "disambung dengan seri IDM.")), 1)
        self.statuses = QTableWidget(0, 0)
        self.statuses.setObjectName("indeksDesaRegionStatuses")
        self.weak = QTableWidget(0, 4)
        self.weak.setObjectName("indeksDesaWeakAspects")
        self.weak.setHorizontalHeaderLabels([self.tr("Aspek"), self.tr("Dimensi"),
                                             self.tr("Jumlah desa"), self.tr("Desa")])
        for table in (self.statuses, self.weak):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.setWordWrap(False)
        fit_columns(self.weak, stretched={0, 3})
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.statuses)
        splitter.addWidget(self.weak)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        follow_changes(runner.changes, self, (Change.INDEKS_DESA, Change.SYNC_PULL),
                       lambda _changes: self.refresh(), lazy=True)

    def refresh(self) -> None:
        region, db, data_dir = self.region(), self.workspace.db, self.workspace.data_dir
        chosen = self.year.currentData()

        def work(_control: Any) -> RegionIndeksDesa:
            with db.reading() as session:
                years = result_years(session, region)
                year = chosen if chosen in years else (years[-1] if years else None)
                if year is None:
                    return RegionIndeksDesa([], None, (), [], [], {}, "")
                catalogue = indeks_desa_catalogue(year, data_dir)
                return RegionIndeksDesa(
                    years, year, tuple(b.name for b in reversed(catalogue.statuses)),
                    regional_overview(session, year, region),
                    weak_aspect_matrix(session, year, region)[:WEAK_SHOWN],
                    {item.key: f"{item.key} {item.group_name}: {item.label}|{item.dimension}"
                     for item in catalogue.indicators}, provisional_note(catalogue))

        self.runner.submit(work, self._show, lambda e: report_error(
            self, e, self.tr("Memuat rekap Indeks Desa")), owner=self)

    def _show(self, data: RegionIndeksDesa) -> None:
        self.data = data
        self.year.blockSignals(True)
        self.year.clear()
        for year in reversed(data.years):
            self.year.addItem(str(year), year)
        if data.year is not None:
            self.year.setCurrentIndex(self.year.findData(data.year))
        self.year.blockSignals(False)
        self.note.setText(data.note if any(o.provisional for o in data.overview) else "")
        self.note.setVisible(bool(self.note.text()))
        headers = [self.tr("Kabupaten/Kota"), *data.statuses, self.tr("Jumlah"),
                   self.tr("Sementara")]
        self.statuses.setColumnCount(len(headers))
        self.statuses.setHorizontalHeaderLabels(headers)
        self.statuses.setRowCount(len(data.overview))
        for row, item in enumerate(data.overview):
            cells = [item.regency_name, *(str(item.by_status.get(s, 0)) for s in data.statuses),
                     str(item.villages), str(item.provisional)]
            for column, text in enumerate(cells):
                self.statuses.setItem(row, column, QTableWidgetItem(text))
        fit_columns(self.statuses, stretched={0})
        self.weak.setRowCount(len(data.weak))
        for row, cell in enumerate(data.weak):
            text, _, dimension = data.labels.get(cell.aspect_key, cell.aspect_key).partition("|")
            villages = ", ".join(cell.villages)
            for column, value in enumerate((text, dimension, str(len(cell.villages)),
                                            villages)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.weak.setItem(row, column, item)
        self.loaded.emit()
