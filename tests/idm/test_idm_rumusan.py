"""Parsing official rumusan files, on own fixtures (valid, quirky and malformed)."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.idm.rumusan import (
    RumusanError,
    normalise_village_code,
    parse_rumusan,
    parse_rumusan_file,
)

VALID = Path(__file__).resolve().parent / "fixtures" / "rumusan" / "6401022001" / "2023.json"


def valid_document() -> dict[str, Any]:
    return json.loads(VALID.read_text(encoding="utf-8"))


def problems_of(document: dict[str, Any] | str, **kwargs: Any) -> list[str]:
    text = document if isinstance(document, str) else json.dumps(document)
    with pytest.raises(RumusanError) as info:
        parse_rumusan(text, "uji.json", **kwargs)
    for problem in info.value.problems:
        assert problem.file == "uji.json"
    return [str(p) for p in info.value.problems]


def row(document: dict[str, Any], sub_position: int) -> dict[str, Any]:
    """The raw row at a position of ROW (0-based)."""
    return document["mapData"]["ROW"][sub_position]


def test_valid_fixture() -> None:
    a = parse_rumusan_file(VALID)
    assert a.source == "6401022001/2023.json"
    assert (a.village_code, a.year, a.village_name) == ("64.01.02.2001", 2023, "DESA UJI SATU")
    assert (a.district_code, a.regency_code, a.province_code) == ("64.01.02", "64.01", "64")
    assert a.regency_name == "PASER"
    assert a.published.values == (("IKS", Decimal("0.8")), ("IKE", Decimal("0.6")),
                                  ("IKL", Decimal("0.66666666666667")),
                                  ("IDM", Decimal("0.68888888888889")))
    assert a.published.status == "Berkembang"
    assert (a.summary_status, a.target_status, a.minimum_score) == (
        "BERKEMBANG", "MAJU", Decimal("0.7073"))
    assert len(a.rows) == 50
    assert [r.number for r in a.rows] == list(range(1, 51))
    assert a.warnings == ()
    scores = a.scores()
    assert sum(scores[n] for n in range(1, 36)) == 140


def test_quirks_are_normalised() -> None:
    a = parse_rumusan_file(VALID)
    pmks = a.rows[25]  # SKOR given as the string "3"
    assert (pmks.score, pmks.sub_index, pmks.section_number) == (3, "IKS", 26)
    assert pmks.actors_at("KAB") == ("DINAS A",)
    assert pmks.actors_at("PROV") == ()  # empty string
    kedai = a.rows[39]  # IKE NO 5: doubled space in actors, NILAI null
    assert kedai.actors_at("KAB") == ("DINAS A", "DINAS B")
    assert kedai.gain is None
    first = a.rows[0]
    assert first.activity is None  # "-"
    assert first.gain == Decimal("0")
    assert a.rows[2].name == "Skor Bidan"  # trailing space dropped


def test_dotted_code_and_string_year_are_accepted() -> None:
    document = valid_document()
    document["mapData"]["IDENTITAS"][0].update(id_desa="64.01.02.2001", id_kecamatan="64.01.02")
    document["mapData"]["SUMMARIES"]["TAHUN"] = "2023"
    a = parse_rumusan(json.dumps(document), "uji.json")
    assert (a.village_code, a.year, a.district_code) == ("64.01.02.2001", 2023, "64.01.02")


def test_truncated_json(fixtures_dir: Path) -> None:
    with pytest.raises(RumusanError) as info:
        parse_rumusan_file(fixtures_dir / "truncated.json")
    [problem] = info.value.problems
    assert problem.file == "fixtures/truncated.json"
    assert "JSON rusak atau terpotong" in problem.message


def test_not_utf8() -> None:
    with pytest.raises(RumusanError, match="UTF-8"):
        parse_rumusan(b"\xff\xfe{}", "uji.json")


@pytest.mark.parametrize("document", ['[]', '{"status": 200}', '{"mapData": {"ROW": []}}'])
def test_no_rows(document: str) -> None:
    assert problems_of(document)


def test_text_where_a_score_should_be() -> None:
    document = valid_document()
    row(document, 4)["SKOR"] = "lima"
    row(document, 5)["SKOR"] = ""
    row(document, 6)["SKOR"] = None
    row(document, 7)["SKOR"] = 2.5
    row(document, 8)["SKOR"] = 7
    row(document, 9)["SKOR"] = -1
    assert problems_of(document) == [
        "uji.json, IKS NO 5, kolom SKOR: skor 'lima' bukan angka 0–5",
        "uji.json, IKS NO 6, kolom SKOR: skor kosong",
        "uji.json, IKS NO 7, kolom SKOR: skor kosong",
        "uji.json, IKS NO 8, kolom SKOR: skor '2.5' bukan bilangan bulat",
        "uji.json, IKS NO 9, kolom SKOR: skor 7 di luar rentang 0–5",
        "uji.json, IKS NO 10, kolom SKOR: skor -1 di luar rentang 0–5",
    ]


def test_duplicate_and_missing_indicator_numbers() -> None:
    document = valid_document()
    row(document, 37)["NO"] = 1  # IKE NO 2 becomes a second IKE NO 1
    assert problems_of(document) == [
        "uji.json, IKE NO 1, kolom NO: nomor indikator ganda",
        "uji.json, IKE, kolom NO: indikator NO 2 tidak ada",
    ]


def test_missing_rows_and_unknown_number() -> None:
    document = valid_document()
    rows = document["mapData"]["ROW"]
    del rows[50:52]  # IKL NO 2 and 3
    rows[0]["NO"] = 36  # IKS has 35
    problems = problems_of(document)
    assert problems == [
        "uji.json, IKS NO 36, kolom NO: nomor indikator tidak ada dalam IKS (1–35)",
        "uji.json, IKS, kolom NO: indikator NO 1 tidak ada",
        "uji.json, IKL, kolom NO: indikator NO 2, 3 tidak ada",
    ]


def test_missing_summary_row_and_bad_published_values() -> None:
    document = valid_document()
    rows = document["mapData"]["ROW"]
    idm = next(r for r in rows if str(r["INDIKATOR"]).startswith("IDM"))
    rows.remove(idm)
    next(r for r in rows if r["INDIKATOR"] == "IKE 2023")["SKOR"] = "n/a"
    next(r for r in rows if str(r["INDIKATOR"]).startswith("STATUS"))["SKOR"] = "Unggul"
    assert problems_of(document) == [
        "uji.json, ringkasan IKE, kolom SKOR: nilai 'n/a' bukan angka 0–1",
        "uji.json, ringkasan IDM: baris ringkasan tidak ada",
        "uji.json, ringkasan STATUS, kolom SKOR: status 'Unggul' tidak dikenal",
    ]


def test_bad_number_field_and_non_object_row() -> None:
    document = valid_document()
    row(document, 0)["NO"] = "satu"
    document["mapData"]["ROW"].insert(1, "x")
    problems = problems_of(document)
    assert problems[0] == ("uji.json, baris ke-1, kolom NO: nomor indikator 'satu' bukan "
                           "bilangan bulat")
    assert problems[1] == "uji.json, baris ke-2: baris bukan objek JSON"


@pytest.mark.parametrize(("code", "fragment"), [
    ("6401020001", "kode BPS"),  # BPS: 64 01 020 001
    ("640102001", "bukan kode Kemendagri"),
    ("64.01.02.0001", "kode BPS"),
    ("64-01-02-2001", "bukan kode Kemendagri"),
    (None, "bukan kode Kemendagri"),
])
def test_bad_village_codes(code: object, fragment: str) -> None:
    document = valid_document()
    document["mapData"]["IDENTITAS"][0]["id_desa"] = code
    [problem] = problems_of(document)
    assert problem.startswith("uji.json, IDENTITAS, kolom id_desa: ")
    assert fragment in problem


def test_bps_style_district_code() -> None:
    document = valid_document()
    document["mapData"]["IDENTITAS"][0]["id_kecamatan"] = "6401020"
    [problem] = problems_of(document)
    assert "IDENTITAS, kolom id_kecamatan" in problem and "kode BPS?" in problem


def test_identity_and_year_must_match_file_name(tmp_path: Path) -> None:
    folder = tmp_path / "6401022009"
    folder.mkdir()
    target = folder / "2021.json"
    target.write_bytes(VALID.read_bytes())
    with pytest.raises(RumusanError) as info:
        parse_rumusan_file(target)
    messages = [str(p) for p in info.value.problems]
    assert messages == [
        "6401022009/2021.json, SUMMARIES, kolom TAHUN: tahun 2023 berbeda dari nama berkas "
        "(2021)",
        "6401022009/2021.json, IDENTITAS, kolom id_desa: kode desa 64.01.02.2001 berbeda dari "
        "nama folder 64.01.02.2009",
    ]


def test_year_in_summary_rows_must_match() -> None:
    document = valid_document()
    document["mapData"]["SUMMARIES"]["TAHUN"] = 2022
    [problem] = problems_of(document)
    assert "tahun 2022 berbeda dari baris ringkasan (2023)" in problem


def test_year_from_summary_rows_when_summaries_absent() -> None:
    document = valid_document()
    del document["mapData"]["SUMMARIES"]
    a = parse_rumusan(json.dumps(document), "uji.json")
    assert a.year == 2023
    assert a.summary_value is None


def test_renamed_indicator_is_a_warning_not_an_error() -> None:
    document = valid_document()
    row(document, 1)["INDIKATOR"] = "Skor Tenaga Dokter"
    a = parse_rumusan(json.dumps(document), "uji.json")
    [warning] = a.warnings
    assert str(warning).startswith("uji.json, IKS NO 2, kolom INDIKATOR: nama 'Skor Tenaga")


def test_all_problems_are_collected() -> None:
    document = copy.deepcopy(valid_document())
    row(document, 0)["SKOR"] = "x"
    row(document, 1)["NILAI"] = "nol"
    row(document, 2)["KAB"] = 5
    document["mapData"]["IDENTITAS"] = []
    problems = problems_of(document)
    assert len(problems) == 4
    assert "IKS NO 2, kolom NILAI" in problems[1]
    assert "IKS NO 3, kolom KAB" in problems[2]
    assert "identitas desa tidak ada" in problems[3]


@pytest.mark.parametrize(("raw", "dotted"), [
    ("6401022004", "64.01.02.2004"), ("64.01.02.2004", "64.01.02.2004"),
    (" 6472011001 ", "64.72.01.1001"), (6401022004, "64.01.02.2004"),
])
def test_normalise_village_code(raw: object, dotted: str) -> None:
    assert normalise_village_code(raw) == dotted
