"""IDM drafts and target villages sync too (copied from the desktop core).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 10:14:16.430360
"""
# ruff: noqa: E501  (generated table definitions)

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('idm_assessment',
    sa.Column('village_code', sa.String(length=13), nullable=False),
    sa.Column('regency_code', sa.String(length=5), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('scores', sa.JSON(none_as_null=True), nullable=True),
    sa.Column('published_iks', sa.String(length=24), nullable=True),
    sa.Column('published_ike', sa.String(length=24), nullable=True),
    sa.Column('published_ikl', sa.String(length=24), nullable=True),
    sa.Column('published_idm', sa.String(length=24), nullable=True),
    sa.Column('published_status', sa.String(length=30), nullable=True),
    sa.Column('status', sa.String(length=30), nullable=True),
    sa.Column('idm', sa.String(length=24), nullable=True),
    sa.Column('source', sa.String(length=300), nullable=True),
    sa.Column('imported_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['village_code'], ['village.code'], name=op.f('fk_idm_assessment_village_code_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_idm_assessment')),
    sa.UniqueConstraint('village_code', 'year', 'kind', name=op.f('uq_idm_assessment_village_code_year_kind'))
    )
    with op.batch_alter_table('idm_assessment', schema=None) as batch_op:
        batch_op.create_index('ix_idm_assessment_regency_code_year', ['regency_code', 'year'], unique=False)

    op.create_table('idm_target_village',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('village_code', sa.String(length=13), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['village_code'], ['village.code'], name=op.f('fk_idm_target_village_village_code_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_idm_target_village')),
    sa.UniqueConstraint('year', 'village_code', name=op.f('uq_idm_target_village_year_village_code'))
    )


def downgrade() -> None:
    op.drop_table('idm_target_village')
    with op.batch_alter_table('idm_assessment', schema=None) as batch_op:
        batch_op.drop_index('ix_idm_assessment_regency_code_year')

    op.drop_table('idm_assessment')
