"""Indonesian dates, times, amounts and numbers in words, as printed on official paper."""

from __future__ import annotations

from datetime import date, time
from decimal import ROUND_HALF_UP, Decimal

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
_UNITS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
          "sembilan", "sepuluh", "sebelas")


def day_name(day: date) -> str:
    return DAYS[day.weekday()]


def long_date(day: date, with_day_name: bool = True) -> str:
    """``Senin, 23 Oktober 2023`` (or ``23 Oktober 2023``)."""
    text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{day_name(day)}, {text}" if with_day_name else text


def clock_time(value: time | None) -> str:
    """``09.00``: Indonesian writing of the hour uses a dot."""
    return "" if value is None else f"{value.hour:02d}.{value.minute:02d}"


def group_thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def rupiah(amount: Decimal | int | str, decimals: int = 0) -> str:
    """``Rp 1.234.567`` (exact, half-up rounding); negatives as ``-Rp 1.234.567``."""
    value = Decimal(str(amount)) if not isinstance(amount, Decimal) else amount
    quantum = Decimal(1).scaleb(-decimals)
    value = value.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if value < 0 else ""
    whole, _, fraction = f"{abs(value):f}".partition(".")
    text = group_thousands(int(whole))
    if decimals:
        text += "," + fraction.ljust(decimals, "0")
    return f"{sign}Rp {text}"


def number(value: float | int | Decimal | None, decimals: int = 0) -> str:
    """``1.234,5``: thousands with dots, decimals with a comma; empty for None."""
    if value is None:
        return ""
    quantum = Decimal(1).scaleb(-decimals)
    exact = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if exact < 0 else ""
    whole, _, fraction = f"{abs(exact):f}".partition(".")
    text = group_thousands(int(whole))
    return f"{sign}{text},{fraction}" if decimals else f"{sign}{text}"


def in_words(value: int) -> str:
    """A whole number in Indonesian words (terbilang): 2023 -> ``dua ribu dua puluh tiga``."""
    if value < 0:
        return "minus " + in_words(-value)
    if value == 0:
        return "nol"
    return _words(value).strip()


def _words(n: int) -> str:
    if n < 12:
        return _UNITS[n]
    if n < 20:
        return _words(n - 10) + " belas"
    if n < 100:
        return (_words(n // 10) + " puluh " + _words(n % 10)).strip()
    if n < 200:
        return ("seratus " + _words(n - 100)).strip()
    if n < 1000:
        return (_words(n // 100) + " ratus " + _words(n % 100)).strip()
    if n < 2000:
        return ("seribu " + _words(n - 1000)).strip()
    for size, name in ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (1000, "ribu")):
        if n >= size:
            return (_words(n // size) + f" {name} " + _words(n % size)).strip()
    raise AssertionError(n)


def date_in_words(day: date) -> str:
    """For berita acara: ``Senin tanggal dua puluh tiga bulan Oktober tahun dua ribu ...``."""
    return (f"{day_name(day)} tanggal {in_words(day.day)} bulan {MONTHS[day.month - 1]} "
            f"tahun {in_words(day.year)}")


ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def document_number(pattern: str, day: date, running: str = "") -> str:
    """``005/....../X/2023`` from a pattern with {nomor}, {bulan_romawi}, {bulan}, {tahun}.

    Without ``running`` the number is dots to fill in from the agenda book; unknown
    fields are printed as they are.
    """
    values = {"nomor": running or "." * 10, "bulan_romawi": ROMAN_MONTHS[day.month - 1],
              "bulan": f"{day.month:02d}", "tahun": str(day.year)}

    class Keep(dict):
        def __missing__(self, key: str) -> str:
            return "{" + key + "}"

    try:
        return pattern.format_map(Keep(values))
    except (ValueError, IndexError, AttributeError):
        return pattern
