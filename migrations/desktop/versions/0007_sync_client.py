"""Sync client: outbox status and refusal reason, conflicts to review, held-back values,
files known to be on the server.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_outbox") as batch:
        batch.add_column(sa.Column("status", sa.String(10), nullable=False,
                                   server_default="pending"))
        batch.add_column(sa.Column("reason", sa.Text()))
        batch.create_index("ix_sync_outbox_status", ["status"])
    # Operations pushed before this revision were never sent (no client existed).
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("village_code", sa.String(13)),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("local_value", sa.JSON()),
        sa.Column("local_hlc", sa.String(64)),
        sa.Column("remote_value", sa.JSON()),
        sa.Column("remote_hlc", sa.String(64)),
        sa.Column("kept", sa.String(10), nullable=False),
        sa.Column("reason", sa.String(12), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime()),
        sa.PrimaryKeyConstraint("id", name="pk_sync_conflict"),
    )
    op.create_index("ix_sync_conflict_row_id", "sync_conflict", ["row_id"])
    op.create_index("ix_sync_conflict_resolved_at", "sync_conflict", ["resolved_at"])
    op.create_table(
        "sync_deferred",
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("value", sa.JSON()),
        sa.Column("hlc", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", "field", name="pk_sync_deferred"),
    )


    op.create_table(
        "sync_file",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("uploaded_at", sa.DateTime()),
        sa.Column("downloaded_at", sa.DateTime()),
        sa.PrimaryKeyConstraint("sha256", name="pk_sync_file"),
    )


def downgrade() -> None:
    op.drop_table("sync_file")
    op.drop_table("sync_deferred")
    op.drop_table("sync_conflict")
    with op.batch_alter_table("sync_outbox") as batch:
        batch.drop_index("ix_sync_outbox_status")
        batch.drop_column("reason")
        batch.drop_column("status")
