"""Drafts, village history, region overview, synergy matrix and targets on a real SQLite file."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop_app.core.idm.catalogue import idm_catalogue
from desktop_app.core.idm.drafts import save_draft
from desktop_app.core.idm.queries import (
    RegionScope,
    indicator_lines,
    lagging_villages,
    next_status_path,
    region_disagreements,
    status_overview,
    village_history,
    weak_indicator_counts,
)
from desktop_app.core.idm.scoring import ScoringError, score_village
from desktop_app.core.idm.synergy import synergy_matrix
from desktop_app.core.idm.targets import set_target, set_target_villages, target_progress
from desktop_app.core.models import IdmAssessment, OutboxOperation
from tests.idm.factories import add_official, uniform


def test_village_history_shows_official_values_and_recomputes(workspace, idm_data):
    with workspace.db.reading() as session:
        history = village_history(session, "64.01.01.2001")
    assert [(h.year, h.kind, h.status) for h in history] == [
        (2023, "official", "Tertinggal"), (2024, "official", "Maju")]
    assert history[1].result.value == score_village(uniform(4)).value
    assert history[0].disagreements == ()


def test_indicator_lines_use_published_texts_then_the_catalogue(workspace, idm_data):
    with workspace.db.reading() as session:
        lines = indicator_lines(session, idm_data["bk23"])
        path = next_status_path(session, idm_data["bk23"])
    assert len(lines) == 50
    first = lines[0]
    assert (first.score, first.activity, first.actors["KAB"]) == (0, "Bangun poskesdes",
                                                                  "Dinkes, PU")
    # row 2 was not published for this village: the catalogue's default actors stand in
    assert lines[1].actors["KAB"] == ", ".join(idm_catalogue().indicator(2).actors_at("KAB"))
    assert lines[0].gain > lines[1].gain
    assert path.target_status.name == "Berkembang"
    assert path.result.status.name in ("Berkembang", "Maju", "Mandiri")
    assert path.improvements[0].indicator.sub_index == "IKL"  # largest gain per indicator


def test_overview_counts_per_status_kabupaten_and_year(workspace, idm_data):
    with workspace.db.reading() as session:
        overview = status_overview(session)
        paser = status_overview(session, RegionScope(regency_code="64.01"))
    assert overview.years == [2023, 2024]
    assert overview.counts[("64.01", 2023)] == {"Tertinggal": 1, "Sangat Tertinggal": 1}
    assert overview.counts[("64.07", 2023)] == {"Mandiri": 1, "Berkembang": 1}
    assert overview.total(2023, "Maju") == 1
    assert set(paser.counts) == {("64.01", 2023), ("64.01", 2024)}


def test_lagging_villages_and_disagreements(workspace, idm_data):
    with workspace.db.reading() as session:
        lagging = lagging_villages(session, 2024)
        disagreements = region_disagreements(session)
    assert lagging == [("64.01.01.2002", "Kasungai", "Batu Sopang", "Sangat Tertinggal")]
    found = {(d.village_code, d.index) for d in disagreements}
    assert found == {("64.72.01.1001", "IDM"), ("64.72.01.1001", "STATUS")}


def test_synergy_matrix_counts_villages_per_agency_and_indicator(workspace, idm_data):
    with workspace.db.reading() as session:
        cells = synergy_matrix(session, 2023, weak_up_to=1)
        kab_only = synergy_matrix(session, 2023, weak_up_to=1, levels=("KAB",))
        none_weak = synergy_matrix(session, 2024, weak_up_to=3)
    by_key = {(c.agency, c.level, c.indicator_number): c.villages for c in cells}
    assert by_key[("Dinkes", "KAB", 1)] == ("Batu Kajang (64.01.01.2001)",)
    assert by_key[("PU", "KAB", 1)] == ("Batu Kajang (64.01.01.2001)",)
    assert by_key[("Kominfo", "PUSAT", 30)] == ("Batu Kajang (64.01.01.2001)",)
    assert {c.level for c in kab_only} == {"KAB"}
    # 2024: Batu Kajang all 4, Kasungai all 2 -> weak_up_to=3 picks Kasungai only
    assert {v for c in none_weak for v in c.villages} == {"Kasungai (64.01.01.2002)"}


def test_draft_is_separate_from_official_and_queued_for_sync(workspace, idm_data):
    draft_id = save_draft(workspace.db, workspace.editor, "64.01.01.2001", 2023,
                          uniform(3, i1=5))
    with workspace.db.reading() as session:
        history = village_history(session, "64.01.01.2001")
        ops = session.scalars(select(OutboxOperation)).all()
    kinds = [(h.year, h.kind) for h in history]
    assert kinds == [(2023, "official"), (2023, "draft"), (2024, "official")]
    draft = next(h for h in history if h.kind == "draft")
    assert draft.id == draft_id and draft.status == "Berkembang"
    assert draft.iks == score_village(uniform(3, i1=5)).rounded("IKS")
    assert [op.payload.get("kind") for op in ops] == ["draft"]
    # saving the same scores again changes nothing
    save_draft(workspace.db, workspace.editor, "64.01.01.2001", 2023, uniform(3, i1=5))
    with workspace.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(OutboxOperation)) == 1


def test_draft_with_missing_or_bad_scores_is_refused(workspace):
    scores = uniform(3)
    del scores[7]
    scores[8] = 9
    with pytest.raises(ScoringError) as error:
        save_draft(workspace.db, workspace.editor, "64.01.01.2001", 2024, scores)
    assert any("belum diisi" in p for p in error.value.problems)
    assert any("= 9 di luar rentang 0–5" in p for p in error.value.problems)
    with workspace.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(IdmAssessment)) == 0


def test_targets_and_their_achievement(workspace, idm_data):
    set_target(workspace.db, workspace.editor, 2023, "64.01", 2)
    set_target(workspace.db, workspace.editor, 2023, None, 5)
    set_target_villages(workspace.db, workspace.editor, 2023,
                        ["64.01.01.2001", "64.01.01.2002"])
    with workspace.db.reading() as session:
        progress = {p.regency_code: p for p in target_progress(session, 2023)}
    paser = progress["64.01"]
    assert (paser.villages_to_lift, paser.lifted, paser.results_known) == (2, 1, True)
    assert not paser.achieved
    assert [(v.code, v.achieved) for v in paser.named] == [
        ("64.01.01.2001", True), ("64.01.01.2002", False)]
    assert progress[None].regency_name == "Provinsi"
    set_target_villages(workspace.db, workspace.editor, 2023, ["64.01.01.2001"])
    with workspace.db.reading() as session:
        assert [v.code for v in target_progress(session, 2023)[0].named] == ["64.01.01.2001"]
    with pytest.raises(LookupError, match=r"99\.99\.99\.9999"):
        set_target_villages(workspace.db, workspace.editor, 2023, ["99.99.99.9999"])


def _overview_as_joined(session, scope):
    """The overview as it was counted before migration 0013: joined to every village row."""
    from desktop_app.core.idm.queries import status_name
    from desktop_app.core.models import OFFICIAL, Village

    query = (select(IdmAssessment.regency_code, Village.regency_name, IdmAssessment.year,
                    IdmAssessment.status, func.count())
             .join(Village, Village.code == IdmAssessment.village_code)
             .where(IdmAssessment.kind == OFFICIAL, IdmAssessment.deleted.is_(False))
             .group_by(IdmAssessment.regency_code, Village.regency_name, IdmAssessment.year,
                       IdmAssessment.status))
    counts, names = {}, {}
    for regency, name, year, status, count in session.execute(scope.apply(query)):
        bucket = counts.setdefault((regency, year), {})
        label = status_name(status) or "—"
        bucket[label] = bucket.get(label, 0) + count
        names[regency] = name
    return counts, names


def test_overview_from_the_index_gives_the_numbers_of_the_joined_query(workspace, idm_data):
    with workspace.db.writing() as session:  # spellings and kinds the overview must handle
        add_official(session, "64.01.02.2001", 2024, uniform(1), status="Sangat_Tertinggal")
        add_official(session, "63.01.01.2001", 2024, None, status=None, published_idm=None)
        session.get(IdmAssessment, idm_data["bk24"]).deleted = True
    save_draft(workspace.db, workspace.editor, "64.07.05.2002", 2024, uniform(5))
    with workspace.db.reading() as session:
        for scope in (RegionScope(), RegionScope("64.01"), RegionScope(None, "64.01.01")):
            overview = status_overview(session, scope)
            counts, names = _overview_as_joined(session, scope)
            assert overview.counts == counts and overview.regency_names == names
            assert overview.years == sorted({year for _, year in counts})
        overview = status_overview(session)
        # the deleted 2024 result and the draft are not counted; the unnamed status is "—"
    assert overview.counts[("64.01", 2024)] == {"Sangat Tertinggal": 2}
    assert overview.counts[("63.01", 2024)] == {"—": 1}
    assert overview.total(2024, "Sangat Tertinggal") == 2
    assert overview.regency_names["63.01"] == "Kabupaten Tanah Laut"
    with workspace.db.engine.connect() as connection:
        plan = " ".join(str(row) for row in connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT regency_code, year, status, count(*) FROM "
            "idm_assessment WHERE kind = 'official' AND deleted = 0 "
            "GROUP BY regency_code, year, status"))
    assert "COVERING INDEX ix_idm_assessment_kind_year_status" in plan



def test_a_village_result_before_a_year_is_found_through_the_village_index(workspace):
    """The overview index (kind, year, …) must not serve a village's lookups: without
    statistics SQLite took it and scanned every official result per lookup (30 s for the
    province's intervention effects)."""
    with workspace.db.engine.connect() as connection:
        plan = " ".join(str(row) for row in connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT scores FROM idm_assessment a "
            "WHERE a.village_code = '64.01.01.2001' AND a.kind = 'official' "
            "AND a.deleted = 0 AND a.scores IS NOT NULL AND a.year < 2025 "
            "ORDER BY a.year DESC LIMIT 1"))
    assert "ix_idm_assessment_village_code_kind_year (village_code=? AND kind=? AND year<?)" \
        in plan, plan

