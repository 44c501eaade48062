"""Indeks Desa questionnaires, their answers and review steps sync too (copied from the
desktop core); each carries its own village.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 06:58:18.803177
"""
# ruff: noqa: E501  (generated table definitions)

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('index_questionnaire',
    sa.Column('village_code', sa.String(length=13), nullable=False),
    sa.Column('regency_code', sa.String(length=5), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('index_code', sa.String(length=20), nullable=False),
    sa.Column('filled_by', sa.Text(), nullable=True),
    sa.Column('review_state', sa.String(length=20), nullable=False),
    sa.Column('total', sa.String(length=24), nullable=True),
    sa.Column('dimension_scores', sa.JSON(), nullable=True),
    sa.Column('status', sa.String(length=30), nullable=True),
    sa.Column('status_provisional', sa.Boolean(), nullable=False),
    sa.Column('answered', sa.Integer(), nullable=False),
    sa.Column('definition_version', sa.String(length=80), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['village_code'], ['village.code'], name=op.f('fk_index_questionnaire_village_code_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_index_questionnaire')),
    sa.UniqueConstraint('village_code', 'year', 'index_code', name=op.f('uq_index_questionnaire_village_code_year_index_code'))
    )
    with op.batch_alter_table('index_questionnaire', schema=None) as batch_op:
        batch_op.create_index('ix_index_questionnaire_regency_code_year', ['regency_code', 'year'], unique=False)

    op.create_table('index_answer',
    sa.Column('questionnaire_id', sa.String(length=36), nullable=False),
    sa.Column('village_code', sa.String(length=13), nullable=False),
    sa.Column('aspect_key', sa.String(length=12), nullable=False),
    sa.Column('score', sa.Integer(), nullable=True),
    sa.Column('data_source', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['questionnaire_id'], ['index_questionnaire.id'], name=op.f('fk_index_answer_questionnaire_id_index_questionnaire')),
    sa.ForeignKeyConstraint(['village_code'], ['village.code'], name=op.f('fk_index_answer_village_code_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_index_answer')),
    sa.UniqueConstraint('questionnaire_id', 'aspect_key', name=op.f('uq_index_answer_questionnaire_id_aspect_key'))
    )
    op.create_table('index_review_step',
    sa.Column('questionnaire_id', sa.String(length=36), nullable=False),
    sa.Column('village_code', sa.String(length=13), nullable=False),
    sa.Column('step', sa.String(length=20), nullable=False),
    sa.Column('by_name', sa.String(length=120), nullable=False),
    sa.Column('at', sa.String(length=19), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['questionnaire_id'], ['index_questionnaire.id'], name=op.f('fk_index_review_step_questionnaire_id_index_questionnaire')),
    sa.ForeignKeyConstraint(['village_code'], ['village.code'], name=op.f('fk_index_review_step_village_code_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_index_review_step'))
    )
    with op.batch_alter_table('index_review_step', schema=None) as batch_op:
        batch_op.create_index('ix_index_review_step_questionnaire_id', ['questionnaire_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('index_review_step', schema=None) as batch_op:
        batch_op.drop_index('ix_index_review_step_questionnaire_id')

    op.drop_table('index_review_step')
    op.drop_table('index_answer')
    with op.batch_alter_table('index_questionnaire', schema=None) as batch_op:
        batch_op.drop_index('ix_index_questionnaire_regency_code_year')

    op.drop_table('index_questionnaire')
