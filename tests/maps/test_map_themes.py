"""Theme classification on crafted data, and the map on paper read back."""

from __future__ import annotations

import subprocess

from desktop_app.core.idm.targets import set_target_villages
from desktop_app.core.maps.importing import import_boundaries
from desktop_app.core.maps.themes import THEMES, available_themes
from desktop_app.core.reports.map_report import map_report_for
from tests.maps.samples import district_shapefile, village_geojson
from tests.reports.supervision_samples import monitored_village

MAP_VILLAGES = ["64.01.01.2001", "64.01.01.2002", "64.01.01.2099", "64.01.02.2001",
                "64.01.02.2004"]


def classified(workspace, key: str, year: int | None) -> tuple[list[str], list[int], dict]:
    with workspace.db.reading() as session:
        data = THEMES[key].compute(session, year, workspace.clock.today())
    labels = [item.label for item in data.classes]
    return labels, data.counts(MAP_VILLAGES), {code: data.value(code)
                                               for code in MAP_VILLAGES[:2]}


def test_idm_status_of_a_year(workspace, idm_data):
    labels, counts, values = classified(workspace, "idm", 2023)
    assert labels == ["Sangat Tertinggal", "Tertinggal", "Berkembang", "Maju", "Mandiri",
                      "Tidak ada data"]
    # 2023: Batu Kajang tertinggal, Kasungai sangat tertinggal; three without results.
    assert counts == [1, 1, 0, 0, 0, 3]
    assert values["64.01.01.2002"].startswith("Sangat Tertinggal (IDM 0,")
    _labels, counts_2024, _values = classified(workspace, "idm", 2024)
    assert counts_2024 == [1, 0, 0, 1, 0, 3]  # Batu Kajang lifted to Maju
    with workspace.db.reading() as session:
        assert THEMES["idm"].years(session) == [2023, 2024]
        assert [theme.key for theme in available_themes(session)] == [
            "idm", "targets", "overdue", "apbdes", "coverage", "indeks_desa"]


def test_target_villages_and_their_achievement(workspace, idm_data):
    set_target_villages(workspace.db, workspace.editor, 2023,
                        ["64.01.01.2001", "64.01.01.2002", "64.01.02.2001"])
    labels, counts, values = classified(workspace, "targets", 2023)
    assert labels == ["Sasaran, tercapai", "Sasaran, belum tercapai",
                      "Sasaran, hasil belum ada", "Bukan desa sasaran"]
    assert counts == [1, 1, 1, 2]
    assert values == {"64.01.01.2001": "tercapai: Maju pada 2024",
                      "64.01.01.2002": "belum tercapai: Sangat Tertinggal pada 2024"}


def test_overdue_findings_and_apbdes_realisation(workspace, tmp_path):
    monitored_village(workspace, tmp_path / "m", findings=3, photos=False)
    labels, counts, values = classified(workspace, "overdue", None)
    # The open and the in-progress finding are past their 2024 deadlines; the resolved
    # one is not counted.
    assert counts == [0, 1, 0, 4]
    assert values["64.01.01.2001"] == "2 temuan terlambat"
    assert values["64.01.01.2002"] == "Tidak ada temuan terlambat"
    labels, counts, values = classified(workspace, "apbdes", 2024)
    assert labels[-1] == "Belum ada APBDes"
    # 950 of 1,560 million of spending realised: 60.9 %
    assert counts == [0, 0, 1, 0, 4]
    assert values["64.01.01.2001"] == "60,9 % terealisasi"


def test_map_report_pdf_reads_back_with_legend_counts(workspace, idm_data, tmp_path):
    import_boundaries(workspace.db, district_shapefile(tmp_path / "kec.zip"),
                      credit="BIG RBI 10K 2023")
    import_boundaries(workspace.db, village_geojson(tmp_path / "desa.geojson",
                                                    source="BIG RBI 10K 2023"))
    result = map_report_for(workspace.db, "idm", 2023, workspace.clock.today(), paper="A3")
    path = result.write(tmp_path / "peta.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "Peta Status IDM 2023 — Provinsi Kalimantan Timur" in lines
    for expected in ("Sangat Tertinggal 1", "Tertinggal 1", "Berkembang 0", "Maju 0",
                     "Mandiri 0", "Tidak ada data 3", "Jumlah desa/kelurahan 5"):
        assert any(line.endswith(expected) for line in lines), expected
    assert "Sumber batas wilayah: BIG RBI 10K 2023" in " ".join(lines)
    assert "Dicetak 26 November 2026" in " ".join(lines)
    assert "km" in text and "U" in lines
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                          text=True).stdout
    assert "1190.55 x 841.89 pts" in info  # A3 landscape


def test_the_regional_recap_has_a_map_page(workspace, idm_data, tmp_path):
    from desktop_app.core.idm.queries import RegionScope
    from desktop_app.core.reports.idm_recap import idm_recap_for
    from tests.reports.pdfcheck import assert_clean_layout, page_texts

    without = idm_recap_for(workspace.db, RegionScope("64.01"), printed_on=workspace.clock
                            .today()).write(tmp_path / "tanpa-peta.pdf")
    assert not any("Peta status IDM" in page for page in page_texts(without))
    import_boundaries(workspace.db, village_geojson(tmp_path / "desa.geojson",
                                                    source="BIG RBI 10K 2023"))
    path = idm_recap_for(workspace.db, RegionScope("64.01"),
                         printed_on=workspace.clock.today()).write(tmp_path / "rekap.pdf")
    pages = page_texts(path)
    map_page = next(page for page in pages if "Peta status IDM 2024" in page)
    lines = [" ".join(line.split()) for line in map_page.splitlines()]
    # Paser's five mapped villages (the unknown code 64.01.01.2099 among them).
    for expected in ("Sangat Tertinggal 1", "Maju 1", "Tidak ada data 3", "Jumlah 5"):
        assert expected in lines, expected
    assert "Sumber batas wilayah: BIG RBI 10K 2023" in map_page
    assert_clean_layout(path)
