"""A report's preview window: built in a worker with a progress bar, then shown with
QtPdf, printed through QPrinter or saved as a PDF file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSize, QSizeF, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.reports.document import (
    Letterhead,
    Progress,
    ReportCancelled,
    ReportResult,
    paper_names,
)
from desktop_app.core.reports.settings import (
    ReportSettings,
    load_report_settings,
    save_report_settings,
)
from desktop_app.core.workspace import Workspace
from desktop_app.ui.messages import notify, report_error
from desktop_app.ui.tasks import TaskControl, TaskRunner

ReportBuild = Callable[[Progress], ReportResult]
PRINT_DPI = 300  # pages are sent as images: sharp on paper, modest in memory


def _cancellable(control: TaskControl) -> Progress:
    """Progress that also stops the build once the preview window is closed."""

    def progress(done: int, total: int, phase: str) -> None:
        if control.is_cancelled():
            raise ReportCancelled
        control.progress(done, total, phase)

    return progress


class ReportPreview(QMainWindow):
    """Builds ``build`` off the GUI thread and shows the result; one window per report."""

    ready = Signal(object)  # the ReportResult, once shown
    failed = Signal(object)  # the exception, if building failed
    saved = Signal(str)  # path of a saved PDF
    printed = Signal(int)  # pages sent to the printer

    def __init__(self, runner: TaskRunner, title: str, build: ReportBuild,
                 suggested_name: str = "laporan.pdf", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.result: ReportResult | None = None
        self.suggested_name = suggested_name
        self._buffer: QBuffer | None = None
        self.setWindowTitle(self.tr("Pratinjau: {title}").format(title=title))

        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setRange(0, 0)  # busy until the first page is counted
        self.status = QLabel(self.tr("Menyusun laporan…"))
        self.warnings = QLabel()
        self.warnings.setObjectName("reportWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("background: #fff3cd; color: #664d03; padding: 4px;")
        self.warnings.hide()
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("reportView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.print_button = QPushButton(self.tr("&Cetak…"))
        self.save_button = QPushButton(self.tr("&Simpan sebagai PDF…"))
        close_button = QPushButton(self.tr("&Tutup"))
        self.print_button.clicked.connect(self.ask_and_print)
        self.save_button.clicked.connect(self.ask_and_save)
        close_button.clicked.connect(self.close)
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.warnings)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setCentralWidget(central)
        self.resize(900, 1000)
        self.control: TaskControl = runner.submit(
            lambda control: build(_cancellable(control)), self._show, self._failed,
            self._progress)

    # -- building ------------------------------------------------------------------
    def _progress(self, done: int, total: int, phase: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(phase)

    def _show(self, result: ReportResult) -> None:
        self.result = result
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(result.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.progress.hide()
        self.status.setText(self.tr("{pages} halaman").format(pages=result.page_count))
        if result.warnings:
            self.warnings.setText(self.tr("Perhatikan:") + "\n• " + "\n• ".join(result.warnings))
            self.warnings.show()
        for button in (self.print_button, self.save_button):
            button.setEnabled(True)
        self.ready.emit(result)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ReportCancelled):
            return
        self.progress.hide()
        self.status.setText(self.tr("Laporan tidak dapat disusun."))
        report_error(self, error, self.tr("Menyusun laporan"))
        self.failed.emit(error)

    # -- saving --------------------------------------------------------------------
    def ask_and_save(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Simpan sebagai PDF"), self.suggested_name, self.tr("PDF (*.pdf)"))
        if path:
            self.save_to(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def save_to(self, path: Path) -> None:
        """Write the PDF in a worker; ``saved`` tells when it is on disk."""
        assert self.result is not None
        result = self.result

        def done(_written: Any) -> None:
            self.status.setText(self.tr("Tersimpan: {path}").format(path=path))
            self.saved.emit(str(path))

        self.runner.submit(lambda _control: result.write(path), done,
                           lambda error: report_error(self, error, self.tr("Menyimpan PDF")))

    # -- printing ------------------------------------------------------------------
    def new_printer(self) -> QPrinter:
        """A high-resolution printer set to the report's own paper size, full page."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(PRINT_DPI)
        size = self.document.pagePointSize(0)
        if size.isValid():
            printer.setPageLayout(QPageLayout(
                QPageSize(QSizeF(size.width(), size.height()), QPageSize.Unit.Point),
                QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        printer.setFullPage(True)
        printer.setDocName(self.windowTitle())
        return printer

    def ask_and_print(self) -> None:
        printer = self.new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Cetak laporan"))
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.open()
        self._print_dialog = dialog

    def print_to(self, printer: QPrinter) -> int:
        """Draw every page (or the chosen range) onto ``printer``; returns pages printed."""
        count = self.document.pageCount()
        first, last = 0, count - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage() - 1, min(count, printer.toPage()) - 1
        painter = QPainter()
        if not painter.begin(printer):
            notify(self, self.tr("Tidak dapat mencetak"),
                   self.tr("Pencetak tidak dapat dibuka. Periksa pencetak lalu coba lagi."))
            return 0
        printed = 0
        try:
            for index in range(first, last + 1):
                if printed:
                    printer.newPage()
                target = painter.viewport()
                image = self.document.render(index, QSize(target.width(), target.height()))
                painter.drawImage(target, image)
                printed += 1
        finally:
            painter.end()
        self.status.setText(self.tr("{pages} halaman dikirim ke pencetak.").format(
            pages=printed))
        self.printed.emit(printed)
        return printed

    def closeEvent(self, event: Any) -> None:
        self.control.cancel()
        super().closeEvent(event)


class ReportSettingsDialog(QDialog):
    """The kop (institution lines, address, logo) and paper size of printed reports."""

    loaded = Signal()
    saved = Signal()

    def __init__(self, workspace: Workspace, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        self.setWindowTitle(self.tr("Kop surat dan kertas"))
        self.institution = QPlainTextEdit()
        self.institution.setPlaceholderText(self.tr("PEMERINTAH KABUPATEN …\nDINAS …"))
        self.address = QPlainTextEdit()
        self.address.setMaximumHeight(70)
        self.logo = QLineEdit()
        self.logo.setPlaceholderText(self.tr("tanpa logo"))
        choose = QPushButton(self.tr("Pilih…"))
        choose.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose)
        self.paper = QComboBox()
        for code, label in paper_names():
            self.paper.addItem(label, code)
        form = QFormLayout()
        form.addRow(self.tr("Nama instansi (satu baris per tingkat)"), self.institution)
        form.addRow(self.tr("Alamat, telepon, surel"), self.address)
        form.addRow(self.tr("Berkas logo"), logo_row)
        form.addRow(self.tr("Ukuran kertas"), self.paper)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        db = workspace.db

        def load(_control: Any) -> ReportSettings:
            with db.reading() as session:
                return load_report_settings(session)

        runner.submit(load, self._show,
                      lambda error: report_error(self, error, self.tr("Membuka pengaturan")))

    def _show(self, settings: ReportSettings) -> None:
        self.institution.setPlainText("\n".join(settings.letterhead.institution_lines))
        self.address.setPlainText("\n".join(settings.letterhead.address_lines))
        self.logo.setText(settings.letterhead.logo_path or "")
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.paper)))
        self.buttons.setEnabled(True)
        self.loaded.emit()

    def _choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Pilih logo"), self.logo.text(),
            self.tr("Gambar (*.png *.jpg *.jpeg *.gif *.bmp)"))
        if path:
            self.logo.setText(path)

    def settings(self) -> ReportSettings:
        def lines(editor: QPlainTextEdit) -> tuple[str, ...]:
            return tuple(line.strip() for line in editor.toPlainText().splitlines()
                         if line.strip())

        return ReportSettings(
            Letterhead(lines(self.institution), lines(self.address),
                       self.logo.text().strip() or None),
            self.paper.currentData())

    def save(self) -> None:
        settings, db = self.settings(), self.workspace.db

        def work(_control: Any) -> None:
            with db.writing() as session:
                save_report_settings(session, settings)

        def done(_result: Any) -> None:
            self.saved.emit()
            self.accept()

        self.buttons.setEnabled(False)
        self.runner.submit(work, done,
                           lambda error: report_error(self, error, self.tr("Menyimpan pengaturan")),
                           writes=True)
