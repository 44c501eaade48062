"""Village profile and yearly population, with sync metadata.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
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
        "village_profile",
        *sync_columns(),
        sa.Column("village_code", sa.String(13), nullable=False),
        sa.Column("head_name", sa.String(120)),
        sa.Column("head_phone", sa.String(30)),
        sa.Column("office_address", sa.Text()),
        sa.Column("latitude", sa.Float()),
        sa.Column("longitude", sa.Float()),
        sa.Column("area_km2", sa.Float()),
        sa.Column("boundary_north", sa.String(200)),
        sa.Column("boundary_east", sa.String(200)),
        sa.Column("boundary_south", sa.String(200)),
        sa.Column("boundary_west", sa.String(200)),
        sa.Column("typology", sa.String(60)),
        sa.Column("leading_products", sa.Text()),
        sa.Column("potentials", sa.Text()),
        sa.Column("electricity", sa.String(20)),
        sa.Column("phone_signal", sa.String(20)),
        sa.Column("internet", sa.String(20)),
        sa.Column("road_all_year", sa.Boolean()),
        sa.Column("distance_to_district_km", sa.Float()),
        sa.Column("travel_minutes_to_district", sa.Integer()),
        sa.Column("distance_to_regency_km", sa.Float()),
        sa.Column("travel_minutes_to_regency", sa.Integer()),
        sa.Column("bumdes_name", sa.String(200)),
        sa.Column("bumdes_legal_status", sa.String(20)),
        sa.Column("bumdes_units", sa.Text()),
        sa.Column("notes", sa.Text()),
        sa.PrimaryKeyConstraint("id", name="pk_village_profile"),
        sa.UniqueConstraint("village_code", name="uq_village_profile_village_code"),
        sa.ForeignKeyConstraint(
            ["village_code"], ["village.code"], name="fk_village_profile_village_code_village"
        ),
    )
    op.create_table(
        "village_population",
        *sync_columns(),
        sa.Column("village_code", sa.String(13), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("population", sa.Integer()),
        sa.Column("households", sa.Integer()),
        sa.PrimaryKeyConstraint("id", name="pk_village_population"),
        sa.UniqueConstraint(
            "village_code", "year", name="uq_village_population_village_code_year"
        ),
        sa.ForeignKeyConstraint(
            ["village_code"], ["village.code"],
            name="fk_village_population_village_code_village",
        ),
    )


def downgrade() -> None:
    op.drop_table("village_population")
    op.drop_table("village_profile")
