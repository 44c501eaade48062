from decimal import Decimal

from desktop_app.core.apbdes.catalogue import default_rules
from desktop_app.core.apbdes.checks import (
    dana_desa_rules,
    realisation_above_budget,
    spending_without_source,
    totals_do_not_add_up,
)
from desktop_app.core.apbdes.lines import BudgetLine, classify, surplus


def line(activity, code, budget, realised=0, source=None, text="x"):
    return BudgetLine(activity, code, text, Decimal(budget), Decimal(realised), source)


def base_budget(dd="1000"):
    return [line("", "4.2.1", dd, source="DD"), line("", "4.2.3", "500", source="ADD")]


def test_realisation_above_budget_fires_and_not():
    assert realisation_above_budget(classify([line("01.01.01", "5.1.1", 100, 101)]))
    assert not realisation_above_budget(classify([line("01.01.01", "5.1.1", 100, 100)]))


def test_subtotal_vs_children():
    good = classify([line("", "5", 300), line("02.02.01", "5.2.1", 100),
                     line("02.02.01", "5.2.2", 200)])
    assert [x.kind for x in good] == ["subtotal", "detail", "detail"]
    assert totals_do_not_add_up(good) == []
    bad = classify([line("", "5", 301), line("02.02.01", "5.2.1", 100),
                    line("02.02.01", "5.2.2", 200)])
    (finding,) = totals_do_not_add_up(bad)
    assert "301,00" in finding.message and "300,00" in finding.message


def test_spending_without_matching_source():
    lines = classify([*base_budget(), line("02.02.01", "5.3.1", 600, source="ADD")])
    (finding,) = spending_without_source(lines)
    assert "ADD" in finding.message
    assert not spending_without_source(classify(
        [*base_budget(), line("02.02.01", "5.3.1", 500, source="ADD")]))
    assert spending_without_source(classify(
        [*base_budget(), line("02.02.01", "5.3.1", 1, source="BKP")]))


def test_blt_ceiling_depends_on_the_year():
    lines = classify([*base_budget(), line("05.03.01", "5.4.1", 200, source="DD",
                                           text="BLT-Desa")])
    rules = default_rules()
    assert not [f for f in dana_desa_rules(lines, 2024, rules) if "blt" in f.check]
    (finding,) = [f for f in dana_desa_rules(lines, 2025, rules) if "blt" in f.check]
    assert "20,00 %" in finding.message and "15 %" in finding.message
    assert dana_desa_rules(lines, 2030, rules) == []


def test_ketahanan_pangan_minimum_and_operational_ceiling():
    rules = default_rules()
    ok = classify([*base_budget(),
                   line("04.02.01", "5.2.1", 200, source="DD", text="Ketahanan pangan"),
                   line("01.01.02", "5.2.2", 30, source="DD", text="Operasional pemerintah")])
    assert dana_desa_rules(ok, 2024, rules) == []
    bad = classify([*base_budget(),
                    line("04.02.01", "5.2.1", 199, source="DD", text="Ketahanan pangan"),
                    line("01.01.02", "5.2.2", 31, source="DD", text="Operasional pemerintah")])
    checks = {f.check for f in dana_desa_rules(bad, 2024, rules)}
    assert checks == {"dana_desa:ketahanan_pangan", "dana_desa:operasional"}
    # spending from another source does not count
    other = classify([*base_budget(),
                      line("04.02.01", "5.2.1", 300, source="ADD", text="Ketahanan pangan")])
    assert "dana_desa:ketahanan_pangan" in {f.check for f in dana_desa_rules(other, 2024, rules)}


def test_surplus_is_computed_from_details():
    lines = classify([*base_budget(), line("", "5", 400), line("02.01.01", "5.2.1", 400)])
    assert surplus(lines) == Decimal("1100")


def test_a_kegiatan_without_account_lines_counts_as_spending():
    lines = classify([*base_budget(), line("05.03.01", "", 300, source="DD", text="BLT")])
    assert surplus(lines) == Decimal("1200")
    assert [f.check for f in dana_desa_rules(lines, 2025, default_rules())] == \
        ["dana_desa:blt_desa"]
