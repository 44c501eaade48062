"""Parse one official IDM "rumusan" file (the Kemendesa per-village breakdown, JSON).

Shape: ``mapData.SUMMARIES`` (SKOR_SAAT_INI, STATUS, TARGET_STATUS, SKOR_MINIMAL, PENAMBAHAN,
TAHUN); ``mapData.ROW[]`` with one row per indicator (NO, INDIKATOR, SKOR, KETERANGAN,
KEGIATAN, NILAI, PUSAT, PROV, KAB, DESA, CSR, LAINNYA, ROW_CELL) where NO restarts at 1 in
each sub-index, and summary rows with NO = null closing each sub-index ("IKS 2021",
ROW_CELL 45; "IKE 2021", 58; "IKL 2021", 62) followed by "IDM 2021" (63) and
"STATUS IDM 2021" (64); ``mapData.IDENTITAS[]`` with the region codes and names.

Quirks seen in real files and accepted: trailing and doubled spaces in texts, "-" as "no
activity", null actors, actors as one comma-separated string ("DLH, DKPP"), NILAI as a
string, floats with 14 significant digits. Everything else that is wrong is collected and
raised together as a :class:`RumusanError`, each problem naming file, row and field.
"""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from desktop_app.core.i18n import translate
from desktop_app.core.idm.catalogue import ACTOR_LEVELS, IndexCatalogue, idm_catalogue

_DOTTED = re.compile(r"^(\d{2})\.(\d{2})\.(\d{2})\.(\d{4})$")
_PLAIN = re.compile(r"^(\d{2})(\d{2})(\d{2})(\d{4})$")
_SUMMARY_LABEL = re.compile(r"^\s*(STATUS\s+)?([A-Za-z]+)\b\s*(\d{4})?", re.IGNORECASE)


@dataclass(frozen=True)
class RumusanProblem:
    file: str
    row: str | None  # e.g. "IKS NO 5", "ringkasan IDM", "IDENTITAS"
    field: str | None  # the JSON key, e.g. "SKOR"
    message: str

    def __str__(self) -> str:
        where = [self.file]
        if self.row:
            where.append(self.row)
        if self.field:
            where.append(translate("IdmRumusan", "kolom {field}").format(field=self.field))
        return f"{', '.join(where)}: {self.message}"


