"""Budget lines as plain values, their hierarchy and computed totals (no storage here)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from desktop_app.core.apbdes.amounts import ZERO

DETAIL = "detail"
SUBTOTAL = "subtotal"


@dataclass(frozen=True)
class BudgetLine:
    """One line; ``code`` is "" for a bidang/sub-bidang/kegiatan subtotal row."""

    activity_code: str
    code: str
    description: str
    budget: Decimal
    realisation: Decimal  # the latest report's: semester I, or the whole year
    source: str | None = None
    kind: str = DETAIL
    where: str = ""  # where the line came from (a cell), for messages
    id: str | None = None  # the stored line's id


def account_of(line: BudgetLine) -> str:
    """The account code; a kegiatan row without account lines counts as spending ("5")."""
    return line.code or "5"


def in_activity(line_activity: str, activity: str) -> bool:
    return activity == "" or line_activity == activity or \
        line_activity.startswith(activity + ".")


def is_below(line: BudgetLine, parent: BudgetLine) -> bool:
    """Whether ``line`` is a (deeper) part of ``parent``'s total."""
    if line is parent or line.code == "":
        return False
    if parent.code == "":  # an activity row sums every account of its activity
        return parent.activity_code != "" and \
            in_activity(line.activity_code, parent.activity_code)
    return line.code.startswith(parent.code + ".") and \
        in_activity(line.activity_code, parent.activity_code)


def _ancestors(code: str) -> list[str]:
    """``02.02.01`` -> ``02``, ``02.02`` (proper prefixes, by dotted parts)."""
    parts = code.split(".")
    return [".".join(parts[:size]) for size in range(1, len(parts))]


def classify(lines: Sequence[BudgetLine]) -> list[BudgetLine]:
    """The lines with ``kind`` set: a line with parts below it (see ``is_below``) is a
    subtotal. Linear: the (activity, account) prefixes that have parts are collected once."""
    with_parts: set[tuple[str, str]] = set()
    activities_with_accounts: set[str] = set()
    for line in lines:
        if not line.code:
            continue
        activities = ["", *_ancestors(line.activity_code)]
        if line.activity_code:
            activities.append(line.activity_code)
            activities_with_accounts.update(activities[1:])
        for code in _ancestors(line.code):
            with_parts.update((activity, code) for activity in activities)

    def has_parts(line: BudgetLine) -> bool:
        if line.code == "":
            return line.activity_code in activities_with_accounts
        return (line.activity_code, line.code) in with_parts

    return [replace(line, kind=SUBTOTAL if has_parts(line) else DETAIL) for line in lines]


def details_below(parent: BudgetLine, lines: Iterable[BudgetLine]) -> list[BudgetLine]:
    return [line for line in lines if line.kind == DETAIL and is_below(line, parent)]


def total(lines: Iterable[BudgetLine], prefix: str, field: str = "budget") -> Decimal:
    """Sum of detail lines whose account code is ``prefix`` or below it."""
    return sum((getattr(line, field) for line in lines if line.kind == DETAIL and
                (account_of(line) == prefix or account_of(line).startswith(prefix + "."))),
               ZERO)


def surplus(lines: Sequence[BudgetLine], field: str = "budget") -> Decimal:
    """Pendapatan − Belanja (negative: deficit, to be covered by Pembiayaan)."""
    return total(lines, "4", field) - total(lines, "5", field)
