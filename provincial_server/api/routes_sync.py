"""Push, pull and snapshot (the refetch after a "refetch" answer)."""

from __future__ import annotations

import json
from enum import Enum
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import ValidationError

from provincial_server.api.deps import Caller, Ctx, check_region
from provincial_server.api.schemas import (
    NO_NUL,
    PullResponse,
    PushRequest,
    PushResponse,
    PushResult,
    SnapshotResponse,
    errors,
)
from provincial_server.db import quick_read, reading
from provincial_server.sync.operations import Operation
from provincial_server.sync.pull import Refetch, pull_changes_json, snapshot_page
from provincial_server.sync.push import push_operations
from provincial_server.sync.registry import SYNCED
from provincial_server.timeutil import now_ms

SyncedTableName = Enum("SyncedTableName", {name: name for name in SYNCED}, type=str)
router = APIRouter(prefix="/api/v1/sync", tags=["sinkronisasi"])


async def push_request(request: Request) -> PushRequest:
    """The push body parsed and validated by pydantic's own JSON parser in one pass (through
    FastAPI: ``json.loads`` then validating the Python objects, 2.8 ms of a sync's ~28 ms).
    The same answers: 422 for a body that is missing, not JSON (or not declared JSON) or
    not a valid push, with the same error types and ``body.…`` locations."""
    raw = await request.body()
    if not raw:
        raise RequestValidationError([{"type": "missing", "loc": ("body",),
                                       "msg": "Field required", "input": None}])
    if not _declared_json(request.headers.get("content-type")):
        raise RequestValidationError([{"type": "model_attributes_type", "loc": ("body",),
                                       "msg": "Input should be a valid dictionary",
                                       "input": None}])
    try:
        return PushRequest.model_validate_json(raw)
    except ValidationError as error:
        problems = error.errors(include_url=False, include_context=False)
    if any(item["type"] == "json_invalid" for item in problems):
        # What pydantic's parser refuses but Python's accepts (a lone surrogate such as
        # "\ud800", quarantined later rather than failing the batch): the old way.
        try:
            return PushRequest.model_validate(_python_json(raw))
        except ValidationError as error:
            problems = error.errors(include_url=False, include_context=False)
    raise RequestValidationError([{**item, "loc": ("body", *item["loc"]), "input": None}
                                  for item in problems])


def _python_json(raw: bytes) -> object:
    """``json.loads`` with FastAPI's answers: 422 for JSON that is not, 400 otherwise."""
    try:
        return json.loads(raw)
    except json.JSONDecodeError as error:
        raise RequestValidationError([{"type": "json_invalid", "loc": ("body", error.pos),
                                       "msg": "JSON decode error", "input": None}]) from None
    except Exception as error:  # undecodable bytes, nesting too deep: as FastAPI answers
        raise HTTPException(400, "There was an error parsing the body") from error


def _declared_json(content_type: str | None) -> bool:
    """``application/json`` or ``application/…+json``, as FastAPI accepts for a body."""
    if not content_type:
        return False
    kind = content_type.split(";", 1)[0].strip().lower()
    return kind == "application/json" or (kind.startswith("application/")
                                          and kind.endswith("+json"))


@router.post("/push", response_model=PushResponse, responses=errors(400, 401, 413, 422),
             openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
                 "schema": {"$ref": "#/components/schemas/PushRequest"}}}}})
def push(principal: Caller, ctx: Ctx,
         body: Annotated[PushRequest, Depends(push_request)]) -> Response:
    """Apply a batch of operations; each gets applied, duplicate, held, quarantined or
    rejected. The idempotency key is (this device, ``seq``)."""
    if len(body.ops) > ctx.settings.max_ops_per_push:
        raise HTTPException(413, f"Terlalu banyak operasi dalam satu kiriman "
                                 f"(batas {ctx.settings.max_ops_per_push})")
    ops = [Operation(o.seq, o.table, o.row_id, o.kind, o.payload, o.hlc, o.hash, o.base)
           for o in body.ops]
    results = push_operations(ctx.engine, ctx.settings, principal, ops)
    answer = PushResponse(results=[PushResult(**r.to_json()) for r in results],
                          server_time_ms=now_ms())
    # Already the response model: written once, not validated and encoded again by FastAPI.
    return Response(answer.model_dump_json(), media_type="application/json")


@router.get("/pull", response_model=PullResponse, responses=errors(400, 401, 403, 422))
def pull(principal: Caller, ctx: Ctx,
         cursor: str | None = Query(None, max_length=120, pattern=NO_NUL),
         limit: int = Query(1000, ge=1, le=20000),
         region: str | None = Query(None, max_length=13)) -> PullResponse | Response:
    """Changes after ``cursor`` in commit order, within the caller's regions."""
    code = check_region(principal, region)
    limit = min(limit, ctx.settings.pull_page_max)
    try:
        # The counter, then changes up to it: all committed (counter lock), so no common
        # snapshot is needed.
        with quick_read(ctx.engine) as connection:
            body = pull_changes_json(connection, principal, cursor, limit, code)
    except Refetch as answer:
        return PullResponse(changes=[], cursor=None, more=False, refetch=True,
                            reason=answer.reason)
    except ValueError as error:
        raise HTTPException(400, str(error)) from error
    # Built by hand (already the response shape): skip re-validating thousands of changes.
    return Response(body, media_type="application/json")


@router.get("/snapshot", response_model=SnapshotResponse,
            responses=errors(400, 401, 403, 422))
def snapshot(principal: Caller, ctx: Ctx, table: Annotated[SyncedTableName, Query()],
             after: str | None = Query(None, max_length=36, pattern=NO_NUL),
             limit: int = Query(1000, ge=1, le=5000),
             region: str | None = Query(None, max_length=13)) -> SnapshotResponse:
    """Current rows of one synced table in the caller's regions. Keep the ``cursor`` of the
    first page and pull from it afterwards."""
    code = check_region(principal, region)
    with reading(ctx.engine) as connection:
        return SnapshotResponse(**snapshot_page(connection, principal, table.value, after, limit,
                                                code))
