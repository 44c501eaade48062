"""The meetings section (*Rapat & Notulen*): the list of meetings beside the meeting form."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop_app.core.workspace import Workspace
from desktop_app.ui.meetings.form import MeetingForm
from desktop_app.ui.meetings.listing import MeetingList
from desktop_app.ui.tasks import TaskRunner


class MeetingsPage(QWidget):
    """Picking a meeting in the list opens it in the form (once unsaved edits are settled);
    the list marks the meeting the form shows and follows saved and deleted meetings."""

    def __init__(self, workspace: Workspace, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self.list = MeetingList(workspace, runner)
        self.form = MeetingForm(workspace, runner)
        self.list.picked.connect(self._picked)
        self.list.new_requested.connect(self.new_meeting)
        self.form.meeting_shown.connect(lambda meeting_id: self.list.select(meeting_id or None))
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([430, 770])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.list.refresh()

    def _picked(self, meeting_id: str) -> None:
        if self.form.confirm_discard():
            self.form.open_meeting(meeting_id)
        else:
            self.list.select(self.form.current_id)

    def new_meeting(self) -> None:
        self.form.new_meeting()

    def confirm_discard(self) -> bool:
        """True when the form has nothing unsaved, or the user agrees to drop it."""
        return self.form.confirm_discard()
