"""Rencana aksi: who (an actor) agreed to do what (an intervention) for which weak indicator.

An intervention targets one element of an index: ``(index_code, element_code)``, e.g.
``("IDM", "12")`` for IDM indicator 12; an Indeks Desa aspect can be the target later under
its own index code. Amounts are exact decimal text with 2 decimals (``"1234567.50"``), as in
APBDes, so SQL can add them exactly as whole sen. Dates are ISO text.

``path_up_state``/``path_up_step`` are a local, derived cache (never synced): the indicators
of each assessment's path to the next status, so coverage can be asked of SQL.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.core.models.base import Base, SyncedRow

ACTOR_KINDS = ("kementerian", "opd_provinsi", "opd_kabupaten", "pemerintah_desa", "bumdes",
               "csr", "perguruan_tinggi", "lsm")
# The rumusan level (ACTOR_LEVELS of the IDM catalogue) an actor of each kind answers at.
KIND_LEVELS = {"kementerian": "PUSAT", "opd_provinsi": "PROV", "opd_kabupaten": "KAB",
               "pemerintah_desa": "DESA", "bumdes": "DESA", "csr": "CSR",
               "perguruan_tinggi": "LAINNYA", "lsm": "LAINNYA"}
BUDGET_SOURCES = ("apbn", "apbd_provinsi", "apbd_kabupaten", "apbdes", "bantuan_keuangan",
                  "csr", "swadaya", "lainnya")
INTERVENTION_STATUSES = ("diusulkan", "disepakati", "berjalan", "selesai", "batal")
AGREED_STATUSES = ("disepakati", "berjalan", "selesai")  # someone has committed to it
OPEN_STATUSES = ("diusulkan", "disepakati", "berjalan")


class ActionActor(SyncedRow, Base):
    """A ministry, agency (OPD), village government, BUMDes, company, university or NGO.

    ``region_code`` is where it works: None nationwide, ``"64"`` the province, a kabupaten
    or a village code. ``aliases`` are the names official rumusan rows use for it.
    """

    __tablename__ = "action_actor"
    __table_args__ = (Index("ix_action_actor_region_code", "region_code"),)

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    level: Mapped[str] = mapped_column(String(10), nullable=False)
    region_code: Mapped[str | None] = mapped_column(String(13))
    contact: Mapped[str | None] = mapped_column(Text)
    aliases: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)


class ActionIntervention(SyncedRow, Base):
    """A planned intervention on one weak element of one village's index, and its delivery."""

    __tablename__ = "action_intervention"
    __table_args__ = (
        Index("ix_action_intervention_village_code_year", "village_code", "year"),
        Index("ix_action_intervention_year_status", "year", "status"),
        Index("ix_action_intervention_actor_id", "actor_id"),
        Index("ix_action_intervention_meeting_id", "meeting_id"),
    )

    village_code: Mapped[str] = mapped_column(ForeignKey("village.code"), nullable=False)
    index_code: Mapped[str] = mapped_column(String(10), nullable=False)  # "IDM"
    element_code: Mapped[str] = mapped_column(String(20), nullable=False)  # "12"
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    # The actor (action_actor.id); None while only proposed. Not a foreign key: an actor of
    # the province lies elsewhere than the village (see the sync registry).
    actor_id: Mapped[str | None] = mapped_column(String(36))
    activity: Mapped[str] = mapped_column(String(300), nullable=False)
    budget: Mapped[str | None] = mapped_column(String(24))
    budget_source: Mapped[str | None] = mapped_column(String(20))
    realised: Mapped[str | None] = mapped_column(String(24))
    planned_start: Mapped[str | None] = mapped_column(String(10))
    planned_end: Mapped[str | None] = mapped_column(String(10))
    actual_start: Mapped[str | None] = mapped_column(String(10))
    actual_end: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="diusulkan")
    # The meeting that agreed it (meeting.id) and the cooperation agreement it is carried
    # out under (cooperation_agreement.id), if any.
    meeting_id: Mapped[str | None] = mapped_column(String(36))
    agreement_id: Mapped[str | None] = mapped_column(String(36))
    notes: Mapped[str | None] = mapped_column(Text)


class InterventionStatusChange(SyncedRow, Base):
    """One step of an intervention's status, kept forever (insert-only)."""

    __tablename__ = "action_intervention_status"
    __table_args__ = (Index("ix_action_intervention_status_intervention_id",
                            "intervention_id"),)

    intervention_id: Mapped[str] = mapped_column(ForeignKey("action_intervention.id"),
                                                 nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False)
    changed_on: Mapped[str] = mapped_column(String(10), nullable=False)
    changed_by: Mapped[str] = mapped_column(String(120), nullable=False)
    note: Mapped[str | None] = mapped_column(Text)


class PathUpState(Base):
    """Which version (hlc) of an assessment the cached path steps were computed from."""

    __tablename__ = "path_up_state"

    assessment_id: Mapped[str] = mapped_column(
        ForeignKey("idm_assessment.id", ondelete="CASCADE"), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(64), nullable=False)


class PathUpStep(Base):
    """An element of an assessment's path to the next status (``rank`` 1 = largest gain)."""

    __tablename__ = "path_up_step"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 - SQLAlchemy API

    assessment_id: Mapped[str] = mapped_column(
        ForeignKey("idm_assessment.id", ondelete="CASCADE"), primary_key=True)
    element_code: Mapped[str] = mapped_column(String(20), primary_key=True)
    rank: Mapped[int] = mapped_column(Integer, nullable=False)


AGREEMENT_KINDS = ("antar_desa", "bkad", "antar_kabupaten", "pihak_ketiga")
PROPOSAL_OUTCOMES = ("terbuka", "intervensi", "dijawab")


class CooperationAgreement(SyncedRow, Base):
    """A kerja sama desa (Permendagri 96/2017): between villages (directly or through a
    BKAD, across kabupaten) or with a third party (company, university). It lies in its
    first village; interventions carried out under it name it (``agreement_id``)."""

    __tablename__ = "cooperation_agreement"

    number: Mapped[str] = mapped_column(String(100), nullable=False)
    signed_on: Mapped[str] = mapped_column(String(10), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    parties: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    scope: Mapped[str] = mapped_column(Text, nullable=False)  # ruang lingkup
    period_start: Mapped[str | None] = mapped_column(String(10))
    period_end: Mapped[str | None] = mapped_column(String(10))
    value: Mapped[str | None] = mapped_column(String(24))
    village_codes: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    element_codes: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    notes: Mapped[str | None] = mapped_column(Text)


class MeetingAttendance(SyncedRow, Base):
    """Attendance of a musyawarah desa or public consultation by group and sex."""

    __tablename__ = "meeting_attendance"
    __table_args__ = (Index("ix_meeting_attendance_meeting_id", "meeting_id"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False)
    group_name: Mapped[str] = mapped_column(String(100), nullable=False)
    men: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    women: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class MeetingProposal(SyncedRow, Base):
    """A villagers' proposal (usulan) made in a musdes: it becomes an intervention or is
    answered with a reason; until then it is open."""

    __tablename__ = "meeting_proposal"
    __table_args__ = (Index("ix_meeting_proposal_meeting_id", "meeting_id"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False)
    ordinal: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    proposer: Mapped[str | None] = mapped_column(String(200))
    village_code: Mapped[str | None] = mapped_column(String(13))
    element_code: Mapped[str | None] = mapped_column(String(20))
    outcome: Mapped[str] = mapped_column(String(15), nullable=False, default="terbuka")
    intervention_id: Mapped[str | None] = mapped_column(String(36))
    answer: Mapped[str | None] = mapped_column(Text)
