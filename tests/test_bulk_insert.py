"""Bulk inserts on the driver store exactly what an ORM insert stores."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text

from desktop_app.core.db import insert_many
from desktop_app.core.models import IdmAssessment, OutboxOperation


def _stored(session, op_id: str) -> dict:
    row = session.execute(text("SELECT * FROM sync_outbox WHERE op_id = :op"),
                          {"op": op_id}).mappings().one()
    return {k: v for k, v in row.items() if k not in ("seq", "op_id")}


def test_insert_many_matches_the_orm_for_json_datetime_and_defaults(workspace):
    at = datetime(2026, 11, 26, 9, 30, 15, 120)
    payload = {"uraian": "Belanja \"ATK\" kantor", "jumlah": "1500000.00", "ada": True,
               "catatan": None}
    with workspace.db.writing() as session:
        session.add(OutboxOperation(op_id="orm", table_name="apbdes_line", row_id="r1",
                                    kind="upsert", payload=payload, hlc="h1", created_at=at))
        session.flush()
        insert_many(session, OutboxOperation.__table__,
                    [{"op_id": "bulk", "row_id": "r1", "payload": payload}],
                    shared={"table_name": "apbdes_line", "kind": "upsert", "hlc": "h1",
                            "created_at": at})
        orm, bulk = _stored(session, "orm"), _stored(session, "bulk")
    assert bulk == orm
    assert bulk["status"] == "pending" and bulk["created_at"] == "2026-11-26 09:30:15.000120"


def test_insert_many_writes_every_row_with_its_own_values(workspace):
    rows = [{"op_id": f"op{i}", "row_id": f"r{i}", "payload": {"n": i}} for i in range(300)]
    with workspace.db.writing() as session:
        insert_many(session, OutboxOperation.__table__, rows,
                    shared={"table_name": "t", "kind": "upsert", "hlc": "h",
                            "created_at": datetime(2026, 1, 1)})
    with workspace.db.reading() as session:
        stored = session.execute(text("SELECT row_id, payload FROM sync_outbox "
                                      "ORDER BY seq")).all()
    assert stored == [(f"r{i}", f'{{"n": {i}}}') for i in range(300)]


def test_insert_many_of_value_tuples_matches_the_orm(workspace):
    at = datetime(2026, 11, 26, 9, 30, 15, 120)
    sync = {"hlc": "h1", "field_clocks": {}, "deleted": False, "updated_at": at,
            "updated_by": "impor", "imported_at": at}
    columns = ("id", "village_code", "regency_code", "year", "kind", "scores")
    with workspace.db.writing() as session:
        session.add(IdmAssessment(id="orm", village_code="64.01.01.2001", regency_code="64.01",
                                  year=2024, kind="official", scores={"1": 5}, **sync))
        session.flush()
        insert_many(session, IdmAssessment.__table__,
                    [("bulk", "64.01.01.2001", "64.01", 2023, "official", {"1": 5})],
                    shared=sync, columns=columns)
        rows = session.execute(text("SELECT * FROM idm_assessment ORDER BY id")).mappings()
        bulk, orm = ({k: v for k, v in row.items() if k not in ("id", "year")} for row in rows)
    assert bulk == orm
    assert bulk["updated_at"] == "2026-11-26 09:30:15.000120" and bulk["deleted"] == 0
