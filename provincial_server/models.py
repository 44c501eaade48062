"""Server schema: the desktop's domain tables plus accounts, devices and sync bookkeeping.

Domain tables are copied from the Qt-free desktop core (``desktop_app.core.models``) into the
server's own metadata so the two never drift; server-only tables live beside them.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

from desktop_app.core.models import Base as DesktopBase
from desktop_app.core.models.base import NAMING_CONVENTION
from desktop_app.core.sync.registry import (
    BY_NAME,
    REFERENCE_TABLES,
    SYNCED_NAMES,
    server_place_column,
)

metadata = MetaData(naming_convention=NAMING_CONVENTION)

# Reference data and synced domain tables shared with the desktop program.
SHARED_TABLES = (*REFERENCE_TABLES, *SYNCED_NAMES)
for _name in SHARED_TABLES:
    _source = DesktopBase.metadata.tables[_name]
    _copy = _source.to_metadata(metadata)
    # Indexes serving only the desktop's screens (the IDM overview's) stay there.
    _desktop_only = {index.name for index in _source.indexes if index.info.get("desktop_only")}
    _copy.indexes = {index for index in _copy.indexes if index.name not in _desktop_only}
    # Where a row lies, for the tables without a column of their own meaning it (a row lying
    # in its parent, a meeting, an IDM target): a server-only column, set when the row is
    # created (see docs/server.md and desktop_app/core/sync/registry.py).
    _place = server_place_column(_name) if _name in BY_NAME else None
    if _place is not None and _place not in _copy.c:
        _copy.append_column(Column(_place, String(13), nullable=False))
        Index(f"ix_{_name}_{_place}", _copy.c[_place])

province = metadata.tables["province"]
regency = metadata.tables["regency"]
district = metadata.tables["district"]
village = metadata.tables["village"]
village_profile = metadata.tables["village_profile"]
village_population = metadata.tables["village_population"]
idm_assessment = metadata.tables["idm_assessment"]
idm_target_village = metadata.tables["idm_target_village"]
apbdes_budget = metadata.tables["apbdes_budget"]
apbdes_line = metadata.tables["apbdes_line"]
supervision_visit = metadata.tables["supervision_visit"]
supervision_finding = metadata.tables["supervision_finding"]
supervision_finding_status = metadata.tables["supervision_finding_status"]
idm_target = metadata.tables["idm_target"]
meeting = metadata.tables["meeting"]
meeting_participant = metadata.tables["meeting_participant"]
meeting_agenda_item = metadata.tables["meeting_agenda_item"]
meeting_agreement = metadata.tables["meeting_agreement"]
meeting_action_item = metadata.tables["meeting_action_item"]
action_actor = metadata.tables["action_actor"]
action_intervention = metadata.tables["action_intervention"]
action_intervention_status = metadata.tables["action_intervention_status"]
cooperation_agreement = metadata.tables["cooperation_agreement"]
meeting_attendance = metadata.tables["meeting_attendance"]
meeting_proposal = metadata.tables["meeting_proposal"]
# A file (photo, scan) attached to a synced record; the blob is stored by its SHA-256.
attachment = metadata.tables["attachment"]


# --- accounts -------------------------------------------------------------------------------

app_user = Table(
    "app_user", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("full_name", String(200), nullable=False),
    Column("role", String(20), nullable=False),  # admin | operator | facilitator
    Column("password_hash", String(200), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", DateTime, nullable=False),
)

user_region = Table(
    "user_region", metadata,
    Column("user_id", ForeignKey("app_user.id", ondelete="CASCADE"), nullable=False),
    Column("region_code", String(13), nullable=False),  # kabupaten or kecamatan code
    PrimaryKeyConstraint("user_id", "region_code"),
)

device = Table(
    "device", metadata,
    Column("id", String(64), primary_key=True),  # the device id used in its HLC
    Column("user_id", ForeignKey("app_user.id"), nullable=False, index=True),
    Column("name", String(120), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("enrolled_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("last_seen_at", DateTime),
    Column("revoked_at", DateTime),
)

# --- sync bookkeeping -----------------------------------------------------------------------

# One row: the change sequence counter (locked by every writer until commit, so sequence
# order is commit order), the purge horizon, the epoch (changes on restore) and the secret.
server_state = Table(
    "server_state", metadata,
    Column("id", Integer, primary_key=True),
    Column("last_seq", BigInteger, nullable=False),
    Column("horizon_seq", BigInteger, nullable=False),
    Column("epoch", String(36), nullable=False),
    Column("secret", String(128), nullable=False),
)

change_log = Table(
    "change_log", metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("table_name", String(64), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("kind", String(1), nullable=False),  # u (fields changed) | d (deleted)
    Column("fields", JSON, nullable=False),
    Column("hlc", String(64), nullable=False),
    Column("regency_code", String(5), nullable=False),
    Column("district_code", String(8), nullable=False),
    Column("village_code", String(13), nullable=False),
    Index("ix_change_log_regency_seq", "regency_code", "seq"),
    Index("ix_change_log_district_seq", "district_code", "seq"),
)

applied_op = Table(
    "applied_op", metadata,
    Column("device_id", String(64), nullable=False),
    Column("op_seq", BigInteger, nullable=False),
    Column("op_hash", String(64), nullable=False),
    Column("status", String(12), nullable=False),  # applied | quarantined | held
    Column("received_at", DateTime, nullable=False),
    PrimaryKeyConstraint("device_id", "op_seq"),
)

quarantine = Table(
    "quarantine", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("device_id", String(64), nullable=False, index=True),
    Column("op_seq", BigInteger, nullable=False),
    Column("user_id", Integer, nullable=False),
    Column("table_name", String(64)),
    Column("row_id", String(64)),
    Column("village_code", String(13), index=True),
    Column("operation", JSON, nullable=False),
    Column("reason", Text, nullable=False),
    Column("received_at", DateTime, nullable=False),
)

conflict = Table(
    "conflict", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("table_name", String(64), nullable=False),
    Column("row_id", String(36), nullable=False, index=True),
    Column("village_code", String(13), nullable=False, index=True),
    Column("field", String(64), nullable=False),
    Column("kept_value", JSON),
    Column("kept_hlc", String(64)),
    Column("lost_value", JSON),
    Column("lost_hlc", String(64), nullable=False),
    Column("reason", String(20), nullable=False),  # overwritten | older | deleted
    Column("created_at", DateTime, nullable=False),
    Column("resolved_at", DateTime),
)

# Operations waiting for a row that has not arrived yet (child before parent).
held_op = Table(
    "held_op", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("wait_table", String(64), nullable=False),
    Column("wait_row_id", String(36), nullable=False),
    Column("device_id", String(64), nullable=False),
    Column("op_seq", BigInteger, nullable=False),
    Column("user_id", Integer, nullable=False),
    Column("operation", JSON, nullable=False),
    Column("received_at", DateTime, nullable=False),
    Index("ix_held_op_wait", "wait_table", "wait_row_id"),
)

blob = Table(
    "blob", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("stored_at", DateTime, nullable=False),
)

# --- security audit -------------------------------------------------------------------------

# Who did what, when and from where: enrolments, revocations, user changes, bundle imports,
# failed logins. Failed logins are also what the login limits count (shared by all workers).
audit_log = Table(
    "audit_log", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False, index=True),
    Column("event", String(40), nullable=False),
    Column("actor", String(64)),  # username (or "cli:<os user>" on the command line)
    Column("device_id", String(64)),  # the actor's device
    Column("subject", String(120)),  # the account, device or bundle the event is about
    Column("address", String(64)),  # client address (or "cli")
    Column("detail", Text),
    Index("ix_audit_log_event_subject_at", "event", "subject", "at"),
    Index("ix_audit_log_event_address_at", "event", "address", "at"),
)
