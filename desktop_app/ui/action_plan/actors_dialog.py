"""The actor registry (pelaku) and the mapping of the rumusan's unresolved names to actors,
done once per name (it becomes an alias)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.action_plan.actors import (
    UnresolvedName,
    add_alias,
    list_actors,
    save_actor,
    unresolved_names,
    user_scope,
)
from desktop_app.core.action_plan.entry import ActorDraft, CleanActor
from desktop_app.core.action_plan.labels import kind_labels
from desktop_app.core.idm.export import LEVEL_NAMES
from desktop_app.core.workspace import Workspace
from desktop_app.ui.action_plan.changes import PLAN_CHANGED
from desktop_app.ui.action_plan.rows_model import RowsModel
from desktop_app.ui.messages import report_error
from desktop_app.ui.tasks import TaskRunner


def _view(name: str, model: RowsModel, stretch: int) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class ActorsDialog(QDialog):
    changed = Signal()  # an actor or alias was saved
    loaded = Signal()

    def __init__(self, workspace: Workspace, runner: TaskRunner, region: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.region = workspace, runner, region
        self.scope: list[str] | None = None
        self.actor_id: str | None = None
        self.setWindowTitle(self.tr("Pelaku (mitra sinergi)"))
        self.resize(900, 620)
        kinds = kind_labels()
        self.actors_model = RowsModel([
            (self.tr("Nama"), lambda a: a.name),
            (self.tr("Jenis"), lambda a: kinds.get(a.kind, a.kind)),
            (self.tr("Wilayah"), lambda a: a.region_code or self.tr("nasional")),
            (self.tr("Nama lain di rumusan"), lambda a: ", ".join(a.aliases)),
        ], self)
        self.actors_table = _view("actorTable", self.actors_model, 0)
        self.actors_table.clicked.connect(self._edit)
        self.name = QLineEdit()
        self.name.setObjectName("actorName")
        self.kind = QComboBox()
        self.kind.setObjectName("actorKind")
        for code, label in kinds.items():
            self.kind.addItem(label, code)
        self.region_code = QLineEdit()
        self.region_code.setObjectName("actorRegion")
        self.region_code.setPlaceholderText(self.tr(
            "64 (provinsi), 64.01 (kabupaten) atau kode desa; kosong: nasional"))
        self.contact = QLineEdit()
        self.contact.setObjectName("actorContact")
        self.aliases = QLineEdit()
        self.aliases.setObjectName("actorAliases")
        self.aliases.setPlaceholderText(self.tr("dipisah koma, mis. DINKES, Dinkes Kab"))
        form = QFormLayout()
        form.addRow(self.tr("Nama"), self.name)
        form.addRow(self.tr("Jenis"), self.kind)
        form.addRow(self.tr("Wilayah kerja"), self.region_code)
        form.addRow(self.tr("Kontak"), self.contact)
        form.addRow(self.tr("Nama lain"), self.aliases)
        self.errors = QLabel()
        self.errors.setObjectName("actorErrors")
        self.errors.setStyleSheet("color: #c0392b")
        self.errors.setWordWrap(True)
        new = QPushButton(self.tr("Pelaku baru"))
        new.clicked.connect(self._clear)
        save = QPushButton(self.tr("Simpan pelaku"))
        save.setObjectName("saveActor")
        save.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(save)
        row.addStretch()
        registry = QWidget()
        registry_layout = QVBoxLayout(registry)
        registry_layout.addWidget(self.actors_table, 1)
        registry_layout.addLayout(form)
        registry_layout.addWidget(self.errors)
        registry_layout.addLayout(row)

        self.unresolved_model = RowsModel([
            (self.tr("Tingkat"), lambda u: LEVEL_NAMES.get(u.level, u.level)),
            (self.tr("Nama di rumusan"), lambda u: u.name),
            (self.tr("Kabupaten"), lambda u: u.regency_code),
            (self.tr("Desa"), lambda u: u.villages),
        ], self, align_right=(3,))
        self.unresolved_table = _view("unresolvedTable", self.unresolved_model, 1)
        self.map_to = QComboBox()
        self.map_to.setObjectName("mapTo")
        self.map_to.setMinimumContentsLength(40)
        map_button = QPushButton(self.tr("Petakan ke pelaku ini"))
        map_button.setObjectName("mapName")
        map_button.clicked.connect(self.map_selected)
        mapping = QHBoxLayout()
        mapping.addWidget(self.map_to, 1)
        mapping.addWidget(map_button)
        unresolved = QWidget()
        unresolved_layout = QVBoxLayout(unresolved)
        unresolved_layout.addWidget(QLabel(self.tr(
            "Nama pelaku di rumusan IDM yang belum dikenali. Petakan sekali; nama itu menjadi "
            "nama lain pelaku yang dipilih.")))
        unresolved_layout.addWidget(self.unresolved_table, 1)
        unresolved_layout.addLayout(mapping)
        self.tabs = QTabWidget()
        self.tabs.addTab(registry, self.tr("Daftar pelaku"))
        self.tabs.addTab(unresolved, self.tr("Nama belum dikenali"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        db, region = self.workspace.db, self.region

        def work(_control: Any) -> tuple[list[CleanActor], list[UnresolvedName], Any]:
            with db.reading() as session:
                scope = user_scope(session)
                return (list_actors(session, None, scope),
                        unresolved_names(session, region if region and len(region) == 5
                                         else None), scope)

        self.runner.submit(work, self._show,
                           lambda e: report_error(self, e, self.tr("Memuat pelaku")))

    def _show(self, found: tuple[list[CleanActor], list[UnresolvedName], Any]) -> None:
        actors, unresolved, self.scope = found
        self.actors_model.set_rows(actors)
        self.unresolved_model.set_rows(unresolved)
        self.map_to.clear()
        for actor in actors:
            self.map_to.addItem(f"{actor.name} ({actor.region_code or self.tr('nasional')})",
                                actor.id)
        self.tabs.setTabText(1, self.tr("Nama belum dikenali ({count})").format(
            count=len(unresolved)))
        self.loaded.emit()

    def _edit(self, index: QModelIndex) -> None:
        actor: CleanActor = self.actors_model.rows[index.row()]
        self.actor_id = actor.id
        self.name.setText(actor.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(actor.kind)))
        self.region_code.setText(actor.region_code or "")
        self.contact.setText(actor.contact or "")
        self.aliases.setText(", ".join(actor.aliases))

    def _clear(self) -> None:
        self.actor_id = None
        for field in (self.name, self.region_code, self.contact, self.aliases):
            field.clear()
        self.errors.clear()

    def save(self) -> None:
        draft = ActorDraft(self.name.text(), self.kind.currentData(), self.region_code.text(),
                           self.contact.text(),
                           [a.strip() for a in self.aliases.text().split(",") if a.strip()],
                           self.actor_id)
        db, editor, scope = self.workspace.db, self.workspace.editor, self.scope
        self.errors.clear()

        def done(actor_id: str) -> None:
            self.actor_id = actor_id
            self.changed.emit()
            self.reload()

        def failed(error: Exception) -> None:
            messages = getattr(error, "errors", None)
            if messages is None:
                report_error(self, error, self.tr("Menyimpan pelaku"))
            else:
                self.errors.setText("\n".join(e.message for e in messages))

        self.runner.submit(lambda _c: save_actor(db, editor, draft, scope), done, failed,
                           writes=True,
                           changes=PLAN_CHANGED)

    def map_selected(self) -> None:
        rows = self.unresolved_table.selectionModel().selectedRows()
        actor_id = self.map_to.currentData()
        if not rows or actor_id is None:
            return
        name = self.unresolved_model.rows[rows[0].row()].name
        db, editor = self.workspace.db, self.workspace.editor

        def done(_result: Any) -> None:
            self.changed.emit()
            self.reload()

        self.runner.submit(lambda _c: add_alias(db, editor, actor_id, name), done,
                           lambda e: report_error(self, e, self.tr("Memetakan nama")),
                           writes=True,
                           changes=PLAN_CHANGED)
