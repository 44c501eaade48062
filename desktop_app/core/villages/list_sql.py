"""The village list's SQL, run on a plain DB-API (``sqlite3``) connection.

The one place that builds the list's queries (search, filters, sort, pages, the kabupaten
and kecamatan filters): the first window reads it through a read-only ``sqlite3``
connection before SQLAlchemy is imported (see :mod:`desktop_app.core.reader`), and the
ORM callers (:mod:`desktop_app.core.villages.search`) run the same text on their session's
connection. No SQLAlchemy here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from desktop_app.core.reader import Connection, read_setting
from desktop_app.core.setting_keys import WORK_DISTRICT, WORK_REGENCY

PAGE_SIZE = 200
TRIGRAM = 3  # the full-text index answers substrings of at least three characters
# Rowids of the villages whose name contains :pattern, from the trigram index. No ESCAPE
# clause: with one, SQLite cannot use the index.
NAME_FTS_ROWIDS = "SELECT rowid FROM village_name_fts WHERE name LIKE :pattern"
SORT_COLUMNS = {"code": "code", "name": "name", "kind": "kind",
                "district": "district_name", "regency": "regency_name"}
ROW_COLUMNS = "code, name, kind, district_name, regency_name, active"


@dataclass(frozen=True)
class VillageFilter:
    text: str = ""
    regency_code: str | None = None
    district_code: str | None = None
    kind: str | None = None
    include_inactive: bool = False


class VillageRow(NamedTuple):
    code: str
    name: str
    kind: str
    district: str
    regency: str
    active: bool


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def fts_usable(text: str) -> bool:
    """Whether the trigram index can answer "name contains ``text``"."""
    return len(text) >= TRIGRAM and not any(c in text for c in "%_\\")


def where(village_filter: VillageFilter) -> tuple[str, dict[str, Any]]:
    """The WHERE clause (with its named parameters) of the villages ``village_filter``
    keeps."""
    text = village_filter.text.strip()
    digits = text.replace(".", "").replace(" ", "")
    terms: list[str] = []
    params: dict[str, Any] = {}
    if digits.isdigit():
        # A code prefix as a range, so the unique index on code_plain answers it.
        terms.append("code_plain >= :low AND code_plain < :high")
        params.update(low=digits, high=digits + ":")
    elif text and fts_usable(text):
        terms.append(f"rowid IN ({NAME_FTS_ROWIDS})")
        params["pattern"] = f"%{text}%"
    elif text:
        terms.append("name LIKE :pattern ESCAPE '\\'")
        params["pattern"] = f"%{escape_like(text)}%"
    for column, value in (("regency_code", village_filter.regency_code),
                          ("district_code", village_filter.district_code),
                          ("kind", village_filter.kind)):
        if value:
            terms.append(f"{column} = :{column}")
            params[column] = value
    if not village_filter.include_inactive:
        terms.append("active = 1")
    return (" WHERE " + " AND ".join(terms)) if terms else "", params


def count_villages(conn: Connection, village_filter: VillageFilter) -> int:
    clause, params = where(village_filter)
    return conn.execute(f"SELECT count(*) FROM village{clause}", params).fetchone()[0]


def search_villages(conn: Connection, village_filter: VillageFilter, sort: str = "name",
                    descending: bool = False, offset: int = 0,
                    limit: int = PAGE_SIZE) -> list[VillageRow]:
    clause, params = where(village_filter)
    direction = "DESC" if descending else "ASC"
    sql = (f"SELECT {ROW_COLUMNS} FROM village{clause} "
           f"ORDER BY {SORT_COLUMNS[sort]} {direction}, code LIMIT :limit OFFSET :offset")
    rows = conn.execute(sql, {**params, "limit": limit, "offset": offset}).fetchall()
    return [VillageRow(code, name, kind, district, regency, bool(active))
            for code, name, kind, district, regency, active in rows]


def list_regencies(conn: Connection) -> list[tuple[str, str]]:
    """Kabupaten/kota that have villages, by code."""
    rows = conn.execute("SELECT code, name FROM regency WHERE code IN "
                        "(SELECT DISTINCT regency_code FROM village) ORDER BY code").fetchall()
    return [(code, name) for code, name in rows]


def list_districts(conn: Connection, regency_code: str) -> list[tuple[str, str]]:
    rows = conn.execute("SELECT code, name FROM district WHERE regency_code = :regency "
                        "ORDER BY name", {"regency": regency_code}).fetchall()
    return [(code, name) for code, name in rows]


def working_regency(conn: Connection) -> str | None:
    """The kabupaten/kota chosen as working area in the first-run wizard, if any: the
    lists and recaps open on it (the user may still pick another)."""
    return read_setting(conn, WORK_REGENCY) or None


def working_district(conn: Connection, regency_code: str) -> str | None:
    """The kecamatan name(s) typed in the wizard, when ``regency_code`` is the working one."""
    if read_setting(conn, WORK_REGENCY) != regency_code:
        return None
    return read_setting(conn, WORK_DISTRICT) or None
