"""Supervision visits, findings and their follow-up, attachments; semester report dates.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
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


def _village_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["village_code"], ["village.code"],
                                   name=f"fk_{table}_village_code_village")


def upgrade() -> None:
    with op.batch_alter_table("apbdes_budget") as batch:
        batch.add_column(sa.Column("semester_1_reported_on", sa.String(10)))
        batch.add_column(sa.Column("semester_2_reported_on", sa.String(10)))
    op.create_table(
        "supervision_visit",
        *sync_columns(),
        sa.Column("village_code", sa.String(13), nullable=False),
        sa.Column("visit_date", sa.String(10), nullable=False),
        sa.Column("officers", sa.JSON(), nullable=False),
        sa.Column("purpose", sa.Text()),
        sa.Column("inspected_line_ids", sa.JSON(), nullable=False),
        sa.Column("inspected", sa.Text()),
        sa.Column("notes", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_supervision_visit"),
        _village_fk("supervision_visit"),
    )
    op.create_index("ix_supervision_visit_village_code_visit_date", "supervision_visit",
                    ["village_code", "visit_date"])
    op.create_table(
        "supervision_finding",
        *sync_columns(),
        sa.Column("village_code", sa.String(13), nullable=False),
        sa.Column("visit_id", sa.String(36)),
        sa.Column("budget_line_id", sa.String(36)),
        sa.Column("found_on", sa.String(10), nullable=False),
        sa.Column("category", sa.String(20), nullable=False),
        sa.Column("severity", sa.String(10), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("recommendation", sa.Text()),
        sa.Column("responsible", sa.String(300)),
        sa.Column("deadline", sa.String(10)),
        sa.Column("status", sa.String(15), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_supervision_finding"),
        _village_fk("supervision_finding"),
        sa.ForeignKeyConstraint(["visit_id"], ["supervision_visit.id"],
                                name="fk_supervision_finding_visit_id_supervision_visit"),
    )
    for name, columns in (("village_code", ["village_code"]),
                          ("status_deadline", ["status", "deadline"]),
                          ("category", ["category"]), ("found_on", ["found_on"]),
                          ("visit_id", ["visit_id"])):
        op.create_index(f"ix_supervision_finding_{name}", "supervision_finding", columns)
    op.create_table(
        "supervision_finding_status",
        *sync_columns(),
        sa.Column("finding_id", sa.String(36), nullable=False),
        sa.Column("status", sa.String(15), nullable=False),
        sa.Column("changed_on", sa.String(10), nullable=False),
        sa.Column("changed_by", sa.String(120), nullable=False),
        sa.Column("note", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_supervision_finding_status"),
        sa.ForeignKeyConstraint(
            ["finding_id"], ["supervision_finding.id"],
            name="fk_supervision_finding_status_finding_id_supervision_finding"),
    )
    op.create_index("ix_supervision_finding_status_finding_id", "supervision_finding_status",
                    ["finding_id"])
    op.create_table(
        "attachment",
        *sync_columns(),
        sa.Column("village_code", sa.String(13), nullable=False),
        sa.Column("record_table", sa.String(64), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("file_name", sa.String(200)),
        sa.Column("mime_type", sa.String(100)),
        sa.Column("size", sa.BigInteger()),
        sa.PrimaryKeyConstraint("id", name="pk_attachment"),
        _village_fk("attachment"),
    )
    for name in ("village_code", "record_id", "sha256"):
        op.create_index(f"ix_attachment_{name}", "attachment", [name])


def downgrade() -> None:
    op.drop_table("attachment")
    op.drop_table("supervision_finding_status")
    op.drop_table("supervision_finding")
    op.drop_table("supervision_visit")
    with op.batch_alter_table("apbdes_budget") as batch:
        batch.drop_column("semester_2_reported_on")
        batch.drop_column("semester_1_reported_on")
