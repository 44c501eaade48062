"""IDM assessments keep the village code their source published when it has since changed
(copied from the desktop core, desktop revision 0009).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("idm_assessment", sa.Column("published_code", sa.String(13)))


def downgrade() -> None:
    with op.batch_alter_table("idm_assessment") as batch:
        batch.drop_column("published_code")
