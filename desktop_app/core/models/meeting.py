"""Meetings and their minutes: participants, agenda, agreements and followed-up actions.

Dates are stored as ISO text (``2023-10-23``) and times as ``HH:MM`` so that rows and
their sync payloads stay plain JSON and sort correctly.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.core.models.base import Base, SyncedRow

MEETING_KINDS = ("rapat_teknis", "rapat_koordinasi", "musyawarah_desa", "konsultasi_publik",
                 "fgd", "lainnya")
ACTION_STATUSES = ("open", "in_progress", "done")
ACTOR_KINDS = ("agency", "village")


class Meeting(SyncedRow, Base):
    __tablename__ = "meeting"
    __table_args__ = (Index("ix_meeting_meeting_date", "meeting_date"),)

    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    meeting_date: Mapped[str] = mapped_column(String(10), nullable=False)
    start_time: Mapped[str | None] = mapped_column(String(5))
    end_time: Mapped[str | None] = mapped_column(String(5))
    place: Mapped[str | None] = mapped_column(String(300))
    chair_name: Mapped[str | None] = mapped_column(String(200))
    chair_position: Mapped[str | None] = mapped_column(String(200))
    chair_nip: Mapped[str | None] = mapped_column(String(30))
    note_taker_name: Mapped[str | None] = mapped_column(String(200))
    note_taker_position: Mapped[str | None] = mapped_column(String(200))
    note_taker_nip: Mapped[str | None] = mapped_column(String(30))
    village_codes: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    agencies: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    notes: Mapped[str | None] = mapped_column(Text)


class MeetingParticipant(SyncedRow, Base):
    __tablename__ = "meeting_participant"
    __table_args__ = (Index("ix_meeting_participant_meeting_id", "meeting_id"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False)
    ordinal: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    position: Mapped[str | None] = mapped_column(String(200))
    institution: Mapped[str | None] = mapped_column(String(300))
    contact: Mapped[str | None] = mapped_column(String(100))
    present: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class MeetingAgendaItem(SyncedRow, Base):
    """One agenda item and what was discussed under it."""

    __tablename__ = "meeting_agenda_item"
    __table_args__ = (Index("ix_meeting_agenda_item_meeting_id", "meeting_id"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False)
    ordinal: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    discussion: Mapped[str | None] = mapped_column(Text)


class MeetingAgreement(SyncedRow, Base):
    """A kesepakatan/keputusan of the meeting."""

    __tablename__ = "meeting_agreement"
    __table_args__ = (Index("ix_meeting_agreement_meeting_id", "meeting_id"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False)
    ordinal: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)


class MeetingActionItem(SyncedRow, Base):
    """A follow-up (tindak lanjut): who (an agency or a village), what, by when, status.

    Open items of earlier meetings are shown again in later meetings until done.
    """

    __tablename__ = "meeting_action_item"
    __table_args__ = (
        Index("ix_meeting_action_item_meeting_id", "meeting_id"),
        Index("ix_meeting_action_item_status", "status"),
    )

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False)
    ordinal: Mapped[int] = mapped_column(Integer, nullable=False)
    actor_kind: Mapped[str] = mapped_column(String(10), nullable=False)  # agency | village
    actor: Mapped[str] = mapped_column(String(300), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    due_date: Mapped[str | None] = mapped_column(String(10))
    village_code: Mapped[str | None] = mapped_column(ForeignKey("village.code"))
    status: Mapped[str] = mapped_column(String(15), nullable=False, default="open")
