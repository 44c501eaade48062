"""The first-run wizard: who uses the program, the letterhead, the working area and where
the region list comes from. Shown by ``ui.app`` until it has been finished once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.core.first_run import (
    KALTIM_PROVINCE,
    KALTIM_REGENCIES,
    FirstRunAnswers,
    first_run_done,
    role_labels,
    save_first_run,
)
from desktop_app.core.regions.wilayah_files import REGION_FILES
from desktop_app.core.reports.document import Letterhead, paper_names
from desktop_app.core.reports.settings import DEFAULT_LETTERHEAD, ReportSettings
from desktop_app.core.workspace import Workspace
from desktop_app.ui.translations import ensure_qt_indonesian


def _lines(editor: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in editor.toPlainText().splitlines() if line.strip())


def _page(title: str, subtitle: str) -> tuple[QWizardPage, QFormLayout]:
    page = QWizardPage()
    page.setTitle(title)
    page.setSubTitle(subtitle)
    return page, QFormLayout(page)


class FirstRunWizard(QWizard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Selamat datang di Sinergi Desa"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Selesai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Nanti saja"))
        # Qt's own texts (context menus, the folder dialog) in Indonesian, once it shows
        QTimer.singleShot(0, ensure_qt_indonesian)
        self.addPage(self._user_page())
        self.addPage(self._letterhead_page())
        self.addPage(self._area_page())
        self.addPage(self._regions_page())
        self.resize(640, 480)

    def _user_page(self) -> QWizardPage:
        page, form = _page(self.tr("Siapa yang memakai program ini?"), self.tr(
            "Nama Anda dicatat pada setiap perubahan data dan tercetak di dokumen."))
        self.name = QLineEdit()  # no default: the login name ("root") is not a person
        self.name.setPlaceholderText(self.tr("nama lengkap Anda, misalnya Siti Aminah"))
        self.role = QComboBox()
        for code, label in role_labels().items():
            self.role.addItem(label, code)
        self.institution = QLineEdit()
        self.institution.setPlaceholderText(self.tr("misalnya DPMD Kabupaten Paser"))
        form.addRow(self.tr("Nama *"), self.name)
        form.addRow(self.tr("Peran"), self.role)
        form.addRow(self.tr("Instansi"), self.institution)
        page.isComplete = lambda: bool(self.name.text().strip())  # the name is required
        self.name.textChanged.connect(page.completeChanged)
        return page

    def _letterhead_page(self) -> QWizardPage:
        page, form = _page(self.tr("Kop surat dokumen cetak"), self.tr(
            "Kop ini tercetak di notulen, berita acara dan laporan. Dapat diubah kapan saja "
            "di Pengaturan."))
        self.letterhead = QPlainTextEdit("\n".join(DEFAULT_LETTERHEAD.institution_lines))
        self.address = QPlainTextEdit("\n".join(DEFAULT_LETTERHEAD.address_lines))
        self.address.setMaximumHeight(70)
        self.paper = QComboBox()
        for code, label in paper_names():
            self.paper.addItem(label, code)
        form.addRow(self.tr("Nama instansi (satu baris per tingkat)"), self.letterhead)
        form.addRow(self.tr("Alamat, telepon, surel"), self.address)
        form.addRow(self.tr("Ukuran kertas"), self.paper)
        return page

    def _area_page(self) -> QWizardPage:
        page, form = _page(self.tr("Wilayah kerja"), self.tr(
            "Daftar desa dan rekap dibuka pada wilayah ini lebih dulu."))
        self.regency = QComboBox()
        self.regency.addItem(self.tr("Seluruh Kalimantan Timur"), None)
        for code, name in KALTIM_REGENCIES:
            self.regency.addItem(f"{code} {name}", code)
        self.district = QLineEdit()
        self.district.setPlaceholderText(self.tr("nama kecamatan, boleh lebih dari satu"))
        form.addRow(self.tr("Kabupaten/kota"), self.regency)
        form.addRow(self.tr("Kecamatan"), self.district)
        return page

    def _regions_page(self) -> QWizardPage:
        page = _RegionsPage(self)
        page.setTitle(self.tr("Daftar wilayah"))
        page.setSubTitle(self.tr("Dari mana daftar provinsi, kabupaten, kecamatan dan desa "
                                 "diambil?"))
        self.from_file = QRadioButton(self.tr("Impor dari berkas (folder CSV Kemendagri)"))
        self.from_server = QRadioButton(self.tr("Dari server provinsi"))
        self.later = QRadioButton(self.tr("Nanti saja"))
        self.from_file.setChecked(True)
        self.folder = QLineEdit()
        choose = QPushButton(self.tr("Pilih…"))
        choose.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        self.province = QLineEdit(KALTIM_PROVINCE)
        self.province.setMaximumWidth(80)
        province_row = QHBoxLayout()
        province_row.addWidget(QLabel(self.tr("Kode provinsi")))
        province_row.addWidget(self.province)
        province_row.addWidget(QLabel(self.tr(
            "hanya provinsi ini yang diimpor (64 = Kalimantan Timur)")), 1)
        self.region_problem = QLabel()
        self.region_problem.setObjectName("regionProblem")
        self.region_problem.setWordWrap(True)
        self.region_problem.setStyleSheet("color: #b00020;")
        self.region_problem.hide()
        self.folder.textChanged.connect(self.region_problem.hide)
        server_note = QLabel(self.tr(
            "Daftar wilayah datang dari server provinsi setelah sinkronisasi diatur lewat "
            "menu Sinkronisasi → Pengaturan server…"))
        server_note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.from_file)
        layout.addLayout(row)
        layout.addLayout(province_row)
        layout.addWidget(self.region_problem)
        layout.addWidget(self.from_server)
        layout.addWidget(server_note)
        layout.addWidget(self.later)
        layout.addStretch(1)
        return page

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder daftar wilayah"))
        if path:
            self.folder.setText(path)

    def answers(self) -> FirstRunAnswers:
        report = ReportSettings(Letterhead(_lines(self.letterhead), _lines(self.address)),
                                self.paper.currentData())
        return FirstRunAnswers(self.name.text().strip(), self.role.currentData(),
                               self.institution.text().strip(), report,
                               self.regency.currentData(), self.district.text().strip())

    def region_folder(self) -> Path | None:
        """The folder to import once the window is open, if one was chosen."""
        text = self.folder.text().strip()
        return Path(text) if self.from_file.isChecked() and text else None

    def region_province(self) -> str | None:
        """The province to import (None: all of Indonesia, only if cleared on purpose)."""
        return self.province.text().strip() or None

    def region_problem_text(self) -> str | None:
        """Why the regions page cannot finish as it stands, or None."""
        if not self.from_file.isChecked():
            return None
        text = self.folder.text().strip()
        if not text:
            return self.tr("Folder daftar wilayah belum dipilih. Pilih foldernya, atau pilih "
                           "\"Nanti saja\" dan impor kemudian lewat Berkas → Impor daftar "
                           "wilayah…")
        missing = [spec.name for spec in REGION_FILES
                   if not (Path(text) / spec.name).is_file()]
        if missing:
            return self.tr("Folder {folder} tidak berisi {files}. Pilih folder daftar wilayah "
                           "Kemendagri, atau pilih \"Nanti saja\".").format(
                folder=text, files=", ".join(missing))
        province = self.province.text().strip()
        if province and not province.isdigit():
            return self.tr("Kode provinsi berupa angka, misalnya 64 (Kalimantan Timur).")
        return None


class _RegionsPage(QWizardPage):
    """Refuses to finish on an empty or wrong folder, saying why on the page."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard

    def validatePage(self) -> bool:
        problem = self._wizard.region_problem_text()
        label = self._wizard.region_problem
        label.setText(problem or "")
        label.setVisible(problem is not None)
        return problem is None


@dataclass(frozen=True)
class RegionChoice:
    folder: Path
    province: str | None


def run_first_run_if_needed(workspace: Workspace) -> RegionChoice | None:
    """Before the main window (start-up only): ask, store, return a folder to import."""
    if first_run_done(workspace.db):
        return None
    wizard = FirstRunWizard()
    if wizard.exec() != QWizard.DialogCode.Accepted:
        return None  # asked again next time
    answers = wizard.answers()
    save_first_run(workspace.db, answers)
    workspace.editor.user = workspace.person_name = answers.name
    folder = wizard.region_folder()
    return None if folder is None else RegionChoice(folder, wizard.region_province())
