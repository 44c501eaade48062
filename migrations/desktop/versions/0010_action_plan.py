"""Rencana aksi: actors (pelaku), interventions and their status history, cooperation
agreements (kerja sama), musdes attendance by sex and villagers' proposals; a local cache of
each assessment's path to the next status.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
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


def upgrade() -> None:
    op.create_table(
        "action_actor",
        *sync_columns(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("level", sa.String(10), nullable=False),
        sa.Column("region_code", sa.String(13)),
        sa.Column("contact", sa.Text()),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_action_actor"),
    )
    op.create_index("ix_action_actor_region_code", "action_actor", ["region_code"])
    op.create_table(
        "action_intervention",
        *sync_columns(),
        sa.Column("village_code", sa.String(13), nullable=False),
        sa.Column("index_code", sa.String(10), nullable=False),
        sa.Column("element_code", sa.String(20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.String(36)),
        sa.Column("activity", sa.String(300), nullable=False),
        sa.Column("budget", sa.String(24)),
        sa.Column("budget_source", sa.String(20)),
        sa.Column("realised", sa.String(24)),
        sa.Column("planned_start", sa.String(10)),
        sa.Column("planned_end", sa.String(10)),
        sa.Column("actual_start", sa.String(10)),
        sa.Column("actual_end", sa.String(10)),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("meeting_id", sa.String(36)),
        sa.Column("agreement_id", sa.String(36)),
        sa.Column("notes", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_action_intervention"),
        sa.ForeignKeyConstraint(["village_code"], ["village.code"],
                                name="fk_action_intervention_village_code_village"),
    )
    for name, columns in (("village_code_year", ["village_code", "year"]),
                          ("year_status", ["year", "status"]),
                          ("actor_id", ["actor_id"]), ("meeting_id", ["meeting_id"])):
        op.create_index(f"ix_action_intervention_{name}", "action_intervention", columns)
    op.create_table(
        "action_intervention_status",
        *sync_columns(),
        sa.Column("intervention_id", sa.String(36), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("changed_on", sa.String(10), nullable=False),
        sa.Column("changed_by", sa.String(120), nullable=False),
        sa.Column("note", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_action_intervention_status"),
        sa.ForeignKeyConstraint(
            ["intervention_id"], ["action_intervention.id"],
            name="fk_action_intervention_status_intervention_id_action_intervention"),
    )
    op.create_index("ix_action_intervention_status_intervention_id",
                    "action_intervention_status", ["intervention_id"])
    op.create_table(
        "cooperation_agreement",
        *sync_columns(),
        sa.Column("number", sa.String(100), nullable=False),
        sa.Column("signed_on", sa.String(10), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("parties", sa.JSON(), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("period_start", sa.String(10)),
        sa.Column("period_end", sa.String(10)),
        sa.Column("value", sa.String(24)),
        sa.Column("village_codes", sa.JSON(), nullable=False),
        sa.Column("element_codes", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_cooperation_agreement"),
    )
    op.create_table(
        "meeting_attendance",
        *sync_columns(),
        sa.Column("meeting_id", sa.String(36), nullable=False),
        sa.Column("group_name", sa.String(100), nullable=False),
        sa.Column("men", sa.Integer(), nullable=False),
        sa.Column("women", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_meeting_attendance"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"],
                                name="fk_meeting_attendance_meeting_id_meeting"),
    )
    op.create_index("ix_meeting_attendance_meeting_id", "meeting_attendance", ["meeting_id"])
    op.create_table(
        "meeting_proposal",
        *sync_columns(),
        sa.Column("meeting_id", sa.String(36), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("proposer", sa.String(200)),
        sa.Column("village_code", sa.String(13)),
        sa.Column("element_code", sa.String(20)),
        sa.Column("outcome", sa.String(15), nullable=False),
        sa.Column("intervention_id", sa.String(36)),
        sa.Column("answer", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_meeting_proposal"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"],
                                name="fk_meeting_proposal_meeting_id_meeting"),
    )
    op.create_index("ix_meeting_proposal_meeting_id", "meeting_proposal", ["meeting_id"])
    op.create_table(
        "path_up_state",
        sa.Column("assessment_id", sa.String(36), nullable=False),
        sa.Column("hlc", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("assessment_id", name="pk_path_up_state"),
        sa.ForeignKeyConstraint(["assessment_id"], ["idm_assessment.id"], ondelete="CASCADE",
                                name="fk_path_up_state_assessment_id_idm_assessment"),
    )
    op.create_table(
        "path_up_step",
        sa.Column("assessment_id", sa.String(36), nullable=False),
        sa.Column("element_code", sa.String(20), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("assessment_id", "element_code", name="pk_path_up_step"),
        sa.ForeignKeyConstraint(["assessment_id"], ["idm_assessment.id"], ondelete="CASCADE",
                                name="fk_path_up_step_assessment_id_idm_assessment"),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("path_up_step")
    op.drop_table("path_up_state")
    op.drop_table("meeting_proposal")
    op.drop_table("meeting_attendance")
    op.drop_table("cooperation_agreement")
    op.drop_table("action_intervention_status")
    op.drop_table("action_intervention")
    op.drop_table("action_actor")
