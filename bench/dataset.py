"""Seeded workspaces at the four levels: a facilitator's 40 villages, a province's 1,038, the
nation's 83,762, and the nation with IDM.

Facilitator and province workspaces hold village profiles and population, five years of
official IDM with indicator rows, five years of APBDes (~135 lines a village-year),
supervision findings (one in ``photo_every`` with a photo) and coordination meetings with
minutes. The national workspace holds the national list only; ``nation-idm`` adds five
years of official IDM with indicator rows, generated as the province's (one village in
``Scale.nation_every`` at the cut-down scales), and is kept under bench/out/datasets keyed
by what makes it, since it takes minutes to build. Bulk rows are inserted directly (setup,
not the user path: the scenarios time that). Deterministic.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PIL import Image
from sqlalchemy import insert, select

from bench.apbdes_data import fill_findings, report_rows
from bench.idm_data import fill_official_idm
from bench.regions import region_files, village_list
from bench.scales import Scale
from desktop_app.core.action_plan.samples import plan_rows, sample_actors, sample_plans
from desktop_app.core.attachments.blobs import BlobStore
from desktop_app.core.db import Database, insert_many
from desktop_app.core.ids import new_id
from desktop_app.core.local_settings import set_setting
from desktop_app.core.meetings.store import save_meeting
from desktop_app.core.models import (
    ActionActor,
    ActionIntervention,
    ApbdesBudget,
    ApbdesLine,
    Attachment,
    InterventionStatusChange,
    Regency,
    SupervisionFinding,
    Village,
    VillagePopulation,
    VillageProfile,
)
from desktop_app.core.models.action_plan import KIND_LEVELS
from desktop_app.core.regions.wilayah_import import import_wilayah
from desktop_app.core.setting_keys import FIRST_RUN_DONE, USER_NAME
from desktop_app.core.workspace import open_workspace
from tests.meetings.samples import coordination_meeting

YEARS = range(2020, 2025)
TODAY = date(2025, 11, 26)
STAMP = {"hlc": "0", "field_clocks": {}, "deleted": False,
         "updated_at": datetime(2025, 1, 1), "updated_by": "bench"}


@dataclass(frozen=True)
class Dataset:
    level: str
    data_dir: Path     # the workspace folder
    wilayah: Path      # the region CSV set it was made from
    codes: list[str]   # village codes, sorted


ROOT = Path(__file__).resolve().parents[1]
NATION_IDM = "nation-idm"


def build(level: str, folder: Path, scale: Scale) -> Dataset:
    """Make the workspace of ``level`` in ``folder``/data (regions in ``folder``/wilayah)."""
    if level == NATION_IDM:
        return nation_idm(scale)
    wilayah = region_files(level, folder / "wilayah")
    workspace = open_workspace(folder / "data")
    try:
        with workspace.db.writing() as session:  # a facilitator's data after the first day
            set_setting(session, FIRST_RUN_DONE, "1")
            set_setting(session, USER_NAME, "Pendamping Uji")
        import_wilayah(workspace.db, wilayah)
        with workspace.db.reading() as session:
            codes = list(session.scalars(select(Village.code).order_by(Village.code)))
        if level != "nation":
            fill_profiles(workspace, codes)
            fill_official_idm(workspace.db, YEARS)
            fill_budgets(workspace.db, codes, YEARS)
            fill_findings(workspace.db, codes, scale.findings, TODAY)
            fill_finding_photos(workspace, scale.photo_every)
            fill_meetings(workspace, codes, scale.meetings_per_district)
            fill_action_plan(workspace, codes)
    finally:
        workspace.close()
    return Dataset(level, folder / "data", wilayah, codes)


def nation_idm(scale: Scale, cache: Path = ROOT / "bench" / "out" / "datasets") -> Dataset:
    """The nation (or one village in ``scale.nation_every``) with five years of official IDM,
    built once per set of inputs (generator, region cut, schema) and reused."""
    inputs = hashlib.sha256()
    for path in (ROOT / "bench" / "idm_data.py", ROOT / "bench" / "regions.py",
                 *sorted((ROOT / "migrations" / "desktop").rglob("*.py"))):
        inputs.update(path.name.encode() + path.read_bytes())
    folder = cache / f"{NATION_IDM}-every{scale.nation_every}-{inputs.hexdigest()[:12]}"
    wilayah = region_files("nation", folder / "wilayah", every=scale.nation_every)
    if not (folder / "complete").exists():
        shutil.rmtree(folder / "data", ignore_errors=True)
        workspace = open_workspace(folder / "data")
        try:
            import_wilayah(workspace.db, wilayah)
            fill_official_idm(workspace.db, YEARS)
        finally:
            workspace.close()
        (folder / "complete").write_text("built\n")
    return Dataset(NATION_IDM, folder / "data", wilayah,
                   sorted(code for code, _ in village_list(wilayah)))


def fill_profiles(workspace, codes: list[str]) -> None:
    """A profile per village and population for two years."""
    with workspace.db.writing() as session:
        session.execute(insert(VillageProfile), [
            {"id": f"p{i:06d}", "village_code": code, "head_name": f"Kepala Desa {i}",
             "bumdes_name": f"BUMDes {i}", **STAMP} for i, code in enumerate(codes)])
        session.execute(insert(VillagePopulation), [
            {"id": f"n{i:06d}-{year}", "village_code": code, "year": year,
             "population": 1000 + i, "households": 300 + i % 50, **STAMP}
            for i, code in enumerate(codes) for year in (2022, 2023)])


def _amount(value: object) -> str:
    """A report cell (``1.234.000,00`` or a number) as the model's decimal text."""
    return f"{int(str(value).replace('.', '').split(',')[0])}.00"


