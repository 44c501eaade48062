"""Messages to the user that never block the event loop, and the unexpected-error path."""

from __future__ import annotations

import logging
import re
import zipfile

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QGridLayout, QMessageBox, QPlainTextEdit, QWidget

log = logging.getLogger(__name__)


def expected_errors() -> tuple[type[Exception], ...]:
    """Errors the user can act on (imported here, not at start-up: PIL and friends)."""
    from desktop_app.core.attachments.blobs import AttachmentError
    from desktop_app.core.indeks_desa.answers import QuestionnaireError
    from desktop_app.core.index.catalogue import CatalogueError
    from desktop_app.core.migrate import DatabaseOpenError
    from desktop_app.core.problems import InputFileError
    from desktop_app.core.supervision.entry import SupervisionValidationError
    from desktop_app.core.villages.profile_fields import ProfileValidationError

    return (InputFileError, ProfileValidationError, DatabaseOpenError,
            SupervisionValidationError, AttachmentError, QuestionnaireError, CatalogueError)


SHORT_LINES, SHORT_CHARS = 6, 500  # longer details go in a scrolling box


def notify(parent: QWidget | None, title: str, text: str, detail: str = "",
           icon: QMessageBox.Icon = QMessageBox.Icon.Information,
           advice: str = "") -> QMessageBox:
    """A window-modal message that does not block the caller. ``detail`` (the cause) and
    ``advice`` (what to do) are in view, never behind an English "Show Details" button;
    a long detail (many problems in a file) scrolls inside the box, which stays on
    screen with its OK button."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("notice")
    long_detail = detail.count("\n") >= SHORT_LINES or len(detail) > SHORT_CHARS
    shown = "\n\n".join(part for part in (
        "" if long_detail else detail, advice) if part)
    if shown:
        box.setInformativeText(shown)
    if long_detail:  # added last: QMessageBox rebuilds its layout on every setter
        listing = QPlainTextEdit(detail)
        listing.setObjectName("noticeDetail")
        listing.setReadOnly(True)
        listing.setMinimumSize(520, 220)
        listing.setMaximumHeight(300)
        grid = box.layout()
        assert isinstance(grid, QGridLayout)
        buttons = box.findChild(QDialogButtonBox)
        row, columns = grid.rowCount(), grid.columnCount()
        if buttons is not None:  # the listing above the OK button, not below it
            grid.removeWidget(buttons)
            grid.addWidget(buttons, row + 1, 0, 1, columns)
        grid.addWidget(listing, row, 0, 1, columns)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def message_text(box: QMessageBox) -> str:
    """Everything the message says (its text, the cause and advice, any listing)."""
    listing = box.findChild(QPlainTextEdit, "noticeDetail")
    parts = (box.text(), box.informativeText(), listing.toPlainText() if listing else "")
    return "\n".join(part for part in parts if part)


def library_words() -> list[tuple[re.Pattern[str], str]]:
    """What third-party libraries say in English, in the program's words."""
    damaged = QCoreApplication.translate(
        "Messages", "berkas rusak atau terpotong (bukan berkas Excel .xlsx yang utuh; salin "
                    "ulang dari sumbernya)")
    return [
        (re.compile(r"invalid zip archive[^\n]*|file is not a zip file[^\n]*|"
                    r"bad magic number[^\n]*|truncated file[^\n]*|"
                    r"zip file (?:is )?corrupt[^\n]*", re.IGNORECASE), damaged),
        (re.compile(r"\[Errno 2\] No such file or directory:?", re.IGNORECASE),
         QCoreApplication.translate("Messages", "tidak ditemukan:")),
        (re.compile(r"\[Errno 13\] Permission denied:?", re.IGNORECASE),
         QCoreApplication.translate("Messages", "tidak boleh dibuka (izin ditolak):")),
        (re.compile(r"\[Errno 28\] No space left on device:?", re.IGNORECASE),
         QCoreApplication.translate("Messages", "disk penuh:")),
    ]


def plain_cause(error: BaseException) -> str:
    """The error's message with library English replaced by the program's Indonesian."""
    text = str(error) or type(error).__name__
    if isinstance(error, zipfile.BadZipFile):
        text = "File is not a zip file"
    for pattern, words in library_words():
        text = pattern.sub(words, text)
    return text


def report_error(parent: QWidget, error: BaseException, doing: str) -> QMessageBox:
    """Say what failed, why and what to do, in Indonesian, in the message itself;
    unexpected errors also go to the log in full."""
    from desktop_app.core.problems import InputFileError

    if isinstance(error, (*expected_errors(), zipfile.BadZipFile)):
        advice = (QCoreApplication.translate(
            "Messages", "Periksa berkas atau folder yang dipilih (benar, lengkap dan tidak "
                        "rusak), lalu coba lagi.")
                  if isinstance(error, InputFileError | zipfile.BadZipFile)
                  else QCoreApplication.translate(
                      "Messages", "Perbaiki hal di atas, lalu coba lagi."))
        return notify(parent, QCoreApplication.translate(
            "Messages", "Tidak dapat dilanjutkan"), doing, plain_cause(error),
                      QMessageBox.Icon.Warning, advice)
    log.error("Unexpected error while %s", doing, exc_info=error)
    return notify(
        parent, QCoreApplication.translate("Messages", "Terjadi kesalahan"),
        QCoreApplication.translate(
            "Messages", "{doing} gagal karena kesalahan yang tidak terduga. Tidak ada perubahan "
                        "yang tersimpan setengah jadi. Rincian ada di berkas log."
        ).format(doing=doing),
        QCoreApplication.translate(
            "Messages", "Rincian teknis: {cause}").format(cause=plain_cause(error)),
        QMessageBox.Icon.Critical,
        QCoreApplication.translate(
            "Messages", "Coba lagi; bila terulang, kirim berkas log kepada petugas TI."),
    )
