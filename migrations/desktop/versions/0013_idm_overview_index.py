"""An index for the IDM overview at national scale: villages per status per kabupaten and
year are counted from the index alone, and a year's (sangat) tertinggal villages are found
through it, without reading the assessments' rows (83,762 villages × 5 years).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

COLUMNS = ["kind", "year", "status", "regency_code", "deleted"]


def upgrade() -> None:
    op.create_index("ix_idm_assessment_kind_year_status", "idm_assessment", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_idm_assessment_kind_year_status", table_name="idm_assessment")
