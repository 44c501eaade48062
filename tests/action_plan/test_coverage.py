"""Coverage, delivery and effect on crafted cases, computed by hand.

Paths up (hand-computed from the IDM formula, each IKL point is worth 1/45, IKS 1/525,
IKE 1/180): uniform 3 = 0.6 Berkembang needs > 0.7072 for Maju: raising 48, 49, 50
(IKL, +2/45 each) gives 0.6444, 0.6889, 0.7333 -> all three. Uniform 2 = 0.4 Sangat
Tertinggal needs > 0.4907: 48 (+3/45 -> 0.4667) and 49 (-> 0.5333).
"""

from datetime import date
from decimal import Decimal

from desktop_app.core.action_plan.coverage import coverage, coverage_for, coverage_share
from desktop_app.core.action_plan.delivery import actor_delivery, indicator_actors
from desktop_app.core.action_plan.effect import effect_by_actor, effect_by_indicator
from desktop_app.core.idm.path_cache import ensure_path_cache
from desktop_app.core.models import IdmTargetVillage
from tests.action_plan.conftest import TODAY, plan
from tests.idm.factories import add_official, uniform

A, B, C = "64.01.01.2001", "64.01.01.2002", "64.07.05.2001"


def setup_villages(workspace):
    with workspace.db.writing() as session:
        add_official(session, A, 2024, uniform(2))  # older: not the baseline of 2026
        add_official(session, A, 2025, uniform(3))
        add_official(session, B, 2025, uniform(2))
        add_official(session, C, 2025, uniform(3))


def test_coverage_lists_uncovered_path_indicators_first(workspace, actors):
    setup_villages(workspace)
    plan(workspace, A, "48", 2026, actors["dlh"], "disepakati")
    plan(workspace, A, "49", 2026, actors["dlh"])  # only proposed: not covered
    plan(workspace, B, "48", 2026, actors["dinkes"], "selesai")
    plan(workspace, B, "49", 2026, actors["dinkes"], "batal")  # cancelled: not covered
    plan(workspace, B, "49", 2025, actors["dinkes"], "disepakati")  # another year
    plan(workspace, C, "48", 2026, actors["dinkes_kubar"], "berjalan")
    ensure_path_cache(workspace.db)
    with workspace.db.reading() as session:
        rows = coverage(session, 2026, "64.01")
        province = coverage(session, 2026, "64")
        shares = coverage_share(session, 2026)
    assert [(r.village_name, r.element_code, r.covered, r.proposed) for r in rows] == [
        ("Batu Kajang", "49", False, 1), ("Batu Kajang", "50", False, 0),
        ("Kasungai", "49", False, 0),
        ("Batu Kajang", "48", True, 0), ("Kasungai", "48", True, 0)]
    assert {r.base_year for r in rows} == {2025}
    assert len(province) == 8 and sum(r.covered for r in province) == 3
    assert {code: (s.indicators, s.covered) for code, s in shares.items()} == {
        A: (3, 1), B: (2, 1), C: (3, 1)}
    assert shares[A].share == Decimal(1) / Decimal(3)


def test_coverage_of_target_villages_only_and_a_changed_assessment(workspace, actors):
    setup_villages(workspace)
    with workspace.db.writing() as session:
        session.add(IdmTargetVillage(id="t1", hlc="1", field_clocks={}, deleted=False,
                                     updated_at=TODAY, updated_by="x", year=2026,
                                     village_code=B))
    assert {r.village_code for r in coverage_for(workspace.db, 2026,
                                                 targets_only=True)} == {B}
    with workspace.db.writing() as session:  # B re-imported: 48 already at 5
        from desktop_app.core.models import IdmAssessment
        row = session.query(IdmAssessment).filter_by(village_code=B, year=2025).one()
        row.scores = {**row.scores, "48": 5}
        row.hlc = "0000000000002-00000-import"
    with workspace.db.reading() as session:  # the cache is stale until brought up to date
        assert [r.element_code for r in coverage(session, 2026, B)] == ["48", "49"]
    # 0.4667: still needs 49 (0.5111 > 0.4907)
    assert [r.element_code for r in coverage_for(workspace.db, 2026, B)] == ["49"]


