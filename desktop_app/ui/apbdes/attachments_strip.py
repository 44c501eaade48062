"""Thumbnails of the photos and scans attached to one record, with add, open and remove.

Files are checked, hashed and copied in the writer thread; thumbnails load in a reader.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.attachments.blobs import BlobStore
from desktop_app.core.attachments.records import AttachedFile, attach, attachments_of, detach
from desktop_app.core.workspace import Workspace
from desktop_app.ui.messages import report_error
from desktop_app.ui.tasks import TaskRunner


class AttachmentStrip(QWidget):
    changed = Signal(int)  # number of files attached

    def __init__(self, workspace: Workspace, runner: TaskRunner, record_table: str,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        self.store = BlobStore(workspace.data_dir)
        self.record_table = record_table
        self.record_id: str | None = None
        self.village_code: str | None = None
        self.files: list[AttachedFile] = []
        self.list = QListWidget()
        self.list.setObjectName("attachmentList")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(96, 96))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMaximumHeight(140)
        self.list.itemDoubleClicked.connect(self._open)
        self.add_button = QPushButton(self.tr("Tambah foto/pindaian…"))
        self.add_button.setObjectName("addAttachment")
        self.add_button.clicked.connect(self.ask_and_add)
        self.remove_button = QPushButton(self.tr("Lepas"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.show_record(None, None)

    def show_record(self, record_id: str | None, village_code: str | None) -> None:
        self.record_id, self.village_code = record_id, village_code
        enabled = record_id is not None
        self.add_button.setEnabled(enabled)
        self.remove_button.setEnabled(enabled)
        self.add_button.setToolTip("" if enabled else self.tr("Simpan dulu, lalu lampirkan."))
        self.reload()

    def reload(self) -> None:
        record_id, db, store = self.record_id, self.workspace.db, self.store
        if record_id is None:
            self._fill(None, [])
            return

        def work(_control: Any) -> list[tuple[AttachedFile, Path | None]]:
            return [(f, store.thumbnail(f.sha256) if f.is_image else None)
                    for f in attachments_of(db, record_id)]

        self.runner.submit(work, lambda files: self._fill(record_id, files),
                           lambda e: report_error(self, e, self.tr("Memuat lampiran")))

    def _fill(self, record_id: str | None, files: list[tuple[AttachedFile, Path | None]]) -> None:
        if record_id != self.record_id:
            return
        self.list.clear()
        self.files = [f for f, _thumb in files]
        pdf_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for attached, thumb in files:
            icon = QIcon(QPixmap(str(thumb))) if thumb else pdf_icon
            item = QListWidgetItem(icon, attached.file_name)
            item.setData(Qt.ItemDataRole.UserRole, attached)
            item.setToolTip(f"{attached.file_name} ({attached.size // 1024} KB)")
            self.list.addItem(item)
        self.changed.emit(len(self.files))

    def ask_and_add(self) -> None:
        kinds = self.tr("Foto atau pindaian (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf)")
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Lampirkan foto atau pindaian"), "", kinds)
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        if self.record_id is None or self.village_code is None:
            return
        args = (self.workspace.db, self.workspace.editor, self.store)
        record = (self.village_code, self.record_table, self.record_id)

        def work(_control: Any) -> None:
            for path in paths:
                attach(*args, path, *record)

        self.runner.submit(work, lambda _r: self.reload(), self._failed, writes=True)

    def _failed(self, error: Exception) -> None:
        report_error(self, error, self.tr("Melampirkan berkas"))
        self.reload()  # files before the bad one were attached

    def remove_selected(self) -> None:
        items = self.list.selectedItems()
        if not items:
            return
        attached: AttachedFile = items[0].data(Qt.ItemDataRole.UserRole)
        db, editor = self.workspace.db, self.workspace.editor
        self.runner.submit(lambda _c: detach(db, editor, attached.id), lambda _r: self.reload(),
                           lambda e: report_error(self, e, self.tr("Melepas lampiran")),
                           writes=True)

    def _open(self, item: QListWidgetItem) -> None:
        attached: AttachedFile = item.data(Qt.ItemDataRole.UserRole)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.store.path_of(attached.sha256))))
