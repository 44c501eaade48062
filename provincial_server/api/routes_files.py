"""Blobs (content-addressed, resumable uploads) and bundles (USB-stick sync)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Path, Request, Response
from fastapi.responses import FileResponse
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from provincial_server.api.deps import Caller, Ctx, client_address
from provincial_server.api.schemas import (
    BlobProgress,
    BundleResponse,
    ErrorBody,
    PushResult,
    ValidationErrorBody,
    errors,
)
from provincial_server.audit import record_now
from provincial_server.blobs import BlobError, check_name, readable, record_blob
from provincial_server.bundles import (
    BundleError,
    BundleForbidden,
    apply_bundle,
    server_secret,
    verify_bundle,
)
from provincial_server.db import reading

router = APIRouter(prefix="/api/v1", tags=["berkas"])
Sha256 = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="SHA-256 (hex) berkas")]
# HEAD answers carry no body, so only their status codes are described.
_ERROR_HEAD = {401: "Token perangkat tidak ada atau tidak dikenal",
               422: "Nama berkas bukan SHA-256 heksadesimal"}
BINARY_BODY = {"requestBody": {"required": True, "content": {
    "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}}


def _name(sha256: Sha256) -> str:
    try:
        return check_name(sha256)
    except BlobError as error:
        raise HTTPException(error.status, str(error)) from error


NOT_FOUND = "Berkas tidak ditemukan: unggah berkas itu dari perangkat ini, atau buka data di " \
    "wilayah kerja Anda yang melampirkannya"


def _may_read(ctx, principal, name: str) -> bool:
    with reading(ctx.engine) as connection:
        return readable(connection, ctx.blobs, principal, name)


@router.head("/blobs/{sha256}", response_class=Response, responses={
    200: {"description": "Lengkap dan boleh dibaca (tanpa isi; lihat Upload-Offset)"},
    401: {"description": _ERROR_HEAD[401]}, 404: {"description": "Belum lengkap"},
    422: {"description": _ERROR_HEAD[422]}})
def blob_status(sha256: Sha256, principal: Caller, ctx: Ctx) -> Response:
    """``Upload-Offset`` says how many bytes of this device's upload arrived; 200 when the
    file is complete and this device may read it (it uploaded it, or a record in its
    regions attaches it). Otherwise 404, whether or not the server has the file."""
    name = _name(sha256)
    size = ctx.blobs.size(name)
    if size is not None and _may_read(ctx, principal, name):
        return Response(status_code=200, headers={"Upload-Offset": str(size),
                                                  "Upload-Complete": "1"})
    received = ctx.blobs.received(name, principal.device_id)
    return Response(status_code=404, headers={"Upload-Offset": str(received),
                                              "Upload-Complete": "0"})


@router.put("/blobs/{sha256}", response_model=BlobProgress, openapi_extra=BINARY_BODY,
            responses={**errors(400, 401, 403, 409, 413),
                       422: {"model": ValidationErrorBody | ErrorBody,
                             "description": "Header tidak sah, atau isi berkas tidak cocok "
                                            "dengan SHA-256-nya"}})
async def blob_upload(
    principal: Caller, ctx: Ctx, sha256: Sha256, request: Request,
    upload_offset: int = Header(..., ge=0, le=2**53),
    upload_length: int = Header(..., ge=1, le=2**53),
) -> BlobProgress:
    """Append one chunk at ``Upload-Offset`` of a file of ``Upload-Length`` bytes."""
    name = _name(sha256)
    if upload_length > ctx.settings.max_blob_bytes:
        raise HTTPException(413, f"Berkas terlalu besar (batas "
                                 f"{ctx.settings.max_blob_bytes // (1024 * 1024)} MiB)")
    if principal.role not in ("admin", "operator", "facilitator"):
        raise HTTPException(403, "Tidak diizinkan")
    try:
        chunk = await request.body()
    except ClientDisconnect as error:  # the link dropped mid-chunk: nothing was written
        raise HTTPException(400, "Koneksi terputus di tengah potongan") from error
    if not chunk and upload_offset < upload_length:
        raise HTTPException(400, "Potongan kosong")
    try:
        received, complete = await run_in_threadpool(
            ctx.blobs.append, name, upload_offset, upload_length, chunk, principal.device_id)
    except BlobError as error:
        raise HTTPException(error.status, str(error)) from error
    if complete:
        def note() -> None:
            with ctx.engine.begin() as connection:
                record_blob(connection, name, received)
        await run_in_threadpool(note)
    return BlobProgress(sha256=name, received=received, complete=complete)


@router.get("/blobs/{sha256}", response_class=FileResponse,
            responses={200: {"content": {"application/octet-stream": {}}},
                       **errors(401, 404, 422)})
def blob_download(principal: Caller, ctx: Ctx, sha256: Sha256) -> FileResponse:
    """The file, if this device uploaded it or a record in the caller's regions attaches it
    (404 otherwise: whether the server has the file is not revealed)."""
    name = _name(sha256)
    if not _may_read(ctx, principal, name):
        raise HTTPException(404, NOT_FOUND)
    return FileResponse(ctx.blobs.path(name), media_type="application/octet-stream")


@router.post("/bundles", response_model=BundleResponse, openapi_extra=BINARY_BODY,
             responses=errors(400, 401, 403, 413))
async def bundle_import(principal: Caller, ctx: Ctx, request: Request) -> BundleResponse:
    """Import a bundle file (operations and files from a laptop without network)."""
    try:
        data = await request.body()
    except ClientDisconnect as error:
        raise HTTPException(400, "Koneksi terputus saat mengirim bundel") from error

    def run() -> BundleResponse:
        audit = {"actor": principal.username, "device_id": principal.device_id,
                 "address": client_address(request)}
        try:
            verified = verify_bundle(ctx.engine, server_secret(ctx.engine), data,
                                     ctx.settings.max_bundle_unpacked_bytes, principal)
            results = apply_bundle(ctx.engine, ctx.settings, ctx.blobs, verified)
        except BundleError as error:
            record_now(ctx.engine, "bundle_refused", detail=str(error), **audit)
            raise HTTPException(403 if isinstance(error, BundleForbidden) else 400,
                                str(error)) from error
        record_now(ctx.engine, "bundle_imported", subject=verified.principal.device_id,
                   detail=_counts(results), **audit)
        return BundleResponse(device_id=verified.principal.device_id, blobs=len(verified.blobs),
                              results=[PushResult(**r.to_json()) for r in results])

    return await run_in_threadpool(run)


def _counts(results) -> dict[str, int]:
    counts: dict[str, int] = {}
    for result in results:
        counts[result.status] = counts.get(result.status, 0) + 1
    return counts
