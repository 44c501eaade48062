"""Two laptops made the same record offline (one village's profile, say): the server kept
the first to arrive and refuses the other as a duplicate. When the server's row reaches
the laptop holding the twin, the twin is folded into it: per field the later clock wins,
the losing value is kept as a conflict record, and this laptop's winning values are queued
again as edits of the server's row. Nothing the person typed is lost."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import UniqueConstraint, and_, delete, insert, select, update

from desktop_app.core.i18n import translate
from desktop_app.core.ids import new_id
from desktop_app.core.models import OutboxOperation
from desktop_app.core.sync.protocol import to_wire
from desktop_app.core.sync.tables import data_fields, table

if TYPE_CHECKING:
    from desktop_app.core.sync.merge import RemoteApplier


def unique_keys(table_name: str) -> list[tuple[str, ...]]:
    tbl = table(table_name)
    keys = [tuple(c.name for c in k.columns) for k in tbl.constraints
            if isinstance(k, UniqueConstraint)]
    return keys + [(c.name,) for c in tbl.columns if c.unique]


def _twin(applier: RemoteApplier, table_name: str,
          remote: dict[str, Any]) -> tuple[dict[str, Any], tuple[str, ...]] | None:
    tbl = table(table_name)
    for key in unique_keys(table_name):
        if any(remote.get(c) is None for c in key):
            continue
        local = applier.session.execute(select(tbl).where(and_(
            *(tbl.c[c] == remote[c] for c in key)))).mappings().first()
        if local is not None and local["id"] != remote["id"]:
            return dict(local), key
    return None


def fold_local_twin(applier: RemoteApplier, table_name: str, remote: dict[str, Any]) -> bool:
    """Fold the local row sharing ``remote``'s natural key into it; False when there is
    none, or it is not a row only this laptop knows (the server accepted it)."""
    session = applier.session
    found = _twin(applier, table_name, remote)
    if found is None:
        return False
    local, key = found
    ops = list(session.scalars(select(OutboxOperation).where(
        OutboxOperation.row_id == local["id"], OutboxOperation.table_name == table_name)))
    if not ops or any(op.status == "done" for op in ops):
        return False  # the server knows this row: a real conflict, not a twin
    local_clocks = local["field_clocks"] or {}
    merged, clocks = dict(remote), dict(remote["field_clocks"] or {})
    wins: dict[str, dict[str, Any]] = defaultdict(dict)  # clock -> fields this laptop wins
    for name in sorted(data_fields(table_name) - set(key)):
        mine, mine_hlc = local.get(name), local_clocks.get(name)
        theirs, theirs_hlc = remote.get(name), clocks.get(name)
        if mine_hlc is None or mine == theirs:
            continue
        local_wins = theirs_hlc is None or mine_hlc > theirs_hlc
        if theirs_hlc is not None:  # both set it: the person may want the other value
            applier.conflict(table_name, remote["id"], remote.get("village_code"), name,
                             local=(mine, mine_hlc), remote=(theirs, theirs_hlc),
                             kept="local" if local_wins else "remote", reason="concurrent")
        if local_wins:
            merged[name], clocks[name] = mine, mine_hlc
            wins[mine_hlc][name] = to_wire(mine)
    merged["field_clocks"] = clocks
    tbl = table(table_name)
    session.execute(delete(tbl).where(tbl.c.id == local["id"]))
    session.execute(insert(tbl), [merged])
    reason = translate("Sync", "Digabung dengan data yang sama dari server.")
    session.execute(update(OutboxOperation).where(
        OutboxOperation.row_id == local["id"], OutboxOperation.table_name == table_name,
        OutboxOperation.status.in_(("pending", "refused"))).values(status="resent",
                                                                    reason=reason))
    now = applier.now()
    for hlc, payload in sorted(wins.items()):
        session.add(OutboxOperation(op_id=new_id(), table_name=table_name,
                                    row_id=remote["id"], kind="upsert", payload=payload,
                                    hlc=hlc, created_at=now))
    _repoint_attachments(applier, table_name, local["id"], remote["id"])
    session.flush()
    return True


def _repoint_attachments(applier: RemoteApplier, table_name: str, old_id: str,
                         new_id_: str) -> None:
    """Files attached to the twin now hang off the server's row (an edit that syncs)."""
    attachment = table("attachment")
    session = applier.session
    rows = session.execute(select(attachment.c.id, attachment.c.field_clocks).where(
        attachment.c.record_table == table_name, attachment.c.record_id == old_id)).all()
    for row_id, clocks in rows:
        hlc = applier.clock.now()
        session.execute(update(attachment).where(attachment.c.id == row_id).values(
            record_id=new_id_, field_clocks={**(clocks or {}), "record_id": hlc}, hlc=hlc))
        session.add(OutboxOperation(op_id=new_id(), table_name="attachment", row_id=row_id,
                                    kind="upsert", payload={"record_id": new_id_}, hlc=hlc,
                                    created_at=applier.now()))
