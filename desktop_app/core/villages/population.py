"""Population and households per year, as typed in the profile form."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.i18n import translate
from desktop_app.core.villages.profile_fields import FieldError, parse_number

FIRST_YEAR = 1990


@dataclass(frozen=True)
class PopulationEntry:
    year: int
    population: int | None
    households: int | None


def clean_population(rows: list[tuple[str, str, str]], this_year: int) -> \
        tuple[list[PopulationEntry], list[FieldError]]:
    """Entries from typed (year, population, households) rows, and the faults found.

    A year may be at most one after ``this_year`` (a projection for next year).
    """
    entries: list[PopulationEntry] = []
    errors: list[FieldError] = []
    seen: set[int] = set()
    last_year = this_year + 1
    for number, (year_text, people_text, households_text) in enumerate(rows, start=1):
        if not (year_text.strip() or people_text.strip() or households_text.strip()):
            continue
        where = translate("VillageProfile", "Penduduk baris {row}").format(row=number)
        try:
            year = int(parse_number(year_text, integer=True))
        except ValueError:
            errors.append(FieldError("population", translate(
                "VillageProfile", "{where}: tahun '{text}' bukan angka.")
                                     .format(where=where, text=year_text)))
            continue
        if not FIRST_YEAR <= year <= last_year:
            errors.append(FieldError("population", translate("VillageProfile",
                "{where}: tahun {year} di luar {first}–{last}."
            ).format(where=where, year=year, first=FIRST_YEAR, last=last_year)))
            continue
        if year in seen:
            errors.append(FieldError("population", translate(
                "VillageProfile", "{where}: tahun {year} ganda.")
                                     .format(where=where, year=year)))
            continue
        seen.add(year)
        counts: list[int | None] = []
        for label, text in ((translate("VillageProfile", "jumlah penduduk"), people_text),
                            (translate("VillageProfile", "jumlah KK"), households_text)):
            if not text.strip():
                counts.append(None)
                continue
            try:
                value = int(parse_number(text, integer=True))
            except ValueError:
                errors.append(FieldError("population", translate("VillageProfile",
                    "{where}: {label} '{text}' bukan bilangan bulat."
                ).format(where=where, label=label, text=text)))
                counts.append(None)
                continue
            if value < 0:
                errors.append(FieldError("population", translate(
                    "VillageProfile", "{where}: {label} tidak boleh negatif.")
                                         .format(where=where, label=label)))
            counts.append(value)
        people, households = counts
        if people is not None and households is not None and households > people:
            errors.append(FieldError("population", translate("VillageProfile",
                "{where}: jumlah KK ({households}) melebihi jumlah penduduk ({people})."
            ).format(where=where, households=households, people=people)))
        entries.append(PopulationEntry(year, people, households))
    return sorted(entries, key=lambda e: e.year), errors
