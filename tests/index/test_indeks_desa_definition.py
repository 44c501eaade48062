"""The Indeks Desa definition: built from the shared transcription, scored by the index engine
with hand-computed results, its (unverified) cut-offs and the definitions it refuses."""

from __future__ import annotations

import copy
import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.index.catalogue import CatalogueError, IndexCatalogue
from desktop_app.core.index.definitions import indeks_desa_catalogue, shipped_folder
from desktop_app.core.index.indeks_desa import catalogue_from_definition
from desktop_app.core.index.scoring import score_village
from desktop_app.tools import build_indeks_desa_catalogue as builder

CATALOGUE = shipped_folder() / "catalogue.json"
RULE_2025 = shipped_folder() / "status" / "2025.json"


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def cat() -> IndexCatalogue:
    return indeks_desa_catalogue(2025)


@pytest.mark.shared_data
def test_resource_is_what_the_builder_makes(shared_data_dir: Path) -> None:
    shared = shared_data_dir / "indeks-desa" / "indikator.json"
    assert builder.build(shared) == _load(CATALOGUE)
    assert builder.build_status_rule(shared) == _load(RULE_2025)


@pytest.mark.shared_data
def test_catalogue_matches_the_shared_file_element_by_element(shared_data_dir: Path) -> None:
    shared = _load(shared_data_dir / "indeks-desa" / "indikator.json")
    ours = _load(CATALOGUE)
    assert len(ours["dimensions"]) == len(shared["dimensions"]) == 6

    def same(mine: dict[str, Any], theirs: dict[str, Any]) -> None:
        assert mine["provenance"] == ("verified" if theirs["verified"] else "unverified")
        assert mine["sources"] == theirs["sources"]

    for dim, sdim in zip(ours["dimensions"], shared["dimensions"], strict=True):
        assert (dim["code"], dim["name"]) == (sdim["code"], sdim["name"])
        assert Fraction(dim["weight"]) == Fraction(str(sdim["weight_reported"]))
        same(dim, sdim)
        for sub, ssub in zip(dim["sub_dimensions"], sdim["sub_dimensions"], strict=True):
            assert (sub["code"], sub["name"]) == (ssub["no"], ssub["name"])
            same(sub, ssub)
            for ind, sind in zip(sub["indicators"], ssub["indicators"], strict=True):
                assert (ind["no"], ind["code"], ind["name"]) == (
                    sind["no"], sind["code_in_dimension"], sind["name"])
                same(ind, sind)
                for asp, sasp in zip(ind["aspects"], sind["aspects"], strict=True):
                    assert (asp["id"], asp["text"], asp["max"]) == (
                        sasp["id"], sasp["text"], sasp["max_score"])
                    same(asp, sasp)
    listed = shared["counts"]["aspects_per_dimension_listed"]
    assert [sub.indicator_count for sub in indeks_desa_catalogue(2025).sub_indices] == listed


def test_structure_and_provenance(cat: IndexCatalogue) -> None:
    assert [s.name for s in cat.sub_indices] == [
        "Layanan Dasar", "Sosial", "Ekonomi", "Lingkungan", "Aksesibilitas",
        "Tata Kelola Pemerintahan Desa"]
    assert cat.total_weight == 100
    assert len(cat.indicators) == 126
    assert len({i.group_code for i in cat.indicators}) == 48
    assert cat.item_by_key("12.3").group_code == "12"
    # indicator names 35-48 come from one source only: their aspects are not verified
    assert not cat.item_by_key("35.1").verified
    assert cat.item_by_key("34.1").verified
    assert cat.status_provisional and cat.status_source.startswith("S4")
    assert not cat.formula_verified


def _scores(cat: IndexCatalogue, per_dimension: dict[str, int]) -> dict[int, int]:
    return {i.number: per_dimension.get(i.sub_index, 0) for i in cat.indicators}


