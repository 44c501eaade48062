"""Health and version, for load balancers and support."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text

from provincial_server import API_VERSION, __version__
from provincial_server.api.deps import Ctx
from provincial_server.api.schemas import Health, VersionOut
from provincial_server.db import current_revision, head_revision, reading

router = APIRouter(tags=["operasi"])


@router.get("/health", response_model=Health, responses={
    503: {"model": Health, "description": "Basis data tidak menjawab"}})
def health(ctx: Ctx) -> JSONResponse:
    """200 when the database answers, 503 otherwise."""
    try:
        with reading(ctx.engine) as connection:
            connection.execute(text("SELECT 1"))
    except Exception:  # any database failure means "not healthy"
        return JSONResponse({"status": "error", "detail": "basis data tidak menjawab"}, 503)
    return JSONResponse({"status": "ok"})


@router.get("/version")
def version(ctx: Ctx) -> VersionOut:
    return VersionOut(**{"version": __version__, "api": API_VERSION,
            "schema": current_revision(ctx.engine), "schema_expected": head_revision(),
            "database": ctx.engine.dialect.name})