class RumusanError(ValueError):
    """A rumusan file that cannot be used; ``problems`` lists every reason."""

    def __init__(self, problems: list[RumusanProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class RumusanIndicatorRow:
    number: int  # catalogue number 1..50
    sub_index: str
    section_number: int  # the file's NO
    name: str
    score: int
    criterion: str | None  # KETERANGAN
    activity: str | None  # KEGIATAN ("-" becomes None)
    gain: Decimal | None  # NILAI as published
    actors: tuple[tuple[str, tuple[str, ...]], ...]  # (level, actors) in ACTOR_LEVELS order

    def actors_at(self, level: str) -> tuple[str, ...]:
        return dict(self.actors).get(level, ())


@dataclass(frozen=True)
class PublishedValues:
    """The summary values as published (sub-indices and composite, exact decimal text)."""

    values: tuple[tuple[str, Decimal], ...]  # e.g. (("IKS", ...), ("IKE", ...), ..., ("IDM", ...))
    status: str  # status name as published, e.g. "Berkembang"

    def get(self, code: str) -> Decimal:
        return dict(self.values)[code]


@dataclass(frozen=True)
class RumusanAssessment:
    source: str
    village_code: str  # dotted Kemendagri form, e.g. 64.01.02.2004
    village_name: str | None
    district_code: str | None
    district_name: str | None
    regency_code: str | None
    regency_name: str | None
    province_code: str | None
    province_name: str | None
    year: int
    published: PublishedValues
    summary_value: Decimal | None  # SUMMARIES.SKOR_SAAT_INI
    summary_status: str | None  # SUMMARIES.STATUS
    target_status: str | None
    minimum_score: Decimal | None  # SUMMARIES.SKOR_MINIMAL
    rows: tuple[RumusanIndicatorRow, ...]  # ordered by catalogue number
    warnings: tuple[RumusanProblem, ...] = ()

    def scores(self) -> dict[int, int]:
        return {row.number: row.score for row in self.rows}


def normalise_village_code(value: object) -> str:
    """Kemendagri village code in dotted form; accepts dotted and 10-digit forms.

    Raises ValueError (Indonesian message) for anything else, including BPS-style codes
    (3-digit kecamatan and village parts, which leave a village part starting with 0).
    """
    text = str(value).strip() if value is not None else ""
    match = _DOTTED.match(text) or _PLAIN.match(text)
    if not match:
        raise ValueError(translate(
            "IdmRumusan", "kode desa '{code}' bukan kode Kemendagri (64.01.02.2004 atau "
                          "6401022004)").format(code=text))
    province, regency, district, village = match.groups()
    if village[0] not in "123" or "00" in (province, regency, district):
        raise ValueError(translate(
            "IdmRumusan", "kode desa '{code}' tampaknya kode BPS atau salah; gunakan kode "
                          "Kemendagri (bagian desa 1xxx, 2xxx atau 3xxx)").format(code=text))
    return f"{province}.{regency}.{district}.{village}"


def _region_code(value: object, parts: int) -> str | None:
    """'6401' -> '64.01'; '64.01' kept; None if the value has another shape."""
    text = str(value).strip() if value is not None else ""
    digits = text.replace(".", "")
    if not digits.isdigit() or len(digits) != 2 * parts:
        return None
    dotted = ".".join(digits[i:i + 2] for i in range(0, len(digits), 2))
    if "." in text and text != dotted:
        return None
    return dotted


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return None if text in ("", "-") else text


def _decimal(value: object) -> Decimal | None:
    """A number from a JSON number or numeric string; None if it is not one."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, Decimal | int):
        return Decimal(value)
    if isinstance(value, str):
        text = value.strip().replace(",", ".")
        try:
            number = Decimal(text)
        except InvalidOperation:
            return None
        return number if number.is_finite() else None
    return None


class _Parser:
    def __init__(self, source: str, catalogue: IndexCatalogue) -> None:
        self.source = source
        self.catalogue = catalogue
        self.problems: list[RumusanProblem] = []
        self.warnings: list[RumusanProblem] = []

    def problem(self, row: str | None, field: str | None, message: str) -> None:
        self.problems.append(RumusanProblem(self.source, row, field, message))

    def fail(self) -> RumusanError:
        return RumusanError(self.problems)

    # -- rows ---------------------------------------------------------------------------
    def score(self, row: str, value: object) -> int | None:
        catalogue = self.catalogue
        low, high = catalogue.min_score, catalogue.max_score
        if value is None or (isinstance(value, str) and not value.strip()):
            self.problem(row, "SKOR", translate("IdmRumusan", "skor kosong"))
            return None
        number = _decimal(value)
        if number is None:
            self.problem(row, "SKOR", translate(
                "IdmRumusan", "skor '{value}' bukan angka {low}–{high}").format(
                value=value, low=low, high=high))
            return None
        if number != number.to_integral_value():
            self.problem(row, "SKOR", translate(
                "IdmRumusan", "skor '{value}' bukan bilangan bulat").format(value=value))
            return None
        if not low <= number <= high:
            self.problem(row, "SKOR", translate(
                "IdmRumusan", "skor {value} di luar rentang {low}–{high}").format(
                value=value, low=low, high=high))
            return None
        return int(number)

    def actors(self, row: str, raw: dict[str, Any]) -> tuple[tuple[str, tuple[str, ...]], ...]:
        result = []
        for level in ACTOR_LEVELS:
            value = raw.get(level)
            if isinstance(value, list):
                items = [_clean(v) for v in value]
            elif value is None or isinstance(value, str):
                items = [_clean(part) for part in (value or "").split(",")]
            else:
                self.problem(row, level, translate(
                    "IdmRumusan", "pelaku '{value}' bukan teks").format(value=value))
                items = []
            result.append((level, tuple(i for i in items if i)))
        return tuple(result)

    def rows(self, raw_rows: list[Any]) -> tuple[list[RumusanIndicatorRow], dict[str, Any]]:
        catalogue = self.catalogue
        subs = [sub.code for sub in catalogue.sub_indices]
        summary_codes = {*subs, catalogue.composite_code}
        section = 0
        found: list[RumusanIndicatorRow] = []
        seen: set[int] = set()
        summaries: dict[str, Any] = {}
        for position, raw in enumerate(raw_rows, start=1):
            where = translate("IdmRumusan", "baris ke-{position}").format(position=position)
            if not isinstance(raw, dict):
                self.problem(where, None, translate("IdmRumusan", "baris bukan objek JSON"))
                continue
            number_raw = raw.get("NO")
            if number_raw is None or number_raw == "":
                label = str(raw.get("INDIKATOR") or "")
                match = _SUMMARY_LABEL.match(label)
                code = match.group(2).upper() if match else ""
                if match and match.group(1):
                    code = "STATUS"
                if code not in summary_codes and code != "STATUS":
                    self.problem(where, "INDIKATOR", translate(
                        "IdmRumusan", "baris ringkasan '{label}' tidak dikenal").format(
                        label=label))
                    continue
                if code in summaries:
                    self.problem(translate("IdmRumusan", "ringkasan {code}").format(code=code),
                                 "INDIKATOR", translate("IdmRumusan", "baris ringkasan ganda"))
                    continue
                summaries[code] = raw.get("SKOR")
                if match and match.group(3):
                    summaries.setdefault("_year", int(match.group(3)))
                if code in subs:
                    section = subs.index(code) + 1
                continue

            if isinstance(number_raw, bool) or not (
                isinstance(number_raw, int)
                or (isinstance(number_raw, str) and number_raw.strip().isdigit())
            ):
                self.problem(where, "NO", translate(
                    "IdmRumusan", "nomor indikator '{value}' bukan bilangan bulat").format(
                    value=number_raw))
                continue
            section_number = int(number_raw)
            if section >= len(subs):
                self.problem(where, "NO", translate(
                    "IdmRumusan", "baris indikator sesudah ringkasan terakhir"))
                continue
            sub = subs[section]
            row = f"{sub} NO {section_number}"
            try:
                indicator = catalogue.indicator_in_section(sub, section_number)
            except KeyError:
                self.problem(row, "NO", translate(
                    "IdmRumusan", "nomor indikator tidak ada dalam {sub} (1–{count})").format(
                    sub=sub, count=catalogue.sub_index(sub).indicator_count))
                continue
            if indicator.number in seen:
                self.problem(row, "NO", translate("IdmRumusan", "nomor indikator ganda"))
                continue
            seen.add(indicator.number)
            name = _clean(raw.get("INDIKATOR")) or ""
            if name.casefold() != indicator.name.casefold():
                self.warnings.append(RumusanProblem(
                    self.source, row, "INDIKATOR",
                    translate(
                        "IdmRumusan", "nama '{name}' berbeda dari katalog '{expected}'").format(
                        name=name, expected=indicator.name)))
            score = self.score(row, raw.get("SKOR"))
            gain_raw = raw.get("NILAI")
            gain = _decimal(gain_raw)
            if gain is None and _clean(gain_raw) is not None:
                self.problem(row, "NILAI", translate(
                    "IdmRumusan", "nilai '{value}' bukan angka").format(value=gain_raw))
            texts = {}
            for field in ("KETERANGAN", "KEGIATAN"):
                value = raw.get(field)
                if value is not None and not isinstance(value, str | int | Decimal):
                    self.problem(row, field, translate(
                        "IdmRumusan", "'{value}' bukan teks").format(value=value))
                texts[field] = _clean(value)
            actors = self.actors(row, raw)
            if score is not None:
                found.append(RumusanIndicatorRow(
                    number=indicator.number,
                    sub_index=sub,
                    section_number=section_number,
                    name=name,
                    score=score,
                    criterion=texts["KETERANGAN"],
                    activity=texts["KEGIATAN"],
                    gain=gain,
                    actors=actors,
                ))
        for sub_index in catalogue.sub_indices:
            missing = [i.section_number for i in catalogue.indicators_of(sub_index.code)
                       if i.number not in seen]
            if missing:
                self.problem(sub_index.code, "NO", translate(
                    "IdmRumusan", "indikator NO {numbers} tidak ada").format(
                    numbers=", ".join(map(str, missing))))
        found.sort(key=lambda r: r.number)
        return found, summaries

    # -- summary, identity ----------------------------------------------------------------
    def published(self, summaries: dict[str, Any]) -> PublishedValues | None:
        catalogue = self.catalogue
        values: list[tuple[str, Decimal]] = []
        ok = True
        codes = [sub.code for sub in catalogue.sub_indices] + [catalogue.composite_code]
        for code in codes:
            where = translate("IdmRumusan", "ringkasan {code}").format(code=code)
            if code not in summaries:
                self.problem(where, None, translate("IdmRumusan", "baris ringkasan tidak ada"))
                ok = False
                continue
            number = _decimal(summaries[code])
            if number is None or not 0 <= number <= catalogue.composite_scale:
                self.problem(where, "SKOR", translate(
                    "IdmRumusan", "nilai '{value}' bukan angka 0–{high}").format(
                    value=summaries[code], high=catalogue.composite_scale))
                ok = False
                continue
            values.append((code, number))
        status = summaries.get("STATUS")
        if status is None:
            self.problem(translate("IdmRumusan", "ringkasan STATUS"), None,
                         translate("IdmRumusan", "baris ringkasan tidak ada"))
            ok = False
        elif not isinstance(status, str) or catalogue.status_by_name(status) is None:
            self.problem(translate("IdmRumusan", "ringkasan STATUS"), "SKOR",
                         translate(
                             "IdmRumusan", "status '{value}' tidak dikenal").format(value=status))
            ok = False
        return PublishedValues(tuple(values), " ".join(str(status).split())) if ok else None

    def identity(self, raw: object, expected_code: str | None) -> dict[str, str | None]:
        where = "IDENTITAS"
        result: dict[str, str | None] = {}
        if not isinstance(raw, list) or not raw or not isinstance(raw[0], dict):
            self.problem(where, None, translate("IdmRumusan", "identitas desa tidak ada"))
            return result
        if len(raw) > 1:
            self.problem(where, None, translate("IdmRumusan", "lebih dari satu identitas desa"))
        ident = raw[0]
        try:
            code = normalise_village_code(ident.get("id_desa"))
        except ValueError as exc:
            self.problem(where, "id_desa", str(exc))
            return result
        result["village_code"] = code
        for key, field, parts in (("district_code", "id_kecamatan", 3),
                                  ("regency_code", "id_kabupaten", 2),
                                  ("province_code", "id_prov", 1)):
            value = ident.get(field)
            if value is None or value == "":
                result[key] = None
                continue
            dotted = _region_code(value, parts)
            if dotted is None or not code.startswith(dotted + "."):
                self.problem(where, field, translate(
                    "IdmRumusan", "kode '{value}' tidak cocok dengan kode desa "
                                  "{code} (kode BPS?)").format(value=value, code=code))
            result[key] = dotted
        for key, field in (("village_name", "nama_desa"), ("district_name", "nama_kecamatan"),
                           ("regency_name", "nama_kab_kota"),
                           ("province_name", "nama_provinsi")):
            result[key] = _clean(ident.get(field))
        if expected_code is not None and expected_code != code:
            self.problem(where, "id_desa", translate(
                "IdmRumusan", "kode desa {code} berbeda dari nama folder "
                              "{expected}").format(code=code, expected=expected_code))
        return result

    def year(self, summary: dict[str, Any], label_year: int | None,
             expected_year: int | None) -> int | None:
        raw = summary.get("TAHUN")
        year: int | None = None
        if raw is not None and raw != "":
            if isinstance(raw, int) and not isinstance(raw, bool):
                year = raw
            elif isinstance(raw, str) and raw.strip().isdigit():
                year = int(raw)
            else:
                self.problem("SUMMARIES", "TAHUN", translate(
                    "IdmRumusan", "tahun '{value}' bukan angka").format(value=raw))
                return None
        year = year if year is not None else label_year
        if year is None:
            self.problem("SUMMARIES", "TAHUN", translate("IdmRumusan", "tahun tidak ada"))
            return None
        if not 2015 <= year <= 2100:
            self.problem("SUMMARIES", "TAHUN", translate(
                "IdmRumusan", "tahun {year} tidak masuk akal").format(year=year))
        if label_year is not None and label_year != year:
            self.problem("SUMMARIES", "TAHUN", translate(
                "IdmRumusan", "tahun {year} berbeda dari baris ringkasan "
                              "({label})").format(year=year, label=label_year))
        if expected_year is not None and expected_year != year:
            self.problem("SUMMARIES", "TAHUN", translate(
                "IdmRumusan", "tahun {year} berbeda dari nama berkas "
                              "({expected})").format(year=year, expected=expected_year))
        return year


def parse_rumusan(
    data: bytes | str,
    source: str,
    *,
    expected_code: str | None = None,
    expected_year: int | None = None,
    catalogue: IndexCatalogue | None = None,
) -> RumusanAssessment:
    """Parse the JSON text of one rumusan file; ``source`` names it in problems."""
    parser = _Parser(source, catalogue or idm_catalogue())
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            parser.problem(None, None, translate(
                "IdmRumusan", "berkas bukan teks UTF-8 ({detail})").format(detail=exc))
            raise parser.fail() from exc
    try:
        document = json.loads(data, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        parser.problem(None, None, translate(
            "IdmRumusan", "JSON rusak atau terpotong (baris {line}, kolom {col})").format(
            line=exc.lineno, col=exc.colno))
        raise parser.fail() from exc
    map_data = document.get("mapData") if isinstance(document, dict) else None
    if not isinstance(map_data, dict):
        parser.problem(None, "mapData", translate("IdmRumusan", "bagian mapData tidak ada"))
        raise parser.fail()
    if isinstance(document, dict) and document.get("error") is True:
        parser.problem(None, "error", translate("IdmRumusan", "layanan IDM mengembalikan galat"))
    raw_rows = map_data.get("ROW")
    if not isinstance(raw_rows, list) or not raw_rows:
        parser.problem(None, "ROW", translate(
            "IdmRumusan", "daftar baris indikator (ROW) tidak ada"))
        raise parser.fail()
    rows, summaries = parser.rows(raw_rows)
    published = parser.published(summaries)
    summary = map_data.get("SUMMARIES")
    if not isinstance(summary, dict):
        summary = {}
    year = parser.year(summary, summaries.get("_year"), expected_year)
    ident = parser.identity(map_data.get("IDENTITAS"), expected_code)
    if parser.problems or published is None or year is None:
        raise parser.fail()
    summary_status = summary.get("STATUS")
    target_status = summary.get("TARGET_STATUS")
    return RumusanAssessment(
        source=source,
        village_code=str(ident["village_code"]),
        village_name=ident.get("village_name"),
        district_code=ident.get("district_code"),
        district_name=ident.get("district_name"),
        regency_code=ident.get("regency_code"),
        regency_name=ident.get("regency_name"),
        province_code=ident.get("province_code"),
        province_name=ident.get("province_name"),
        year=year,
        published=published,
        summary_value=_decimal(summary.get("SKOR_SAAT_INI")),
        summary_status=_clean(summary_status) if isinstance(summary_status, str) else None,
        target_status=_clean(target_status) if isinstance(target_status, str) else None,
        minimum_score=_decimal(summary.get("SKOR_MINIMAL")),
        rows=tuple(rows),
        warnings=tuple(parser.warnings),
    )


def parse_rumusan_file(path: Path, catalogue: IndexCatalogue | None = None) -> RumusanAssessment:
    """Parse ``<kode_desa>/<year>.json``; folder and file names are checked when they are a
    village code and a year."""
    source = f"{path.parent.name}/{path.name}"
    expected_code = None
    with contextlib.suppress(ValueError):  # a folder not named after a village code
        expected_code = normalise_village_code(path.parent.name)
    expected_year = int(path.stem) if re.fullmatch(r"\d{4}", path.stem) else None
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RumusanError([RumusanProblem(source, None, None,
                                           translate("IdmRumusan",
                                                     "berkas tidak dapat dibaca: {detail}").format(
                                               detail=exc))]) from exc
    return parse_rumusan(data, source, expected_code=expected_code,
                         expected_year=expected_year, catalogue=catalogue)
