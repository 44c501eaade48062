"""Repairs for databases made by earlier programs, found by upgrading real old files.

1. ``sync_file`` was added to revision 0007 after that revision had shipped (87ca569), so a
   database that reached 0007 before then never got the table; create it when missing.
2. The first APBDes slice (revision 0005) kept the semester II realisation *alone* in
   ``realisation_2`` and added it to semester I; since 0006 ``realisation_2`` is the
   year-end report's cumulative realisation, used once ``semester_2_reported_on`` is set.
   0006 left such budgets without report dates, so the program showed semester I as the
   whole year's realisation. A budget with neither report date but imported realisations
   can only come from that slice: ``realisation_2`` becomes semester I + semester II, and
   each semester's report date is the day its realisation was imported (from the field
   history, else the lines' last change). The corrections are queued in the outbox with a
   newer clock, like an edit, so the server and other laptops get them too.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

import json
import uuid
from datetime import datetime
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

UPGRADER = "Sinergi Desa (pembaruan data)"
ZERO = Decimal("0.00")


def upgrade() -> None:
    bind = op.get_bind()
    if not sa.inspect(bind).has_table("sync_file"):
        op.create_table(
            "sync_file",
            sa.Column("sha256", sa.String(64), nullable=False),
            sa.Column("uploaded_at", sa.DateTime()),
            sa.Column("downloaded_at", sa.DateTime()),
            sa.PrimaryKeyConstraint("sha256", name="pk_sync_file"),
        )
    _first_slice_budgets(bind)


def downgrade() -> None:
    """The repaired values keep their meaning in 0007 too; nothing to undo."""


class _Clock:
    """The next clock values of this device, after every clock it has stored."""

    def __init__(self, bind: sa.Connection, seen: list[str]) -> None:
        settings = dict(bind.execute(sa.text(
            "SELECT key, value FROM local_setting WHERE key IN ('device_id', 'hlc_last')")
        ).all())
        self.device = settings.get("device_id") or str(uuid.uuid4())
        self.wall, self.counter = 0, 0
        for text in [settings.get("hlc_last"), *seen]:
            if text:
                wall, counter, _device = text.split("-", 2)
                self.wall, self.counter = max((self.wall, self.counter),
                                              (int(wall), int(counter)))
        moment = datetime.now()
        self.now = moment.strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy stores DateTime
        now_ms = int(moment.timestamp() * 1000)
        if now_ms > self.wall:
            self.wall, self.counter = now_ms, -1

    def next(self) -> str:
        self.counter += 1
        return f"{self.wall:013d}-{self.counter:05d}-{self.device}"


def _amount(text: str | None) -> Decimal:
    return Decimal(text) if text else ZERO


def _imported_on(bind: sa.Connection, village_code: str, line_ids: set[str],
                 semester: int) -> str | None:
    """The day the semester's realisation was last imported, from the field history."""
    field = f"realisation_{semester}"
    changed = [
        at for row_id, name, value, at in bind.execute(sa.text(
            "SELECT row_id, field, new_value, changed_at FROM field_change "
            "WHERE village_code = :village AND table_name = 'apbdes_line'"),
            {"village": village_code}).all()
        if row_id in line_ids and name.split("[", 1)[0] == field and _amount(value) != ZERO
    ]
    return str(max(changed))[:10] if changed else None


def _first_slice_budgets(bind: sa.Connection) -> None:
    budgets = bind.execute(sa.text(
        "SELECT id, village_code, hlc, field_clocks FROM apbdes_budget "
        "WHERE semester_1_reported_on IS NULL AND semester_2_reported_on IS NULL "
        "AND deleted = 0")).all()
    for budget_id, village_code, budget_hlc, budget_clocks in budgets:
        lines = bind.execute(sa.text(
            "SELECT id, activity_code, code, realisation_1, realisation_2, hlc, field_clocks, "
            "updated_at FROM apbdes_line WHERE budget_id = :budget AND deleted = 0"),
            {"budget": budget_id}).all()
        first = [line for line in lines if _amount(line.realisation_1) != ZERO]
        second = [line for line in lines if _amount(line.realisation_2) != ZERO]
        if not first and not second:
            continue
        ids = {line.id for line in lines}
        last_change = str(max(line.updated_at for line in lines))[:10]
        dates = {}  # read from the history before this repair adds to it
        for semester, imported in ((1, first), (2, second)):
            if imported:
                day = _imported_on(bind, village_code, ids, semester) or last_change
                dates[f"semester_{semester}_reported_on"] = (None, day)
        clock = _Clock(bind, [budget_hlc, *(line.hlc for line in lines)])
        if second:
            for line in lines:
                whole_year = _amount(line.realisation_1) + _amount(line.realisation_2)
                new = f"{whole_year.quantize(Decimal('0.01')):.2f}"
                if new != line.realisation_2:
                    _record(bind, clock, "apbdes_line", line.id, line.field_clocks,
                            village_code, f"{line.activity_code}|{line.code}",
                            {"realisation_2": (line.realisation_2, new)})
        _record(bind, clock, "apbdes_budget", budget_id, budget_clocks, village_code, None,
                dates)


def _record(bind: sa.Connection, clock: _Clock, table: str, row_id: str, clocks: str,
            village_code: str, history_key: str | None,
            changes: dict[str, tuple[str | None, str]]) -> None:
    """What the program's record_upsert does for an edit, in this revision's SQL."""
    hlc = clock.next()
    field_clocks = {**json.loads(clocks or "{}"), **dict.fromkeys(changes, hlc)}
    assignments = ", ".join(f"{name} = :{name}" for name in changes)
    bind.execute(sa.text(
        f"UPDATE {table} SET {assignments}, hlc = :hlc, field_clocks = :clocks, "
        "updated_at = :now, updated_by = :by WHERE id = :id"),
        {**{name: new for name, (_old, new) in changes.items()}, "hlc": hlc,
         "clocks": json.dumps(field_clocks), "now": clock.now, "by": UPGRADER, "id": row_id})
    bind.execute(sa.text(
        "INSERT INTO sync_outbox (op_id, table_name, row_id, kind, payload, hlc, created_at, "
        "status) VALUES (:op_id, :table, :row_id, 'upsert', :payload, :hlc, :now, 'pending')"),
        {"op_id": str(uuid.uuid4()), "table": table, "row_id": row_id, "hlc": hlc,
         "payload": json.dumps({name: new for name, (_old, new) in changes.items()}),
         "now": clock.now})
    for name, (old, new) in changes.items():
        bind.execute(sa.text(
            "INSERT INTO field_change (table_name, row_id, village_code, field, old_value, "
            "new_value, hlc, changed_at, changed_by) VALUES (:table, :row_id, :village, "
            ":field, :old, :new, :hlc, :now, :by)"),
            {"table": table, "row_id": row_id, "village": village_code,
             "field": f"{name}[{history_key}]" if history_key else name, "old": old,
             "new": new, "hlc": hlc, "now": clock.now, "by": UPGRADER})
    bind.execute(sa.text(
        "INSERT INTO local_setting (key, value) VALUES ('hlc_last', :hlc) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"), {"hlc": hlc})
