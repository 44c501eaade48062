"""Server schema: shared domain tables, accounts, devices, sync bookkeeping, blobs.

Revision ID: 0001
Revises: -
Create Date: 2026-11-26 09:35:20.735285
"""
# ruff: noqa: E501  (generated table definitions)

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_user',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_app_user')),
    sa.UniqueConstraint('username', name=op.f('uq_app_user_username'))
    )
    op.create_table('applied_op',
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('op_seq', sa.BigInteger(), nullable=False),
    sa.Column('op_hash', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', 'op_seq', name=op.f('pk_applied_op'))
    )
    op.create_table('blob',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('stored_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_blob'))
    )
    op.create_table('change_log',
    sa.Column('seq', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=1), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('regency_code', sa.String(length=5), nullable=False),
    sa.Column('district_code', sa.String(length=8), nullable=False),
    sa.Column('village_code', sa.String(length=13), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_change_log'))
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index('ix_change_log_district_seq', ['district_code', 'seq'], unique=False)
        batch_op.create_index('ix_change_log_regency_seq', ['regency_code', 'seq'], unique=False)

    op.create_table('conflict',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('village_code', sa.String(length=13), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('kept_value', sa.JSON(), nullable=True),
    sa.Column('kept_hlc', sa.String(length=64), nullable=True),
    sa.Column('lost_value', sa.JSON(), nullable=True),
    sa.Column('lost_hlc', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflict'))
    )
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflict_row_id'), ['row_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_conflict_village_code'), ['village_code'], unique=False)

    op.create_table('held_op',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('wait_table', sa.String(length=64), nullable=False),
    sa.Column('wait_row_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('op_seq', sa.BigInteger(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('operation', sa.JSON(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_held_op'))
    )
    with op.batch_alter_table('held_op', schema=None) as batch_op:
        batch_op.create_index('ix_held_op_wait', ['wait_table', 'wait_row_id'], unique=False)

    op.create_table('province',
    sa.Column('code', sa.String(length=2), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_province'))
    )
    op.create_table('quarantine',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('op_seq', sa.BigInteger(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=True),
    sa.Column('row_id', sa.String(length=64), nullable=True),
    sa.Column('village_code', sa.String(length=13), nullable=True),
    sa.Column('operation', sa.JSON(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quarantine'))
    )
    with op.batch_alter_table('quarantine', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quarantine_device_id'), ['device_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quarantine_village_code'), ['village_code'], unique=False)

    op.create_table('server_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('last_seq', sa.BigInteger(), nullable=False),
    sa.Column('horizon_seq', sa.BigInteger(), nullable=False),
    sa.Column('epoch', sa.String(length=36), nullable=False),
    sa.Column('secret', sa.String(length=128), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_server_state'))
    )
    op.create_table('device',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_device_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_device')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_device_token_hash'))
    )
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_device_user_id'), ['user_id'], unique=False)

    op.create_table('regency',
    sa.Column('code', sa.String(length=5), nullable=False),
    sa.Column('province_code', sa.String(length=2), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['province_code'], ['province.code'], name=op.f('fk_regency_province_code_province')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_regency'))
    )
    op.create_table('user_region',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('region_code', sa.String(length=13), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_user_region_user_id_app_user'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', 'region_code', name=op.f('pk_user_region'))
    )
    op.create_table('district',
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('regency_code', sa.String(length=5), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['regency_code'], ['regency.code'], name=op.f('fk_district_regency_code_regency')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_district'))
    )
    with op.batch_alter_table('district', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_district_regency_code'), ['regency_code'], unique=False)

    op.create_table('village',
    sa.Column('code', sa.String(length=13), nullable=False),
    sa.Column('code_plain', sa.String(length=10), nullable=False),
    sa.Column('district_code', sa.String(length=8), nullable=False),
    sa.Column('regency_code', sa.String(length=5), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('district_name', sa.String(length=120), nullable=False),
    sa.Column('regency_name', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('retired_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['district_code'], ['district.code'], name=op.f('fk_village_district_code_district')),
    sa.ForeignKeyConstraint(['regency_code'], ['regency.code'], name=op.f('fk_village_regency_code_regency')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_village')),
    sa.UniqueConstraint('code_plain', name=op.f('uq_village_code_plain'))
    )
    with op.batch_alter_table('village', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_village_district_code'), ['district_code'], unique=False)
        batch_op.create_index('ix_village_district_name_code', ['district_name', 'code'], unique=False)
        batch_op.create_index('ix_village_kind_code', ['kind', 'code'], unique=False)
        batch_op.create_index('ix_village_name_code', ['name', 'code'], unique=False)
        batch_op.create_index('ix_village_regency_code_name', ['regency_code', 'name'], unique=False)
        batch_op.create_index('ix_village_regency_name_code', ['regency_name', 'code'], unique=False)

    op.create_table('attachment',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('village_code', sa.String(length=13), nullable=False),
    sa.Column('record_table', sa.String(length=64), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=True),
    sa.Column('mime_type', sa.String(length=100), nullable=True),
    sa.Column('size', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['village_code'], ['village.code'], name=op.f('fk_attachment_village_code_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_record_id'), ['record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_sha256'), ['sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_village_code'), ['village_code'], unique=False)

    op.create_table('village_population',
    sa.Column('village_code', sa.String(length=13), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('population', sa.Integer(), nullable=True),
    sa.Column('households', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['village_code'], ['village.code'], name=op.f('fk_village_population_village_code_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_village_population')),
    sa.UniqueConstraint('village_code', 'year', name=op.f('uq_village_population_village_code_year'))
    )
    op.create_table('village_profile',
    sa.Column('village_code', sa.String(length=13), nullable=False),
    sa.Column('head_name', sa.String(length=120), nullable=True),
    sa.Column('head_phone', sa.String(length=30), nullable=True),
    sa.Column('office_address', sa.Text(), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('area_km2', sa.Float(), nullable=True),
    sa.Column('boundary_north', sa.String(length=200), nullable=True),
    sa.Column('boundary_east', sa.String(length=200), nullable=True),
    sa.Column('boundary_south', sa.String(length=200), nullable=True),
    sa.Column('boundary_west', sa.String(length=200), nullable=True),
    sa.Column('typology', sa.String(length=60), nullable=True),
    sa.Column('leading_products', sa.Text(), nullable=True),
    sa.Column('potentials', sa.Text(), nullable=True),
    sa.Column('electricity', sa.String(length=20), nullable=True),
    sa.Column('phone_signal', sa.String(length=20), nullable=True),
    sa.Column('internet', sa.String(length=20), nullable=True),
    sa.Column('road_all_year', sa.Boolean(), nullable=True),
    sa.Column('distance_to_district_km', sa.Float(), nullable=True),
    sa.Column('travel_minutes_to_district', sa.Integer(), nullable=True),
    sa.Column('distance_to_regency_km', sa.Float(), nullable=True),
    sa.Column('travel_minutes_to_regency', sa.Integer(), nullable=True),
    sa.Column('bumdes_name', sa.String(length=200), nullable=True),
    sa.Column('bumdes_legal_status', sa.String(length=20), nullable=True),
    sa.Column('bumdes_units', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('field_clocks', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['village_code'], ['village.code'], name=op.f('fk_village_profile_village_code_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_village_profile')),
    sa.UniqueConstraint('village_code', name=op.f('uq_village_profile_village_code'))
    )


def downgrade() -> None:
    op.drop_table('village_profile')
    op.drop_table('village_population')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_village_code'))
        batch_op.drop_index(batch_op.f('ix_attachment_sha256'))
        batch_op.drop_index(batch_op.f('ix_attachment_record_id'))

    op.drop_table('attachment')
    with op.batch_alter_table('village', schema=None) as batch_op:
        batch_op.drop_index('ix_village_regency_name_code')
        batch_op.drop_index('ix_village_regency_code_name')
        batch_op.drop_index('ix_village_name_code')
        batch_op.drop_index('ix_village_kind_code')
        batch_op.drop_index('ix_village_district_name_code')
        batch_op.drop_index(batch_op.f('ix_village_district_code'))

    op.drop_table('village')
    with op.batch_alter_table('district', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_district_regency_code'))

    op.drop_table('district')
    op.drop_table('user_region')
    op.drop_table('regency')
    with op.batch_alter_table('device', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_device_user_id'))

    op.drop_table('device')
    op.drop_table('server_state')
    with op.batch_alter_table('quarantine', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quarantine_village_code'))
        batch_op.drop_index(batch_op.f('ix_quarantine_device_id'))

    op.drop_table('quarantine')
    op.drop_table('province')
    with op.batch_alter_table('held_op', schema=None) as batch_op:
        batch_op.drop_index('ix_held_op_wait')

    op.drop_table('held_op')
    with op.batch_alter_table('conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflict_village_code'))
        batch_op.drop_index(batch_op.f('ix_conflict_row_id'))

    op.drop_table('conflict')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_regency_seq')
        batch_op.drop_index('ix_change_log_district_seq')

    op.drop_table('change_log')
    op.drop_table('blob')
    op.drop_table('applied_op')
    op.drop_table('app_user')
