import contextlib
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.apbdes.amounts import format_amount, parse_amount


@pytest.mark.parametrize(("text", "expected"), [
    ("1.234.567,00", "1234567.00"), ("Rp 1.234.567", "1234567.00"), ("(1.000)", "-1000.00"),
    ("Rp. 5.000,5", "5000.50"), ("-1.000", "-1000.00"), ("1234567", "1234567.00"),
    ("1234567.50", "1234567.50"), (1234.5, "1234.50"), (12, "12.00"), ("0", "0.00"),
])
def test_parses_indonesian_amounts(text, expected):
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["abc", "1,234,567", "1.23.4", "12,345", "", "Rp", "1,2,3",
                                  "((1))", 0.001, True])
def test_refuses_what_is_not_an_amount(text):
    with pytest.raises(ValueError):
        parse_amount(text)


@given(st.decimals(min_value=-10**13, max_value=10**13, places=2, allow_nan=False))
def test_format_then_parse_round_trips(amount):
    assert parse_amount(format_amount(amount)) == amount
    assert parse_amount("Rp " + format_amount(amount)) == amount


@given(st.text(max_size=30))
def test_any_text_is_an_amount_or_a_value_error(text):
    with contextlib.suppress(ValueError):
        assert isinstance(parse_amount(text), Decimal)


def test_spreadsheet_float_noise_is_read_as_shown():
    assert parse_amount(0.1 + 0.2) == Decimal("0.30")
    assert parse_amount(12345.6 * 3) == Decimal("37036.80")
