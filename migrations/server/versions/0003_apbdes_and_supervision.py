"""APBDes budgets and lines, supervision visits, findings and their status history sync
too (copied from the desktop core). Lines and status steps carry the village of their
parent (a server-only column) so scopes apply to them like to every other synced row.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 11:55:48.676795
"""
# ruff: noqa: E501  (generated table definitions)

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('apbdes_budget',
    sa.Column('village_code', sa.String(length=13), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('version', sa.String(length=10), nullable=False),
    sa.Column('perdes_number', sa.String(length=100), nullable=True),
    sa.Column('perdes_date', sa.String(length=10), nullable=True),
    sa.Column('semester_1_reported_on', sa.String(length=10), nullable=True),
    sa.Column('semester_2_reported_on', sa.String(length=10), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['village_code'], ['village.code'], name=op.f('fk_apbdes_budget_village_code_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_apbdes_budget')),
    sa.UniqueConstraint('village_code', 'year', 'version', name=op.f('uq_apbdes_budget_village_code_year_version'))
    )
    op.create_table('supervision_visit',
    sa.Column('village_code', sa.String(length=13), nullable=False),
    sa.Column('visit_date', sa.String(length=10), nullable=False),
    sa.Column('officers', sa.JSON(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=True),
    sa.Column('inspected_line_ids', sa.JSON(), nullable=False),
    sa.Column('inspected', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['village_code'], ['village.code'], name=op.f('fk_supervision_visit_village_code_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supervision_visit'))
    )
    with op.batch_alter_table('supervision_visit', schema=None) as batch_op:
        batch_op.create_index('ix_supervision_visit_village_code_visit_date', ['village_code', 'visit_date'], unique=False)

    op.create_table('apbdes_line',
    sa.Column('budget_id', sa.String(length=36), nullable=False),
    sa.Column('activity_code', sa.String(length=20), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=10), nullable=True),
    sa.Column('budget', sa.String(length=24), nullable=False),
    sa.Column('realisation_1', sa.String(length=24), nullable=False),
    sa.Column('realisation_2', sa.String(length=24), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('village_code', sa.String(length=13), nullable=False),
    sa.ForeignKeyConstraint(['budget_id'], ['apbdes_budget.id'], name=op.f('fk_apbdes_line_budget_id_apbdes_budget')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_apbdes_line')),
    sa.UniqueConstraint('budget_id', 'activity_code', 'code', name=op.f('uq_apbdes_line_budget_id_activity_code_code'))
    )
    with op.batch_alter_table('apbdes_line', schema=None) as batch_op:
        batch_op.create_index('ix_apbdes_line_budget_id', ['budget_id'], unique=False)
        batch_op.create_index('ix_apbdes_line_village_code', ['village_code'], unique=False)

    op.create_table('supervision_finding',
    sa.Column('village_code', sa.String(length=13), nullable=False),
    sa.Column('visit_id', sa.String(length=36), nullable=True),
    sa.Column('budget_line_id', sa.String(length=36), nullable=True),
    sa.Column('found_on', sa.String(length=10), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('severity', sa.String(length=10), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('recommendation', sa.Text(), nullable=True),
    sa.Column('responsible', sa.String(length=300), nullable=True),
    sa.Column('deadline', sa.String(length=10), nullable=True),
    sa.Column('status', sa.String(length=15), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['village_code'], ['village.code'], name=op.f('fk_supervision_finding_village_code_village')),
    sa.ForeignKeyConstraint(['visit_id'], ['supervision_visit.id'], name=op.f('fk_supervision_finding_visit_id_supervision_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supervision_finding'))
    )
    with op.batch_alter_table('supervision_finding', schema=None) as batch_op:
        batch_op.create_index('ix_supervision_finding_category', ['category'], unique=False)
        batch_op.create_index('ix_supervision_finding_found_on', ['found_on'], unique=False)
        batch_op.create_index('ix_supervision_finding_status_deadline', ['status', 'deadline'], unique=False)
        batch_op.create_index('ix_supervision_finding_village_code', ['village_code'], unique=False)
        batch_op.create_index('ix_supervision_finding_visit_id', ['visit_id'], unique=False)

    op.create_table('supervision_finding_status',
    sa.Column('finding_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=15), nullable=False),
    sa.Column('changed_on', sa.String(length=10), nullable=False),
    sa.Column('changed_by', sa.String(length=120), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('village_code', sa.String(length=13), nullable=False),
    sa.ForeignKeyConstraint(['finding_id'], ['supervision_finding.id'], name=op.f('fk_supervision_finding_status_finding_id_supervision_finding')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supervision_finding_status'))
    )
    with op.batch_alter_table('supervision_finding_status', schema=None) as batch_op:
        batch_op.create_index('ix_supervision_finding_status_finding_id', ['finding_id'], unique=False)
        batch_op.create_index('ix_supervision_finding_status_village_code', ['village_code'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('supervision_finding_status', schema=None) as batch_op:
        batch_op.drop_index('ix_supervision_finding_status_village_code')
        batch_op.drop_index('ix_supervision_finding_status_finding_id')

    op.drop_table('supervision_finding_status')
    with op.batch_alter_table('supervision_finding', schema=None) as batch_op:
        batch_op.drop_index('ix_supervision_finding_visit_id')
        batch_op.drop_index('ix_supervision_finding_village_code')
        batch_op.drop_index('ix_supervision_finding_status_deadline')
        batch_op.drop_index('ix_supervision_finding_found_on')
        batch_op.drop_index('ix_supervision_finding_category')

    op.drop_table('supervision_finding')
    with op.batch_alter_table('apbdes_line', schema=None) as batch_op:
        batch_op.drop_index('ix_apbdes_line_village_code')
        batch_op.drop_index('ix_apbdes_line_budget_id')

    op.drop_table('apbdes_line')
    with op.batch_alter_table('supervision_visit', schema=None) as batch_op:
        batch_op.drop_index('ix_supervision_visit_village_code_visit_date')

    op.drop_table('supervision_visit')
    op.drop_table('apbdes_budget')
