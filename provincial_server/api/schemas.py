"""Request and response bodies (they also make the OpenAPI description)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictInt, StrictStr

DEVICE_ID = r"^[A-Za-z0-9_.:-]{1,40}$"
# PostgreSQL cannot hold NUL in text: refused (422) wherever such text would reach a query.
NO_NUL = r"^[^\x00]*$"
MAX_OPS_SCHEMA = 5000
REGION = r"^\d{2}\.?\d{2}(\.?\d{2})?$"  # kabupaten 64.01 / kecamatan 64.01.01 (or plain)


def _as_utc(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


# The database keeps naive UTC; answers carry the zone ("...Z") so they are RFC 3339 date-times.
UtcDateTime = Annotated[datetime, AfterValidator(_as_utc)]


class ErrorBody(BaseModel):
    """Every error answer: a message in Bahasa Indonesia."""
    detail: str


class FieldProblem(BaseModel):
    loc: str = Field(description="where, e.g. body.ops.0.seq or query.limit")
    msg: str


class ValidationErrorBody(BaseModel):
    """422: the first problem in ``detail``, up to 20 problems in ``errors``."""
    detail: str
    errors: list[FieldProblem]


_ERROR_TEXT = {
    400: "Permintaan tidak sah (isi, kode wilayah, kursor atau Content-Length)",
    401: "Token perangkat tidak ada, tidak dikenal, kedaluwarsa atau dicabut",
    403: "Tidak diizinkan untuk peran atau wilayah kerja ini",
    404: "Tidak ditemukan",
    409: "Bentrok dengan permintaan lain yang sedang berjalan",
    413: "Permintaan terlalu besar",
    422: "Isi atau parameter permintaan tidak sah",
    429: "Terlalu banyak percobaan; tunggu sesuai header Retry-After",
}


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The ``responses=`` entries for the error answers a route may give."""
    answers: dict[int | str, dict[str, Any]] = {}
    for code in codes:
        model = ValidationErrorBody if code == 422 else ErrorBody
        answers[code] = {"model": model, "description": _ERROR_TEXT[code]}
    return answers


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EnrolRequest(Strict):
    username: Annotated[StrictStr, Field(min_length=1, max_length=64, pattern=NO_NUL)]
    password: Annotated[StrictStr, Field(min_length=1, max_length=200, pattern=NO_NUL)]
    device_id: Annotated[StrictStr, Field(pattern=DEVICE_ID)]
    device_name: Annotated[StrictStr, Field(min_length=1, max_length=120, pattern=NO_NUL)]


class EnrolResponse(BaseModel):
    token: str
    expires_at: UtcDateTime
    device_id: str
    username: str
    role: str
    regions: list[str]
    bundle_key: str
    last_seq: int = Field(0, description="the highest operation seq the server holds from "
                                         "this device (continue above it)")


class Me(BaseModel):
    username: str
    role: str
    regions: list[str]
    device_id: str
    last_seq: int = Field(0, description="the highest operation seq the server holds from "
                                         "this device (continue above it)")


class NewUser(Strict):
    username: Annotated[StrictStr, Field(pattern=r"^[a-z0-9_.-]{3,64}$")]
    full_name: Annotated[StrictStr, Field(min_length=1, max_length=200, pattern=NO_NUL)]
    role: Literal["admin", "operator", "facilitator"]
    password: Annotated[StrictStr, Field(min_length=8, max_length=200, pattern=NO_NUL)]
    regions: Annotated[list[Annotated[StrictStr, Field(pattern=REGION)]], Field(max_length=100)]


class AuditEntry(BaseModel):
    id: int
    at: UtcDateTime
    event: str
    actor: str | None
    device_id: str | None
    subject: str | None
    address: str | None
    detail: str | None


class NewPassword(Strict):
    password: Annotated[StrictStr, Field(min_length=8, max_length=200, pattern=NO_NUL)]


class UserOut(BaseModel):
    id: int
    username: str
    full_name: str
    role: str
    active: bool
    regions: list[str]


class DeviceOut(BaseModel):
    id: str
    username: str
    name: str
    enrolled_at: UtcDateTime
    expires_at: UtcDateTime
    last_seen_at: UtcDateTime | None
    revoked_at: UtcDateTime | None


class Resolved(BaseModel):
    id: int
    resolved: bool


class Health(BaseModel):
    status: Literal["ok", "error"]
    detail: str | None = None


class VersionOut(BaseModel):
    version: str
    api: str
    schema_: str | None = Field(alias="schema", description="the database's schema revision")
    schema_expected: str | None
    database: str


class PushOperation(Strict):
    seq: Annotated[StrictInt, Field(ge=1, le=2**62)]
    table: Annotated[StrictStr, Field(min_length=1, max_length=64)]
    row_id: Annotated[StrictStr, Field(min_length=1, max_length=64)]
    kind: Literal["upsert", "delete"]
    payload: dict[StrictStr, Any]
    hlc: Annotated[StrictStr, Field(min_length=1, max_length=64)]
    hash: Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{64}$")]
    base: dict[StrictStr, Annotated[StrictStr, Field(max_length=64)]] | None = None
    op_id: Annotated[StrictStr, Field(max_length=64)] | None = None


class PushRequest(Strict):
    ops: Annotated[list[PushOperation], Field(min_length=1, max_length=MAX_OPS_SCHEMA)]


class PushResult(BaseModel):
    seq: int
    status: Literal["applied", "duplicate", "held", "quarantined", "rejected"]
    reason: str | None = None
    clamped: bool = False
    hlc: str | None = Field(None, description="the clock as stored, when it was clamped")


class PushResponse(BaseModel):
    results: list[PushResult]
    server_time_ms: int


class Change(BaseModel):
    s: int = Field(description="server sequence")
    t: str = Field(description="table")
    id: str
    k: Literal["u", "d"] = Field(description="u: fields changed, d: deleted")
    f: dict[str, Any] = Field(description="changed fields and their values")
    c: str = Field(description="HLC of the change")


class PullResponse(BaseModel):
    changes: list[Change]
    cursor: str | None
    more: bool
    refetch: bool = False
    reason: str | None = None


class SnapshotResponse(BaseModel):
    table: str
    rows: list[dict[str, Any]]
    more: bool
    next_after: str | None
    cursor: str


class BlobProgress(BaseModel):
    sha256: str
    received: int
    complete: bool


class BoundaryOut(BaseModel):
    """A published boundary file: fetch it with GET /api/v1/blobs/{sha256}."""

    level: str  # regency | district | village
    sha256: str
    size: int
    file_name: str
    credit: str | None
    published_at: str
    published_by: str


class BundleResponse(BaseModel):
    device_id: str
    results: list[PushResult]
    blobs: int
