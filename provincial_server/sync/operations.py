"""One pushed operation and its outcome, as the applier sees them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from provincial_server.sync.protocol import operation_hash


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
