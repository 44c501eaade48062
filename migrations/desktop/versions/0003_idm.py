"""IDM assessments, published indicator rows and status targets.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
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
        "idm_assessment",
        *sync_columns(),
        sa.Column("village_code", sa.String(13), nullable=False),
        sa.Column("regency_code", sa.String(5), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("scores", sa.JSON()),
        sa.Column("published_iks", sa.String(24)),
        sa.Column("published_ike", sa.String(24)),
        sa.Column("published_ikl", sa.String(24)),
        sa.Column("published_idm", sa.String(24)),
        sa.Column("published_status", sa.String(30)),
        sa.Column("status", sa.String(30)),
        sa.Column("idm", sa.String(24)),
        sa.Column("source", sa.String(300)),
        sa.Column("imported_at", sa.DateTime()),
        sa.PrimaryKeyConstraint("id", name="pk_idm_assessment"),
        sa.UniqueConstraint("village_code", "year", "kind",
                            name="uq_idm_assessment_village_code_year_kind"),
        sa.ForeignKeyConstraint(["village_code"], ["village.code"],
                                name="fk_idm_assessment_village_code_village"),
    )
    op.create_index("ix_idm_assessment_regency_code_year", "idm_assessment",
                    ["regency_code", "year"])
    op.create_table(
        "idm_indicator_row",
        sa.Column("assessment_id", sa.String(36)),
        sa.Column("number", sa.Integer()),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("criterion", sa.Text()),
        sa.Column("activity", sa.Text()),
        *(sa.Column(f"actor_{level}", sa.String(300))
          for level in ("pusat", "prov", "kab", "desa", "csr", "lainnya")),
        sa.PrimaryKeyConstraint("assessment_id", "number", name="pk_idm_indicator_row"),
        sa.ForeignKeyConstraint(["assessment_id"], ["idm_assessment.id"], ondelete="CASCADE",
                                name="fk_idm_indicator_row_assessment_id_idm_assessment"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "idm_target",
        *sync_columns(),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("regency_code", sa.String(5)),
        sa.Column("villages_to_lift", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_idm_target"),
        sa.UniqueConstraint("year", "regency_code", name="uq_idm_target_year_regency_code"),
    )
    op.create_table(
        "idm_target_village",
        *sync_columns(),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("village_code", sa.String(13), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_idm_target_village"),
        sa.UniqueConstraint("year", "village_code",
                            name="uq_idm_target_village_year_village_code"),
        sa.ForeignKeyConstraint(["village_code"], ["village.code"],
                                name="fk_idm_target_village_village_code_village"),
    )


def downgrade() -> None:
    for table in ("idm_target_village", "idm_target", "idm_indicator_row", "idm_assessment"):
        op.drop_table(table)
