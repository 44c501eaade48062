"""Sync by USB stick: export the outbox as a signed bundle, import the server's reply."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.attachments.blobs import BlobStore
from desktop_app.core.db import Database
from desktop_app.core.local_settings import LAST_HLC, set_setting
from desktop_app.core.sync import state
from desktop_app.core.sync.bundle_format import build_bundle, read_return_bundle
from desktop_app.core.sync.changes import Editor
from desktop_app.core.sync.files import uploads_waiting
from desktop_app.core.sync.merge import RemoteApplier
from desktop_app.core.sync.outbox import (
    pending_batch,
    record_results,
    replay_all,
    wire_operation,
)
from desktop_app.core.sync.tables import SYNCED_TABLES

EVERYTHING = 10**9


@dataclass(frozen=True)
class ExportReport:
    operations: int
    files: int
    size: int


@dataclass(frozen=True)
class ImportReport:
    results: int
    changes: int
    snapshot_rows: int
    already_imported: bool


def files_waiting(db: Database, store: BlobStore) -> Callable[[], dict[str, bytes]]:
    """The files a bundle should carry: those the server may not have yet."""
    return lambda: {job.sha256: store.path_of(job.sha256).read_bytes()
                    for job in uploads_waiting(db, store)}


def export_bundle(db: Database, device_id: str, key: str, path: Path,
                  pending_files: Callable[[], dict[str, bytes]] = dict) -> ExportReport:
    """Write every unacknowledged operation (and files not yet on the server) to ``path``.

    The file is written beside its final name and renamed, so a pulled-out stick never
    holds half a bundle under the real name.
    """
    with db.reading() as session:
        ops = [wire_operation(op) for op in pending_batch(session, EVERYTHING)]
        cursor = state.get_json(session, state.CURSOR)
    files = pending_files()
    data = build_bundle(device_id, key, ops, files, extra={"cursor": cursor})
    staged = path.with_name(path.name + ".part")
    with open(staged, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    staged.replace(path)
    return ExportReport(len(ops), len(files), len(data))


def import_return_bundle(db: Database, editor: Editor, key: str, path: Path) -> ImportReport:
    """Apply the server's reply: results of our operations, then the scope's changes.

    Everything is checked before anything is written; importing the same file again
    changes nothing.
    """
    payload = read_return_bundle(path.read_bytes(), editor.clock.device_id, key)
    results = payload.get("results") or []
    snapshot = payload.get("snapshot")
    changes = payload.get("changes") or []
    cursor = payload.get("cursor")
    with db.writing() as session:
        applier = RemoteApplier(session, editor.clock, editor.now)
        ops = pending_batch(session, EVERYTHING)
        answered = {r["seq"] for r in results}
        mine = [op for op in ops if op.seq in answered]
        record_results(session, mine, results, applier, editor.now())
        current = state.get_json(session, state.CURSOR)
        fresh = cursor is not None and cursor != current and not _older(cursor, current)
        rows = 0
        regions = payload.get("regions")
        if fresh and isinstance(regions, list):
            state.set_json(session, state.REGIONS, sorted(regions))
        if fresh and snapshot is not None:
            replay_all(session)
            regions = state.get_json(session, state.REGIONS) or []
            for name in SYNCED_TABLES:
                table_rows = snapshot.get(name, [])
                applier.apply_snapshot(name, table_rows, None, None, regions)
                rows += len(table_rows)
        elif fresh:
            applier.apply_changes(changes)
        if fresh:
            state.set_json(session, state.CURSOR, cursor)
            state.stamp(session, state.LAST_PULL_OK, editor.now())
            set_setting(session, LAST_HLC, editor.clock.now())
    return ImportReport(len(mine), len(changes) if fresh else 0, rows, not fresh and not mine)


def _older(cursor: str, current: str | None) -> bool:
    """True when ``cursor`` lies behind ``current`` on the same server epoch."""
    if current is None:
        return False
    epoch, _, seq = cursor.rpartition(":")
    current_epoch, _, current_seq = current.rpartition(":")
    return epoch == current_epoch and int(seq) <= int(current_seq)
