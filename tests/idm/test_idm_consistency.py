"""Published versus recomputed values: fixtures, and every official rumusan file."""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from itertools import product
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.idm.catalogue import idm_catalogue
from desktop_app.core.idm.consistency import (
    agrees,
    check_assessment,
    compare_published,
    tolerance_for,
)
from desktop_app.core.idm.imports import import_rumusan
from desktop_app.core.idm.rumusan import PublishedValues, parse_rumusan, parse_rumusan_file
from desktop_app.core.idm.scoring import published_form, score_village
from tests.idm.fixtures.idm_import_documents import rumusan_document, write_rumusan

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "rumusan"
VALID = FIXTURES / "6401022001" / "2023.json"
STALE = FIXTURES / "6401022002" / "2024.json"

# Found by analysing all 125 files (see the report): in each, the published IKS (and hence IDM)
# was computed with the other value (1 <-> 5) of indicator 30, "Skor Internet Kantor Desa".
EXPECTED_INCONSISTENT = {
    "1101022004/2024.json": {"IKS", "IDM"},
    "1101032003/2024.json": {"IKS", "IDM", "STATUS"},  # recomputed 0.70746 is Maju
    "1101032004/2024.json": {"IKS", "IDM"},
    "1101032008/2024.json": {"IKS", "IDM"},
}


def test_consistent_fixture_has_no_disagreement() -> None:
    assert check_assessment(parse_rumusan_file(VALID)) == []


def test_stale_summary_is_reported() -> None:
    found = check_assessment(parse_rumusan_file(STALE))
    assert [(d.index, d.published, d.recomputed, d.difference_points, d.score_points)
            for d in found] == [
        ("IKS", Decimal("0.77714285714286"), Decimal("0.8"), Decimal("-0.02285714285714"),
         Decimal("-4")),
        ("IDM", Decimal("0.68126984126984"), Decimal("0.68888888888889"),
         Decimal("-0.00761904761905"), None),
    ]
    assert {(d.village_code, d.year, d.source) for d in found} == {
        ("64.01.02.2002", 2024, "6401022002/2024.json")}


def test_status_summaries_and_gain_disagreements() -> None:
    document = json.loads(VALID.read_text(encoding="utf-8"))
    rows = document["mapData"]["ROW"]
    next(r for r in rows if str(r["INDIKATOR"]).startswith("STATUS"))["SKOR"] = "MAJU"
    document["mapData"]["SUMMARIES"]["SKOR_SAAT_INI"] = 0.7
    rows[33]["NILAI"] = "0.00952381"  # IKS NO 34 has score 0 → should be 0.00952381
    rows[34]["NILAI"] = "0.009"  # IKS NO 35, score 0: wrong
    found = check_assessment(parse_rumusan(json.dumps(document), "uji.json"))
    assert [(d.index, d.published, d.recomputed) for d in found] == [
        ("STATUS", "MAJU", "Berkembang"),
        ("IDM (SUMMARIES)", Decimal("0.7"), Decimal("0.68888888888889")),
        ("NILAI IKS-35", Decimal("0.009"), Decimal("0.0095238095238095")),
    ]


def test_four_decimal_publication_is_accepted_within_rounding() -> None:
    result = score_village(parse_rumusan_file(VALID).scores())
    ok = PublishedValues((("IKS", Decimal("0.8000")), ("IKE", Decimal("0.6000")),
                          ("IKL", Decimal("0.6667")), ("IDM", Decimal("0.6889"))), "BERKEMBANG")
    assert compare_published("64.01.02.2001", 2023, ok, result) == []
    off = PublishedValues((("IKS", Decimal("0.8000")), ("IKE", Decimal("0.6000")),
                           ("IKL", Decimal("0.6666")), ("IDM", Decimal("0.6888"))), "berkembang")
    assert [(d.index, d.difference_points) for d in
            compare_published("64.01.02.2001", 2023, off, result)] == [
        ("IKL", Decimal("-0.00006666666667")), ("IDM", Decimal("-0.00008888888889"))]


def test_tolerance() -> None:
    assert tolerance_for(Decimal("0.8")) == Decimal("0.00005")
    assert tolerance_for(Decimal("0.6902")) == Decimal("0.00005")
    assert tolerance_for(Decimal("0.73714285714286")) == Decimal("5E-15")
    assert tolerance_for(Decimal("1")) == Decimal("0.00005")


# -- all official files ------------------------------------------------------------------

