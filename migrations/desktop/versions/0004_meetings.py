"""Meetings: participants, agenda items, agreements and action items.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def sync_columns() -> list[sa.Column]:
    """The sync metadata of DESIGN §4, as frozen in this revision."""
    return [
        sa.Column("id", sa.String(36)),
        sa.Column("hlc", sa.String(64), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(120), nullable=False),
    ]


def _child(table: str, *columns: sa.Column, **extra: sa.ForeignKeyConstraint) -> None:
    op.create_table(
        table,
        *sync_columns(),
        sa.Column("meeting_id", sa.String(36), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        *columns,
        sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"],
                                name=f"fk_{table}_meeting_id_meeting"),
        *extra.values(),
    )
    op.create_index(f"ix_{table}_meeting_id", table, ["meeting_id"])


def upgrade() -> None:
    op.create_table(
        "meeting",
        *sync_columns(),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("meeting_date", sa.String(10), nullable=False),
        sa.Column("start_time", sa.String(5)),
        sa.Column("end_time", sa.String(5)),
        sa.Column("place", sa.String(300)),
        sa.Column("chair_name", sa.String(200)),
        sa.Column("chair_position", sa.String(200)),
        sa.Column("chair_nip", sa.String(30)),
        sa.Column("note_taker_name", sa.String(200)),
        sa.Column("note_taker_position", sa.String(200)),
        sa.Column("note_taker_nip", sa.String(30)),
        sa.Column("village_codes", sa.JSON(), nullable=False),
        sa.Column("agencies", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_meeting"),
    )
    op.create_index("ix_meeting_meeting_date", "meeting", ["meeting_date"])
    _child(
        "meeting_participant",
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("position", sa.String(200)),
        sa.Column("institution", sa.String(300)),
        sa.Column("contact", sa.String(100)),
        sa.Column("present", sa.Boolean(), nullable=False),
    )
    _child(
        "meeting_agenda_item",
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("discussion", sa.Text()),
    )
    _child("meeting_agreement", sa.Column("text", sa.Text(), nullable=False))
    _child(
        "meeting_action_item",
        sa.Column("actor_kind", sa.String(10), nullable=False),
        sa.Column("actor", sa.String(300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("due_date", sa.String(10)),
        sa.Column("village_code", sa.String(13)),
        sa.Column("status", sa.String(15), nullable=False),
        village_fk=sa.ForeignKeyConstraint(
            ["village_code"], ["village.code"],
            name="fk_meeting_action_item_village_code_village"),
    )
    op.create_index("ix_meeting_action_item_status", "meeting_action_item", ["status"])


def downgrade() -> None:
    for table in ("meeting_action_item", "meeting_agreement", "meeting_agenda_item",
                  "meeting_participant"):
        op.drop_index(f"ix_{table}_meeting_id", table_name=table)
        op.drop_table(table)
    op.drop_index("ix_meeting_meeting_date", table_name="meeting")
    op.drop_table("meeting")
