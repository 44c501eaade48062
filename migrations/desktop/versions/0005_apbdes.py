"""APBDes budgets and budget lines.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
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
        "apbdes_budget",
        *sync_columns(),
        sa.Column("village_code", sa.String(13), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(10), nullable=False),
        sa.Column("perdes_number", sa.String(100)),
        sa.Column("perdes_date", sa.String(10)),
        sa.PrimaryKeyConstraint("id", name="pk_apbdes_budget"),
        sa.ForeignKeyConstraint(["village_code"], ["village.code"],
                                name="fk_apbdes_budget_village_code_village"),
        sa.UniqueConstraint("village_code", "year", "version",
                            name="uq_apbdes_budget_village_code_year_version"),
    )
    op.create_table(
        "apbdes_line",
        *sync_columns(),
        sa.Column("budget_id", sa.String(36), nullable=False),
        sa.Column("activity_code", sa.String(20), nullable=False),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("source", sa.String(10)),
        sa.Column("budget", sa.String(24), nullable=False),
        sa.Column("realisation_1", sa.String(24), nullable=False),
        sa.Column("realisation_2", sa.String(24), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_apbdes_line"),
        sa.ForeignKeyConstraint(["budget_id"], ["apbdes_budget.id"],
                                name="fk_apbdes_line_budget_id_apbdes_budget"),
        sa.UniqueConstraint("budget_id", "activity_code", "code",
                            name="uq_apbdes_line_budget_id_activity_code_code"),
    )
    op.create_index("ix_apbdes_line_budget_id", "apbdes_line", ["budget_id"])


def downgrade() -> None:
    op.drop_index("ix_apbdes_line_budget_id", table_name="apbdes_line")
    op.drop_table("apbdes_line")
    op.drop_table("apbdes_budget")
