"""A record's photos and scans (a meeting, a finding) as thumbnails, with add, remove, open.

Storing files, making thumbnails and reading them happen in workers; the GUI thread only
turns ready QImages into icons.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.attachments.blobs import AttachmentError, BlobStore
from desktop_app.core.attachments.records import AttachedFile, attach_all, attachments_of, detach
from desktop_app.core.db import Database
from desktop_app.core.workspace import Workspace
from desktop_app.ui.messages import report_error
from desktop_app.ui.tasks import TaskRunner

ICON = QSize(120, 120)
ID_ROLE = Qt.ItemDataRole.UserRole
ERROR_STYLE = "color: #c0392b;"


@dataclass(frozen=True)
class ShownFile:
    file: AttachedFile
    thumbnail: QImage | None  # None for PDFs and files that cannot be shown


class AttachmentPanel(QWidget):
    shown = Signal(int)  # number of files listed
    refused = Signal(list)  # messages, one per file not attached

    def __init__(self, workspace: Workspace, runner: TaskRunner, record_table: str, hint: str,
                 village_of: Callable[[Database, str], str] | None = None,
                 parent: Any = None) -> None:
        """``village_of`` finds (in a worker) the village a record's files belong to, or
        raises ``AttachmentError`` saying what to do first; without it the village given
        to ``show_record`` is used."""
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        self.store = BlobStore(workspace.data_dir)
        self.record_table, self.village_of = record_table, village_of
        self.record_id: str | None = None
        self.village_code: str | None = None
        self._request = 0
        self.files = QListWidget()
        self.files.setObjectName("attachmentList")
        self.files.setViewMode(QListWidget.ViewMode.IconMode)
        self.files.setIconSize(ICON)
        self.files.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.files.setWordWrap(True)
        self.files.setGridSize(QSize(ICON.width() + 30, ICON.height() + 46))
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.message = QLabel()
        self.message.setObjectName("attachmentMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.add_button = QPushButton(self.tr("&Tambah foto/pindaian…"))
        self.remove_button = QPushButton(self.tr("Hapus lampiran"))
        self.open_button = QPushButton(self.tr("Buka"))
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        hint_label = QLabel(hint)
        hint_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.show_record(None)

    # -- showing -------------------------------------------------------------------
    def show_record(self, record_id: str | None, village_code: str | None = None) -> None:
        self.record_id, self.village_code = record_id, village_code
        self.message.hide()
        for button in (self.add_button, self.remove_button, self.open_button):
            button.setEnabled(record_id is not None)
        self.reload()

    def reload(self) -> None:
        self._request += 1
        request, record_id, db, store = self._request, self.record_id, \
            self.workspace.db, self.store
        if record_id is None:
            self._show(request, [])
            return

        def work(_control: Any) -> list[ShownFile]:
            shown = []
            for file in attachments_of(db, record_id):
                thumb = store.thumbnail(file.sha256) if file.is_image else None
                image = QImage(str(thumb)) if thumb else None
                shown.append(ShownFile(file, image if image and not image.isNull()
                                       else None))
            return shown

        self.runner.submit(work, lambda shown: self._show(request, shown),
                           lambda e: report_error(self, e, self.tr("Memuat lampiran")))

    def _show(self, request: int, shown: list[ShownFile]) -> None:
        if request != self._request:
            return  # a later record is on screen
        self.files.clear()
        style = self.style()
        for entry in shown:
            if entry.thumbnail is not None:
                icon = QIcon(QPixmap.fromImage(entry.thumbnail))
            else:
                icon = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
            name = entry.file.file_name
            item = QListWidgetItem(icon, name if len(name) <= 40 else name[:37] + "…")
            item.setToolTip(name)
            item.setData(ID_ROLE, entry.file)
            self.files.addItem(item)
        self.shown.emit(len(shown))

    def selected_files(self) -> list[AttachedFile]:
        return [item.data(ID_ROLE) for item in self.files.selectedItems()]

    # -- changing ------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Tambah lampiran"), "",
            self.tr("Foto dan pindaian (*.jpg *.jpeg *.png *.pdf);;Semua berkas (*)"))
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        """Store and attach the files in the writer thread, then show them."""
        if self.record_id is None:
            return
        record_id, workspace, store = self.record_id, self.workspace, self.store
        table, village_of, village = self.record_table, self.village_of, self.village_code
        self.add_button.setEnabled(False)

        def work(_control: Any) -> tuple[list[AttachedFile], list[str]]:
            code = village_of(workspace.db, record_id) if village_of else village
            if code is None:
                raise AttachmentError(self.tr("Simpan dulu, lalu lampirkan."))
            return attach_all(workspace.db, workspace.editor, store, paths, code, table,
                              record_id)

        def done(result: tuple[list[AttachedFile], list[str]]) -> None:
            self.add_button.setEnabled(True)
            self._refusals(result[1])
            self.reload()

        def failed(error: Exception) -> None:
            self.add_button.setEnabled(True)
            if isinstance(error, AttachmentError):
                self._refusals([str(error)])
            else:
                report_error(self, error, self.tr("Menambah lampiran"))

        self.runner.submit(work, done, failed, writes=True)

    def _refusals(self, messages: list[str]) -> None:
        if messages:
            self.message.setText(self.tr("Tidak dilampirkan:") + "\n• " + "\n• ".join(messages))
            self.message.show()
        else:
            self.message.hide()
        self.refused.emit(messages)

    def remove_selected(self) -> None:
        chosen, workspace = self.selected_files(), self.workspace
        if not chosen:
            return

        def work(_control: Any) -> None:
            for file in chosen:
                detach(workspace.db, workspace.editor, file.id)

        self.runner.submit(work, lambda _r: self.reload(),
                           lambda e: report_error(self, e, self.tr("Menghapus lampiran")),
                           writes=True)

    def open_selected(self) -> None:
        """Open a copy under its own name in the system's viewer (photo viewer, PDF reader)."""
        chosen, store = self.selected_files()[:1], self.store
        if not chosen:
            return
        file = chosen[0]

        def work(_control: Any) -> Path:
            folder = Path(tempfile.mkdtemp(prefix="sinergi-lampiran-"))
            target = folder / (Path(file.file_name).name or file.sha256)
            store.export(file.sha256, target)
            return target

        self.runner.submit(work, lambda path: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(path))),
            lambda e: report_error(self, e, self.tr("Membuka lampiran")))