def test_delivery_per_actor_counts_late_and_adds_budgets_exactly(workspace, actors):
    dinkes = actors["dinkes"]
    money = {"budget_source": "apbd_kabupaten"}
    plan(workspace, A, "1", 2026, dinkes, "disepakati", budget="0,10",
         planned_end="01-11-2026", **money)  # late: open past its end
    plan(workspace, A, "2", 2026, dinkes, "berjalan", budget="0,20", realised="0,05",
         planned_end="31-12-2026", **money)  # on time
    plan(workspace, B, "1", 2026, dinkes, "selesai", budget="1.000.000", realised="999.999,99",
         planned_end="01-06-2026", **money)  # done 26-11 after 01-06: late
    plan(workspace, B, "2", 2026, dinkes, "batal", budget="5.000", **money)
    plan(workspace, B, "3", 2026, dinkes, budget="7.000", **money)  # only proposed
    plan(workspace, B, "4", 2025, dinkes, "disepakati", budget="9", **money)  # other year
    plan(workspace, A, "3", 2026, actors["dlh"], "selesai", planned_end="31-12-2026")
    with workspace.db.reading() as session:
        rows = actor_delivery(session, TODAY, 2026, "64.01")
        all_years = actor_delivery(session, date(2026, 11, 26))
        covers = indicator_actors(session, 2026, "64.01")
    assert [(r.name, r.commitments, r.delivered, r.late, r.cancelled, r.budget_agreed,
             r.budget_realised) for r in rows] == [
        ("Dinas Kesehatan Kabupaten Paser", 4, 1, 2, 1, Decimal("1000000.30"),
         Decimal("1000000.04")),
        ("Dinas Lingkungan Hidup Provinsi Kaltim", 1, 1, 0, 0, Decimal("0.00"),
         Decimal("0.00"))]
    assert [r.commitments for r in all_years] == [5, 1]
    assert [(c.element_code, c.actor, c.villages) for c in covers] == [
        ("1", "Dinas Kesehatan Kabupaten Paser", 2), ("2", "Dinas Kesehatan Kabupaten Paser", 1),
        ("3", "Dinas Lingkungan Hidup Provinsi Kaltim", 1)]


def test_effect_compares_the_next_assessment_with_the_baseline(workspace, actors):
    with workspace.db.writing() as session:
        add_official(session, A, 2023, uniform(3, i48=1, i49=2, i50=3))
        add_official(session, A, 2025, uniform(3, i48=4, i49=2, i50=2))
        add_official(session, B, 2023, uniform(2))
    dinkes, dlh = actors["dinkes"], actors["dlh"]
    # Done in 2024, assessed again in 2025 against 2023: 48 1->4, 49 2->2, 50 3->2.
    plan(workspace, A, "48", 2024, dinkes, "selesai", actual_end="10-08-2024")
    plan(workspace, A, "49", 2024, dlh, "selesai", actual_end="10-08-2024")
    plan(workspace, A, "50", 2024, dlh, "selesai", actual_end="10-08-2024")
    # Done in 2025 (its end date): no assessment after 2025 yet.
    plan(workspace, A, "48", 2025, dinkes, "selesai", actual_end="01-09-2025")
    # B has no assessment after 2023; a running one does not count.
    plan(workspace, B, "48", 2024, dinkes, "selesai", actual_end="01-02-2024")
    plan(workspace, B, "49", 2024, dinkes, "berjalan")
    with workspace.db.reading() as session:
        by_actor = effect_by_actor(session, "64.01")
        by_indicator = effect_by_indicator(session)
    assert [(t.label, t.counts) for t in by_actor] == [
        ("Dinas Kesehatan Kabupaten Paser",
         {"improved": 1, "unchanged": 0, "fell": 0, "not_assessed": 2}),
        ("Dinas Lingkungan Hidup Provinsi Kaltim",
         {"improved": 0, "unchanged": 1, "fell": 1, "not_assessed": 0})]
    assert [(t.key, t.counts["improved"], t.counts["unchanged"], t.counts["fell"],
             t.counts["not_assessed"]) for t in by_indicator] == [
        ("48", 1, 0, 0, 2), ("49", 0, 1, 0, 0), ("50", 0, 0, 1, 0)]


def test_export_writes_the_four_views(workspace, actors, tmp_path):
    from openpyxl import load_workbook

    from desktop_app.core.action_plan.export import export_action_plan

    setup_villages(workspace)
    plan(workspace, A, "48", 2026, actors["dlh"], "selesai", budget="1.500,25",
         budget_source="apbd_provinsi")
    path = tmp_path / "rencana.xlsx"
    ensure_path_cache(workspace.db)
    with workspace.db.reading() as session:
        export_action_plan(session, path, 2026, "64.01", "Kabupaten Paser", TODAY)
    book = load_workbook(path)
    assert book.sheetnames == ["Cakupan", "Pelaku", "Indikator", "Dampak per pelaku",
                               "Dampak per indikator"]
    coverage_rows = list(book["Cakupan"].iter_rows(min_row=3, values_only=True))
    assert [(r[1], r[4], r[7]) for r in coverage_rows][:1] == [("Batu Kajang", 49, 0)]
    assert len(coverage_rows) == 5
    (actor,) = list(book["Pelaku"].iter_rows(min_row=3, values_only=True))
    assert actor[0] == "Dinas Lingkungan Hidup Provinsi Kaltim"
    assert Decimal(str(actor[6])) == Decimal("1500.25")
    (effect,) = list(book["Dampak per pelaku"].iter_rows(min_row=3, values_only=True))
    assert effect[1:] == (0, 0, 0, 1, 1)
