"""Province admin: users and devices (list, create, revoke); reviewers: conflicts, quarantine."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from sqlalchemy import select, update

from provincial_server.api.deps import (
    Admin,
    Caller,
    Ctx,
    Reviewer,
    ServerContext,
    check_region,
    client_address,
)
from provincial_server.api.schemas import (
    NO_NUL,
    AuditEntry,
    DeviceOut,
    NewPassword,
    NewUser,
    Resolved,
    UserOut,
    errors,
)
from provincial_server.audit import page as audit_page
from provincial_server.audit import record
from provincial_server.auth import Principal, create_user, set_password, set_user_active
from provincial_server.db import reading
from provincial_server.models import app_user, conflict, device, quarantine, user_region
from provincial_server.sync.pull import scope_filter
from provincial_server.timeutil import utcnow

router = APIRouter(prefix="/api/v1", tags=["admin"])
MAX_INT32 = 2**31 - 1  # review ids are 32-bit integers in the database


@router.get("/admin/users", response_model=list[UserOut], responses=errors(401, 403))
def list_users(_: Admin, ctx: Ctx):
    with reading(ctx.engine) as connection:
        regions: dict[int, list[str]] = {}
        for user_id, code in connection.execute(select(user_region)):
            regions.setdefault(user_id, []).append(code)
        rows = connection.execute(select(app_user).order_by(app_user.c.username)).all()
    return [UserOut(id=r.id, username=r.username, full_name=r.full_name, role=r.role,
                    active=r.active, regions=sorted(regions.get(r.id, []))) for r in rows]


@router.post("/admin/users", response_model=UserOut, status_code=201,
             responses=errors(400, 401, 403, 413, 422))
def add_user(body: NewUser, principal: Admin, ctx: Ctx, request: Request) -> UserOut:
    try:
        with ctx.engine.begin() as connection:
            user_id = create_user(connection, ctx.settings, body.username, body.full_name,
                                  body.role, body.password, body.regions)
            codes = sorted(connection.scalars(select(user_region.c.region_code).where(
                user_region.c.user_id == user_id)))
            _audit(connection, "user_created", principal, request, body.username,
                   {"role": body.role, "regions": codes})
    except ValueError as error:
        raise HTTPException(400, str(error)) from error
    return UserOut(id=user_id, username=body.username, full_name=body.full_name,
                   role=body.role, active=True, regions=codes)


Username = Annotated[str, Path(min_length=1, max_length=64, pattern=NO_NUL)]
DeviceId = Annotated[str, Path(max_length=200, pattern=NO_NUL)]


def _user_out(connection, row) -> UserOut:
    codes = sorted(connection.scalars(select(user_region.c.region_code).where(
        user_region.c.user_id == row.id)))
    return UserOut(id=row.id, username=row.username, full_name=row.full_name, role=row.role,
                   active=row.active, regions=codes)


def _audit(connection, event: str, principal: Principal, request: Request, subject: str,
           detail=None) -> None:
    record(connection, event, actor=principal.username, device_id=principal.device_id,
           subject=subject, address=client_address(request), detail=detail)


def _set_active(ctx: ServerContext, principal: Principal, request: Request, username: str,
                active: bool) -> UserOut:
    try:
        with ctx.engine.begin() as connection:
            row = set_user_active(connection, username, active)
            _audit(connection, "user_activated" if active else "user_deactivated", principal,
                   request, username)
            return _user_out(connection, row)
    except ValueError as error:
        raise HTTPException(404, str(error)) from error


@router.post("/admin/users/{username}/deactivate", response_model=UserOut,
             responses=errors(400, 401, 403, 404, 422))
def deactivate_user(username: Username, principal: Admin, ctx: Ctx,
                    request: Request) -> UserOut:
    """Deactivate an account: it cannot log in, and its devices are refused everywhere
    (requests, pushes, bundles, held operations)."""
    if username == principal.username:
        raise HTTPException(400, "Admin tidak boleh menonaktifkan akunnya sendiri; minta admin "
                                 "lain melakukannya")
    return _set_active(ctx, principal, request, username, False)


@router.post("/admin/users/{username}/activate", response_model=UserOut,
             responses=errors(401, 403, 404, 422))
def activate_user(username: Username, principal: Admin, ctx: Ctx,
                  request: Request) -> UserOut:
    """Reactivate an account (its devices that were not revoked work again)."""
    return _set_active(ctx, principal, request, username, True)


@router.post("/admin/users/{username}/password", response_model=UserOut,
             responses=errors(400, 401, 403, 404, 413, 422))
def reset_password(username: Username, body: NewPassword, principal: Admin, ctx: Ctx,
                   request: Request) -> UserOut:
    """Set a new password (enrolled devices keep their tokens: revoke them if the old
    password leaked)."""
    try:
        with ctx.engine.begin() as connection:
            set_password(connection, ctx.settings, username, body.password)
            _audit(connection, "password_reset", principal, request, username)
            return _user_out(connection, connection.execute(
                select(app_user).where(app_user.c.username == username)).one())
    except ValueError as error:
        raise HTTPException(404, str(error)) from error


@router.get("/admin/devices", response_model=list[DeviceOut], responses=errors(401, 403))
def list_devices(_: Admin, ctx: Ctx):
    with reading(ctx.engine) as connection:
        rows = connection.execute(
            select(device, app_user.c.username).join(app_user, app_user.c.id == device.c.user_id)
            .order_by(device.c.enrolled_at)).all()
    return [DeviceOut(id=r.id, username=r.username, name=r.name, enrolled_at=r.enrolled_at,
                      expires_at=r.expires_at, last_seen_at=r.last_seen_at,
                      revoked_at=r.revoked_at) for r in rows]


@router.post("/admin/devices/{device_id}/revoke", response_model=DeviceOut,
             responses=errors(401, 403, 404, 422))
def revoke_device(device_id: DeviceId, principal: Admin, ctx: Ctx, request: Request) -> DeviceOut:
    """Revoke a device for good: its token, bundles and held operations are refused, and
    its id can never be enrolled again (a stolen or lost laptop)."""
    with ctx.engine.begin() as connection:
        revoked = connection.execute(update(device).where(device.c.id == device_id,
                                                          device.c.revoked_at.is_(None))
                                     .values(revoked_at=utcnow())).rowcount
        row = connection.execute(select(device, app_user.c.username).join(
            app_user, app_user.c.id == device.c.user_id).where(device.c.id == device_id)).first()
        if revoked and row is not None:
            _audit(connection, "device_revoked", principal, request, device_id,
                   {"owner": row.username})
    if row is None:
        raise HTTPException(404, "Perangkat tidak ditemukan")
    return DeviceOut(id=row.id, username=row.username, name=row.name,
                     enrolled_at=row.enrolled_at, expires_at=row.expires_at,
                     last_seen_at=row.last_seen_at, revoked_at=row.revoked_at)


@router.get("/admin/audit", response_model=list[AuditEntry],
            responses=errors(401, 403, 422))
def read_audit(_: Admin, ctx: Ctx,
               before_id: int | None = Query(None, ge=1, le=MAX_INT32,
                                             description="the next page: the last id seen"),
               limit: int = Query(100, ge=1, le=1000),
               event: str | None = Query(None, max_length=40, pattern=NO_NUL),
               subject: str | None = Query(None, max_length=120, pattern=NO_NUL),
               ) -> list[AuditEntry]:
    """The security audit log, newest first: enrolments, revocations, user changes, bundle
    imports and failed logins, with who, when and from which address."""
    with reading(ctx.engine) as connection:
        return [AuditEntry(**row) for row in audit_page(connection, before_id, limit, event,
                                                        subject)]


def _review_rows(ctx: ServerContext, principal: Principal, table, region: str | None,
                 after_id: int, limit: int, own_only: bool = False) -> list[dict[str, Any]]:
    query = select(table).where(table.c.id > after_id).order_by(table.c.id).limit(limit)
    if own_only:
        query = query.where(table.c.user_id == principal.user_id)
    where = scope_filter(principal, table, check_region(principal, region))
    if where is not None:
        query = query.where(where)
    with reading(ctx.engine) as connection:
        rows = [dict(r) for r in connection.execute(query).mappings()]
    for row in rows:
        for key, value in row.items():
            if hasattr(value, "isoformat"):
                row[key] = value.isoformat()
    return rows


@router.get("/conflicts", responses=errors(400, 401, 403, 422))
def list_conflicts(principal: Reviewer, ctx: Ctx, region: str | None = Query(None, max_length=13),
                   after_id: int = Query(0, ge=0, le=MAX_INT32),
                   limit: int = Query(200, ge=1, le=1000)) -> list[dict[str, Any]]:
    """Values overwritten or refused by last-writer-wins, for a person to review."""
    return _review_rows(ctx, principal, conflict, region, after_id, limit)


@router.get("/quarantine", responses=errors(400, 401, 403, 422))
def list_quarantine(principal: Caller, ctx: Ctx, region: str | None = Query(None, max_length=13),
                    after_id: int = Query(0, ge=0, le=MAX_INT32),
                    limit: int = Query(200, ge=1, le=1000)) -> list[dict[str, Any]]:
    """Operations that could not be applied, with their reasons (operators: their regions;
    facilitators: the operations they sent themselves, from any of their devices)."""
    return _review_rows(ctx, principal, quarantine, region, after_id, limit,
                        own_only=principal.role not in ("admin", "operator"))


@router.post("/conflicts/{conflict_id}/resolve", response_model=Resolved,
             responses=errors(401, 403, 404, 422))
def resolve_conflict(principal: Reviewer, ctx: Ctx,
                     conflict_id: Annotated[int, Path(ge=1, le=MAX_INT32)]) -> Resolved:
    """Mark a conflict record as reviewed (the kept value stays; re-enter the lost one by
    editing the record if it was right)."""
    with ctx.engine.begin() as connection:
        row = connection.execute(select(conflict).where(conflict.c.id == conflict_id)).first()
        if row is None or not principal.covers(row.village_code):
            raise HTTPException(404, "Catatan konflik tidak ditemukan di wilayah Anda")
        if row.resolved_at is None:
            connection.execute(update(conflict).where(conflict.c.id == conflict_id)
                               .values(resolved_at=utcnow()))
    return Resolved(id=conflict_id, resolved=True)
