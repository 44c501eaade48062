"""Device enrolment (log in once from a laptop) and who-am-I."""

from __future__ import annotations

import json
import logging

from fastapi import APIRouter, HTTPException, Request
from sqlalchemy.exc import IntegrityError

from provincial_server.api.deps import Caller, Ctx, ServerContext, client_address
from provincial_server.api.schemas import EnrolRequest, EnrolResponse, ErrorBody, Me, errors
from provincial_server.audit import ENROL, LOGIN_FAILED, record, record_now
from provincial_server.auth import (
    AuthError,
    DeviceRefused,
    check_password,
    enrol_device,
    last_op_seq,
)
from provincial_server.bundles import bundle_key, server_secret
from provincial_server.db import reading
from provincial_server.login_limits import retry_after
from provincial_server.models import user_region
from provincial_server.timeutil import utcnow

log = logging.getLogger("provincial_server.auth")
router = APIRouter(prefix="/api/v1", tags=["akun"])


@router.post("/auth/enrol", response_model=EnrolResponse,
             responses={**errors(400, 401, 403, 409, 413, 422, 429),
                        401: {"model": ErrorBody,
                              "description": "Salah nama pengguna atau kata sandi"},
                        403: {"model": ErrorBody,
                              "description": "ID perangkat dicabut atau milik pengguna lain"},
                        429: {"model": ErrorBody,
                              "description": "Terlalu banyak percobaan gagal atau server sibuk; "
                                             "tunggu Retry-After detik"}})
def enrol(body: EnrolRequest, ctx: Ctx, request: Request) -> EnrolResponse:
    """Log in with username and password and get a revocable token for this device."""
    address = client_address(request)
    _check_limits(ctx, body.username, address)
    if not ctx.hashing.acquire(timeout=ctx.settings.login_hash_wait_s):
        raise HTTPException(429, "Server sedang sibuk memeriksa kata sandi lain; coba lagi "
                                 "beberapa detik lagi", headers={"Retry-After": "2"})
    try:
        _check_limits(ctx, body.username, address)  # others may have failed meanwhile
        with reading(ctx.engine) as connection:
            user = check_password(connection, ctx.settings, body.username, body.password)
    except AuthError as error:
        record_now(ctx.engine, LOGIN_FAILED, subject=body.username, address=address,
                   device_id=body.device_id, detail=str(error))
        raise HTTPException(401, str(error)) from error
    finally:
        ctx.hashing.release()
    try:
        with ctx.engine.begin() as connection:
            token, expires = enrol_device(connection, ctx.settings, user.id, body.device_id,
                                          body.device_name)
            regions = sorted(connection.scalars(
                user_region.select().with_only_columns(user_region.c.region_code)
                .where(user_region.c.user_id == user.id)))
            last_seq = last_op_seq(connection, body.device_id)
            record(connection, ENROL, actor=user.username, device_id=body.device_id,
                   subject=body.device_id, address=address, detail=body.device_name)
    except DeviceRefused as error:
        record_now(ctx.engine, "enrol_refused", actor=user.username, device_id=body.device_id,
                   subject=body.device_id, address=address, detail=str(error))
        raise HTTPException(403, str(error)) from error
    except IntegrityError as error:  # the same new device id enrolled twice at once
        raise HTTPException(409, "Perangkat ini sedang didaftarkan dari tempat lain; coba lagi "
                                 "sebentar lagi") from error
    return EnrolResponse(
        token=token, expires_at=expires, device_id=body.device_id, username=user.username,
        role=user.role, regions=regions,
        bundle_key=bundle_key(server_secret(ctx.engine), body.device_id), last_seq=last_seq,
    )


def _check_limits(ctx: ServerContext, username: str, address: str) -> None:
    """429 with Retry-After while this account or address must wait (no sleeping here)."""
    with reading(ctx.engine) as connection:
        wait = retry_after(connection, ctx.settings, username, address, utcnow())
    if wait > 0:
        log.warning(json.dumps({"event": "login_throttled", "subject": username[:64],
                                "address": address, "retry_after": wait}))
        raise HTTPException(429, f"Terlalu banyak percobaan masuk yang gagal; coba lagi dalam "
                                 f"{wait} detik, atau minta admin mengganti kata sandi",
                            headers={"Retry-After": str(wait)})


@router.get("/me", response_model=Me, responses=errors(401))
def me(principal: Caller, ctx: Ctx) -> Me:
    """Who calls, and the last operation seq the server holds from this device."""
    with reading(ctx.engine) as connection:
        last_seq = last_op_seq(connection, principal.device_id)
    return Me(username=principal.username, role=principal.role,
              regions=list(principal.regions), device_id=principal.device_id,
              last_seq=last_seq)

