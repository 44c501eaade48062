""""Which column holds what?": the step of an import whose file has headers the program does
not know. Shows the first rows' headers per field; the choice is remembered by the core
(:mod:`desktop_app.core.column_mapping`). Used by the APBDes realisation import and the Indeks
Desa official results import."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from desktop_app.core.column_mapping import (
    HEADER_SEARCH_ROWS,
    ColumnLayout,
    ColumnSpec,
    known_layout,
    normalised,
    remembered_layouts,
)
from desktop_app.core.db import Database
from desktop_app.core.spreadsheet import cell_text, column_letter, read_table
from desktop_app.ui.messages import report_error
from desktop_app.ui.tasks import TaskRunner


@dataclass(frozen=True)
class SheetPreview:
    path: Path
    rows: list[list[Any]]  # the first rows, where the header is
    layout: ColumnLayout | None


def read_preview(db: Database, path: Path, spec: ColumnSpec) -> SheetPreview:
    """The file's first rows and its known layout, if any (run it in a worker)."""
    _sheet, table = read_table(path)
    with db.reading() as session:
        remembered = remembered_layouts(session, spec)
    return SheetPreview(path, table[:HEADER_SEARCH_ROWS], known_layout(spec, remembered, table))


class ColumnMappingBox(QGroupBox):
    """A header-row choice and one combo per field; ``defaults`` are the fields put on the
    first columns in order when the user has not chosen yet."""

    def __init__(self, fields: Sequence[tuple[str, str]], defaults: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Kolom mana berisi apa?"))
        self.setObjectName("columnMapping")
        self.defaults = tuple(defaults)
        self.preview: SheetPreview | None = None
        self.header_row = QSpinBox()
        self.header_row.setObjectName("headerRow")
        self.header_row.setRange(1, HEADER_SEARCH_ROWS)
        self.header_row.valueChanged.connect(self._header_row_changed)
        self.columns: dict[str, QComboBox] = {}
        form = QFormLayout(self)
        form.addRow(self.tr("Baris judul kolom"), self.header_row)
        for key, label in fields:
            combo = QComboBox()
            combo.setObjectName(f"column_{key}")
            self.columns[key] = combo
            form.addRow(label, combo)
        self.hide()

    def read(self, runner: TaskRunner, db: Database, path: Path, spec: ColumnSpec,
             note: QLabel, least_filled: int, ready: Callable[[SheetPreview], None]) -> None:
        """Read the file's first rows in a worker, say whether its columns are known (or ask
        which holds what), then call ``ready``; a file that cannot be read is reported."""
        note.setText(QCoreApplication.translate("ColumnMappingBox", "Membaca berkas…"))

        def shown(preview: SheetPreview) -> None:
            self.present(preview, note, least_filled)
            ready(preview)

        def failed(error: Exception) -> None:
            note.setText("")
            report_error(self.window(), error, QCoreApplication.translate(
                "ColumnMappingBox", "Membaca berkas"))

        runner.submit(lambda _control: read_preview(db, path, spec), shown, failed)

    def present(self, preview: SheetPreview, note: QLabel, least_filled: int) -> None:
        """Say in ``note`` whether the columns were recognised; if not, ask."""
        if preview.layout is not None:
            self.hide()
            note.setText(self.tr("Kolom dikenali (judul di baris {row}).").format(
                row=preview.layout.header_row + 1))
            return
        note.setText(self.tr(
            "Judul kolom tidak dikenali. Tunjukkan baris judul dan kolom mana berisi apa; "
            "pilihan ini diingat untuk berkas dengan judul yang sama."))
        self.ask(preview, least_filled)

    def ask(self, preview: SheetPreview, least_filled: int) -> None:
        """Show the step for ``preview``, starting on the first row with at least
        ``least_filled`` cells (the likely header)."""
        self.preview = preview
        self.show()
        self.header_row.setValue(next((i + 1 for i, row in enumerate(preview.rows)
                                       if sum(1 for c in row if normalised(c)) >= least_filled),
                                      1))
        self._header_row_changed()

    def _header_row_changed(self) -> None:
        if self.preview is None or self.header_row.value() > len(self.preview.rows):
            return
        row = self.preview.rows[self.header_row.value() - 1]
        for key, combo in self.columns.items():
            combo.clear()
            combo.addItem(self.tr("(tidak ada)"), None)
            for position, cell in enumerate(row):
                combo.addItem(f"{column_letter(position)}: {cell_text(cell) or ''}", position)
            if key in self.defaults and self.defaults.index(key) < len(row):
                combo.setCurrentIndex(self.defaults.index(key) + 1)

    def chosen_layout(self) -> ColumnLayout:
        columns = {key: combo.currentData() for key, combo in self.columns.items()
                   if combo.currentData() is not None}
        return ColumnLayout(self.header_row.value() - 1, columns)
