"""The fields of a village profile: labels, sections, kinds and limits.

One description drives both the checks here and the form in the Qt layer. Input comes
as text (as typed), numbers with either a decimal comma or point.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.core.i18n import translate


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    section: str
    kind: str  # text | longtext | phone | int | float | choice | yesno
    minimum: float | None = None
    maximum: float | None = None
    max_length: int = 200
    required: bool = False
    choices: tuple[tuple[str, str], ...] = ()  # (stored code, label)
    unit: str = ""


def sections() -> list[tuple[str, str]]:
    return [
        ("identity", translate("VillageProfile", "Identitas")),
        ("geography", translate("VillageProfile", "Wilayah & Batas")),
        ("potential", translate("VillageProfile", "Potensi")),
        ("infrastructure", translate("VillageProfile", "Infrastruktur & Akses")),
        ("bumdes", translate("VillageProfile", "BUMDes")),
        ("notes", translate("VillageProfile", "Catatan")),
    ]


def profile_fields() -> list[FieldSpec]:
    """All editable profile fields in form order (labels translated when called)."""
    yes_no = (("ya", translate("VillageProfile", "Ya")),
              ("tidak", translate("VillageProfile", "Tidak")))
    return [
        FieldSpec("head_name", translate("VillageProfile", "Nama kepala desa"), "identity", "text",
                  max_length=120,
                  required=True),
        FieldSpec("head_phone", translate("VillageProfile", "Telepon kepala desa"), "identity",
                  "phone", max_length=30),
        FieldSpec("office_address", translate("VillageProfile", "Alamat kantor desa"), "identity",
                  "longtext",
                  max_length=500),
        FieldSpec("latitude", translate("VillageProfile", "Lintang"), "geography", "float", -11.5,
                  6.5, unit="°"),
        FieldSpec("longitude", translate("VillageProfile", "Bujur"), "geography", "float", 94.5,
                  141.5, unit="°"),
        FieldSpec("area_km2", translate("VillageProfile", "Luas wilayah"), "geography", "float", 0,
                  100_000, unit="km²"),
        FieldSpec("boundary_north", translate("VillageProfile", "Batas utara"), "geography",
                  "text"),
        FieldSpec("boundary_east", translate("VillageProfile", "Batas timur"), "geography", "text"),
        FieldSpec("boundary_south", translate("VillageProfile", "Batas selatan"), "geography",
                  "text"),
        FieldSpec("boundary_west", translate("VillageProfile", "Batas barat"), "geography", "text"),
        FieldSpec("typology", translate("VillageProfile", "Tipologi"), "potential", "choice",
                  choices=(
            ("pesisir", translate("VillageProfile", "Pesisir/pantai")),
            ("sungai", translate("VillageProfile", "Tepi sungai/DAS")),
            ("dataran", translate("VillageProfile", "Dataran rendah")),
            ("perbukitan", translate("VillageProfile", "Perbukitan/pegunungan")),
            ("hutan", translate("VillageProfile", "Sekitar hutan")),
            ("perkebunan", translate("VillageProfile", "Perkebunan")),
            ("tambang", translate("VillageProfile", "Sekitar tambang")),
            ("perkotaan", translate("VillageProfile", "Perkotaan")),
        ), max_length=60),
        FieldSpec("leading_products", translate("VillageProfile", "Produk unggulan"), "potential",
                  "longtext",
                  max_length=1000),
        FieldSpec("potentials", translate("VillageProfile", "Potensi desa"), "potential",
                  "longtext", max_length=2000),
        FieldSpec("electricity", translate("VillageProfile", "Listrik"), "infrastructure", "choice",
                  choices=(
            ("pln24", translate("VillageProfile", "PLN 24 jam")),
            ("pln_partial", translate("VillageProfile", "PLN tidak 24 jam")),
            ("non_pln", translate("VillageProfile", "Non-PLN (PLTS/genset)")),
            ("none", translate("VillageProfile", "Belum ada listrik")),
        )),
        FieldSpec("phone_signal", translate("VillageProfile", "Sinyal telepon"), "infrastructure",
                  "choice", choices=(
            ("strong", translate("VillageProfile", "Kuat")),
            ("weak", translate("VillageProfile", "Lemah")),
            ("none", translate("VillageProfile", "Tidak ada")),
        )),
        FieldSpec("internet", translate("VillageProfile", "Internet"), "infrastructure", "choice",
                  choices=(
            ("good", translate("VillageProfile", "Lancar (4G/kabel)")),
            ("limited", translate("VillageProfile", "Terbatas")),
            ("none", translate("VillageProfile", "Tidak ada")),
        )),
        FieldSpec("road_all_year",
                  translate("VillageProfile", "Jalan dapat dilalui sepanjang tahun"),
                  "infrastructure",
                  "yesno", choices=yes_no),
        FieldSpec("distance_to_district_km",
                  translate("VillageProfile", "Jarak ke ibu kota kecamatan"),
                  "infrastructure", "float", 0, 2_000, unit="km"),
        FieldSpec("travel_minutes_to_district",
                  translate("VillageProfile", "Waktu tempuh ke ibu kota kecamatan"),
                  "infrastructure", "int", 0, 10_000, unit=translate("VillageProfile", "menit")),
        FieldSpec("distance_to_regency_km",
                  translate("VillageProfile", "Jarak ke ibu kota kabupaten"),
                  "infrastructure", "float", 0, 2_000, unit="km"),
        FieldSpec("travel_minutes_to_regency",
                  translate("VillageProfile", "Waktu tempuh ke ibu kota kabupaten"),
                  "infrastructure", "int", 0, 10_000, unit=translate("VillageProfile", "menit")),
        FieldSpec("bumdes_name", translate("VillageProfile", "Nama BUMDes"), "bumdes", "text"),
        FieldSpec("bumdes_legal_status", translate("VillageProfile", "Status badan hukum"),
                  "bumdes", "choice", choices=(
            ("none", translate("VillageProfile", "Belum berbadan hukum")),
            ("registered", translate("VillageProfile", "Terdaftar")),
            ("legal_entity", translate("VillageProfile", "Berbadan hukum")),
        )),
        FieldSpec("bumdes_units", translate("VillageProfile", "Unit usaha (satu per baris)"),
                  "bumdes", "longtext",
                  max_length=2000),
        FieldSpec("notes", translate("VillageProfile", "Catatan bebas"), "notes", "longtext",
                  max_length=10_000),
    ]


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str


class ProfileValidationError(Exception):
    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("\n".join(e.message for e in errors))


_PHONE = re.compile(r"\+?[0-9][0-9 \-]{5,28}")


def parse_number(text: str, integer: bool) -> float | int:
    """A number typed the Indonesian or the English way: ``12,5`` or ``12.5``."""
    cleaned = text.strip().replace(" ", "")
    if integer:
        if not re.fullmatch(r"-?\d+", cleaned.replace(".", "")):
            raise ValueError(text)
        return int(cleaned.replace(".", ""))
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    if not re.fullmatch(r"-?\d+(\.\d+)?", cleaned):
        raise ValueError(text)
    return float(cleaned)


def clean_field(spec: FieldSpec, raw: str) -> Any:
    """The stored value for ``raw``; ValueError with the reason in Indonesian."""
    text = raw.strip()
    if not text:
        if spec.required:
            raise ValueError(translate(
                "VillageProfile", "{label} wajib diisi.").format(label=spec.label))
        return None
    if spec.kind in ("int", "float"):
        try:
            value = parse_number(text, spec.kind == "int")
        except ValueError:
            kind = (translate("VillageProfile", "bilangan bulat") if spec.kind == "int"
                    else translate("VillageProfile", "angka"))
            raise ValueError(translate("VillageProfile", "{label}: '{text}' bukan {kind}.").format(
                label=spec.label, text=text, kind=kind)) from None
        if value < 0 and (spec.minimum or 0) >= 0:
            raise ValueError(translate(
                "VillageProfile", "{label} tidak boleh negatif.").format(label=spec.label))
        if spec.minimum is not None and spec.maximum is not None and not (
            spec.minimum <= value <= spec.maximum
        ):
            raise ValueError(translate(
                "VillageProfile", "{label} harus antara {low} dan {high}.").format(
                label=spec.label, low=_format(spec.minimum), high=_format(spec.maximum)))
        return value
    if spec.kind in ("choice", "yesno"):
        codes = [code for code, _label in spec.choices]
        if text not in codes:
            raise ValueError(translate(
                "VillageProfile", "{label}: pilihan '{text}' tidak dikenal.").format(
                label=spec.label, text=text))
        return (text == "ya") if spec.kind == "yesno" else text
    if len(text) > spec.max_length:
        raise ValueError(translate(
            "VillageProfile", "{label} terlalu panjang ({length} karakter, paling banyak {max})."
                              ).format(label=spec.label, length=len(text), max=spec.max_length))
    if spec.kind == "phone" and not _PHONE.fullmatch(text):
        raise ValueError(translate("VillageProfile",
            "{label}: '{text}' bukan nomor telepon (hanya angka, spasi, tanda + dan -)."
        ).format(label=spec.label, text=text))
    return text


def _format(number: float) -> str:
    return f"{number:g}".replace(".", ",")


def clean_profile(raw: Mapping[str, str]) -> dict[str, Any]:
    """Stored values for the typed ``raw`` values; ProfileValidationError lists all faults."""
    values: dict[str, Any] = {}
    errors: list[FieldError] = []
    for spec in profile_fields():
        try:
            values[spec.name] = clean_field(spec, raw.get(spec.name, ""))
        except ValueError as error:
            errors.append(FieldError(spec.name, str(error)))
    if not errors and (values["latitude"] is None) != (values["longitude"] is None):
        errors.append(FieldError("longitude", translate(
            "VillageProfile", "Lintang dan bujur harus diisi keduanya.")))
    if errors:
        raise ProfileValidationError(errors)
    return values


def display_value(spec: FieldSpec, value: Any) -> str:
    """``value`` as the form shows it (the inverse of clean_field)."""
    if value is None:
        return ""
    if spec.kind == "yesno":
        return "ya" if value else "tidak"
    if spec.kind == "float":
        return _format(value)
    return str(value)


def history_text(field: str, text: str | None) -> str:
    """A value as kept in the change history, in the words the form uses."""
    if text is None:
        return ""
    spec = next((s for s in profile_fields() if s.name == field), None)
    if spec is None:
        return text
    if spec.kind in ("choice", "yesno"):
        return dict(spec.choices).get(text, text)
    if spec.kind == "float":
        return text.replace(".", ",")
    return text
