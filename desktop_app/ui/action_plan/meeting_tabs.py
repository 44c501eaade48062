"""The meeting form's Rencana Aksi tabs: "Intervensi" (agreements as interventions and the
review of open ones) and, for a musdes or public consultation, "Musdes" (attendance and
proposals). They follow the meeting the form shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget

from desktop_app.core.action_plan.musdes import MUSDES_KINDS
from desktop_app.core.workspace import Workspace
from desktop_app.ui.action_plan.meeting_panel import MeetingInterventionsPanel
from desktop_app.ui.action_plan.musdes_panel import MusdesPanel
from desktop_app.ui.tasks import TaskRunner


class MeetingPlanTabs:
    """Adds the tabs to ``tabs`` (before its last one, the attachments); call
    :meth:`show_meeting` whenever the form shows a meeting (its view, or None for new)."""

    def __init__(self, tabs: QTabWidget, workspace: Workspace, runner: TaskRunner) -> None:
        self.tabs = tabs
        self.interventions = MeetingInterventionsPanel(workspace, runner)
        self.musdes = MusdesPanel(workspace, runner)
        at = max(0, tabs.count() - 1)
        tabs.insertTab(at, self.interventions,
                       QCoreApplication.translate("MeetingPlanTabs", "Intervensi"))
        tabs.insertTab(at + 1, self.musdes,
                       QCoreApplication.translate("MeetingPlanTabs", "Musdes"))

    def show_meeting(self, view: Any | None) -> None:
        meeting = view.meeting if view is not None else None
        meeting_id = meeting.id if meeting is not None else None
        villages = [(code, view.village_names.get(code, code))
                    for code in meeting.village_codes] if meeting is not None else []
        year = meeting.meeting_date.year if meeting is not None else None
        self.interventions.show_meeting(meeting_id, villages, year)
        self.musdes.show_meeting(meeting_id, villages)
        index = self.tabs.indexOf(self.musdes)
        self.tabs.setTabVisible(index, meeting is not None and meeting.kind in MUSDES_KINDS)
