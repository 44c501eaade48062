"""Boundary files published on the server reach the laptops with their next sync."""

from __future__ import annotations

from sqlalchemy import select

from desktop_app.core.maps.store import load_map
from desktop_app.core.models import MapLayer
from tests.maps.samples import village_geojson


def test_a_published_boundary_file_arrives_with_the_next_sync(sync_server, laptops,
                                                              tmp_path):
    amir = laptops("amir", sync_server.url)
    first = village_geojson(tmp_path / "desa.geojson")
    assert sync_server.cli("publish-peta", str(first), "--sumber", "BIG RBI 10K 2023") == 0
    report = amir.sync()
    assert report.boundaries == 1
    with amir.db.reading() as session:
        layer = session.get(MapLayer, "village")
        data = load_map(session)
    assert (layer.file_name, layer.credit, layer.shape_count) == (
        "desa.geojson", "BIG RBI 10K 2023", 5)
    assert len(data.village_codes()) == 5
    assert amir.sync().boundaries == 0  # the same file is not fetched twice

    fewer = village_geojson(tmp_path / "desa-2027.geojson", {"64.01.01.2001": "Batu Kajang"})
    assert sync_server.cli("publish-peta", str(fewer)) == 0
    assert amir.sync().boundaries == 1
    with amir.db.reading() as session:
        assert session.scalars(select(MapLayer.file_name)).all() == ["desa-2027.geojson"]
        assert load_map(session).village_codes() == ["64.01.01.2001"]


def test_a_bad_file_is_refused_at_the_server_and_nothing_is_published(sync_server, tmp_path):
    bad = tmp_path / "rusak.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    assert sync_server.cli("publish-peta", str(bad)) == 2
