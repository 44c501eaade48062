"""The map theme "Status Indeks Desa": the official result beats the questionnaire, a
provisional status is marked with its cut-offs' source named, on screen data and on paper."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime

from desktop_app.core.indeks_desa.answers import Answer
from desktop_app.core.indeks_desa.recompute import recompute_questionnaires
from desktop_app.core.indeks_desa.store import save_questionnaire
from desktop_app.core.index.definition_files import install_status_rule
from desktop_app.core.index.definitions import indeks_desa_catalogue, shipped_folder
from desktop_app.core.maps.importing import import_boundaries
from desktop_app.core.maps.themes import THEMES
from desktop_app.core.models import IndexOfficialResult
from desktop_app.core.reports.map_report import map_report_for
from tests.maps.samples import district_shapefile, village_geojson

OFFICIAL_ONE, COMPUTED_ONE = "64.01.01.2001", "64.01.01.2002"
MAP_VILLAGES = [OFFICIAL_ONE, COMPUTED_ONE, "64.01.01.2099", "64.01.02.2001", "64.01.02.2004"]


def answers(score: int) -> dict[str, Answer]:
    return {item.key: Answer(score) for item in indeks_desa_catalogue(2025).indicators}


def crafted(workspace) -> None:
    """Both villages have a questionnaire (all 3: 60.00, Berkembang); the first also has an
    official result, Maju."""
    for code in (OFFICIAL_ONE, COMPUTED_ONE):
        save_questionnaire(workspace.db, workspace.editor, code, 2025, answers(3))
    with workspace.db.writing() as session:
        session.add(IndexOfficialResult(
            village_code=OFFICIAL_ONE, regency_code="64.01", year=2025,
            index_code="INDEKS_DESA", total="71.25", status="MAJU", source="uji",
            imported_at=datetime(2026, 1, 5)))


def computed(workspace):
    with workspace.db.reading() as session:
        return THEMES["indeks_desa"].compute(session, 2025, workspace.clock.today())


def test_official_result_beats_the_questionnaire_and_provisional_is_marked(workspace):
    crafted(workspace)
    data = computed(workspace)
    catalogue = indeks_desa_catalogue(2025)
    assert [item.label for item in data.classes] == [
        *(band.name for band in catalogue.statuses), "Tidak ada data"]
    assert data.counts(MAP_VILLAGES) == [0, 0, 1, 1, 0, 3]
    assert data.value(OFFICIAL_ONE) == "Maju (Indeks Desa 71,25)"
    assert data.value(COMPUTED_ONE) == "Berkembang (sementara) (Indeks Desa 60,00)"
    assert "IDM" not in data.value(COMPUTED_ONE) + data.value(OFFICIAL_ONE)
    assert data.title == "Status Indeks Desa 2025 (sementara)"
    assert "belum terverifikasi" in data.note
    assert catalogue.status_source and catalogue.status_source in data.note
    with workspace.db.reading() as session:
        assert THEMES["indeks_desa"].years(session) == [2025]


def test_only_official_results_or_verified_cut_offs_are_not_provisional(workspace, tmp_path):
    crafted(workspace)
    rule = json.loads((shipped_folder() / "status" / "2025.json").read_text(encoding="utf-8"))
    rule.update(verified=True, source="Kepmendesa 343/2025 (uji)")
    path = tmp_path / "batas-2025.json"
    path.write_text(json.dumps(rule), encoding="utf-8")
    install_status_rule(workspace.data_dir, path)  # found through the database's folder
    recompute_questionnaires(workspace.db, workspace.editor, workspace.data_dir)
    data = computed(workspace)
    assert data.value(COMPUTED_ONE) == "Berkembang (Indeks Desa 60,00)"
    assert (data.title, data.note) == ("Status Indeks Desa 2025", "")


def test_map_report_prints_the_provisional_note(workspace, tmp_path):
    crafted(workspace)
    import_boundaries(workspace.db, district_shapefile(tmp_path / "kec.zip"),
                      credit="BIG RBI 10K 2023")
    import_boundaries(workspace.db, village_geojson(tmp_path / "desa.geojson",
                                                    source="BIG RBI 10K 2023"))
    result = map_report_for(workspace.db, "indeks_desa", 2025, workspace.clock.today(),
                            paper="A4")
    path = result.write(tmp_path / "peta.pdf")
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    flat = " ".join(text.split())
    assert "Peta Status Indeks Desa 2025 (sementara)" in flat
    assert "Status sementara: batas status 2025 belum terverifikasi" in flat
    assert "adeyusuf94/web-indeksdesa-lebak" in flat.replace(" ", "")
    assert "Sumber batas wilayah: BIG RBI 10K 2023" in flat
