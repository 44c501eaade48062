"""Request dependencies: the server context and the authenticated caller."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine, update

from provincial_server.auth import AuthError, Principal, principal_for_token
from provincial_server.blobs import BlobStore
from provincial_server.config import Settings
from provincial_server.db import quick_read
from provincial_server.models import device
from provincial_server.timeutil import utcnow

SEEN_EVERY = timedelta(minutes=5)
bearer = HTTPBearer(auto_error=False, description="Token perangkat dari /api/v1/auth/enrol")


@dataclass
class ServerContext:
    settings: Settings
    engine: Engine
    blobs: BlobStore
    hashing: threading.BoundedSemaphore = field(
        default_factory=lambda: threading.BoundedSemaphore(4))  # password hashes at once


def client_address(request: Request) -> str:
    """The caller's address (behind a trusted proxy: the one it forwarded)."""
    return request.client.host if request.client else "tidak-diketahui"


# Dependencies that do no I/O are coroutines: FastAPI runs a plain function in the thread
# pool, one thread hand-off each (~0.2–0.3 ms of a request's CPU on one core).
async def context(request: Request) -> ServerContext:
    return request.app.state.context


def caller(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Principal:
    """The caller of a request with a valid device token; 401 otherwise."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HTTPException(401, "Token perangkat diperlukan (Authorization: Bearer …)",
                            headers={"WWW-Authenticate": "Bearer"})
    ctx: ServerContext = request.app.state.context
    token = credentials.credentials
    if len(token) > 200:
        raise HTTPException(401, "Token perangkat tidak dikenal",
                            headers={"WWW-Authenticate": "Bearer"})
    with quick_read(ctx.engine) as connection:  # one statement
        try:
            principal = principal_for_token(connection, token)
        except AuthError as error:
            raise HTTPException(401, str(error), headers={"WWW-Authenticate": "Bearer"}) from error
    now = utcnow()
    if principal.last_seen_at is None or now - principal.last_seen_at > SEEN_EVERY:
        with ctx.engine.begin() as connection:
            connection.execute(update(device).where(device.c.id == principal.device_id)
                               .values(last_seen_at=now))
    request.state.principal = principal
    return principal


Caller = Annotated[Principal, Depends(caller)]


async def admin(principal: Caller) -> Principal:
    if not principal.is_admin:
        raise HTTPException(403, "Hanya admin provinsi yang boleh melakukan ini")
    return principal


async def reviewer(principal: Caller) -> Principal:
    if principal.role not in ("admin", "operator"):
        raise HTTPException(403, "Hanya admin provinsi atau operator kabupaten")
    return principal


Admin = Annotated[Principal, Depends(admin)]
Reviewer = Annotated[Principal, Depends(reviewer)]
Ctx = Annotated[ServerContext, Depends(context)]


def check_region(principal: Principal, region: str | None) -> str | None:
    """A region filter the caller may use (inside their regions), else 403."""
    if region is None:
        return None
    from provincial_server.regions import normalise_region

    try:
        code = normalise_region(region)
    except ValueError as error:
        raise HTTPException(400, str(error)) from error
    if not principal.is_admin and not any(
        code == r or code.startswith(r + ".") for r in principal.regions
    ):
        raise HTTPException(403, f"Wilayah {code} di luar wilayah kerja Anda")
    return code
