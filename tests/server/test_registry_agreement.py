"""The desktop and the server agree on the synced tables of the shared registry
(desktop_app/core/sync/registry.py): the same tables, the same synced columns, and the same
answer to where a row lies."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, insert
from sqlalchemy.sql import sqltypes

from desktop_app.core.models import Base
from desktop_app.core.sync import registry as shared
from desktop_app.core.sync import tables as desktop
from desktop_app.core.sync.tables_orm import model_for
from provincial_server import models as server_models
from provincial_server.sync.registry import SYNCED, scope_rule

VILLAGE = "64.01.01.2001"
OTHER_VILLAGE = "64.02.03.2004"


def test_every_registry_table_is_synced_on_both_sides_in_the_same_order():
    names = [rule.name for rule in shared.SYNCED_TABLES]
    assert list(desktop.SYNCED_TABLES) == names
    assert list(SYNCED) == names
    for name in names:
        assert model_for(name).__tablename__ == name
        assert name in server_models.metadata.tables


def test_parents_come_before_the_rows_that_hang_off_them():
    order = shared.SYNCED_NAMES
    for rule in shared.SYNCED_TABLES:
        if rule.parent is not None and rule.parent.table is not None:
            assert order.index(rule.parent.table) < order.index(rule.name), rule.name
        if rule.place is shared.Place.PARENT:
            assert rule.parent is not None and rule.parent.table is not None, rule.name


@pytest.mark.parametrize("name", shared.SYNCED_NAMES)
def test_the_same_synced_columns_of_the_same_kind(name):
    spec = SYNCED[name]
    assert set(spec.fields) == desktop.data_fields(name)
    local = desktop.table(name)
    for field, column in spec.fields.items():
        mine = local.c[field]
        assert (type(column.type), column.nullable) == (type(mine.type), mine.nullable), field
        assert getattr(column.type, "length", None) == getattr(mine.type, "length", None)
    for meta in shared.META_FIELDS:
        assert meta in local.c and meta in spec.table.c


@pytest.mark.parametrize("name", shared.SYNCED_NAMES)
def test_the_same_scope_rule(name):
    rule, spec = shared.BY_NAME[name], SYNCED[name]
    assert spec.place is rule.place
    assert spec.lies_in_parent == (rule.place is shared.Place.PARENT)
    assert spec.parent_fields == (rule.parent.columns if rule.parent else ())
    assert spec.scope_column == shared.server_place_column(name)
    if rule.place is shared.Place.PARENT:
        parent_table, column = shared.place_parent(name)
        assert spec.parent({column: "p"}) == (parent_table, "p")
        assert scope_rule(spec) == "parent"


def _sample(column, n: int):
    kind = column.type
    if isinstance(kind, sqltypes.Boolean):
        return False
    if isinstance(kind, sqltypes.Integer):
        return n
    if isinstance(kind, sqltypes.Numeric):
        return Decimal(n)
    if isinstance(kind, sqltypes.Float):
        return float(n)
    if isinstance(kind, sqltypes.DateTime):
        return dt.datetime(2026, 11, 26, 9, 30)
    if isinstance(kind, sqltypes.Date):
        return dt.date(2026, 11, 26)
    if isinstance(kind, sqltypes.JSON):
        return {}
    return f"t{n}"[: getattr(kind, "length", None) or 40]


def test_both_sides_tell_the_same_place_for_every_synced_row():
    """One row of every synced table (parents first) in a desktop database: the desktop's
    refetch query and the server's scope rules name the same place for each."""
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine, tables=[desktop.table(n) for n in shared.SYNCED_NAMES])
    expected: dict[str, str] = {}
    ids: dict[str, str] = {}
    with engine.begin() as connection:
        for n, rule in enumerate(shared.SYNCED_TABLES):
            spec = SYNCED[rule.name]
            values = {c.name: _sample(c, n) for c in desktop.table(rule.name).columns}
            values.update(id=f"row-{rule.name}", village_code=VILLAGE)
            if "village_codes" in values:
                values["village_codes"] = [VILLAGE, OTHER_VILLAGE]
            if "regency_code" in values:
                values["regency_code"] = "64.01"
            if rule.parent is not None:
                parent_table = rule.parent.table or "supervision_finding"
                if rule.parent.table_column:
                    values[rule.parent.table_column] = parent_table
                values[rule.parent.id_column] = ids[parent_table]
            if rule.name == "meeting_action_item":
                values["village_code"] = OTHER_VILLAGE  # an actor, not where it lies
            values = {k: v for k, v in values.items() if k in desktop.table(rule.name).c}
            connection.execute(insert(desktop.table(rule.name)), values)
            ids[rule.name] = values["id"]
            if spec.scope_of is not None:
                expected[rule.name] = spec.scope_of(values)
            elif spec.lies_in_parent:
                expected[rule.name] = expected[spec.parent(values)[0]]
            else:
                expected[rule.name] = values[spec.scope_column]
        told = {name: dict(connection.execute(desktop.village_query(name)).all())[ids[name]]
                for name in shared.SYNCED_NAMES}
    assert told == expected
    assert expected["meeting_action_item"] == VILLAGE
    assert expected["idm_target"] == "64.01"
