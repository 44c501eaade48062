"""Boundary import: GeoJSON and zipped Shapefile, coverage against the region list,
all-or-nothing refusal of bad files, re-import replacing the layer."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.core.maps.geometry import pack, simplify, unpack
from desktop_app.core.maps.importing import import_boundaries
from desktop_app.core.maps.store import load_map
from desktop_app.core.models import MapLayer, MapShape
from desktop_app.core.problems import Cancelled, InputFileError
from tests.maps.samples import district_shapefile, village_geojson


def stored(workspace) -> dict[str, list[tuple[str, str]]]:
    with workspace.db.reading() as session:
        rows = session.execute(select(MapShape.level, MapShape.code, MapShape.name)
                               .order_by(MapShape.level, MapShape.code)).all()
    layers: dict[str, list[tuple[str, str]]] = {}
    for level, code, name in rows:
        layers.setdefault(level, []).append((code, name))
    return layers


def test_geojson_villages_found_by_their_code_values_with_coverage(workspace, tmp_path):
    path = village_geojson(tmp_path / "desa.geojson", source="BIG RBI 10K 2023")
    report = import_boundaries(workspace.db, path, clock=workspace.clock)
    assert report.level == "village"
    assert report.credit == "BIG RBI 10K 2023"
    assert [code for code, _ in stored(workspace)["village"]] == [
        "64.01.01.2001", "64.01.01.2002", "64.01.01.2099", "64.01.02.2001", "64.01.02.2004"]
    # Coverage within Paser only (the file covers no other kabupaten).
    assert report.missing == [("64.01.01.2003", "Sungai Terik")]
    assert report.unknown == [("64.01.01.2099", "Desa Baru")]
    # Case and spacing are no difference; a spelling is.
    assert report.renamed == [("64.01.02.2004", "Randoom", "Random")]
    summary = report.summary()
    assert "1 tanpa poligon, 1 kode tidak dikenal, 1 nama berbeda" in summary
    assert "Kabupaten Paser" in summary
    with workspace.db.reading() as session:
        layer = session.get(MapLayer, "village")
        data = load_map(session)
    assert (layer.shape_count, layer.vertex_count) == (5, 25)
    shape = data.layers["village"][0]
    assert shape.name == "Batu Kajang"  # the region list's spelling is shown
    assert (shape.box.min_x, shape.box.max_x) == pytest.approx((116.0, 116.1))
    assert shape.label == pytest.approx((116.05, -1.85))
    assert data.credit_text() == "BIG RBI 10K 2023"


def test_zipped_shapefile_of_kecamatan(workspace, tmp_path):
    path = district_shapefile(tmp_path / "kecamatan.zip")
    report = import_boundaries(workspace.db, path, credit="Bappeda Paser",
                               clock=workspace.clock)
    assert report.level == "district"
    assert stored(workspace) == {"district": [("64.01.01", "Batu Sopang"),
                                              ("64.01.02", "Tanjung Harapan")]}
    assert report.missing == report.unknown == report.renamed == []
    with workspace.db.reading() as session:
        data = load_map(session)
    second = data.layers["district"][1]
    assert len(second.rings) == 2  # both parts kept
    assert data.credits == {"district": "Bappeda Paser"}


def test_reimport_replaces_the_layer_and_leaves_other_levels(workspace, tmp_path):
    import_boundaries(workspace.db, district_shapefile(tmp_path / "kec.zip"))
    import_boundaries(workspace.db, village_geojson(tmp_path / "a.geojson"))
    fewer = {"64.01.01.2001": "Batu Kajang", "64.01.01.2002": "Kasungai"}
    report = import_boundaries(workspace.db, village_geojson(tmp_path / "b.geojson", fewer,
                                                             code_key="kode", plain=False))
    assert [code for code, _ in stored(workspace)["village"]] == list(fewer)
    assert len(stored(workspace)["district"]) == 2
    assert {code for code, _ in report.missing} == {"64.01.01.2003", "64.01.02.2001",
                                                    "64.01.02.2004"}
    with workspace.db.reading() as session:
        assert session.get(MapLayer, "village").file_name == "b.geojson"


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    def write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    no_code = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {
        "nama": "Batu Kajang"}, "geometry": {"type": "Polygon", "coordinates": [
            [[116, -1.9], [116.1, -1.9], [116.1, -1.8], [116, -1.9]]]}}]}
    points = json.loads(village_geojson(tmp_path / "p.geojson").read_text())
    points["features"][2]["geometry"] = {"type": "Point", "coordinates": [116, -1.9]}
    utm = json.loads(village_geojson(tmp_path / "u.geojson").read_text())
    utm["features"][0]["geometry"]["coordinates"] = [[[450000, 9800000], [451000, 9800000],
                                                      [451000, 9801000], [450000, 9800000]]]
    zipped = tmp_path / "kosong.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("catatan.txt", "tidak ada shapefile")
    return {
        "broken json": (write("rusak.geojson", '{"type": "FeatureCollection", "feat'),
                        "JSON rusak"),
        "no code field": (write("tanpa-kode.geojson", json.dumps(no_code)),
                          "Tidak ada kolom berisi kode wilayah"),
        "a point": (write("titik.geojson", json.dumps(points)), "Fitur ke-3: geometri Point"),
        "projected": (write("utm.geojson", json.dumps(utm)), "bukan derajat bujur/lintang"),
        "zip without shapefile": (zipped, "tepat satu Shapefile"),
        "truncated zip": (write("potong.zip", "PK\x03\x04rusak"), "ZIP rusak"),
    }


@pytest.mark.parametrize("case", ["broken json", "no code field", "a point", "projected",
                                  "zip without shapefile", "truncated zip"])
def test_a_bad_file_changes_nothing_and_names_the_problem(workspace, tmp_path, case):
    import_boundaries(workspace.db, village_geojson(tmp_path / "first.geojson"))
    before = stored(workspace)
    path, message = _bad_files(tmp_path)[case]
    with pytest.raises(InputFileError) as refused:
        import_boundaries(workspace.db, path)
    assert message in str(refused.value)
    assert path.name in str(refused.value)
    assert stored(workspace) == before


def test_cancelling_rolls_back(workspace, tmp_path):
    import_boundaries(workspace.db, village_geojson(tmp_path / "first.geojson"))
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        import_boundaries(workspace.db, village_geojson(tmp_path / "b.geojson", code_key="k"),
                          is_cancelled=lambda: next(calls) >= 5)
    with workspace.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(MapShape)) == 5
        assert session.get(MapLayer, "village").file_name == "first.geojson"


def test_douglas_peucker_drops_points_within_the_tolerance_and_packing_round_trips():
    from array import array

    # A square with a nearly straight detour on its bottom edge.
    ring = array("d", [0, 0, 0.5, 0.00004, 1, 0, 1, 1, 0, 1, 0, 0])
    assert list(simplify(ring, 0.0001)) == [0, 0, 1, 0, 1, 1, 0, 1, 0, 0]
    assert list(simplify(ring, 0.00001)) == list(ring)
    back = unpack(pack([ring, array("d", [0.25, 0.25, 0.5, 0.25, 0.5, 0.5, 0.25, 0.25])]))
    assert [len(r) for r in back] == [12, 8]
    assert list(back[1]) == pytest.approx([0.25, 0.25, 0.5, 0.25, 0.5, 0.5, 0.25, 0.25])


def test_the_kaltim_files_import_with_full_coverage(tmp_path, shared_data_dir, clock):
    from desktop_app.core.regions.wilayah_import import import_wilayah
    from desktop_app.core.workspace import open_workspace

    workspace = open_workspace(tmp_path / "data", clock)
    try:
        import_wilayah(workspace.db, shared_data_dir / "wilayah", "64")
        peta = shared_data_dir / "peta"
        reports = [import_boundaries(workspace.db, peta / f"{name}-64.geojson")
                   for name in ("kabupaten", "kecamatan", "desa")]
        assert [r.shapes for r in reports] == [10, 105, 1038]
        assert all(not r.missing and not r.unknown for r in reports)
        assert [code for code, _, _ in reports[2].renamed] == [
            "64.07.07.2008", "64.07.08.2013", "64.07.09.2008", "64.07.12.2001",
            "64.07.17.2015", "64.07.20.2005"]
        assert reports[0].renamed == []  # "Paser" is "Kabupaten Paser"
    finally:
        workspace.close()


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_damaged_or_incomplete_shapefiles_are_named(workspace, tmp_path):
    good = zipfile.ZipFile(district_shapefile(tmp_path / "kec.zip"))
    members = {name: good.read(name) for name in good.namelist()}
    shp = next(name for name in members if name.endswith(".shp"))
    cut = _zip(tmp_path / "terpotong.zip", {**members, shp: members[shp][:150]})
    without_dbf = _zip(tmp_path / "tanpa-dbf.zip", {
        name: data for name, data in members.items() if not name.endswith(".dbf")})
    for path, message in ((cut, "Shapefile rusak"), (without_dbf, ".dbf tidak ada di ZIP")):
        with pytest.raises(InputFileError, match=message):
            import_boundaries(workspace.db, path)
    assert stored(workspace) == {}


def test_shapefile_names_in_latin_1_are_read(workspace, tmp_path):
    import io

    import shapefile

    files = {ext: io.BytesIO() for ext in ("shp", "shx", "dbf")}
    writer = shapefile.Writer(shapeType=shapefile.POLYGON, encoding="latin-1", **files)
    writer.field("KDEPUM", "C", size=10)
    writer.field("NAMOBJ", "C", size=40)
    writer.poly([[[116, -1.9], [116, -1.8], [116.1, -1.8], [116.1, -1.9], [116, -1.9]]])
    writer.record("6401012001", "Batu Kajang Ulé")
    writer.close()
    path = _zip(tmp_path / "desa.zip", {f"desa.{ext}": data.getvalue()
                                        for ext, data in files.items()})
    import_boundaries(workspace.db, path)
    with workspace.db.reading() as session:
        assert session.scalar(select(MapShape.name)) == "Batu Kajang Ulé"
