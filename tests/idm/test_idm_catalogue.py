"""The IDM catalogue file and the catalogue loader."""

from __future__ import annotations

import copy
import json
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from desktop_app.core.idm import catalogue as catalogue_module
from desktop_app.core.idm.catalogue import (
    CatalogueError,
    catalogue_from_dict,
    idm_catalogue,
    load_catalogue,
    resources_dir,
)
from desktop_app.core.idm.scoring import score_village

CATALOGUE_FILE = resources_dir() / "idm" / "indicators.json"


def test_idm_catalogue_structure() -> None:
    cat = idm_catalogue()
    assert (cat.index, cat.regulation) == ("IDM", "Permendesa PDTT 2/2016")
    assert [(s.code, s.max_total, s.indicator_count) for s in cat.sub_indices] == [
        ("IKS", 175, 35), ("IKE", 60, 12), ("IKL", 15, 3)]
    assert [i.number for i in cat.indicators] == list(range(1, 51))
    assert {i.dimension for i in cat.indicators_of("IKS")} == {
        "kesehatan", "pendidikan", "modal sosial", "permukiman"}
    assert {i.dimension for i in cat.indicators_of("IKE")} == {"ekonomi"}
    assert {i.dimension for i in cat.indicators_of("IKL")} == {"ekologi"}
    assert [(s.name, s.upper_inclusive) for s in cat.statuses] == [
        ("Sangat Tertinggal", Decimal("0.4907")), ("Tertinggal", Decimal("0.5989")),
        ("Berkembang", Decimal("0.7072")), ("Maju", Decimal("0.8155")), ("Mandiri", None)]
    assert len({i.key for i in cat.indicators}) == 50
    assert cat.indicator(2).name == "Skor Dokter"
    assert cat.indicator_in_section("IKE", 1).label == "Keragaman Produksi"
    assert cat.indicator(48).code == "IKL-01"


def test_catalogue_carries_criteria_activities_actors() -> None:
    dokter = idm_catalogue().indicator(2)
    assert dokter.criterion(0).criteria == ("Jumlah Dokter Tidak ada",)
    assert dokter.criterion(5).criteria == ("Jumlah dokter ≥ 1 orang",)
    assert dokter.criterion(3) is None  # never seen in the official files
    assert dokter.default_activity == "Pengadaan Min 1 org Dokter"
    assert dokter.actors_at("KAB") == ("DINKES",)
    assert idm_catalogue().indicator(33).actors_at("KAB") == ("DLH", "DKPP")
    for indicator in idm_catalogue().indicators:  # every indicator has at least one criterion
        assert indicator.levels
        assert all(0 <= level.score <= 5 for level in indicator.levels)


def test_point_gain_is_one_over_max_times_three() -> None:
    cat = idm_catalogue()
    assert cat.point_gain(cat.indicator(1)) == Fraction(1, 525)
    assert cat.point_gain(cat.indicator(36)) == Fraction(1, 180)
    assert cat.point_gain(cat.indicator(50)) == Fraction(1, 45)


def test_resources_dir_honours_meipass(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert resources_dir() == Path(catalogue_module.__file__).resolve().parents[3] / "resources"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


def _raw() -> dict:
    return json.loads(CATALOGUE_FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("breakage", ["gap", "count", "thresholds", "missing"])
def test_inconsistent_catalogue_is_refused(breakage: str) -> None:
    data = _raw()
    if breakage == "gap":
        data["indicators"][4]["number"] = 99
    elif breakage == "count":
        data["sub_indices"]["IKS"]["max"] = 170
    elif breakage == "thresholds":
        data["statuses"][1]["upper_inclusive"] = "0.4"
    else:
        del data["indicators"][0]["sub_index"]
    with pytest.raises(CatalogueError):
        catalogue_from_dict(data)


def test_unreadable_catalogue(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"index": "IDM", ', encoding="utf-8")
    with pytest.raises(CatalogueError, match="tidak dapat dibaca"):
        load_catalogue(broken)


def six_dimension_catalogue() -> dict:
    """A made-up successor index: six dimensions, scale 100, its own (unverified) cut-offs."""
    dims = ["layanan dasar", "sosial", "ekonomi", "lingkungan", "aksesibilitas", "tata kelola"]
    indicators, number = [], 0
    for d, dim in enumerate(dims):
        for section in range(1, 3):
            number += 1
            indicators.append({
                "number": number, "key": f"d{d}_{section}", "code": f"D{d}-{section:02d}",
                "sub_index": f"D{d}", "section_number": section, "name": f"{dim} {section}",
                "dimension": dim, "criteria": {"1": ["rendah"], "5": ["tinggi"]}})
    return {
        "format": 1, "index": "ID2024", "name": "Indeks Desa (uji)", "regulation": "uji",
        "score_range": {"min": 1, "max": 5},
        "composite": {"code": "ID", "name": "Indeks Desa", "method": "mean", "scale": 100},
        "status_rounding": 2,
        "sub_indices": {f"D{d}": {"name": dim, "max": 10, "indicators": 2, "weight": 1}
                        for d, dim in enumerate(dims)},
        "statuses": [{"code": "TERTINGGAL", "name": "Tertinggal", "upper_inclusive": "50"},
                     {"code": "BERKEMBANG", "name": "Berkembang", "upper_inclusive": "75"},
                     {"code": "MANDIRI", "name": "Mandiri", "upper_inclusive": None}],
        "indicators": indicators,
    }


def test_second_index_is_scored_by_the_same_code() -> None:
    cat = catalogue_from_dict(six_dimension_catalogue())
    all_three = score_village({n: 3 for n in range(1, 13)}, cat)
    assert all_three.value == 60
    assert all_three.status.name == "Berkembang"
    top = score_village({n: 5 for n in range(1, 13)}, cat)
    assert (top.value, top.status.name) == (100, "Mandiri")
    # status decided on the value rounded to 2 decimals, as this catalogue asks
    assert cat.status_for(Fraction(75004, 1000)).name == "Berkembang"
    assert cat.status_for(Fraction(75005, 1000)).name == "Mandiri"


def test_catalogue_weights_change_the_composite() -> None:
    data = six_dimension_catalogue()
    data = copy.deepcopy(data)
    data["sub_indices"]["D0"]["weight"] = 2
    cat = catalogue_from_dict(data)
    scores = {n: 5 if n <= 2 else 1 for n in range(1, 13)}  # D0 full, others 2/10
    # (2 × 1 + 5 × 0.2) / 7 × 100
    assert score_village(scores, cat).value == Fraction(300, 7)


@pytest.mark.shared_data
def test_catalogue_file_is_what_the_generator_builds(shared_data_dir: Path) -> None:
    sys.path.insert(0, str(CATALOGUE_FILE.parent))
    try:
        import build_catalogue
    finally:
        sys.path.pop(0)
    assert build_catalogue.build(shared_data_dir / "idm-rumusan") == _raw()
