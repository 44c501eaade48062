"""Region registry, local settings, sync outbox and field history.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


# Substring search over village names (trigram full-text index, kept by triggers).
VILLAGE_NAME_FTS = (
    "CREATE VIRTUAL TABLE village_name_fts USING fts5("
    "name, content='village', content_rowid='rowid', tokenize='trigram')",
    "CREATE TRIGGER village_name_fts_insert AFTER INSERT ON village BEGIN "
    "INSERT INTO village_name_fts(rowid, name) VALUES (new.rowid, new.name); END",
    "CREATE TRIGGER village_name_fts_delete AFTER DELETE ON village BEGIN "
    "INSERT INTO village_name_fts(village_name_fts, rowid, name) "
    "VALUES ('delete', old.rowid, old.name); END",
    "CREATE TRIGGER village_name_fts_update AFTER UPDATE OF name ON village BEGIN "
    "INSERT INTO village_name_fts(village_name_fts, rowid, name) "
    "VALUES ('delete', old.rowid, old.name); "
    "INSERT INTO village_name_fts(rowid, name) VALUES (new.rowid, new.name); END",
)


def upgrade() -> None:
    op.create_table(
        "province",
        sa.Column("code", sa.String(2), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.PrimaryKeyConstraint("code", name="pk_province"),
    )
    op.create_table(
        "regency",
        sa.Column("code", sa.String(5)),
        sa.Column("province_code", sa.String(2), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.PrimaryKeyConstraint("code", name="pk_regency"),
        sa.ForeignKeyConstraint(
            ["province_code"], ["province.code"], name="fk_regency_province_code_province"
        ),
    )
    op.create_table(
        "district",
        sa.Column("code", sa.String(8)),
        sa.Column("regency_code", sa.String(5), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.PrimaryKeyConstraint("code", name="pk_district"),
        sa.ForeignKeyConstraint(
            ["regency_code"], ["regency.code"], name="fk_district_regency_code_regency"
        ),
    )
    op.create_index("ix_district_regency_code", "district", ["regency_code"])
    op.create_table(
        "village",
        sa.Column("code", sa.String(13)),
        sa.Column("code_plain", sa.String(10), nullable=False),
        sa.Column("district_code", sa.String(8), nullable=False),
        sa.Column("regency_code", sa.String(5), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("district_name", sa.String(120), nullable=False),
        sa.Column("regency_name", sa.String(120), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("retired_at", sa.DateTime()),
        sa.PrimaryKeyConstraint("code", name="pk_village"),
        sa.UniqueConstraint("code_plain", name="uq_village_code_plain"),
        sa.ForeignKeyConstraint(
            ["district_code"], ["district.code"], name="fk_village_district_code_district"
        ),
        sa.ForeignKeyConstraint(
            ["regency_code"], ["regency.code"], name="fk_village_regency_code_regency"
        ),
    )
    op.create_index("ix_village_district_code", "village", ["district_code"])
    op.create_index("ix_village_name_code", "village", ["name", "code"])
    op.create_index("ix_village_district_name_code", "village", ["district_name", "code"])
    op.create_index("ix_village_regency_name_code", "village", ["regency_name", "code"])
    op.create_index("ix_village_kind_code", "village", ["kind", "code"])
    op.create_index("ix_village_regency_code_name", "village", ["regency_code", "name"])
    for statement in VILLAGE_NAME_FTS:
        op.execute(statement)

    op.create_table(
        "local_setting",
        sa.Column("key", sa.String(64)),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_local_setting"),
    )
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True),
        sa.Column("op_id", sa.String(36), nullable=False),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("hlc", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("pushed_at", sa.DateTime()),
        sa.PrimaryKeyConstraint("seq", name="pk_sync_outbox"),
        sa.UniqueConstraint("op_id", name="uq_sync_outbox_op_id"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_sync_outbox_row_id", "sync_outbox", ["row_id"])
    op.create_table(
        "field_change",
        sa.Column("id", sa.Integer(), autoincrement=True),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("village_code", sa.String(13)),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("old_value", sa.Text()),
        sa.Column("new_value", sa.Text()),
        sa.Column("hlc", sa.String(64), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(120), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_field_change"),
    )
    op.create_index("ix_field_change_village_code", "field_change", ["village_code"])


def downgrade() -> None:
    op.execute("DROP TABLE village_name_fts")
    for table in ("field_change", "sync_outbox", "local_setting", "village", "district",
                  "regency", "province"):
        op.drop_table(table)
