"""Local writes: findings saved one by one through the program (validation, change clocks,
outbox, status history), against raw SQLite inserts of the same finding rows, one
transaction each, with the program's pragmas."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from bench.context import Context
from bench.measure import Figure, median, timed
from desktop_app.core.supervision.entry import FindingDraft
from desktop_app.core.supervision.store import save_finding
from desktop_app.core.workspace import open_workspace

DB_FILE = "sinergi-desa.sqlite"


def drafts(codes: list[str], count: int, offset: int) -> list[FindingDraft]:
    kinds = (("keuangan", "tinggi", "Kaur Keuangan"), ("administrasi", "sedang", "Sekdes"),
             ("fisik", "rendah", "TPK Desa"))
    return [FindingDraft(codes[(offset + i) % len(codes)], "15-07-2025", *kinds[i % 3][:2],
                         f"Temuan lapangan {offset + i}: bukti belanja belum lengkap",
                         "Lengkapi SPJ", kinds[i % 3][2], "30-09-2025")
            for i in range(count)]


def raw_inserts(database: Path, rows: list[tuple], columns: list[str]) -> None:
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("PRAGMA foreign_keys=ON")
    sql = (f"INSERT INTO supervision_finding ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    for row in rows:
        connection.execute("BEGIN")
        connection.execute(sql, row)
        connection.execute("COMMIT")
    connection.close()


def run(ctx: Context) -> list[Figure]:
    dataset = ctx.dataset(ctx.scale.province)
    count = ctx.scale.local_writes
    program = ctx.copy(dataset, "writes-program")
    raw = ctx.copy(dataset, "writes-raw")
    workspace = open_workspace(program)
    times, floors = [], []
    try:
        for run_index in range(ctx.runs + 1):
            batch = drafts(dataset.codes, count, run_index * count)
            ids: list[str] = []
            seconds = timed(lambda b=batch, out=ids: out.extend(
                save_finding(workspace.db, workspace.editor, d, date(2025, 7, 15)) for d in b))
            connection = sqlite3.connect(program / DB_FILE)
            cursor = connection.execute(
                "SELECT * FROM supervision_finding WHERE id IN "
                f"({', '.join('?' * len(ids))})", ids)
            columns = [c[0] for c in cursor.description]
            rows = cursor.fetchall()
            connection.close()
            floor = timed(lambda r=rows, c=columns: raw_inserts(raw / DB_FILE, r, c))
            if run_index:
                times.append(seconds)
                floors.append(floor)
    finally:
        workspace.close()
    return [Figure("local writes", f"save {count:,} findings one by one", median(times),
                   floor=median(floors), floor_name="raw SQLite inserts", runs=times)]
