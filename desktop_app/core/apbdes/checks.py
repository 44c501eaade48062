"""Automatic checks over a budget's lines, each returning plain-Indonesian findings.

Dana Desa rules: the base is the Dana Desa revenue budget (account 4.2.1). A spending line
counts for a rule when its source is DD and its kegiatan code starts with one of the rule's
``activity_prefixes`` or its description contains one of the ``description_keywords``
(both from ``resources/apbdes/dana_desa_rules.json``). Without a rule set for the fiscal
year, no rule finding is made.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from desktop_app.core.apbdes.amounts import ZERO, format_amount
from desktop_app.core.apbdes.catalogue import UseRule
from desktop_app.core.apbdes.lines import (
    DETAIL,
    SUBTOTAL,
    BudgetLine,
    account_of,
    details_below,
    total,
)
from desktop_app.core.i18n import translate


@dataclass(frozen=True)
class Finding:
    check: str
    message: str
    activity_code: str = ""
    code: str = ""


def _label(line: BudgetLine) -> str:
    return " ".join(part for part in (line.activity_code, line.code, line.description) if part)


def realisation_above_budget(lines: Sequence[BudgetLine]) -> list[Finding]:
    return [
        Finding("realisation_above_budget", translate("ApbdesCheck",
            "{line}: realisasi Rp {realised} melebihi anggaran Rp {budget}.").format(
            line=_label(line), realised=format_amount(line.realisation),
            budget=format_amount(line.budget)), line.activity_code, line.code)
        for line in lines if line.kind == DETAIL and line.realisation > line.budget
    ]


def totals_do_not_add_up(lines: Sequence[BudgetLine]) -> list[Finding]:
    findings = []
    for line in lines:
        if line.kind != SUBTOTAL:
            continue
        parts = details_below(line, lines)
        for field, name in (("budget", translate("ApbdesCheck", "anggaran")),
                            ("realisation", translate("ApbdesCheck", "realisasi"))):
            summed = sum((getattr(p, field) for p in parts), ZERO)
            stated = getattr(line, field)
            if summed != stated:
                findings.append(Finding("totals_do_not_add_up", translate("ApbdesCheck",
                    "{line}: jumlah {what} tertulis Rp {stated}, tetapi rinciannya berjumlah "
                    "Rp {summed}.").format(line=_label(line), what=name,
                                           stated=format_amount(stated),
                                           summed=format_amount(summed)),
                    line.activity_code, line.code))
    return findings


def spending_without_source(lines: Sequence[BudgetLine]) -> list[Finding]:
    """Spending of a source of funds above what that source brings in."""
    income: dict[str, Decimal] = {}
    spending: dict[str, Decimal] = {}
    for line in lines:
        if line.kind != DETAIL or line.source is None:
            continue
        if line.code.startswith(("4", "6.1")):
            income[line.source] = income.get(line.source, ZERO) + line.budget
        elif account_of(line).startswith("5"):
            spending[line.source] = spending.get(line.source, ZERO) + line.budget
    return [
        Finding("spending_without_source", translate("ApbdesCheck",
            "Belanja bersumber {source} Rp {spent} melebihi pendapatan/penerimaan {source} "
            "yang dianggarkan (Rp {income}).").format(
            source=source, spent=format_amount(spent),
            income=format_amount(income.get(source, ZERO))))
        for source, spent in sorted(spending.items()) if spent > income.get(source, ZERO)
    ]


def _counts_for(rule: UseRule, line: BudgetLine) -> bool:
    if line.kind != DETAIL or line.source != "DD" or \
            not account_of(line).startswith("5"):
        return False
    text = line.description.lower()
    return any(line.activity_code.startswith(p) for p in rule.activity_prefixes) or \
        any(k in text for k in rule.description_keywords)


def dana_desa_rules(lines: Sequence[BudgetLine], year: int,
                    rule_sets: dict[int, tuple[UseRule, ...]]) -> list[Finding]:
    base = total(lines, "4.2.1")
    if base <= 0:
        return []
    findings = []
    for rule in rule_sets.get(year, ()):
        used = sum((line.budget for line in lines if _counts_for(rule, line)), ZERO)
        share = used * 100 / base
        limit = rule.percent
        broken = share > limit if rule.kind == "max" else share < limit
        if broken:
            template = translate(
                "ApbdesCheck", "{label}: {share} % dari Dana Desa (Rp {used} dari Rp {base}); "
                               "aturan tahun {year}: paling banyak {limit} %.") \
                if rule.kind == "max" else \
                translate(
                    "ApbdesCheck", "{label}: {share} % dari Dana Desa (Rp {used} dari Rp {base}); "
                                   "aturan tahun {year}: paling sedikit {limit} %.")
            findings.append(Finding(f"dana_desa:{rule.id}", template.format(
                label=rule.label, share=f"{share:.2f}".replace(".", ","),
                used=format_amount(used), base=format_amount(base), year=year,
                limit=str(limit).replace(".", ","))))
    return findings


def run_checks(lines: Sequence[BudgetLine], year: int,
               rule_sets: dict[int, tuple[UseRule, ...]]) -> list[Finding]:
    return [*realisation_above_budget(lines), *totals_do_not_add_up(lines),
            *spending_without_source(lines), *dana_desa_rules(lines, year, rule_sets)]
