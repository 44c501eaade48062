"""Rows a written row names without hanging off them (an intervention's actor, meeting and
agreement): each must exist and be readable by the writer, by the pull's rule.

A named row the server does not have yet is waited for, as a missing parent is (the
operation is held and applied when that row arrives, in the same batch or a later one); a
named row the writer may not read refuses the operation. The reason never says where that
row lies, nor whether it exists elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from desktop_app.core.sync.registry import VISIBLE_FROM_BELOW
from provincial_server.auth import Principal
from provincial_server.sync.protocol import ROW_ID_PATTERN
from provincial_server.sync.pull import above
from provincial_server.sync.registry import Poison, SyncedTable

if TYPE_CHECKING:
    from provincial_server.sync.state import BatchState


def readable(who: Principal, table_name: str, scope: str) -> bool:
    """May ``who`` read a row of ``table_name`` lying in ``scope``? (What a pull gives them:
    rows of their regions; an actor also when it works above them, nationwide included.)"""
    if who.covers(scope):
        return True
    return table_name in VISIBLE_FROM_BELOW and scope in above(list(who.regions))


def referenced(spec: SyncedTable, payload: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """(table, id) of the well-formed rows ``payload`` names (what a batch prefetches)."""
    for ref in spec.references:
        value = payload.get(ref.column)
        if isinstance(value, str) and ROW_ID_PATTERN.fullmatch(value):
            yield ref.table, value


def check_references(who: Principal, spec: SyncedTable, values: dict[str, Any],
                     row: dict[str, Any] | None, state: BatchState) -> tuple[str, str] | None:
    """Check the rows ``values`` newly name (``row``: as stored, None for a new row).

    Returns the (table, id) of a named row not on the server yet (the operation waits for
    it), None when all are there; raises Poison for a malformed id or a row the writer may
    not read (checked for every reference before waiting for any)."""
    missing: tuple[str, str] | None = None
    for ref in spec.references:
        target = values.get(ref.column)
        if target is None or (row is not None and target == row.get(ref.column)):
            continue
        if not ROW_ID_PATTERN.fullmatch(target):
            raise Poison(f"kolom {ref.column}: id {ref.what} '{target[:40]}' bukan UUID; pilih "
                         f"{ref.what} dari daftar di laptop lalu kirim ulang")
        place = state.named_place(ref.table, target)
        if place is None:
            missing = missing or (ref.table, target)
        elif not readable(who, ref.table, place):
            raise Poison(f"kolom {ref.column}: {ref.what} {target} tidak ditemukan di wilayah "
                         f"kerja pengguna {who.username}; pilih {ref.what} dari wilayah Anda "
                         "atau kosongkan isian itu, lalu kirim ulang")
    return missing
