"""Passwords (argon2id), device tokens and the caller of a request."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, func, insert, select, update

from provincial_server.config import Settings
from provincial_server.models import app_user, applied_op, device, user_region
from provincial_server.regions import normalise_region
from provincial_server.timeutil import utcnow

ROLES = ("admin", "operator", "facilitator")
TOKEN_PREFIX = "sdt_"


def password_hasher(settings: Settings) -> PasswordHasher:
    return PasswordHasher(
        time_cost=settings.argon2_time_cost, memory_cost=settings.argon2_memory_kib
    )


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Principal:
    """Who calls: the user, their role and regions, and the device they use."""

    user_id: int
    username: str
    role: str
    regions: tuple[str, ...]
    device_id: str
    last_seen_at: datetime | None = None

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def covers(self, village_code: str) -> bool:
        """True when ``village_code`` lies inside the caller's regions."""
        if self.is_admin:
            return True
        return any(village_code == r or village_code.startswith(r + ".") for r in self.regions)


class AuthError(Exception):
    """Refused login or token; the message is for the user."""


class DeviceRefused(AuthError):
    """The password was right but this device id may not be enrolled (403)."""


def create_user(
    connection: Connection, settings: Settings, username: str, full_name: str, role: str,
    password: str, regions: list[str],
) -> int:
    if role not in ROLES:
        raise ValueError(f"Peran tidak dikenal: {role} (pilih {', '.join(ROLES)})")
    codes = sorted({normalise_region(code) for code in regions})
    if role != "admin" and not codes:
        raise ValueError("Operator dan pendamping harus punya wilayah (kabupaten/kecamatan)")
    if len(password) < 8:
        raise ValueError("Kata sandi minimal 8 karakter")
    exists = connection.execute(select(app_user.c.id).where(app_user.c.username == username))
    if exists.first():
        raise ValueError(f"Pengguna {username} sudah ada")
    user_id = connection.execute(insert(app_user).values(
        username=username, full_name=full_name, role=role, active=True, created_at=utcnow(),
        password_hash=password_hasher(settings).hash(password),
    ).returning(app_user.c.id)).scalar_one()
    if codes:
        connection.execute(insert(user_region), [
            {"user_id": user_id, "region_code": code} for code in codes
        ])
    return user_id


def check_password(connection: Connection, settings: Settings, username: str, password: str):
    """The active user row for these credentials, or AuthError."""
    row = connection.execute(select(app_user).where(app_user.c.username == username)).first()
    hasher = password_hasher(settings)
    if row is None:
        hasher.hash(password)  # same cost as a real check: do not reveal who exists
        raise AuthError("Nama pengguna atau kata sandi salah")
    try:
        hasher.verify(row.password_hash, password)
    except (VerificationError, InvalidHashError) as error:
        raise AuthError("Nama pengguna atau kata sandi salah") from error
    if not row.active:
        raise AuthError("Akun ini dinonaktifkan")
    return row


def enrol_device(
    connection: Connection, settings: Settings, user_id: int, device_id: str, name: str,
) -> tuple[str, datetime]:
    """A new token for the device (re-enrolment by its own user replaces the old token).

    A device id belongs to the user who enrolled it first, and a revoked device id is dead
    for good: neither its own user nor anyone else gets it (or its bundle key and last
    sequence number) back.
    """
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    now = utcnow()
    expires = now + timedelta(days=settings.token_days)
    existing = connection.execute(
        select(device).where(device.c.id == device_id).with_for_update()).first()
    values = dict(user_id=user_id, name=name, token_hash=token_hash(token), enrolled_at=now,
                  expires_at=expires, revoked_at=None, last_seen_at=None)
    if existing is None:
        connection.execute(insert(device).values(id=device_id, **values))
    elif existing.revoked_at is not None:
        raise DeviceRefused("Perangkat ini sudah dicabut oleh admin dan tidak bisa didaftarkan "
                            "lagi; pasang ulang aplikasi agar mendapat ID perangkat baru")
    elif existing.user_id != user_id:
        raise DeviceRefused("ID perangkat ini terdaftar atas pengguna lain; masuk dengan akun "
                            "pemiliknya atau pakai ID perangkat baru")
    else:
        connection.execute(update(device).where(device.c.id == device_id).values(**values))
    return token, expires


def find_user(connection: Connection, username: str):
    """The user row, or ValueError saying the user does not exist."""
    row = connection.execute(select(app_user).where(app_user.c.username == username)).first()
    if row is None:
        raise ValueError(f"Pengguna {username} tidak ditemukan; periksa ejaan nama pengguna")
    return row


