"""Security audit log: enrolments, revocations, user changes, bundle imports, failed logins
(the login limits count the failed ones).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("event", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(64)),
        sa.Column("device_id", sa.String(64)),
        sa.Column("subject", sa.String(120)),
        sa.Column("address", sa.String(64)),
        sa.Column("detail", sa.Text),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index("ix_audit_log_event_subject_at", "audit_log", ["event", "subject", "at"])
    op.create_index("ix_audit_log_event_address_at", "audit_log", ["event", "address", "at"])


def downgrade() -> None:
    op.drop_table("audit_log")