def test_lagging_villages_of_any_spelling_of_the_status(workspace, idm_data):
    with workspace.db.writing() as session:
        add_official(session, "64.01.02.2001", 2024, uniform(1), status="sangat_tertinggal")
        add_official(session, "64.72.01.1002", 2024, uniform(2), status="Tertinggal",
                     published_idm="0.5000")
    with workspace.db.reading() as session:
        lagging = lagging_villages(session, 2024)
        paser = lagging_villages(session, 2024, RegionScope("64.01"))
        none = lagging_villages(session, 2019)
    assert lagging == [
        ("64.01.01.2002", "Kasungai", "Batu Sopang", "Sangat Tertinggal"),
        ("64.01.02.2001", "Tanjung Aru", "Tanjung Harapan", "Sangat Tertinggal"),
        ("64.72.01.1002", "Simpang Pasir", "Palaran", "Tertinggal")]
    assert [row[0] for row in paser] == ["64.01.01.2002", "64.01.02.2001"]
    assert none == []


def test_weak_indicator_counts_count_the_stored_scores(workspace, idm_data):
    with workspace.db.reading() as session:
        weak = weak_indicator_counts(session, 2023, weak_up_to=1)
        weak_3 = weak_indicator_counts(session, 2023, weak_up_to=3)
        paser = weak_indicator_counts(session, 2023, 3, RegionScope("64.01"))
    # 2023: Batu Kajang 3 (i1 = 0, i30 = 1), Kasungai 2, Long Iram Bayan 5, Rawa Makmur 3;
    # the summary-only row has no scores
    assert weak == {1: 1, 30: 1}
    assert weak_3[1] == weak_3[2] == weak_3[30] == 3
    assert paser[2] == 2 and len(paser) == 50