def independent_disagreements(path: Path) -> set[str]:
    """Straightforward recomputation from the raw JSON, sharing no code with the program."""
    rows = json.loads(path.read_text(encoding="utf-8"))["mapData"]["ROW"]
    scores = [r["SKOR"] for r in rows if r["NO"] is not None]
    published = {r["ROW_CELL"]: r["SKOR"] for r in rows if r["NO"] is None}
    iks = Fraction(sum(scores[:35]), 175)
    ike = Fraction(sum(scores[35:47]), 60)
    ikl = Fraction(sum(scores[47:50]), 15)
    idm = (iks + ike + ikl) / 3
    bad = {name for name, cell, exact in
           (("IKS", 45, iks), ("IKE", 58, ike), ("IKL", 62, ikl), ("IDM", 63, idm))
           if abs(published[cell] - float(exact)) > 1e-12}
    if idm <= Fraction("0.4907"):
        status = "SANGAT TERTINGGAL"
    elif idm <= Fraction("0.5989"):
        status = "TERTINGGAL"
    elif idm <= Fraction("0.7072"):
        status = "BERKEMBANG"
    elif idm <= Fraction("0.8155"):
        status = "MAJU"
    else:
        status = "MANDIRI"
    if published[64].upper() != status:
        bad.add("STATUS")
    return bad


def rumusan_files(shared_data_dir: Path) -> list[Path]:
    files = sorted((shared_data_dir / "idm-rumusan").glob("*/*.json"))
    assert len(files) == 125, "shared/data/README.md promises 125 rumusan files"
    return files


@pytest.mark.shared_data
def test_every_official_file_parses_cleanly(shared_data_dir: Path) -> None:
    for path in rumusan_files(shared_data_dir):
        assessment = parse_rumusan_file(path)
        assert assessment.warnings == (), path
        assert len(assessment.rows) == 50
        assert assessment.village_code.replace(".", "") == path.parent.name
        assert str(assessment.year) == path.stem


@pytest.mark.shared_data
def test_official_files_recompute_or_are_reported(shared_data_dir: Path) -> None:
    reported: dict[str, set[str]] = {}
    independent: dict[str, set[str]] = {}
    for path in rumusan_files(shared_data_dir):
        name = f"{path.parent.name}/{path.name}"
        assessment = parse_rumusan_file(path)
        found = check_assessment(assessment)
        if found:
            reported[name] = {d.index for d in found}
            print(f"\n{name} ({assessment.village_name}):")
            for d in found:
                print(f"  {d.index}: published {d.published}, recomputed {d.recomputed}, "
                      f"difference {d.difference_points} (score points {d.score_points})")
        if bad := independent_disagreements(path):
            independent[name] = bad
        if not found:  # self-consistent: equal to the last published digit
            result = score_village(assessment.scores())
            for code, value in assessment.published.values:
                assert published_form(result.values[code]) == value.normalize(), (name, code)
            assert result.status.name.upper() == assessment.published.status.upper()
            assert assessment.summary_value == assessment.published.get("IDM")
    assert reported == independent
    assert reported == EXPECTED_INCONSISTENT


@pytest.mark.shared_data
def test_inconsistent_files_follow_the_indicator_30_pattern(shared_data_dir: Path) -> None:
    """The published IKS matches the rows once indicator 30 takes its other value (1 <-> 5)."""
    for name in EXPECTED_INCONSISTENT:
        assessment = parse_rumusan_file(shared_data_dir / "idm-rumusan" / name)
        scores = assessment.scores()
        scores[30] = 6 - scores[30]
        assert scores[30] in (1, 5)
        result = score_village(scores)
        assert published_form(result.values["IKS"]) == assessment.published.get("IKS")
        assert published_form(result.value) == assessment.published.get("IDM")


# -- float renderings: last-digit differences that are not disagreements -----------------

def scores_with_totals(iks: int, ike: int, ikl: int) -> dict[int, int]:
    """Indicator scores (1..50) whose IKS, IKE and IKL totals are the ones given."""
    catalogue = idm_catalogue()
    scores: dict[int, int] = {}
    for code, total in (("IKS", iks), ("IKE", ike), ("IKL", ikl)):
        for indicator in catalogue.indicators_of(code):
            scores[indicator.number] = min(5, total)
            total -= scores[indicator.number]
        assert total == 0
    return scores


# Totals 124/175, 40/60, 12/15: IDM is exactly 0.725079365079365079…, printed correctly
# rounded as 0.72507936507937; averaging the float sub-indices prints 0.72507936507936.
FLOAT_AVERAGE_CASE = scores_with_totals(124, 40, 12)


def test_a_float_average_printed_with_14_digits_agrees() -> None:
    result = score_village(FLOAT_AVERAGE_CASE)
    float_average = f"{(124 / 175 + 40 / 60 + 12 / 15) / 3:.14g}"
    assert float_average == "0.72507936507936"
    assert published_form(result.value) == Decimal("0.72507936507937")
    published = Decimal(float_average)
    # Outside the half-unit rounding alone: the check before float errors were allowed.
    assert abs(Fraction(published) - result.value) > Fraction(tolerance_for(published))
    values = PublishedValues((("IKS", Decimal("0.70857142857143")),
                              ("IKE", Decimal("0.66666666666667")), ("IKL", Decimal("0.8")),
                              ("IDM", published)), "MAJU")
    assert compare_published("64.01.02.2001", 2024, values, result) == []


