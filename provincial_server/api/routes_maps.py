"""Boundary files for the map: the admin publishes, every device lists and downloads them
(the download is GET /api/v1/blobs/{sha256}, like any file)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from provincial_server.api.deps import Admin, Caller, Ctx, client_address
from provincial_server.api.routes_files import BINARY_BODY
from provincial_server.api.schemas import NO_NUL, BoundaryOut, errors
from provincial_server.audit import record_now
from provincial_server.blobs import record_blob
from provincial_server.boundaries import BoundaryRefused, publish, published

router = APIRouter(prefix="/api/v1", tags=["peta"])


@router.get("/boundaries", response_model=list[BoundaryOut], responses=errors(401))
def list_boundaries(_: Caller, ctx: Ctx) -> list[BoundaryOut]:
    """The published boundary files, one per level; readable by every enrolled device."""
    return [BoundaryOut(**entry) for entry in published(ctx.blobs)]


@router.put("/admin/boundaries", response_model=BoundaryOut, openapi_extra=BINARY_BODY,
            responses=errors(400, 401, 403, 413, 422))
async def publish_boundaries(
    principal: Admin, ctx: Ctx, request: Request,
    file_name: Annotated[str, Query(min_length=1, max_length=200, pattern=NO_NUL)],
    credit: Annotated[str | None, Query(max_length=500, pattern=NO_NUL)] = None,
) -> BoundaryOut:
    """Publish a GeoJSON or zipped Shapefile (the body); it replaces the published file of
    its level (found from its codes) and reaches the laptops with their next sync."""
    try:
        data = await request.body()
    except ClientDisconnect as error:
        raise HTTPException(400, "Koneksi terputus saat mengirim berkas") from error
    if len(data) > ctx.settings.max_blob_bytes:
        raise HTTPException(413, f"Berkas terlalu besar (batas "
                                 f"{ctx.settings.max_blob_bytes // (1024 * 1024)} MiB)")
    if not data:
        raise HTTPException(400, "Berkas kosong")

    def run() -> BoundaryOut:
        try:
            entry = publish(ctx.blobs, data, file_name, credit, principal.username)
        except BoundaryRefused as error:
            raise HTTPException(400, str(error)) from error
        with ctx.engine.begin() as connection:
            record_blob(connection, entry["sha256"], entry["size"])
        record_now(ctx.engine, "boundary_published", actor=principal.username,
                   device_id=principal.device_id, subject=entry["level"],
                   address=client_address(request),
                   detail={"file": entry["file_name"], "sha256": entry["sha256"]})
        return BoundaryOut(**entry)

    return await run_in_threadpool(run)
