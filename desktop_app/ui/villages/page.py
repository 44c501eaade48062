"""The village section: searchable list on the left, the profile on the right.

The list (search, filters, sort) reads through plain sqlite3 and works from the first
window on; the profile form and the village's tabs need the workspace (the ORM), which
start-up opens after the list is shown: until :meth:`VillagePage.attach`, a village chosen
is opened once it is there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.villages.list_sql import VillageFilter, list_districts, working_district
from desktop_app.ui.changes import Change, ChangeSet, follow_changes
from desktop_app.ui.messages import report_error
from desktop_app.ui.paged_model import paged_table_view
from desktop_app.ui.tasks import TaskRunner
from desktop_app.ui.villages.list_model import VillageTableModel
from desktop_app.ui.villages.region_combo import (
    all_regencies_label,
    forget_working_area,
    load_regencies,
)

if TYPE_CHECKING:
    from desktop_app.core.start import StartData
    from desktop_app.core.villages.profile import VillageProfileView
    from desktop_app.core.workspace import Workspace
    from desktop_app.ui.apbdes.budget_panel import VillageApbdesPanel
    from desktop_app.ui.idm.village_idm import VillageIdmPanel
    from desktop_app.ui.indeks_desa.village_panel import VillageIndeksDesaPanel
    from desktop_app.ui.villages.profile_form import ProfileForm

SEARCH_DELAY_MS = 80


class VillagePage(QWidget):
    profile_shown = Signal(str)  # village code

    def __init__(self, start: Workspace | StartData, runner: TaskRunner,
                 parent: Any = None) -> None:
        """``start``: the workspace, or the first window's data until :meth:`attach`."""
        super().__init__(parent)
        self.start, self.runner = start, runner
        self.workspace: Workspace | None = None
        self.form: ProfileForm | None = None
        self._waiting_code: str | None = None  # chosen before the workspace was there
        self.current_code: str | None = None
        self._district_applied = False

        self.search = QLineEdit()
        self.search.setObjectName("villageSearch")
        self.search.setPlaceholderText(self.tr("Cari nama atau kode desa… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.regency = QComboBox()
        self.regency.setObjectName("regencyFilter")
        self.regency.addItem(all_regencies_label(), None)
        self.district = QComboBox()
        self.district.setObjectName("districtFilter")
        self.district.addItem(self.tr("Semua kecamatan"), None)
        self.kind = QComboBox()
        self.kind.setObjectName("kindFilter")
        for label, code in ((self.tr("Semua jenis"), None), (self.tr("Desa"), "desa"),
                            (self.tr("Kampung"), "kampung"), (self.tr("Kelurahan"), "kelurahan")):
            self.kind.addItem(label, code)
        self.count = QLabel()
        self.count.setObjectName("villageCount")

        self.model = VillageTableModel(start.reader, runner, self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda e: report_error(self, e, self.tr("Mencari desa")))
        self.table = paged_table_view("villageTable", self.model)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setColumnWidth(0, 120)
        self.table.setColumnWidth(1, 170)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        # The IDM and APBDes tabs are built when first shown or used (see ``idm``).
        self._idm: VillageIdmPanel | None = None
        self._apbdes: VillageApbdesPanel | None = None
        self._indeks_desa: VillageIndeksDesaPanel | None = None
        self._village: tuple[str, str] | None = None  # code and name of the open village
        self.details = QTabWidget()
        self.details.setObjectName("villageDetails")
        self.details.addTab(QWidget(), self.tr("Profil"))  # the form, once attached
        self.details.addTab(QWidget(), self.tr("IDM"))
        self.details.addTab(QWidget(), self.tr("APBDes"))
        self.details.addTab(QWidget(), self.tr("Indeks Desa"))
        self.details.setTabToolTip(3, self.tr("Indeks Desa (Permendesa PDT 9/2024): kuesioner, "
                                              "skor per dimensi, jalan ke status berikutnya"))
        self.details.currentChanged.connect(self._tab_shown)

        # The filters may narrow (their lists stay wide) so the list gives way to the profile.
        for combo in (self.regency, self.district, self.kind):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
            combo.setToolTip(combo.currentText())
            combo.currentTextChanged.connect(combo.setToolTip)
        filters = QHBoxLayout()
        filters.addWidget(self.regency, 1)
        filters.addWidget(self.district, 1)
        filters.addWidget(self.kind)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setSizes([500, 680])  # the profile's tabs need the room more than the list
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._focus_table)
        self.regency.currentIndexChanged.connect(self._regency_changed)
        self.district.currentIndexChanged.connect(self.apply_filter)
        self.kind.currentIndexChanged.connect(self.apply_filter)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self.search.clear)
        follow_changes(runner.changes, self, (Change.VILLAGES, Change.SYNC_PULL,
                                              Change.WORKING_AREA, Change.IDM),
                       self._data_changed)

        self.refresh()
        if hasattr(start, "db"):
            self.attach(start)  # type: ignore[arg-type]

    def attach(self, workspace: Workspace) -> None:
        """The workspace is open: the profile form and the tabs can be built; a village
        chosen meanwhile opens now."""
        from desktop_app.ui.villages.profile_form import ProfileForm

        self.workspace = self.start = workspace
        self.form = ProfileForm(workspace, self.runner, self)
        self.form.saved.connect(self._saved)
        placeholder = self.details.widget(0)
        current = self.details.currentIndex()
        self.details.blockSignals(True)
        self.details.removeTab(0)
        self.details.insertTab(0, self.form, self.tr("Profil"))
        self.details.setCurrentIndex(current)
        self.details.blockSignals(False)
        placeholder.deleteLater()
        self._tab_shown(current)
        if self._waiting_code is not None:
            code, self._waiting_code = self._waiting_code, None
            self.open_village(code)

    # -- tabs built on first use ---------------------------------------------------
    def _open_workspace(self) -> Workspace:
        if self.workspace is None:
            raise RuntimeError("the workspace is not open yet (see VillagePage.attach)")
        return self.workspace

    @property
    def idm(self) -> VillageIdmPanel:
        if self._idm is None:
            from desktop_app.ui.idm.village_idm import VillageIdmPanel

            self._idm = VillageIdmPanel(self._open_workspace(), self.runner, self)
            self._place_tab(1, self._idm, self.tr("IDM"))
        return self._idm

    @property
    def apbdes(self) -> VillageApbdesPanel:
        if self._apbdes is None:
            from desktop_app.ui.apbdes.budget_panel import VillageApbdesPanel

            self._apbdes = VillageApbdesPanel(self._open_workspace(), self.runner, parent=self)
            self._place_tab(2, self._apbdes, self.tr("APBDes"))
        return self._apbdes

    @property
    def indeks_desa(self) -> VillageIndeksDesaPanel:
        if self._indeks_desa is None:
            from desktop_app.ui.indeks_desa.village_panel import VillageIndeksDesaPanel

            self._indeks_desa = VillageIndeksDesaPanel(self._open_workspace(), self.runner, self)
            self._place_tab(3, self._indeks_desa, self.tr("Indeks Desa"))
        return self._indeks_desa

    def _place_tab(self, index: int, panel: Any, label: str) -> None:
        """Put a newly built panel in place of its placeholder tab; show the open village."""
        placeholder = self.details.widget(index)
        current = self.details.currentIndex()
        self.details.blockSignals(True)
        self.details.removeTab(index)
        self.details.insertTab(index, panel, label)
        self.details.setCurrentIndex(current)
        self.details.blockSignals(False)
        placeholder.deleteLater()
        if self._village is not None:
            panel.show_village(*self._village)

    def _tab_shown(self, index: int) -> None:
        if self.workspace is None:
            return  # built by attach
        if index == 1:
            self.idm  # noqa: B018 - builds the tab
        elif index == 2:
            self.apbdes  # noqa: B018
        elif index == 3:
            self.indeks_desa  # noqa: B018

    # -- filters -------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the kabupaten list and the villages (after an import, for example)."""
        load_regencies(self.start.reader, self.runner, self.regency, self)
        self.apply_filter()

    def reapply_working_area(self) -> None:
        self._district_applied = False
        forget_working_area(self.regency)
        self.refresh()

    def _data_changed(self, changes: ChangeSet) -> None:
        """Another screen changed what this page shows (see :mod:`desktop_app.ui.changes`):
        the list opens on a new working area or reloads; the open village's IDM is re-read."""
        if changes.touches((Change.WORKING_AREA,)):
            self.reapply_working_area()
        elif changes.touches((Change.VILLAGES, Change.SYNC_PULL)):
            self.refresh()
        if changes.touches((Change.IDM,)) and self.current_code:
            self.open_village(self.current_code)

    def _regency_changed(self) -> None:
        code = self.regency.currentData()
        self.district.blockSignals(True)
        self.district.clear()
        self.district.addItem(self.tr("Semua kecamatan"), None)
        self.district.blockSignals(False)
        if code:
            reader = self.start.reader

            def work(_control: Any) -> tuple[list[tuple[str, str]], str | None]:
                with reader.reading() as conn:
                    return list_districts(conn, code), working_district(conn, code)

            self.runner.submit(work, self._fill_districts,
                               lambda e: report_error(self, e, self.tr("Memuat kecamatan")))
        self.apply_filter()

    def _fill_districts(self, found: tuple[list[tuple[str, str]], str | None]) -> None:
        districts, area = found
        self.district.blockSignals(True)
        for code, name in districts:
            self.district.addItem(name, code)
        self.district.blockSignals(False)
        if area and not self._district_applied:  # the wizard's kecamatan, once
            wanted = {_district_name(part) for part in area.replace(";", ",").split(",")}
            matches = [code for code, name in districts if _district_name(name) in wanted]
            if len(matches) == 1:  # several kecamatan: the kabupaten filter says enough
                self._district_applied = True
                self.district.setCurrentIndex(self.district.findData(matches[0]))

    def current_filter(self) -> VillageFilter:
        return VillageFilter(text=self.search.text(), regency_code=self.regency.currentData(),
                             district_code=self.district.currentData(),
                             kind=self.kind.currentData())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    def _loaded(self, total: int) -> None:
        if total == 0 and not any(vars(self.current_filter()).values()):
            self.count.setText(self.tr(
                "Belum ada daftar desa. Impor daftar wilayah lewat Berkas → Impor daftar "
                "wilayah… (Ctrl+I)."))
        else:
            self.count.setText(self.tr("{count} desa/kelurahan").format(
                count=f"{total:,}".replace(",", ".")))
        self._select_code(self.current_code)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_table(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    # -- opening a profile ---------------------------------------------------------
    def _row_changed(self, current: Any, _previous: Any) -> None:
        code = self.model.code_at(current.row()) if current.isValid() else None
        if code is None or code == self.current_code:
            return
        if self.form is None or not self.form.dirty:
            self.open_village(code)
            return
        answer = ask_unsaved_changes(self)
        if answer == QMessageBox.StandardButton.Save:
            self.form.save(after=lambda: self.open_village(code))
        elif answer == QMessageBox.StandardButton.Discard:
            self.open_village(code)
        else:
            self._select_code(self.current_code)

    def _select_code(self, code: str | None) -> None:
        row = self.model.row_of(code) if code else None
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row is None:
            selection.clearSelection()
        else:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        selection.blockSignals(False)

    def show_village(self, code: str) -> None:
        """Open ``code``'s profile when another section asks (a click on the map), asking
        first about unsaved changes as choosing another row does."""
        if code == self.current_code:
            return
        button = QMessageBox.StandardButton
        answer = ask_unsaved_changes(self) if self.form and self.form.dirty else button.Discard
        if answer == button.Save and self.form is not None:
            self.form.save(after=lambda: self.open_village(code))
        elif answer == button.Discard:
            self.open_village(code)

    def open_village(self, code: str) -> None:
        self.current_code = code
        if self.workspace is None:
            self._waiting_code = code  # opened by attach
            return
        db = self.workspace.db
        row = self.model.row_of(code)
        name = self.model.rows[row].name if row is not None else code
        self._village = (code, name)
        for panel in (self._idm, self._apbdes, self._indeks_desa):
            if panel is not None:
                panel.show_village(code, name)

        def work(_control: Any) -> VillageProfileView:
            from desktop_app.core.villages.profile import load_profile

            with db.reading() as session:
                return load_profile(session, code)

        self.runner.submit(work, self._show,
                           lambda e: report_error(self, e, self.tr("Membuka profil desa")))

    def _show(self, view: VillageProfileView) -> None:
        if view.identity.code != self.current_code or self.form is None:
            return
        self.form.show_profile(view)
        self.profile_shown.emit(view.identity.code)

    def _saved(self, code: str) -> None:
        if code == self.current_code:
            self.open_village(code)  # shows the new history


def ask_unsaved_changes(parent: QWidget) -> QMessageBox.StandardButton:
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    return QMessageBox.question(
        parent, QCoreApplication.translate("VillagePage", "Perubahan belum disimpan"),
        QCoreApplication.translate(
            "VillagePage", "Profil desa ini punya perubahan yang belum disimpan. Simpan sekarang?"),
        buttons, QMessageBox.StandardButton.Save)


def _district_name(text: str) -> str:
    """'Kec. Batu Sopang', 'kecamatan batu sopang' and 'Batu Sopang' are one kecamatan."""
    name = " ".join(text.split()).casefold()
    for prefix in ("kecamatan ", "kec. ", "kec "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name