def set_user_active(connection: Connection, username: str, active: bool):
    """(De)activate a user; a deactivated user's devices are refused everywhere."""
    row = find_user(connection, username)
    connection.execute(update(app_user).where(app_user.c.id == row.id).values(active=active))
    return find_user(connection, username)


def set_password(connection: Connection, settings: Settings, username: str,
                 password: str) -> None:
    """A new password for the user (enrolled devices keep working; revoke them if needed)."""
    if len(password) < 8:
        raise ValueError("Kata sandi minimal 8 karakter")
    row = find_user(connection, username)
    connection.execute(update(app_user).where(app_user.c.id == row.id).values(
        password_hash=password_hasher(settings).hash(password)))


def principal_for_device(connection: Connection, device_id: str) -> Principal | None:
    row = connection.execute(
        select(device.c.id, app_user.c.id.label("user_id"), app_user.c.username,
               app_user.c.role, app_user.c.active, device.c.revoked_at)
        .join(app_user, app_user.c.id == device.c.user_id).where(device.c.id == device_id)
    ).first()
    if row is None or not row.active or row.revoked_at is not None:
        return None
    return _principal(connection, row)


def principal_for_bundle(connection: Connection, device_id: str) -> Principal:
    """The maker of a bundle, checked as a live push of that device would be now: its token
    must not be revoked or expired and its user must be active; AuthError says why not."""
    row = connection.execute(
        select(device.c.id, device.c.expires_at, device.c.revoked_at,
               app_user.c.id.label("user_id"), app_user.c.username, app_user.c.role,
               app_user.c.active)
        .join(app_user, app_user.c.id == device.c.user_id).where(device.c.id == device_id)
    ).first()
    if row is None:
        raise AuthError("perangkat pembuat bundel tidak terdaftar di server ini")
    if row.revoked_at is not None:
        raise AuthError("perangkat pembuat bundel sudah dicabut oleh admin")
    if not row.active:
        raise AuthError("akun pembuat bundel dinonaktifkan")
    if row.expires_at <= utcnow():
        raise AuthError("token perangkat pembuat bundel kedaluwarsa; perangkat itu harus masuk "
                        "lagi (daring) sebelum bundelnya bisa diimpor")
    return _principal(connection, row)


def principal_for_token(connection: Connection, token: str) -> Principal:
    """The caller for a bearer token, or AuthError saying why not. One round trip: the
    user's regions come with the device row (every request pays for this)."""
    regions = (select(func.aggregate_strings(user_region.c.region_code, ","))
               .where(user_region.c.user_id == app_user.c.id).scalar_subquery())
    row = connection.execute(
        select(device.c.id, device.c.expires_at, device.c.revoked_at, device.c.last_seen_at,
               app_user.c.id.label("user_id"), app_user.c.username, app_user.c.role,
               app_user.c.active, regions.label("regions"))
        .join(app_user, app_user.c.id == device.c.user_id)
        .where(device.c.token_hash == token_hash(token))
    ).first()
    if row is None:
        raise AuthError("Token perangkat tidak dikenal; daftarkan perangkat lagi")
    if row.revoked_at is not None:
        raise AuthError("Perangkat ini sudah dicabut oleh admin")
    if row.expires_at <= utcnow():
        raise AuthError("Token perangkat kedaluwarsa; masuk lagi untuk memperbarui")
    if not row.active:
        raise AuthError("Akun ini dinonaktifkan")
    codes = tuple(sorted(code for code in (row.regions or "").split(",") if code))
    return Principal(row.user_id, row.username, row.role, codes, row.id, row.last_seen_at)


def _principal(connection: Connection, row) -> Principal:
    regions = tuple(connection.scalars(
        select(user_region.c.region_code).where(user_region.c.user_id == row.user_id)
        .order_by(user_region.c.region_code)
    ))
    return Principal(row.user_id, row.username, row.role, regions, row.id,
                     getattr(row, "last_seen_at", None))


def last_op_seq(connection: Connection, device_id: str) -> int:
    """The highest outbox sequence the server has recorded for the device (0: none).

    A laptop restored from an older backup continues its sequence above this, so its new
    operations never reuse a key (device, seq) the server already holds.
    """
    return connection.scalar(select(func.max(applied_op.c.op_seq))
                             .where(applied_op.c.device_id == device_id)) or 0
