"""A workspace with three actors, for the rencana aksi tests."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.action_plan.actors import save_actor
from desktop_app.core.action_plan.entry import ActorDraft, InterventionDraft
from desktop_app.core.action_plan.store import change_status, save_intervention

TODAY = date(2026, 11, 26)  # the pinned clock's day


@pytest.fixture
def actors(workspace):
    db, editor = workspace.db, workspace.editor
    return {
        "dinkes": save_actor(db, editor, ActorDraft(
            "Dinas Kesehatan Kabupaten Paser", "opd_kabupaten", "64.01", "0543-21000",
            ["DINKES", "Dinkes Paser"])),
        "dlh": save_actor(db, editor, ActorDraft(
            "Dinas Lingkungan Hidup Provinsi Kaltim", "opd_provinsi", "64", "", ["DLH"])),
        "csr": save_actor(db, editor, ActorDraft(
            "PT Kideco Jaya Agung", "csr", "64.01", "", ["CSR"])),
        "dinkes_kubar": save_actor(db, editor, ActorDraft(
            "Dinas Kesehatan Kabupaten Kutai Barat", "opd_kabupaten", "64.07", "",
            ["DINKES"])),
    }


def plan(workspace, village: str, element: str, year: int, actor: str | None,
         status: str = "diusulkan", **fields: str) -> str:
    """An intervention moved step by step (each step kept) up to ``status``."""
    draft = InterventionDraft(village_code=village, element_code=element, year=str(year),
                              actor_id=actor, activity=fields.pop("activity", "Kegiatan"),
                              **fields)
    intervention_id = save_intervention(workspace.db, workspace.editor, draft, TODAY)
    steps = {"disepakati": ["disepakati"], "berjalan": ["disepakati", "berjalan"],
             "selesai": ["disepakati", "berjalan", "selesai"], "batal": ["batal"],
             "diusulkan": []}[status]
    for step in steps:
        change_status(workspace.db, workspace.editor, intervention_id, step, TODAY,
                      "anggaran dialihkan" if step == "batal" else "")
    return intervention_id
