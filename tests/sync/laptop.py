"""A laptop in the sync tests: a real workspace (SQLite file), enrolled on a real server."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select

from desktop_app.core.attachments.blobs import BlobStore
from desktop_app.core.clock import HybridLogicalClock
from desktop_app.core.models import VillagePopulation, VillageProfile
from desktop_app.core.regions.wilayah_import import import_wilayah
from desktop_app.core.sync.changes import record_delete, record_upsert
from desktop_app.core.sync.client import ServerClient
from desktop_app.core.sync.engine import RetryPolicy, SyncEngine, SyncReport
from desktop_app.core.sync.tables import data_fields, table, village_query, visible_in
from desktop_app.core.workspace import Workspace, open_workspace
from tests.conftest import write_wilayah
from tests.server.conftest import PASSWORD

FAST_RETRY = RetryPolicy(attempts=40, base_s=0.01, cap_s=0.2)


@dataclass
class MockWall:
    """The laptop's wall clock (the one thing the tests mock): real time plus a skew."""

    skew_ms: int = 0
    frozen_ms: int | None = None

    def __call__(self) -> int:
        if self.frozen_ms is not None:
            return self.frozen_ms
        return time.time_ns() // 1_000_000 + self.skew_ms


@dataclass
class Laptop:
    folder: Path
    workspace: Workspace
    client: ServerClient
    username: str
    wall: MockWall
    regions: list[str] = field(default_factory=list)
    bundle_key: str = ""

    Factory = Callable[..., "Laptop"]

    @classmethod
    def create(cls, folder: Path, server_url: str, username: str, skew_ms: int = 0,
               enrol: bool = True) -> Laptop:
        workspace = open_workspace(folder / "data")
        import_wilayah(workspace.db, write_wilayah(folder / "wilayah"))
        workspace.set_user(username)
        wall = MockWall(skew_ms)
        _use_wall(workspace, wall)
        client = ServerClient(server_url, timeout_s=10)
        laptop = cls(folder, workspace, client, username, wall)
        if enrol:
            body = client.enrol(username, PASSWORD, laptop.device_id, f"Laptop {folder.name}")
            client.token = body["token"]
            laptop.regions = body["regions"]
            laptop.bundle_key = body["bundle_key"]
        return laptop

    @property
    def device_id(self) -> str:
        return self.workspace.editor.clock.device_id

    @property
    def store(self) -> BlobStore:
        return BlobStore(self.folder / "data")

    @property
    def db(self):
        return self.workspace.db

    def engine(self, **kwargs: Any) -> SyncEngine:
        kwargs.setdefault("retry", FAST_RETRY)
        kwargs.setdefault("store", self.store)
        return SyncEngine(self.db, self.workspace.editor, self.client, **kwargs)

    def sync(self, **kwargs: Any) -> SyncReport:
        return self.engine(**kwargs).sync()

    def close(self) -> None:
        self.client.close()
        self.workspace.close()

    def reopen(self) -> None:
        """Open the workspace afresh, as the program does after restoring a backup."""
        self.workspace.close()
        self.workspace = open_workspace(self.folder / "data")
        self.workspace.set_user(self.username)
        _use_wall(self.workspace, self.wall)

    # -- edits (through the same outbox code the program uses) ---------------------------------

    def set_population(self, code: str, year: int, **values: Any) -> str:
        with self.db.writing() as session:
            row = session.scalar(select(VillagePopulation).where(
                VillagePopulation.village_code == code, VillagePopulation.year == year))
            if row is None:
                row = VillagePopulation(village_code=code, year=year, field_clocks={},
                                        deleted=False)
                changes = {"village_code": (None, code), "year": (None, year)}
            else:
                changes = {}
            changes.update({k: (getattr(row, k), v) for k, v in values.items()
                            if getattr(row, k) != v})
            record_upsert(session, self.workspace.editor, row, changes, code)
            return row.id

    def edit(self, table_name: str, row_id: str, **values: Any) -> None:
        model = {"village_population": VillagePopulation,
                 "village_profile": VillageProfile}[table_name]
        with self.db.writing() as session:
            row = session.get(model, row_id)
            changes = {k: (getattr(row, k), v) for k, v in values.items()}
            record_upsert(session, self.workspace.editor, row, changes, row.village_code)

    def delete(self, table_name: str, row_id: str) -> None:
        model = {"village_population": VillagePopulation,
                 "village_profile": VillageProfile}[table_name]
        with self.db.writing() as session:
            row = session.get(model, row_id)
            record_delete(session, self.workspace.editor, row, row.village_code)

    def add_row(self, model: type, village_code: str, **values: Any) -> str:
        """A new row of any synced table (its id, and every value, through the outbox)."""
        with self.db.writing() as session:
            row = model(field_clocks={}, deleted=False)
            changes = {"village_code": (None, village_code),
                       **{k: (None, v) for k, v in values.items()}}
            record_upsert(session, self.workspace.editor, row, changes, village_code)
            return row.id

    def add(self, model: type, village_code: str, **values: Any) -> str:
        """A new row of a table whose village comes from its parent (no village column)."""
        with self.db.writing() as session:
            row = model(field_clocks={}, deleted=False)
            record_upsert(session, self.workspace.editor, row,
                          {k: (None, v) for k, v in values.items()}, village_code)
            return row.id

    def set_profile(self, code: str, **values: Any) -> str:
        with self.db.writing() as session:
            row = session.scalar(select(VillageProfile).where(VillageProfile.village_code == code))
            if row is None:
                row = VillageProfile(village_code=code, field_clocks={}, deleted=False)
                changes = {"village_code": (None, code)}
            else:
                changes = {}
            changes.update({k: (getattr(row, k), v) for k, v in values.items()})
            record_upsert(session, self.workspace.editor, row, changes, code)
            return row.id

    # -- what it holds ---------------------------------------------------------------------------

    def state(self, table_name: str, regions: list[str] | None = None) -> dict[str, Any]:
        with self.db.reading() as session:
            return visible_state(session.connection(), table_name, regions or self.regions)


def _use_wall(workspace: Workspace, wall: MockWall) -> None:
    """The workspace's clock, continued from its last value, on the laptop's wall clock."""
    clock = workspace.editor.clock
    workspace.editor.clock = HybridLogicalClock(clock.device_id, str(clock._last)
                                                if clock._last.wall_ms else None, wall)


def visible_state(connection, table_name: str, regions: list[str]) -> dict[str, Any]:
    """Live rows (id -> data fields) and deleted ids of a table, within ``regions``."""
    tbl = table(table_name)
    fields = sorted(data_fields(table_name))
    villages = dict(connection.execute(village_query(table_name)).all())
    live: dict[str, dict[str, Any]] = {}
    deleted: set[str] = set()
    for row in connection.execute(select(tbl)).mappings():
        if not visible_in(table_name, villages.get(row["id"]), regions):
            continue
        if row["deleted"]:
            deleted.add(row["id"])
        else:
            live[row["id"]] = {f: _plain(row[f]) for f in fields}
    return {"live": live, "deleted": deleted}


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def server_state(database_url: str, table_name: str, regions: list[str]) -> dict[str, Any]:
    engine = create_engine(database_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as connection:
            return visible_state(connection, table_name, regions)
    finally:
        engine.dispose()
