"""Import the Kemendagri region list: idempotent, all-or-nothing, cancellable."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop_app.core.clock import SYSTEM_CLOCK, Clock
from desktop_app.core.db import Database, insert_many, table_of
from desktop_app.core.i18n import translate
from desktop_app.core.models import District, Province, Regency, Village
from desktop_app.core.problems import Cancelled
from desktop_app.core.regions.codes import Level, plain_code, village_kind
from desktop_app.core.regions.wilayah_files import RegionRow, read_region_set

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]
CHUNK = 5_000
_MODELS = {
    Level.PROVINCE: (Province, None),
    Level.REGENCY: (Regency, "province_code"),
    Level.DISTRICT: (District, "regency_code"),
    Level.VILLAGE: (Village, "district_code"),
}


@dataclass
class LevelCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    retired: int = 0
    reactivated: int = 0


@dataclass
class WilayahImportReport:
    counts: dict[Level, LevelCounts] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return any(c.added or c.updated or c.retired or c.reactivated
                   for c in self.counts.values())

    def summary(self) -> str:
        labels = {
            Level.PROVINCE: translate("WilayahImport", "Provinsi"),
            Level.REGENCY: translate("WilayahImport", "Kabupaten/kota"),
            Level.DISTRICT: translate("WilayahImport", "Kecamatan"),
            Level.VILLAGE: translate("WilayahImport", "Desa/kelurahan"),
        }
        text = translate(
            "WilayahImport",
            "{label}: {added} baru, {updated} diperbarui, {unchanged} tetap, "
            "{retired} ditandai tidak aktif, {reactivated} aktif kembali",
        )
        return "\n".join(
            text.format(label=labels[level], **vars(counts))
            for level, counts in self.counts.items()
        )


def import_wilayah(
    db: Database,
    folder: Path,
    province: str | None = None,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] = lambda: False,
    clock: Clock = SYSTEM_CLOCK,
) -> WilayahImportReport:
    """Bring the registry in line with the CSV set in ``folder`` (one province, or all).

    Raises InputFileError before writing anything if a file is wrong, and Cancelled
    (after rolling back) when ``is_cancelled`` turns true.
    """
    report_progress = progress or (lambda done, total, phase: None)
    report_progress(0, 0, translate("WilayahImport", "Membaca berkas…"))
    rows = read_region_set(folder, province)
    total = sum(len(level_rows) for level_rows in rows.values())
    report = WilayahImportReport()
    done = 0
    names = {row.code: row.name for level in (Level.DISTRICT, Level.REGENCY)
             for row in rows[level]}
    with db.writing() as session:
        for level, (model, parent_column) in _MODELS.items():
            step = _LevelImport(session, level, model, parent_column, names)
            counts = LevelCounts()
            for start in range(0, len(rows[level]), CHUNK):
                if is_cancelled():
                    raise Cancelled()
                chunk = rows[level][start : start + CHUNK]
                step.write(chunk, counts)
                done += len(chunk)
                report_progress(done, total, translate("WilayahImport", "Menyimpan…"))
            if level is Level.VILLAGE:
                counts.retired = _retire_missing(session, rows[level], province,
                                                  clock.now())
            report.counts[level] = counts
    log.info("Region import from %s (province %s):\n%s", folder, province, report.summary())
    return report


class _LevelImport:
    """Inserts new codes and updates changed ones of one level, counting both."""

    def __init__(
        self,
        session: Session,
        level: Level,
        model: type,
        parent_column: str | None,
        names: dict[str, str],
    ) -> None:
        self.session, self.level, self.model = session, level, model
        self.parent_column = parent_column
        self.names = names  # code -> name of every imported region, for villages
        self.compared = ["name"] + ([parent_column] if parent_column else [])
        if level is Level.VILLAGE:
            self.compared += ["district_name", "regency_name", "active"]
        columns = [getattr(model, name) for name in ["code", *self.compared]]
        self.existing = {row[0]: tuple(row[1:]) for row in session.execute(select(*columns))}

    def write(self, chunk: list[RegionRow], counts: LevelCounts) -> None:
        new, changed = [], []
        for row in chunk:
            values = self._values(row)
            before = self.existing.get(row.code)
            if before is None:
                new.append(values)
                counts.added += 1
                continue
            after = tuple(values[name] for name in self.compared)
            if before == after:
                counts.unchanged += 1
                continue
            if self.level is Level.VILLAGE and not before[-1]:
                counts.reactivated += 1
            if before[:-1] != after[:-1] or self.level is not Level.VILLAGE:
                counts.updated += 1
            changed.append(values)
        if new:
            insert_many(self.session, table_of(self.model), new)
        if changed:
            self.session.execute(update(self.model), changed)

    def _values(self, row: RegionRow) -> dict[str, object]:
        values: dict[str, object] = {"code": row.code, "name": row.name}
        if self.parent_column:
            values[self.parent_column] = row.parent
        if self.level is Level.VILLAGE:
            values.update(
                code_plain=plain_code(row.code),
                regency_code=row.code[:5],
                district_name=self.names[row.code[:8]],
                regency_name=self.names[row.code[:5]],
                kind=village_kind(row.code),
                active=True,
                retired_at=None,
            )
        return values


def _retire_missing(session: Session, rows: list[RegionRow], province: str | None,
                    now: datetime) -> int:
    """Mark active villages of the imported scope that the list no longer has."""
    listed = {row.code for row in rows}
    query = select(Village.code).where(Village.active.is_(True))
    if province:
        query = query.where(Village.code.startswith(province + "."))
    gone = [code for code in session.scalars(query) if code not in listed]
    for start in range(0, len(gone), CHUNK):
        session.execute(
            update(Village),
            [{"code": code, "active": False, "retired_at": now}
             for code in gone[start : start + CHUNK]],
        )
    return len(gone)