@pytest.mark.parametrize("published", ["0.72507936507935", "0.72507936507938", "0.7250"])
def test_one_more_digit_off_is_still_a_disagreement(published: str) -> None:
    result = score_village(FLOAT_AVERAGE_CASE)
    values = PublishedValues((("IDM", Decimal(published)),), "Maju")
    assert [(d.index, str(d.published)) for d in
            compare_published("64.01.02.2001", 2024, values, result)] == [("IDM", published)]


def test_the_float_average_in_a_rumusan_file_is_imported_without_disagreement(
        workspace: Any, tmp_path: Path) -> None:
    document = rumusan_document("6401022001", 2024, FLOAT_AVERAGE_CASE)
    rows = document["mapData"]["ROW"]
    idm_row = next(r for r in rows if r["NO"] is None and r["INDIKATOR"].startswith("IDM"))
    assert idm_row["SKOR"] == 0.72507936507937
    idm_row["SKOR"] = document["mapData"]["SUMMARIES"]["SKOR_SAAT_INI"] = 0.72507936507936
    path = write_rumusan(tmp_path, document)
    assert check_assessment(parse_rumusan_file(path)) == []
    report = import_rumusan(workspace.db, tmp_path)
    assert (report.counts["added"], report.disagreements) == (1, [])

    idm_row["SKOR"] = 0.72507936507935  # not a float of the exact value: reported
    write_rumusan(tmp_path, document)
    report = import_rumusan(workspace.db, tmp_path)
    assert [(d.index, str(d.published)) for d in report.disagreements] == [
        ("IDM", "0.72507936507935")]


def test_every_float_rendering_of_every_possible_total_agrees() -> None:
    """All 176 × 61 × 16 totals: the 14-digit renderings of float(exact) and of the float
    averages agree; where they differ from the exact value correctly rounded (a few hundred
    totals), a rendering one unit further away is still a disagreement."""
    flipped = 0
    for iks, ike, ikl in product(range(176), range(61), range(16)):
        exact = Fraction(iks, 175) / 3 + Fraction(ike, 60) / 3 + Fraction(ikl, 15) / 3
        correct = f"{float(exact):.14g}"
        averages = {f"{(iks / 175 + ike / 60 + ikl / 15) / 3:.14g}",
                    f"{iks / 175 / 3 + ike / 60 / 3 + ikl / 15 / 3:.14g}"}
        for text in averages - {correct}:
            flipped += 1
            published = Decimal(text)
            assert agrees(published, exact), (iks, ike, ikl, text)
            further = published + (published - Decimal(correct))
            assert not agrees(further, exact), (iks, ike, ikl, further)
        if exact:  # float(exact) itself always prints as the exact value correctly rounded
            assert Decimal(correct) == published_form(exact), (iks, ike, ikl)
    assert flipped == 366  # totals where one of the two float orders prints another digit


@pytest.mark.shared_data
def test_no_flag_in_the_corpus_is_a_last_digit_difference(shared_data_dir: Path) -> None:
    """Every value flagged in the official files is off by whole score points."""
    flagged = set()
    for path in rumusan_files(shared_data_dir):
        for d in check_assessment(parse_rumusan_file(path)):
            flagged.add(f"{path.parent.name}/{path.name}")
            if d.difference_points is not None:
                assert abs(d.difference_points) >= Decimal("0.001"), (path, d)
            if d.score_points is not None:
                assert d.score_points == d.score_points.to_integral_value() != 0, (path, d)
    assert flagged == set(EXPECTED_INCONSISTENT)


@pytest.mark.shared_data
def test_how_the_publisher_printed_its_numbers(shared_data_dir: Path) -> None:
    """What the 125 files say about the publisher's arithmetic (see scoring.py)."""
    averaged_from_printed = []
    for path in rumusan_files(shared_data_dir):
        name = f"{path.parent.name}/{path.name}"
        summary = json.loads(path.read_text(encoding="utf-8"))["mapData"]["SUMMARIES"]
        printed = dict(parse_rumusan_file(path).published.values)
        # PENAMBAHAN is computed in floats from the printed 14-digit IDM.
        assert Fraction(float(summary["SKOR_MINIMAL"])) - Fraction(summary["PENAMBAHAN"]) == \
            Fraction(float(printed["IDM"])), name
        if name in EXPECTED_INCONSISTENT:
            continue
        result = score_village(parse_rumusan_file(path).scores())
        for code, value in printed.items():
            assert Decimal(f"{float(result.values[code]):.14g}") == value, (name, code)
        average = (float(printed["IKS"]) + float(printed["IKE"]) + float(printed["IKL"])) / 3
        if Decimal(f"{average:.14g}") != printed["IDM"]:
            averaged_from_printed.append(name)
    # The IDM is not the average of the printed sub-indices: 11 files differ in the last digit.
    assert len(averaged_from_printed) == 11