def fill_budgets(db: Database, codes: list[str], years: range) -> int:
    """A murni budget per village and year with the lines of a realisation report."""
    budgets, lines = [], []
    for index, code in enumerate(codes):
        for year in years:
            budget_id = f"b{index:06d}-{year}"
            budgets.append((budget_id, code, year, "murni",
                            f"{year + 1}-01-15", f"{year}-07-15"))
            activity = ""
            for ordinal, row in enumerate(report_rows(index * 100 + year)):
                code_text, description, source, budget, realised, _ = row
                if budget is None:
                    activity = code_text
                    continue
                lines.append((f"{budget_id}-{ordinal:03d}", budget_id, activity,
                              code_text, "detail", description, source, _amount(budget),
                              _amount(int(_amount(realised)[:-3]) // 2), _amount(realised),
                              ordinal))
    with db.writing() as session:
        insert_many(session, ApbdesBudget.__table__, budgets, shared=STAMP, columns=(
            "id", "village_code", "year", "version", "semester_2_reported_on",
            "semester_1_reported_on"))
        insert_many(session, ApbdesLine.__table__, lines, shared=STAMP, columns=(
            "id", "budget_id", "activity_code", "code", "kind", "description", "source",
            "budget", "realisation_1", "realisation_2", "ordinal"))
    return len(lines)


def photo_file(path: Path, seed: int, size: tuple[int, int] = (320, 240)) -> Path:
    """A small JPEG whose bytes differ with ``seed``."""
    rng = random.Random(seed)
    image = Image.new("RGB", size, (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    image.putpixel((seed % size[0], seed // size[0] % size[1]), (0, 0, 0))
    image.save(path, "JPEG", quality=70)
    return path


def fill_finding_photos(workspace, every: int) -> int:
    """A photo in the blob store, attached to one finding out of ``every``."""
    store = BlobStore(workspace.data_dir)
    scratch = Path(tempfile.mkdtemp(prefix="sd-bench-photos-"))
    with workspace.db.reading() as session:
        findings = session.execute(select(SupervisionFinding.id, SupervisionFinding.village_code)
                                   .order_by(SupervisionFinding.id)).all()[::every]
    rows = []
    for index, (finding_id, code) in enumerate(findings):
        blob = store.put(photo_file(scratch / f"{index}.jpg", index))
        rows.append({"id": f"a{index:07d}", "village_code": code,
                     "record_table": "supervision_finding", "record_id": finding_id,
                     "sha256": blob.sha256, "file_name": f"temuan-{index}.jpg",
                     "mime_type": blob.mime_type, "size": blob.size, **STAMP})
    shutil.rmtree(scratch)
    if rows:
        with workspace.db.writing() as session:
            session.execute(insert(Attachment), rows)
    return len(rows)


def fill_meetings(workspace, codes: list[str], per_district: int) -> list[str]:
    """Coordination meetings with minutes, ``per_district`` a kecamatan, through the program."""
    districts: dict[str, list[str]] = {}
    for code in codes:
        districts.setdefault(code.rsplit(".", 1)[0], []).append(code)
    ids = []
    for number, villages in enumerate(districts.values()):
        for repeat in range(per_district):
            draft = coordination_meeting(
                village_codes=villages[:2], meeting_date=f"{number % 28 + 1:02d}-10-2024",
                title=f"Rapat koordinasi kecamatan {number}-{repeat}")
            for action in draft.actions:
                action.village_code = villages[0] if action.village_code else ""
            ids.append(save_meeting(workspace.db, workspace.editor, draft))
    return ids


PLAN_YEARS = [2021, 2022, 2023, 2024, 2025]


def fill_action_plan(workspace, codes: list[str]) -> int:
    """Actors (national, provincial, per kabupaten) and 4 interventions a village and year
    over five years (~20 a village), with their status history; returns how many."""
    with workspace.db.reading() as session:
        regencies = dict(session.execute(select(Regency.code, Regency.name)).all())
    present = {code[:5] for code in codes}
    actors = sample_actors({code: name for code, name in regencies.items()
                            if code in present})
    ids = {actor.key: f"actor-{index:05d}" for index, actor in enumerate(actors)}
    plans = sample_plans(codes, actors, PLAN_YEARS, 4, TODAY.year)
    interventions, steps = plan_rows(plans, ids, "bench", new_id)
    with workspace.db.writing() as session:
        session.execute(insert(ActionActor), [
            {"id": ids[a.key], "name": a.name, "kind": a.kind,
             "level": KIND_LEVELS[a.kind], "region_code": a.region, "contact": None,
             "aliases": a.aliases, **STAMP} for a in actors])
        session.execute(insert(ActionIntervention), [{**row, **STAMP} for row in interventions])
        session.execute(insert(InterventionStatusChange), [{**row, **STAMP} for row in steps])
    return len(interventions)
