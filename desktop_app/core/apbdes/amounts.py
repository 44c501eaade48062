"""Exact rupiah amounts written the Indonesian way: ``1.234.567,00``, ``Rp 1.234.567``,
``(1.000)`` for a negative. Never float: amounts are ``Decimal`` with at most 2 decimals."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+$")
_PLAIN = re.compile(r"^\d+$")
_DOT_DECIMAL = re.compile(r"^\d+\.\d{1,2}$")  # "1234567.50" as some exports write it


def parse_amount(value: Any) -> Decimal:
    """The amount of a cell (text or number); ``ValueError`` when it is not an amount."""
    if isinstance(value, bool):
        raise ValueError(str(value))
    if isinstance(value, int):
        return Decimal(value).quantize(CENT)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(str(value))
        # 15 significant digits, as a spreadsheet shows it (0.1 + 0.2 -> 0.3)
        return _exact(Decimal(f"{value:.15g}"))
    if isinstance(value, Decimal):
        return _exact(value)
    text = re.sub(r"^Rp\.?\s*", "", " ".join(str(value).split()), flags=re.IGNORECASE)
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1].strip()
    if text.startswith("-"):
        if negative:
            raise ValueError(value)
        negative, text = True, text[1:].strip()
    text = re.sub(r"^Rp\.?\s*", "", text, flags=re.IGNORECASE).replace(" ", "")
    if text.startswith("-") and not negative:
        negative, text = True, text[1:]
    whole, comma, fraction = text.partition(",")
    if comma:
        if not (fraction.isdigit() and len(fraction) <= 2):
            raise ValueError(value)
        if not (_GROUPED.match(whole) or _PLAIN.match(whole)):
            raise ValueError(value)
        number = whole.replace(".", "") + "." + fraction
    elif _GROUPED.match(whole) or _PLAIN.match(whole):
        number = whole.replace(".", "")
    elif _DOT_DECIMAL.match(whole):
        number = whole
    else:
        raise ValueError(value)
    amount = _exact(Decimal(number))
    return -amount if negative else amount


def _exact(amount: Decimal) -> Decimal:
    try:
        if not amount.is_finite() or amount != amount.quantize(CENT):
            raise ValueError(str(amount))
        return amount.quantize(CENT)
    except InvalidOperation as error:
        raise ValueError(str(amount)) from error


def format_amount(amount: Decimal) -> str:
    """``1234567.5`` -> ``1.234.567,50``; negatives in parentheses."""
    whole, fraction = f"{abs(amount.quantize(CENT)):.2f}".split(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    text = f"{grouped},{fraction}"
    return f"({text})" if amount < 0 else text


def to_text(amount: Decimal) -> str:
    """Storage form: plain decimal text with 2 decimals (``"1234567.50"``)."""
    return f"{amount.quantize(CENT):.2f}"


def from_text(text: str | None) -> Decimal:
    return Decimal(text) if text else ZERO
