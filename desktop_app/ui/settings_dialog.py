"""Pengaturan: language, paper and letterhead, data folder, automatic backups, and the
place where the server settings will go."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.auto_backup import DAILY, OFF, WEEKLY, load_schedule, save_schedule
from desktop_app.core.first_run import (
    KALTIM_REGENCIES,
    WorkingArea,
    load_working_area,
    save_working_area,
)
from desktop_app.core.preferences import (
    ENGLISH,
    INDONESIAN,
    Preferences,
    load_preferences,
    save_preferences,
)
from desktop_app.core.reports.document import paper_names
from desktop_app.core.reports.settings import (
    DEFAULT_NUMBER_PATTERN,
    ReportSettings,
    load_report_settings,
    save_report_settings,
)
from desktop_app.core.workspace import Workspace
from desktop_app.ui.changes import Change, ChangeSet
from desktop_app.ui.messages import report_error
from desktop_app.ui.report_preview import ReportSettingsDialog
from desktop_app.ui.tasks import TaskRunner


@dataclass(frozen=True)
class SettingsValues:
    preferences: Preferences
    report: ReportSettings
    schedule: str
    area: WorkingArea


class SettingsDialog(QDialog):
    loaded = Signal()
    saved = Signal()

    def __init__(self, workspace: Workspace, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        self.values: SettingsValues | None = None
        self.setWindowTitle(self.tr("Pengaturan"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("Umum"))
        self.tabs.addTab(self._printing_tab(), self.tr("Dokumen cetak"))
        self.tabs.addTab(self._server_tab(), self.tr("Server provinsi"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(560, 360)
        db = workspace.db

        def load(_control: Any) -> SettingsValues:
            with db.reading() as session:
                report = load_report_settings(session)
                area = load_working_area(session)
            return SettingsValues(load_preferences(), report, load_schedule(db)[0], area)

        runner.submit(load, self._show,
                      lambda error: report_error(self, error, self.tr("Membuka pengaturan")))

    # -- tabs ----------------------------------------------------------------------
    def _note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: palette(placeholder-text);")
        return label

    def _general_tab(self) -> QWidget:
        self.language = QComboBox()
        self.language.addItem("Bahasa Indonesia", INDONESIAN)
        self.language.addItem("English", ENGLISH)
        self.data_folder = QLineEdit(str(self.workspace.data_dir))
        self.data_folder.setReadOnly(True)
        change = QPushButton(self.tr("Ubah…"))
        change.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(change)
        self.schedule = QComboBox()
        self.schedule.addItem(self.tr("Mati"), OFF)
        self.schedule.addItem(self.tr("Setiap hari"), DAILY)
        self.schedule.addItem(self.tr("Setiap minggu"), WEEKLY)
        self.regency = QComboBox()
        self.regency.setObjectName("workRegency")
        self.regency.addItem(self.tr("Seluruh Kalimantan Timur"), None)
        for code, name in KALTIM_REGENCIES:
            self.regency.addItem(f"{code} {name}", code)
        self.district = QLineEdit()
        self.district.setObjectName("workDistrict")
        self.district.setPlaceholderText(self.tr("nama kecamatan, boleh lebih dari satu"))
        area_row = QHBoxLayout()
        area_row.addWidget(self.regency, 1)
        area_row.addWidget(self.district, 1)
        tab = QWidget()
        form = QFormLayout(tab)
        form.addRow(self.tr("Wilayah kerja"), area_row)
        form.addRow("", self._note(self.tr(
            "Daftar desa, Rekap IDM dan temuan dibuka pada wilayah ini; filternya tetap dapat "
            "diubah.")))
        form.addRow(self.tr("Bahasa"), self.language)
        form.addRow("", self._note(self.tr("Bahasa baru dipakai saat program dibuka lagi.")))
        form.addRow(self.tr("Folder data"), folder_row)
        form.addRow("", self._note(self.tr(
            "Folder baru dipakai saat program dibuka lagi; data tidak dipindahkan. Untuk "
            "membawa data, buat cadangan lalu pulihkan di folder baru.")))
        form.addRow(self.tr("Cadangan otomatis"), self.schedule)
        form.addRow("", self._note(self.tr(
            "Cadangan otomatis disimpan di folder {folder}; lima yang terbaru disimpan.")
            .format(folder=self.workspace.data_dir / "cadangan")))
        return tab

    def _printing_tab(self) -> QWidget:
        self.paper = QComboBox()
        for code, label in paper_names():
            self.paper.addItem(label, code)
        self.letterhead = QLabel()
        self.letterhead.setWordWrap(True)
        edit = QPushButton(self.tr("Ubah kop surat…"))
        edit.clicked.connect(self._edit_letterhead)
        self.number_pattern = QLineEdit()
        self.number_pattern.setObjectName("numberPattern")
        self.number_pattern.setPlaceholderText(DEFAULT_NUMBER_PATTERN)
        tab = QWidget()
        form = QFormLayout(tab)
        form.addRow(self.tr("Ukuran kertas"), self.paper)
        form.addRow(self.tr("Kop surat"), self.letterhead)
        form.addRow("", edit)
        form.addRow(self.tr("Nomor berita acara"), self.number_pattern)
        form.addRow("", self._note(self.tr(
            "Dicetak di bawah judul berita acara. {nomor} dicetak titik-titik untuk diisi "
            "dari buku agenda; {bulan_romawi}, {bulan} dan {tahun} diambil dari tanggal "
            "rapat. Contoh: 005/{nomor}/DPMPD/{bulan_romawi}/{tahun}.")))
        return tab

    def _server_tab(self) -> QWidget:
        # The server settings themselves live in the Sinkronisasi menu; this tab says so.
        tab = QWidget()
        tab.setObjectName("serverSettings")
        layout = QVBoxLayout(tab)
        layout.addWidget(self._note(self.tr(
            "Alamat server provinsi, pendaftaran perangkat dan sinkronisasi diatur lewat "
            "menu Sinkronisasi → Pengaturan server…")))
        layout.addStretch(1)
        return tab

    # -- values --------------------------------------------------------------------
    def _show(self, values: SettingsValues) -> None:
        self.values = values
        self.language.setCurrentIndex(max(0, self.language.findData(
            values.preferences.language)))
        self.schedule.setCurrentIndex(max(0, self.schedule.findData(values.schedule)))
        self.paper.setCurrentIndex(max(0, self.paper.findData(values.report.paper)))
        self.regency.setCurrentIndex(max(0, self.regency.findData(values.area.regency)))
        self.district.setText(values.area.district)
        self._show_letterhead(values.report)
        self.number_pattern.setText(values.report.number_pattern or DEFAULT_NUMBER_PATTERN)
        self.buttons.setEnabled(True)
        self.loaded.emit()

    def _show_letterhead(self, report: ReportSettings) -> None:
        lines = report.letterhead.institution_lines + report.letterhead.address_lines
        self.letterhead.setText("\n".join(lines) or self.tr("(tanpa kop)"))

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder data"),
                                                self.data_folder.text())
        if path:
            self.data_folder.setText(str(Path(path)))

    def _edit_letterhead(self) -> None:
        dialog = ReportSettingsDialog(self.workspace, self.runner, self)
        dialog.saved.connect(self._reload_letterhead)
        dialog.open()

    def _reload_letterhead(self) -> None:
        db = self.workspace.db

        def load(_control: Any) -> ReportSettings:
            with db.reading() as session:
                return load_report_settings(session)

        def show(report: ReportSettings) -> None:
            if self.values is not None:
                self.values = SettingsValues(self.values.preferences, report,
                                             self.values.schedule, self.values.area)
            self._show_letterhead(report)

        self.runner.submit(load, show,
                           lambda error: report_error(self, error, self.tr("Membuka pengaturan")))

    def chosen(self) -> SettingsValues:
        assert self.values is not None
        folder = self.data_folder.text().strip()
        preferences = self.values.preferences.with_changes(
            language=self.language.currentData(),
            data_dir=None if folder == str(self.workspace.data_dir) and
            self.values.preferences.data_dir is None else folder)
        report = ReportSettings(self.values.report.letterhead, self.paper.currentData(),
                                self.number_pattern.text().strip() or DEFAULT_NUMBER_PATTERN)
        return SettingsValues(preferences, report, self.schedule.currentData(),
                              WorkingArea(self.regency.currentData(),
                                          self.district.text().strip()))

    def save(self) -> None:
        values, db = self.chosen(), self.workspace.db

        def work(_control: Any) -> None:
            save_preferences(values.preferences)
            with db.writing() as session:
                save_report_settings(session, values.report)
                save_working_area(session, values.area)
            save_schedule(db, values.schedule)

        def done(_result: Any) -> None:
            self.saved.emit()
            self.accept()

        self.buttons.setEnabled(False)
        self.runner.submit(
            work, done, lambda error: (self.buttons.setEnabled(True),
                                       report_error(self, error, self.tr("Menyimpan pengaturan"))),
            writes=True, changes=ChangeSet.of(Change.WORKING_AREA, source=self))
