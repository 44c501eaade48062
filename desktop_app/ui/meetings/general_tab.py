"""The meeting form's first tab (*Rapat*): kind, title, date and time, place, who chaired
and who took the notes, the villages and agencies concerned, notes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from desktop_app.core.meetings.entry import MeetingDraft, kind_labels
from desktop_app.core.workspace import Workspace
from desktop_app.ui.tasks import TaskRunner
from desktop_app.ui.villages.picker import VillagePicker

PEOPLE = ("chair_name", "chair_position", "chair_nip", "note_taker_name",
          "note_taker_position", "note_taker_nip")


class MeetingGeneralTab(QWidget):
    def __init__(self, workspace: Workspace, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        for code, label in kind_labels().items():
            self.kind.addItem(label, code)
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setMaxLength(300)
        self.date = QDateEdit()
        self.date.setObjectName("meeting_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.start_time = QLineEdit()
        self.end_time = QLineEdit()
        self.place = QLineEdit()
        self.people: dict[str, QLineEdit] = {}
        for name in PEOPLE:
            self.people[name] = QLineEdit()
            self.people[name].setObjectName(name)
        self.villages = VillagePicker(workspace, runner, self)
        self.villages.setObjectName("meetingVillages")
        self.villages.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.agencies = QPlainTextEdit()
        self.agencies.setMaximumHeight(60)
        self.agencies.setPlaceholderText(self.tr("satu instansi per baris"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        form = QFormLayout(self)
        form.addRow(self.tr("Jenis rapat"), self.kind)
        form.addRow(self.tr("Judul/tema *"), self.title)
        form.addRow(self.tr("Tanggal *"), self.date)
        form.addRow(self.tr("Waktu"), self._times())
        form.addRow(self.tr("Tempat"), self.place)
        form.addRow(self.tr("Pimpinan rapat"), self.people["chair_name"])
        form.addRow(self.tr("Jabatan pimpinan"), self.people["chair_position"])
        form.addRow(self.tr("NIP pimpinan"), self.people["chair_nip"])
        form.addRow(self.tr("Notulis"), self.people["note_taker_name"])
        form.addRow(self.tr("Jabatan notulis"), self.people["note_taker_position"])
        form.addRow(self.tr("NIP notulis"), self.people["note_taker_nip"])
        form.addRow(self.tr("Desa terkait"), self.villages)
        form.addRow(self.tr("Instansi terkait"), self.agencies)
        form.addRow(self.tr("Catatan"), self.notes)

    def _times(self) -> QWidget:
        for editor in (self.start_time, self.end_time):
            editor.setPlaceholderText("09.00")
            editor.setMaximumWidth(80)
        times_box = QWidget()
        times_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        times = QHBoxLayout(times_box)
        times.setContentsMargins(0, 0, 0, 0)
        times.addWidget(self.start_time)
        times.addWidget(QLabel(self.tr("s.d.")))
        times.addWidget(self.end_time)
        times.addWidget(QLabel("WITA"))
        times.addStretch(1)
        return times_box

    def watch(self, changed: Callable[..., None]) -> None:
        """Call ``changed`` on every edit the user makes here."""
        for editor in (self.title, self.start_time, self.end_time, self.place,
                       *self.people.values()):
            editor.textEdited.connect(changed)
        self.villages.changed.connect(changed)
        for text in (self.agencies, self.notes):
            text.textChanged.connect(changed)
        self.kind.currentIndexChanged.connect(changed)
        self.date.dateChanged.connect(changed)

    def fill(self, draft: MeetingDraft, village_names: dict[str, str]) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind)))
        self.title.setText(draft.title)
        self.date.setDate(QDate.fromString(draft.meeting_date, "dd-MM-yyyy"))
        self.start_time.setText(draft.start_time)
        self.end_time.setText(draft.end_time)
        self.place.setText(draft.place)
        for name, editor in self.people.items():
            editor.setText(getattr(draft, name))
        self.villages.set_villages([(code, village_names.get(code, code))
                                    for code in draft.village_codes])
        self.agencies.setPlainText("\n".join(draft.agencies))
        self.notes.setPlainText(draft.notes)

    def values(self) -> dict[str, Any]:
        """The tab's part of a :class:`MeetingDraft`, as typed."""
        return dict(
            kind=self.kind.currentData(), title=self.title.text(),
            meeting_date=self.date.date().toString("dd-MM-yyyy"),
            start_time=self.start_time.text(), end_time=self.end_time.text(),
            place=self.place.text(),
            **{name: editor.text() for name, editor in self.people.items()},
            village_codes=self.villages.codes(),
            agencies=self.agencies.toPlainText().splitlines(), notes=self.notes.toPlainText())
