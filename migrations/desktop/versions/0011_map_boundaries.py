"""Boundary polygons for the map (issue 18): one layer per level, packed shapes.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "map_layer",
        sa.Column("level", sa.String(10), nullable=False),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("credit", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("shape_count", sa.Integer(), nullable=False),
        sa.Column("vertex_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("level", name=op.f("pk_map_layer")),
    )
    op.create_table(
        "map_shape",
        sa.Column("level", sa.String(10), nullable=False),
        sa.Column("code", sa.String(13), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("min_x", sa.Float(), nullable=False),
        sa.Column("min_y", sa.Float(), nullable=False),
        sa.Column("max_x", sa.Float(), nullable=False),
        sa.Column("max_y", sa.Float(), nullable=False),
        sa.Column("label_x", sa.Float(), nullable=False),
        sa.Column("label_y", sa.Float(), nullable=False),
        sa.Column("geometry", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["level"], ["map_layer.level"], ondelete="CASCADE",
                                name=op.f("fk_map_shape_level_map_layer")),
        sa.PrimaryKeyConstraint("level", "code", name=op.f("pk_map_shape")),
    )


def downgrade() -> None:
    op.drop_table("map_shape")
    op.drop_table("map_layer")
