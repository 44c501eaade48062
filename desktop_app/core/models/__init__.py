"""All tables of the desktop database; importing this module registers them."""

from desktop_app.core.models.action_plan import (
    ActionActor,
    ActionIntervention,
    CooperationAgreement,
    InterventionStatusChange,
    MeetingAttendance,
    MeetingProposal,
    PathUpState,
    PathUpStep,
)
from desktop_app.core.models.apbdes import ApbdesBudget, ApbdesLine
from desktop_app.core.models.base import Base, SyncedRow
from desktop_app.core.models.idm import (
    DRAFT,
    OFFICIAL,
    IdmAssessment,
    IdmIndicatorRow,
    IdmTarget,
    IdmTargetVillage,
)
from desktop_app.core.models.index_questionnaire import (
    IndexAnswer,
    IndexOfficialResult,
    IndexQuestionnaire,
    IndexReviewStep,
)
from desktop_app.core.models.local import FieldChange, LocalSetting, OutboxOperation
from desktop_app.core.models.map import MapLayer, MapShape
from desktop_app.core.models.meeting import (
    Meeting,
    MeetingActionItem,
    MeetingAgendaItem,
    MeetingAgreement,
    MeetingParticipant,
)
from desktop_app.core.models.region import District, Province, Regency, Village
from desktop_app.core.models.supervision import (
    Attachment,
    FindingStatusChange,
    SupervisionFinding,
    SupervisionVisit,
)
from desktop_app.core.models.sync_client import SyncConflict, SyncDeferred, SyncFile
from desktop_app.core.models.village_profile import VillagePopulation, VillageProfile

__all__ = [
    "DRAFT",
    "OFFICIAL",
    "ActionActor",
    "ActionIntervention",
    "ApbdesBudget",
    "ApbdesLine",
    "Attachment",
    "Base",
    "CooperationAgreement",
    "District",
    "FieldChange",
    "FindingStatusChange",
    "IdmAssessment",
    "IdmIndicatorRow",
    "IdmTarget",
    "IdmTargetVillage",
    "IndexAnswer",
    "IndexOfficialResult",
    "IndexQuestionnaire",
    "IndexReviewStep",
    "InterventionStatusChange",
    "LocalSetting",
    "MapLayer",
    "MapShape",
    "Meeting",
    "MeetingActionItem",
    "MeetingAgendaItem",
    "MeetingAgreement",
    "MeetingAttendance",
    "MeetingParticipant",
    "MeetingProposal",
    "OutboxOperation",
    "PathUpState",
    "PathUpStep",
    "Province",
    "Regency",
    "SupervisionFinding",
    "SupervisionVisit",
    "SyncConflict",
    "SyncDeferred",
    "SyncFile",
    "SyncedRow",
    "Village",
    "VillagePopulation",
    "VillageProfile",
]
