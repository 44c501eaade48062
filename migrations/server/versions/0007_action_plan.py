"""Rencana aksi syncs: actors (pelaku), interventions and their status history, cooperation
agreements (kerja sama), musdes attendance and proposals (copied from the desktop core).
An actor lies where it works (server-only ``scope_code``: "" nationwide, "64" the
province, a kabupaten or a village) and is visible below it too; a status change lies in
its intervention's village (server-only ``village_code``); an agreement in its first
village; attendance and proposals in their meeting's.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def sync_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("hlc", sa.String(64), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(120), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "action_actor",
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("level", sa.String(10), nullable=False),
        sa.Column("region_code", sa.String(13), nullable=True),
        sa.Column("contact", sa.Text(), nullable=True),
        sa.Column("aliases", sa.JSON(), nullable=False),
        *sync_columns(),
        sa.Column("scope_code", sa.String(13), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_actor")),
    )
    op.create_index("ix_action_actor_region_code", "action_actor", ["region_code"])
    op.create_index("ix_action_actor_scope_code", "action_actor", ["scope_code"])
    op.create_table(
        "action_intervention",
        sa.Column("village_code", sa.String(13), nullable=False),
        sa.Column("index_code", sa.String(10), nullable=False),
        sa.Column("element_code", sa.String(20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.String(36), nullable=True),
        sa.Column("activity", sa.String(300), nullable=False),
        sa.Column("budget", sa.String(24), nullable=True),
        sa.Column("budget_source", sa.String(20), nullable=True),
        sa.Column("realised", sa.String(24), nullable=True),
        sa.Column("planned_start", sa.String(10), nullable=True),
        sa.Column("planned_end", sa.String(10), nullable=True),
        sa.Column("actual_start", sa.String(10), nullable=True),
        sa.Column("actual_end", sa.String(10), nullable=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("meeting_id", sa.String(36), nullable=True),
        sa.Column("agreement_id", sa.String(36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        *sync_columns(),
        sa.ForeignKeyConstraint(["village_code"], ["village.code"],
                                name=op.f("fk_action_intervention_village_code_village")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_intervention")),
    )
    for name, columns in (("village_code_year", ["village_code", "year"]),
                          ("year_status", ["year", "status"]),
                          ("actor_id", ["actor_id"]), ("meeting_id", ["meeting_id"])):
        op.create_index(f"ix_action_intervention_{name}", "action_intervention", columns)
    op.create_table(
        "action_intervention_status",
        sa.Column("intervention_id", sa.String(36), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("changed_on", sa.String(10), nullable=False),
        sa.Column("changed_by", sa.String(120), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        *sync_columns(),
        sa.Column("village_code", sa.String(13), nullable=False),
        sa.ForeignKeyConstraint(
            ["intervention_id"], ["action_intervention.id"],
            name=op.f("fk_action_intervention_status_intervention_id_action_intervention")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_intervention_status")),
    )
    op.create_index("ix_action_intervention_status_intervention_id",
                    "action_intervention_status", ["intervention_id"])
    op.create_index("ix_action_intervention_status_village_code",
                    "action_intervention_status", ["village_code"])


    op.create_table(
        "cooperation_agreement",
        sa.Column("number", sa.String(100), nullable=False),
        sa.Column("signed_on", sa.String(10), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("parties", sa.JSON(), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("period_start", sa.String(10), nullable=True),
        sa.Column("period_end", sa.String(10), nullable=True),
        sa.Column("value", sa.String(24), nullable=True),
        sa.Column("village_codes", sa.JSON(), nullable=False),
        sa.Column("element_codes", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        *sync_columns(),
        sa.Column("scope_code", sa.String(13), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cooperation_agreement")),
    )
    op.create_index("ix_cooperation_agreement_scope_code", "cooperation_agreement",
                    ["scope_code"])
    op.create_table(
        "meeting_attendance",
        sa.Column("meeting_id", sa.String(36), nullable=False),
        sa.Column("group_name", sa.String(100), nullable=False),
        sa.Column("men", sa.Integer(), nullable=False),
        sa.Column("women", sa.Integer(), nullable=False),
        *sync_columns(),
        sa.Column("scope_code", sa.String(13), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"],
                                name=op.f("fk_meeting_attendance_meeting_id_meeting")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_attendance")),
    )
    op.create_index("ix_meeting_attendance_meeting_id", "meeting_attendance", ["meeting_id"])
    op.create_index("ix_meeting_attendance_scope_code", "meeting_attendance", ["scope_code"])
    op.create_table(
        "meeting_proposal",
        sa.Column("meeting_id", sa.String(36), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("proposer", sa.String(200), nullable=True),
        sa.Column("village_code", sa.String(13), nullable=True),
        sa.Column("element_code", sa.String(20), nullable=True),
        sa.Column("outcome", sa.String(15), nullable=False),
        sa.Column("intervention_id", sa.String(36), nullable=True),
        sa.Column("answer", sa.Text(), nullable=True),
        *sync_columns(),
        sa.Column("scope_code", sa.String(13), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"],
                                name=op.f("fk_meeting_proposal_meeting_id_meeting")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_proposal")),
    )
    op.create_index("ix_meeting_proposal_meeting_id", "meeting_proposal", ["meeting_id"])
    op.create_index("ix_meeting_proposal_scope_code", "meeting_proposal", ["scope_code"])


def downgrade() -> None:
    op.drop_table("meeting_proposal")
    op.drop_table("meeting_attendance")
    op.drop_table("cooperation_agreement")
    op.drop_table("action_intervention_status")
    op.drop_table("action_intervention")
    op.drop_table("action_actor")
