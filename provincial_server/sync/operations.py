"""One pushed operation and its outcome, as the applier sees them."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from provincial_server.sync.protocol import operation_hash

MAX_DEPTH = 64
TEXT_PROBLEM = ("isian operasi berisi karakter Unicode yang tidak sah (surrogate tunggal atau "
                "NUL); perbaiki teksnya")
_PLAIN_VALUES = frozenset({str, int, bool, type(None)})  # no float: NaN is checked by the call


def wire_problem(op: Operation) -> str | None:
    """Why ``op`` cannot even be hashed or stored (Indonesian), or None. Checked before
    anything else, so one odd operation is quarantined and never fails its batch."""
    texts = (op.table, op.row_id, op.kind, op.hlc, op.hash)
    for text in texts:
        if not isinstance(text, str):
            return "operasi tidak lengkap (tabel, id baris, jenis, jam atau hash bukan teks)"
    for text in texts:
        if _bad_text(text):
            return "operasi berisi karakter Unicode yang tidak sah (surrogate tunggal atau NUL)"
    problem = _value_problem(op.payload, 0)
    if problem is None and op.base is not None:
        problem = _value_problem(op.base, 0)
    return problem


def _bad_text(text: str) -> bool:
    if "\x00" in text:
        return True
    if text.isascii():  # most text: no lone surrogate possible, nothing to encode
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _value_problem(value: Any, depth: int) -> str | None:
    if depth > MAX_DEPTH:
        return "isian operasi bersarang terlalu dalam"
    if isinstance(value, float) and not math.isfinite(value):
        return "isian operasi berisi angka tak terhingga atau NaN; perbaiki nilainya"
    if isinstance(value, str):
        if _bad_text(value):
            return TEXT_PROBLEM
    elif isinstance(value, dict):
        for key, item in value.items():
            # The common case without a call: a text key and a plain value, within the
            # depth limit (the same answers as the calls below).
            if depth < MAX_DEPTH and type(key) is str and type(item) in _PLAIN_VALUES:
                if _bad_text(key) or (type(item) is str and _bad_text(item)):
                    return TEXT_PROBLEM
                continue
            problem = _value_problem(key, depth + 1) or _value_problem(item, depth + 1)
            if problem:
                return problem
    elif isinstance(value, list):
        for item in value:
            problem = _value_problem(item, depth + 1)
            if problem:
                return problem
    return None


def storable(value: Any, depth: int = 0) -> Any:
    """``value`` as any database's JSON column takes it: odd numbers and text spelled out."""
    if depth > MAX_DEPTH:
        return "..."
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    if isinstance(value, str):
        if _bad_text(value):
            return value.replace("\x00", "\\x00").encode(
                "utf-8", "backslashreplace").decode("utf-8")
        return value
    if isinstance(value, dict):
        return {storable(str(k), depth + 1): storable(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [storable(v, depth + 1) for v in value]
    return value


@dataclass
class Operation:
    seq: int
    table: str
    row_id: str
    kind: str  # upsert | delete
    payload: dict[str, Any]
    hlc: str
    hash: str
    base: dict[str, str] | None = None  # field clocks the editor saw (optional)

    def expected_hash(self) -> str:
        return operation_hash(self.table, self.row_id, self.kind, self.payload, self.hlc)

    def to_json(self) -> dict[str, Any]:
        data = {"seq": self.seq, "table": self.table, "row_id": self.row_id, "kind": self.kind,
                "payload": self.payload, "hlc": self.hlc, "hash": self.hash}
        if self.base is not None:
            data["base"] = self.base
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Operation:
        return cls(int(data["seq"]), data["table"], data["row_id"], data["kind"],
                   dict(data["payload"]), data["hlc"], data["hash"], data.get("base"))


@dataclass
class OpResult:
    seq: int
    status: str  # applied | duplicate | held | quarantined | rejected
    reason: str | None = None
    clamped: bool = False
    hlc: str | None = None  # the clock as stored, when it was clamped

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"seq": self.seq, "status": self.status}
        if self.reason:
            data["reason"] = self.reason
        if self.clamped:
            data["clamped"] = True
            data["hlc"] = self.hlc
        return data


@dataclass
class HeldEntry:
    """An operation waiting for a row (its parent, or the row it edits) to arrive."""

    op: Operation
    user_id: int
    device_id: str
    db_id: int | None = None  # set when it was held by an earlier request
    result: OpResult | None = None  # set when held earlier in this batch
    pending: dict[str, Any] | None = field(default=None, repr=False)  # unsaved held_op row