@pytest.mark.parametrize(("dimension", "aspects", "weight"), [
    ("I", 34, Fraction(2677, 100)), ("II", 17, Fraction(1339, 100)),
    ("III", 32, Fraction(2520, 100)), ("IV", 17, Fraction(1417, 100)),
    ("V", 10, Fraction(787, 100)), ("VI", 16, Fraction(1260, 100))])
def test_one_dimension_full_gives_its_weight(cat: IndexCatalogue, dimension: str, aspects: int,
                                              weight: Fraction) -> None:
    result = score_village(_scores(cat, {dimension: 5}), cat)
    assert result.sub_total(dimension) == aspects * 5
    assert result.sub_index(dimension) == 1
    assert result.value == weight
    # one aspect of the dimension at 2 of 5: the dimension loses 3/(5 × aspects) of its weight
    first = next(i for i in cat.indicators if i.sub_index == dimension)
    partial = score_village({**_scores(cat, {dimension: 5}), first.number: 2}, cat)
    assert partial.value == weight - weight * Fraction(3, 5 * aspects)


def test_weighted_total_by_hand(cat: IndexCatalogue) -> None:
    # Layanan Dasar all 4, Sosial all 3, Ekonomi all 2, Lingkungan all 5, Aksesibilitas all 1,
    # Tata Kelola all 0: 26.77×0.8 + 13.39×0.6 + 25.20×0.4 + 14.17×1 + 7.87×0.2 + 0
    # = 21.416 + 8.034 + 10.08 + 14.17 + 1.574 = 55.274
    result = score_village(_scores(cat, {"I": 4, "II": 3, "III": 2, "IV": 5, "V": 1}), cat)
    assert result.value == Fraction("55.274")
    assert result.status.name == "Tertinggal"


@pytest.mark.parametrize(("value", "status"), [
    ("0", "Sangat Tertinggal"), ("49.48", "Sangat Tertinggal"),
    ("49.489", "Sangat Tertinggal"), ("49.49", "Tertinggal"), ("57.385", "Tertinggal"),
    ("57.39", "Berkembang"), ("69.349", "Berkembang"), ("69.35", "Maju"),
    ("79.62", "Maju"), ("79.625", "Maju"), ("79.63", "Mandiri"), ("100", "Mandiri")])
def test_cut_off_boundaries(cat: IndexCatalogue, value: str, status: str) -> None:
    assert cat.status_for(Fraction(value)).name == status


def _definition() -> dict[str, Any]:
    return copy.deepcopy(_load(CATALOGUE))


def test_weights_not_100_are_refused() -> None:
    data = _definition()
    data["dimensions"][0]["weight"] = "26.76"
    with pytest.raises(CatalogueError, match=r"bobot dimensi berjumlah 99\.99, seharusnya 100"):
        catalogue_from_definition(data, _load(RULE_2025), "uji.json")


def test_indicator_without_aspects_is_refused() -> None:
    data = _definition()
    data["dimensions"][3]["sub_dimensions"][0]["indicators"][1]["aspects"] = []
    with pytest.raises(CatalogueError,
                       match=r"indikator 35 \(Sistem Pengelolaan Sampah\) tidak memiliki aspek"):
        catalogue_from_definition(data, _load(RULE_2025), "uji.json")


@pytest.mark.parametrize("breakage", ["duplicate", "max", "bands", "missing"])
def test_other_broken_definitions_are_refused(breakage: str) -> None:
    data, rule = _definition(), _load(RULE_2025)
    aspects = data["dimensions"][0]["sub_dimensions"][0]["indicators"][0]["aspects"]
    if breakage == "duplicate":
        aspects[1]["id"] = aspects[0]["id"]
    elif breakage == "max":
        aspects[0]["max"] = 4
    elif breakage == "bands":
        rule["bands"][2]["lower_inclusive"] = "40"
    else:
        del data["dimensions"][0]["weight"]
    with pytest.raises(CatalogueError):
        catalogue_from_definition(data, rule, "uji.json")
