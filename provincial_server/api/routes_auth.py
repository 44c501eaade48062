"""Device enrolment (log in once from a laptop) and who-am-I."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from sqlalchemy.exc import IntegrityError

from provincial_server.api.deps import (
    Caller,
    Ctx,
)
from provincial_server.api.schemas import EnrolRequest, EnrolResponse, Me
from provincial_server.auth import (
    AuthError,
    DeviceRefused,
    check_password,
    enrol_device,
    last_op_seq,
)
from provincial_server.bundles import bundle_key, server_secret
from provincial_server.db import reading
from provincial_server.models import user_region

router = APIRouter(prefix="/api/v1", tags=["akun"])


@router.post("/auth/enrol", response_model=EnrolResponse,
             responses={401: {"description": "Salah nama pengguna atau kata sandi"},
                        403: {"description": "ID perangkat dicabut atau milik pengguna lain"}})
def enrol(body: EnrolRequest, ctx: Ctx) -> EnrolResponse:
    """Log in with username and password and get a revocable token for this device."""
    try:
        with reading(ctx.engine) as connection:
            user = check_password(connection, ctx.settings, body.username, body.password)
        with ctx.engine.begin() as connection:
            token, expires = enrol_device(connection, ctx.settings, user.id, body.device_id,
                                          body.device_name)
            regions = sorted(connection.scalars(
                user_region.select().with_only_columns(user_region.c.region_code)
                .where(user_region.c.user_id == user.id)))
            last_seq = last_op_seq(connection, body.device_id)
    except DeviceRefused as error:
        raise HTTPException(403, str(error)) from error
    except AuthError as error:
        raise HTTPException(401, str(error)) from error
    except IntegrityError as error:  # the same new device id enrolled twice at once
        raise HTTPException(409, "Perangkat ini sedang didaftarkan dari tempat lain; coba lagi "
                                 "sebentar lagi") from error
    return EnrolResponse(
        token=token, expires_at=expires, device_id=body.device_id, username=user.username,
        role=user.role, regions=regions,
        bundle_key=bundle_key(server_secret(ctx.engine), body.device_id), last_seq=last_seq,
    )


@router.get("/me", response_model=Me)
def me(principal: Caller, ctx: Ctx) -> Me:
    """Who calls, and the last operation seq the server holds from this device."""
    with reading(ctx.engine) as connection:
        last_seq = last_op_seq(connection, principal.device_id)
    return Me(username=principal.username, role=principal.role,
              regions=list(principal.regions), device_id=principal.device_id,
              last_seq=last_seq)

