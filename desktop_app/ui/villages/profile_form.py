"""The village profile form: built from the core's field list, saved by the writer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.villages.population import PopulationEntry
from desktop_app.core.villages.profile import VillageProfileView, save_profile
from desktop_app.core.villages.profile_fields import (
    FieldSpec,
    ProfileValidationError,
    display_value,
    history_text,
    profile_fields,
    sections,
)
from desktop_app.core.workspace import Workspace
from desktop_app.ui.changes import Change, ChangeSet
from desktop_app.ui.elided_label import ElidedLabel
from desktop_app.ui.messages import report_error
from desktop_app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop_app.ui.report_preview import ReportPreview

ERROR_STYLE = "border: 1px solid #c0392b; background: #fdecea;"


class ProfileForm(QWidget):
    saved = Signal(str)  # village code, after a successful save
    dirty_changed = Signal(bool)
    save_refused = Signal(list)  # the FieldErrors of a refused save
    preview_opened = Signal(object)  # the ReportPreview of "Cetak profil"

    def __init__(self, workspace: Workspace, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        self.view: VillageProfileView | None = None
        self.dirty = False
        self._loading = False
        self.specs = {spec.name: spec for spec in profile_fields()}
        self.editors: dict[str, QWidget] = {}
        self.field_labels = {name: spec.label for name, spec in self.specs.items()}
        self.field_labels.update(population=self.tr("Jumlah penduduk"),
                                 households=self.tr("Jumlah KK"), deleted=self.tr("Dihapus"),
                                 village_code=self.tr("Kode desa"), year=self.tr("Tahun"))

        # a long village name must not widen the window
        self.title = ElidedLabel(self.tr("Pilih desa di daftar untuk membuka profilnya."))
        self.title.setObjectName("profileTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.tabs = QTabWidget()
        # Every tab stays in view (no scroll arrows): short labels, the full name as tooltip,
        # and the tab bar's width is the profile's minimum, so the village list gives way.
        self.tabs.setUsesScrollButtons(False)
        short = {"geography": self.tr("Wilayah"), "infrastructure": self.tr("Prasarana")}
        for key, label in sections():
            index = self.tabs.addTab(self._section(key), short.get(key, label).replace("&", "&&"))
            self.tabs.setTabToolTip(index, label)
        self.tabs.insertTab(1, self._population_tab(), self.tr("Penduduk"))
        self.history = self._history_tab()
        self.tabs.addTab(self.history, self.tr("Riwayat"))
        self.errors = QLabel()
        self.errors.setObjectName("profileErrors")
        self.errors.setStyleSheet("color: #c0392b;")
        self.errors.setWordWrap(True)
        self.errors.hide()
        self.save_button = QPushButton(self.tr("&Simpan"))
        self.save_button.setToolTip(self.tr("Simpan perubahan (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("&Batalkan perubahan"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.print_button = QPushButton(self.tr("Cetak &profil"))
        self.print_button.setToolTip(self.tr("Pratinjau dan cetak profil yang tersimpan"))
        self.print_button.clicked.connect(self.print_profile)
        self.previews: list[ReportPreview] = []
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)
        self._set_enabled(False)

    # -- building ------------------------------------------------------------------
    def _section(self, key: str) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        for spec in self.specs.values():
            if spec.section == key:
                editor = self._editor(spec)
                self.editors[spec.name] = editor
                label = spec.label + (" *" if spec.required else "")
                if spec.unit:
                    label += f" ({spec.unit})"
                form.addRow(label, editor)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.addWidget(page)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        return scroll

    def _editor(self, spec: FieldSpec) -> QWidget:
        if spec.kind == "longtext":
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setMaximumHeight(110)
            editor.textChanged.connect(self._changed)
        elif spec.kind in ("choice", "yesno"):
            editor = QComboBox()
            editor.addItem("—", "")
            for code, label in spec.choices:
                editor.addItem(label, code)
            editor.currentIndexChanged.connect(self._changed)
        else:
            editor = QLineEdit()
            editor.setMaxLength(spec.max_length)
            editor.textEdited.connect(self._changed)
        editor.setObjectName(spec.name)
        return editor

    def _population_tab(self) -> QWidget:
        page = QWidget()
        self.population = QTableWidget(0, 3)
        self.population.setObjectName("population")
        self.population.setHorizontalHeaderLabels(
            [self.tr("Tahun"), self.tr("Jumlah penduduk"), self.tr("Jumlah KK")])
        self.population.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.population.itemChanged.connect(self._changed)
        add = QPushButton(self.tr("Tambah tahun"))
        remove = QPushButton(self.tr("Hapus baris"))
        add.clicked.connect(lambda: self._add_population_row())
        remove.clicked.connect(self._remove_population_row)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.population)
        layout.addLayout(row)
        return page

    def _history_tab(self) -> QTableWidget:
        table = QTableWidget(0, 5)
        table.setObjectName("history")
        table.setHorizontalHeaderLabels([self.tr("Waktu"), self.tr("Oleh"), self.tr("Isian"),
                                         self.tr("Nilai lama"), self.tr("Nilai baru")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # -- showing -------------------------------------------------------------------
    def show_profile(self, view: VillageProfileView) -> None:
        self._loading = True
        self.view = view
        identity = view.identity
        kind = {"desa": self.tr("Desa"), "kampung": self.tr("Kampung"),
                "kelurahan": self.tr("Kelurahan")}.get(identity.kind, identity.kind)
        status = "" if identity.active else self.tr(" (tidak aktif dalam daftar resmi)")
        self.title.setText(f"{kind} {identity.name}{status}")
        self.subtitle.setText(self.tr("Kode {code} · Kecamatan {district} · {regency}").format(
            code=identity.code, district=identity.district_name, regency=identity.regency_name))
        for name, editor in self.editors.items():
            text = display_value(self.specs[name], view.values.get(name))
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText(text)
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(text)))
            else:
                editor.setText(text)
            editor.setStyleSheet("")
            editor.setToolTip("")
        self.population.setRowCount(0)
        for entry in view.population:
            self._add_population_row(entry)
        self._show_history(view)
        self.errors.hide()
        self._set_enabled(True)
        self._loading = False
        self._set_dirty(False)

    def _show_history(self, view: VillageProfileView) -> None:
        self.history.setRowCount(len(view.history))
        for row, entry in enumerate(view.history):
            name, _, key = entry.field.partition("[")
            label = self.field_labels.get(name, name) + (f" ({key.rstrip(']')})" if key else "")
            cells = [entry.changed_at.strftime("%d-%m-%Y %H:%M"), entry.changed_by, label,
                     history_text(name, entry.old_value), history_text(name, entry.new_value)]
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))

    def _add_population_row(self, entry: PopulationEntry | None = None) -> None:
        row = self.population.rowCount()
        self.population.insertRow(row)
        values = (entry.year, entry.population, entry.households) if entry else ("", "", "")
        for column, value in enumerate(values):
            self.population.setItem(row, column,
                                    QTableWidgetItem("" if value is None else str(value)))
        if entry is None:
            self.population.setCurrentCell(row, 0)
            self.population.editItem(self.population.item(row, 0))

    def _remove_population_row(self) -> None:
        row = self.population.currentRow()
        if row >= 0:
            self.population.removeRow(row)
            self._changed()

    # -- editing -------------------------------------------------------------------
    def _changed(self, *_args: Any) -> None:
        if not self._loading and self.view is not None:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self.dirty:
            self.dirty = dirty
            self.dirty_changed.emit(dirty)
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def print_profile(self) -> None:
        """Preview the saved profile sheet (built in a worker) in its own window."""
        if self.view is None:
            return
        from desktop_app.core.reports.profile_sheet import profile_sheet_for
        from desktop_app.ui.report_preview import ReportPreview

        code, db = self.view.identity.code, self.workspace.db
        today = self.workspace.clock.today()
        preview = ReportPreview(
            self.runner, self.tr("Profil {name}").format(name=self.view.identity.name),
            lambda progress: profile_sheet_for(db, code, progress, today),
            suggested_name=f"profil-{code}.pdf", parent=self)
        preview.setWindowFlag(Qt.WindowType.Window)
        preview.show()
        self.previews.append(preview)
        self.preview_opened.emit(preview)

    def _set_enabled(self, enabled: bool) -> None:
        self.print_button.setEnabled(enabled)
        self.tabs.setEnabled(enabled)
        self.save_button.setEnabled(enabled and self.dirty)
        self.revert_button.setEnabled(enabled and self.dirty)

    def raw_values(self) -> dict[str, str]:
        values = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QPlainTextEdit):
                values[name] = editor.toPlainText()
            elif isinstance(editor, QComboBox):
                values[name] = editor.currentData() or ""
            else:
                values[name] = editor.text()
        return values

    def raw_population(self) -> list[tuple[str, str, str]]:
        def cell(row: int, column: int) -> str:
            item = self.population.item(row, column)
            return item.text() if item else ""

        return [(cell(r, 0), cell(r, 1), cell(r, 2)) for r in range(self.population.rowCount())]

    def revert(self) -> None:
        if self.view is not None:
            self.show_profile(self.view)

    def save(self, after: Any = None) -> None:
        """Save in the writer thread; ``after`` runs once the save has succeeded."""
        if self.view is None or not self.dirty:
            if after:
                after()
            return
        code = self.view.identity.code
        values, population = self.raw_values(), self.raw_population()
        workspace = self.workspace
        self.save_button.setEnabled(False)

        def work(_control: Any) -> int:
            return save_profile(workspace.db, workspace.editor, code, values, population)

        def done(_count: int) -> None:
            self._set_dirty(False)
            self.saved.emit(code)
            if after:
                after()

        self.runner.submit(work, done, self._save_failed, writes=True,
                           changes=ChangeSet.of(Change.PROFILE, source=self))

    def _save_failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(error, ProfileValidationError):
            report_error(self, error, self.tr("Menyimpan profil desa"))
            return
        for editor in self.editors.values():
            editor.setStyleSheet("")
            editor.setToolTip("")
        for field_error in error.errors:
            editor = self.editors.get(field_error.field)
            if editor is not None:
                editor.setStyleSheet(ERROR_STYLE)
                editor.setToolTip(field_error.message)
        self.errors.setText(self.tr("Belum tersimpan. Perbaiki dulu:") + "\n• "
                            + "\n• ".join(e.message for e in error.errors))
        self.errors.show()
        self.save_refused.emit(error.errors)
