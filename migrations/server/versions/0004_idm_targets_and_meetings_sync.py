"""IDM targets and meetings (participants, agenda items, agreements, action items) sync
too (copied from the desktop core). Each carries where it lies in a server-only
``scope_code`` column: a meeting its first village, its parts their meeting's, an IDM
target its kabupaten ("" for the whole province).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 15:22:02.369793
"""
# ruff: noqa: E501  (generated table definitions)

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('idm_target',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('regency_code', sa.String(length=5), nullable=True),
    sa.Column('villages_to_lift', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('scope_code', sa.String(length=13), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_idm_target')),
    sa.UniqueConstraint('year', 'regency_code', name=op.f('uq_idm_target_year_regency_code'))
    )
    with op.batch_alter_table('idm_target', schema=None) as batch_op:
        batch_op.create_index('ix_idm_target_scope_code', ['scope_code'], unique=False)

    op.create_table('meeting',
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('meeting_date', sa.String(length=10), nullable=False),
    sa.Column('start_time', sa.String(length=5), nullable=True),
    sa.Column('end_time', sa.String(length=5), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=True),
    sa.Column('chair_name', sa.String(length=200), nullable=True),
    sa.Column('chair_position', sa.String(length=200), nullable=True),
    sa.Column('chair_nip', sa.String(length=30), nullable=True),
    sa.Column('note_taker_name', sa.String(length=200), nullable=True),
    sa.Column('note_taker_position', sa.String(length=200), nullable=True),
    sa.Column('note_taker_nip', sa.String(length=30), nullable=True),
    sa.Column('village_codes', sa.JSON(), nullable=False),
    sa.Column('agencies', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('scope_code', sa.String(length=13), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index('ix_meeting_meeting_date', ['meeting_date'], unique=False)
        batch_op.create_index('ix_meeting_scope_code', ['scope_code'], unique=False)

    op.create_table('meeting_agenda_item',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('discussion', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('scope_code', sa.String(length=13), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_agenda_item_meeting_id_meeting')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_agenda_item'))
    )
    with op.batch_alter_table('meeting_agenda_item', schema=None) as batch_op:
        batch_op.create_index('ix_meeting_agenda_item_meeting_id', ['meeting_id'], unique=False)
        batch_op.create_index('ix_meeting_agenda_item_scope_code', ['scope_code'], unique=False)

    op.create_table('meeting_agreement',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('scope_code', sa.String(length=13), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_agreement_meeting_id_meeting')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_agreement'))
    )
    with op.batch_alter_table('meeting_agreement', schema=None) as batch_op:
        batch_op.create_index('ix_meeting_agreement_meeting_id', ['meeting_id'], unique=False)
        batch_op.create_index('ix_meeting_agreement_scope_code', ['scope_code'], unique=False)

    op.create_table('meeting_participant',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.String(length=200), nullable=True),
    sa.Column('institution', sa.String(length=300), nullable=True),
    sa.Column('contact', sa.String(length=100), nullable=True),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('scope_code', sa.String(length=13), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_participant_meeting_id_meeting')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_participant'))
    )
    with op.batch_alter_table('meeting_participant', schema=None) as batch_op:
        batch_op.create_index('ix_meeting_participant_meeting_id', ['meeting_id'], unique=False)
        batch_op.create_index('ix_meeting_participant_scope_code', ['scope_code'], unique=False)

    op.create_table('meeting_action_item',
    sa.Column('meeting_id', sa.String(length=36), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('actor_kind', sa.String(length=10), nullable=False),
    sa.Column('actor', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('due_date', sa.String(length=10), nullable=True),
    sa.Column('village_code', sa.String(length=13), nullable=True),
    sa.Column('status', sa.String(length=15), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('scope_code', sa.String(length=13), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_action_item_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['village_code'], ['village.code'], name=op.f('fk_meeting_action_item_village_code_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_action_item'))
    )
    with op.batch_alter_table('meeting_action_item', schema=None) as batch_op:
        batch_op.create_index('ix_meeting_action_item_meeting_id', ['meeting_id'], unique=False)
        batch_op.create_index('ix_meeting_action_item_scope_code', ['scope_code'], unique=False)
        batch_op.create_index('ix_meeting_action_item_status', ['status'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('meeting_action_item', schema=None) as batch_op:
        batch_op.drop_index('ix_meeting_action_item_status')
        batch_op.drop_index('ix_meeting_action_item_scope_code')
        batch_op.drop_index('ix_meeting_action_item_meeting_id')

    op.drop_table('meeting_action_item')
    with op.batch_alter_table('meeting_participant', schema=None) as batch_op:
        batch_op.drop_index('ix_meeting_participant_scope_code')
        batch_op.drop_index('ix_meeting_participant_meeting_id')

    op.drop_table('meeting_participant')
    with op.batch_alter_table('meeting_agreement', schema=None) as batch_op:
        batch_op.drop_index('ix_meeting_agreement_scope_code')
        batch_op.drop_index('ix_meeting_agreement_meeting_id')

    op.drop_table('meeting_agreement')
    with op.batch_alter_table('meeting_agenda_item', schema=None) as batch_op:
        batch_op.drop_index('ix_meeting_agenda_item_scope_code')
        batch_op.drop_index('ix_meeting_agenda_item_meeting_id')

    op.drop_table('meeting_agenda_item')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index('ix_meeting_scope_code')
        batch_op.drop_index('ix_meeting_meeting_date')

    op.drop_table('meeting')
    with op.batch_alter_table('idm_target', schema=None) as batch_op:
        batch_op.drop_index('ix_idm_target_scope_code')

    op.drop_table('idm_target')
