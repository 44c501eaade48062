"""The one list of synced tables, shared by the desktop program and the provincial server.

For each table: where a row lies (what the scopes of users and laptops are cut by) and the
synced row it hangs off, if any. The desktop's sync order and refetch queries
(``sync/tables.py``), the server's schema (``provincial_server/models.py``) and the server's
checks (``provincial_server/sync/registry.py``) are all derived from it. Qt-free.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any


class Place(Enum):
    """How where a row lies is told (docs/server.md)."""

    VILLAGE = "village"  # its own village_code
    FIRST_VILLAGE = "first village"  # the first of its village_codes (a meeting)
    REGENCY = "regency"  # its regency_code; none: the whole province (an IDM target)
    # Its region_code (province, kabupaten or village; none: nationwide), and visible below
    # it too: an actor (pelaku) of the province is seen by every kabupaten and kecamatan.
    REGION = "region"
    PARENT = "parent"  # where the row it hangs off lies


@dataclass(frozen=True)
class Parent:
    """The synced row a row hangs off: in ``table`` (or, for an attachment, the table its
    ``table_column`` names) with the id in ``id_column``."""

    id_column: str
    table: str | None = None
    table_column: str | None = None

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns naming the parent (changing one re-parents the row)."""
        return (self.id_column,) if self.table_column is None else \
            (self.table_column, self.id_column)

    def of(self, row: Mapping[str, Any]) -> tuple[str, str] | None:
        """(table, id) of the parent a row's values name; None when they name none."""
        table = self.table if self.table_column is None else row.get(self.table_column)
        row_id = row.get(self.id_column)
        if isinstance(table, str) and isinstance(row_id, str):
            return table, row_id
        return None


@dataclass(frozen=True)
class Reference:
    """A column naming a row of another synced table that the row does not hang off (no
    foreign key: the named row may lie elsewhere, e.g. a province-wide actor). The server
    takes a value only when the named row exists and the writer may read it; ``what`` names
    that row's kind to the user (Indonesian)."""

    column: str
    table: str
    what: str


@dataclass(frozen=True)
class SyncedTableRule:
    """One synced table: its name, where its rows lie, what they hang off and what other
    rows they name."""

    name: str
    place: Place
    parent: Parent | None = None
    references: tuple[Reference, ...] = ()


def _in(table: str, column: str) -> Parent:
    return Parent(column, table)


# Parent tables before the tables that refer to them (a refetch downloads in this order).
SYNCED_TABLES: tuple[SyncedTableRule, ...] = (
    SyncedTableRule("village_profile", Place.VILLAGE),
    SyncedTableRule("village_population", Place.VILLAGE),
    SyncedTableRule("idm_assessment", Place.VILLAGE),
    SyncedTableRule("idm_target_village", Place.VILLAGE),
    SyncedTableRule("apbdes_budget", Place.VILLAGE),
    SyncedTableRule("apbdes_line", Place.PARENT, _in("apbdes_budget", "budget_id")),
    SyncedTableRule("supervision_visit", Place.VILLAGE),
    # Its budget line is named, not a parent (the finding hangs off the visit).
    SyncedTableRule("supervision_finding", Place.VILLAGE,
                    _in("supervision_visit", "visit_id"), references=(
                        Reference("budget_line_id", "apbdes_line", "baris APBDes"),)),
    SyncedTableRule("supervision_finding_status", Place.PARENT,
                    _in("supervision_finding", "finding_id")),
    SyncedTableRule("idm_target", Place.REGENCY),
    SyncedTableRule("meeting", Place.FIRST_VILLAGE),
    SyncedTableRule("meeting_participant", Place.PARENT, _in("meeting", "meeting_id")),
    SyncedTableRule("meeting_agenda_item", Place.PARENT, _in("meeting", "meeting_id")),
    SyncedTableRule("meeting_agreement", Place.PARENT, _in("meeting", "meeting_id")),
    # Its village_code names an actor, not where it lies.
    SyncedTableRule("meeting_action_item", Place.PARENT, _in("meeting", "meeting_id")),
    SyncedTableRule("index_questionnaire", Place.VILLAGE),
    SyncedTableRule("index_answer", Place.VILLAGE,
                    _in("index_questionnaire", "questionnaire_id")),
    SyncedTableRule("index_review_step", Place.VILLAGE,
                    _in("index_questionnaire", "questionnaire_id")),
    SyncedTableRule("meeting_attendance", Place.PARENT, _in("meeting", "meeting_id")),
    # The intervention a proposal became is named, not a parent.
    SyncedTableRule("meeting_proposal", Place.PARENT, _in("meeting", "meeting_id"),
                    references=(Reference("intervention_id", "action_intervention",
                                          "intervensi"),)),
    SyncedTableRule("action_actor", Place.REGION),
    SyncedTableRule("cooperation_agreement", Place.FIRST_VILLAGE),
    # Its actor, meeting and agreement are named, not parents: an actor lies elsewhere (the
    # province), a meeting or an agreement may lie in another village.
    SyncedTableRule("action_intervention", Place.VILLAGE, references=(
        Reference("actor_id", "action_actor", "pelaku"),
        Reference("meeting_id", "meeting", "rapat"),
        Reference("agreement_id", "cooperation_agreement", "kerja sama"))),
    SyncedTableRule("action_intervention_status", Place.PARENT,
                    _in("action_intervention", "intervention_id")),
    SyncedTableRule("attachment", Place.VILLAGE,
                    Parent("record_id", table_column="record_table")),
)
BY_NAME: dict[str, SyncedTableRule] = {rule.name: rule for rule in SYNCED_TABLES}
SYNCED_NAMES: tuple[str, ...] = tuple(BY_NAME)

# Reference data both sides hold but never sync (the region list is imported on each).
REFERENCE_TABLES: tuple[str, ...] = ("province", "regency", "district", "village")

# Tables whose rows are also visible below where they lie.
VISIBLE_FROM_BELOW: frozenset[str] = frozenset(
    rule.name for rule in SYNCED_TABLES if rule.place is Place.REGION)

# Columns every synced table has for the sync itself (not data a user edits).
META_FIELDS = frozenset({"id", "hlc", "field_clocks", "deleted", "updated_at", "updated_by"})


def place_parent(name: str) -> tuple[str, str]:
    """(parent table, column) of a table whose rows lie where their parent lies."""
    rule = BY_NAME[name]
    if rule.place is not Place.PARENT or rule.parent is None or rule.parent.table is None:
        raise KeyError(f"{name} does not lie in a fixed parent table")
    return rule.parent.table, rule.parent.id_column


def lies_in_parent(name: str) -> bool:
    return BY_NAME[name].place is Place.PARENT


def server_place_column(name: str) -> str:
    """The server column saying where a row lies: ``village_code`` for a village's row and
    for a row lying in one, ``scope_code`` where the place is computed from other values (a
    meeting, an IDM target) and for a row lying in such a row."""
    rule = BY_NAME[name]
    if rule.place is Place.PARENT:
        return server_place_column(place_parent(name)[0])
    return "village_code" if rule.place is Place.VILLAGE else "scope_code"
