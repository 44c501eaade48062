"""Indeks Desa questionnaires (answers, review steps) and official results.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
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


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    referred = target.split(".")[0]
    return sa.ForeignKeyConstraint([column], [target], name=f"fk_{table}_{column}_{referred}")


def upgrade() -> None:
    op.create_table(
        "index_questionnaire",
        *sync_columns(),
        sa.Column("village_code", sa.String(13), nullable=False),
        sa.Column("regency_code", sa.String(5), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("index_code", sa.String(20), nullable=False),
        sa.Column("filled_by", sa.Text()),
        sa.Column("review_state", sa.String(20), nullable=False),
        sa.Column("total", sa.String(24)),
        sa.Column("dimension_scores", sa.JSON()),
        sa.Column("status", sa.String(30)),
        sa.Column("status_provisional", sa.Boolean(), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.Column("definition_version", sa.String(80)),
        sa.PrimaryKeyConstraint("id", name="pk_index_questionnaire"),
        _fk("index_questionnaire", "village_code", "village.code"),
        sa.UniqueConstraint("village_code", "year", "index_code",
                            name="uq_index_questionnaire_village_code_year_index_code"),
    )
    op.create_index("ix_index_questionnaire_regency_code_year", "index_questionnaire",
                    ["regency_code", "year"])
    op.create_table(
        "index_answer",
        *sync_columns(),
        sa.Column("questionnaire_id", sa.String(36), nullable=False),
        sa.Column("village_code", sa.String(13), nullable=False),
        sa.Column("aspect_key", sa.String(12), nullable=False),
        sa.Column("score", sa.Integer()),
        sa.Column("data_source", sa.Text()),
        sa.Column("note", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_index_answer"),
        _fk("index_answer", "questionnaire_id", "index_questionnaire.id"),
        _fk("index_answer", "village_code", "village.code"),
        sa.UniqueConstraint("questionnaire_id", "aspect_key",
                            name="uq_index_answer_questionnaire_id_aspect_key"),
    )
    op.create_table(
        "index_review_step",
        *sync_columns(),
        sa.Column("questionnaire_id", sa.String(36), nullable=False),
        sa.Column("village_code", sa.String(13), nullable=False),
        sa.Column("step", sa.String(20), nullable=False),
        sa.Column("by_name", sa.String(120), nullable=False),
        sa.Column("at", sa.String(19), nullable=False),
        sa.Column("note", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_index_review_step"),
        _fk("index_review_step", "questionnaire_id", "index_questionnaire.id"),
        _fk("index_review_step", "village_code", "village.code"),
    )
    op.create_index("ix_index_review_step_questionnaire_id", "index_review_step",
                    ["questionnaire_id"])
    op.create_table(
        "index_official_result",
        sa.Column("id", sa.String(36)),
        sa.Column("village_code", sa.String(13), nullable=False),
        sa.Column("regency_code", sa.String(5), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("index_code", sa.String(20), nullable=False),
        sa.Column("total", sa.String(24)),
        sa.Column("dimension_scores", sa.JSON()),
        sa.Column("status", sa.String(30)),
        sa.Column("source", sa.String(300)),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_index_official_result"),
        _fk("index_official_result", "village_code", "village.code"),
        sa.UniqueConstraint("village_code", "year", "index_code",
                            name="uq_index_official_result_village_code_year_index_code"),
    )
    op.create_index("ix_index_official_result_regency_code_year", "index_official_result",
                    ["regency_code", "year"])


def downgrade() -> None:
    op.drop_table("index_official_result")
    op.drop_table("index_review_step")
    op.drop_table("index_answer")
    op.drop_table("index_questionnaire")
