"""Messages to the user that never block the event loop, and the unexpected-error path."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


def expected_errors() -> tuple[type[Exception], ...]:
    """Errors the user can act on (imported here, not at start-up: PIL and friends)."""
    from desktop_app.core.attachments.blobs import AttachmentError
    from desktop_app.core.migrate import DatabaseOpenError
    from desktop_app.core.problems import InputFileError
    from desktop_app.core.supervision.entry import SupervisionValidationError
    from desktop_app.core.villages.profile_fields import ProfileValidationError

    return (InputFileError, ProfileValidationError, DatabaseOpenError,
            SupervisionValidationError, AttachmentError)


def tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def notify(parent: QWidget, title: str, text: str, detail: str = "",
           icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> QMessageBox:
    """A window-modal message that does not block the caller."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    if detail:
        box.setDetailedText(detail)
    box.setObjectName("notice")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def report_error(parent: QWidget, error: BaseException, doing: str) -> QMessageBox:
    """Show a short message in Indonesian; unexpected errors go to the log in full."""
    if isinstance(error, expected_errors()):
        return notify(parent, tr("Tidak dapat dilanjutkan"), doing, str(error),
                      QMessageBox.Icon.Warning)
    log.error("Unexpected error while %s", doing, exc_info=error)
    return notify(
        parent, tr("Terjadi kesalahan"),
        tr("{doing} gagal karena kesalahan yang tidak terduga. Tidak ada perubahan yang "
           "tersimpan setengah jadi. Rincian ada di berkas log.").format(doing=doing),
        f"{type(error).__name__}: {error}", QMessageBox.Icon.Critical,
    )
