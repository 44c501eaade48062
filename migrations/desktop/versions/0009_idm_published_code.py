"""IDM assessments keep the village code their source published when it has since changed
(an official file under an old code, imported under the current one through a code map).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A nullable column: SQLite adds it in place, without copying the table.
    op.add_column("idm_assessment", sa.Column("published_code", sa.String(13)))


def downgrade() -> None:
    with op.batch_alter_table("idm_assessment") as batch:
        batch.drop_column("published_code")
