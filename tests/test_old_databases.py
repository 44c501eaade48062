"""Upgrades from real old desktop databases (tests/fixtures/old_databases/desktop_*.sqlite).

Each fixture was written by the program as it was at one schema revision (see
make_fixtures.py). Opened the way the program opens its data folder, it must be backed up
untouched, migrated to head, match today's models, and still mean what the facilitator
typed: read back through today's queries, not only counted.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import select

from desktop_app.core.action_plan.actors import list_actors
from desktop_app.core.action_plan.cooperation import list_agreements
from desktop_app.core.action_plan.delivery import actor_delivery
from desktop_app.core.action_plan.musdes import attendance_of, proposals_of
from desktop_app.core.action_plan.store import load_intervention, village_interventions
from desktop_app.core.apbdes.budgets import find_budget, totals
from desktop_app.core.apbdes.importing import stored_lines
from desktop_app.core.attachments.blobs import BlobStore
from desktop_app.core.attachments.records import attachments_of
from desktop_app.core.clock import PinnedClock
from desktop_app.core.db import create_sqlite_engine
from desktop_app.core.idm.imports import import_rumusan
from desktop_app.core.idm.queries import indicator_lines, village_history
from desktop_app.core.idm.targets import target_progress
from desktop_app.core.indeks_desa.answers import Answer
from desktop_app.core.indeks_desa.queries import status_per_village
from desktop_app.core.indeks_desa.store import load_questionnaire, save_questionnaire
from desktop_app.core.meetings.store import list_meetings, load_meeting
from desktop_app.core.migrate import alembic_config, head_revision, stored_revision
from desktop_app.core.models import (
    Base,
    IdmAssessment,
    IndexQuestionnaire,
    OutboxOperation,
    SupervisionFinding,
    SupervisionVisit,
    SyncDeferred,
)
from desktop_app.core.regions.code_changes import load_code_map
from desktop_app.core.supervision.store import load_finding
from desktop_app.core.sync.files import uploads_waiting
from desktop_app.core.sync.outbox import pending_batch, refused_operations, wire_operation
from desktop_app.core.sync.review import open_conflicts
from desktop_app.core.villages.profile import load_profile, save_profile
from desktop_app.core.villages.search import VillageFilter, search_villages
from desktop_app.core.workspace import open_workspace
from desktop_app.paths import DATABASE_FILE
from tests.fixtures.old_databases import sample_data as S
from tests.idm.fixtures.idm_import_documents import rumusan_document, write_rumusan

FIXTURES = Path(__file__).parent / "fixtures" / "old_databases"
DESKTOP_FILES = sorted(FIXTURES.glob("desktop_*.sqlite"))
OPENED_ON = datetime(2027, 3, 1, 9, 0)  # the pinned day the upgraded program runs


def revision_of(path: Path) -> str:
    return path.stem.removeprefix("desktop_")


def read_rows(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return connection.execute(sql).fetchall()


def test_every_revision_of_the_history_has_a_fixture():
    script = ScriptDirectory.from_config(alembic_config())
    revisions = {rev.revision for rev in script.walk_revisions()}
    assert {revision_of(path) for path in DESKTOP_FILES} == revisions, (
        "each desktop migration needs its fixture: see migrations/README.md")


def level(path: Path) -> int:
    return int(revision_of(path))


def from_revision(first: int):
    """Run the test on every fixture made at revision ``first`` or later."""
    files = [path for path in DESKTOP_FILES if level(path) >= first]
    return pytest.mark.parametrize("upgraded", files, indirect=True, ids=revision_of)


@pytest.fixture
def upgraded(request, tmp_path):
    """The fixture copied into a data folder and opened as the program opens it."""
    original = request.param
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copyfile(original, data_dir / DATABASE_FILE)
    workspace = open_workspace(data_dir, clock=PinnedClock(OPENED_ON))
    yield original, workspace
    workspace.close()


@from_revision(1)
def test_the_fixture_is_backed_up_then_migrated_to_head(upgraded):
    original, workspace = upgraded
    revision = revision_of(original)
    assert stored_revision(original) == revision
    report = workspace.migration
    assert (report.from_revision, report.to_revision) == (revision, head_revision())
    if revision == head_revision():
        assert report.backup is None
        return
    assert report.backup is not None and report.backup.is_file()
    assert stored_revision(report.backup) == revision
    every_table = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    tables = [name for (name,) in read_rows(original, every_table)]
    assert [name for (name,) in read_rows(report.backup, every_table)] == tables
    for table in tables:  # the old file, row for row
        rows = f'SELECT * FROM "{table}" ORDER BY 1'
        assert read_rows(report.backup, rows) == read_rows(original, rows), table


@from_revision(1)
def test_the_upgraded_schema_is_today_s(upgraded):
    _original, workspace = upgraded
    engine = create_sqlite_engine(workspace.db.path)
    try:
        with engine.connect() as connection:
            drift = [
                diff for diff in compare_metadata(MigrationContext.configure(connection),
                                                  Base.metadata)
                if not (diff[0] == "remove_table"
                        and diff[1].name.startswith("village_name_fts"))
            ]
            foreign_keys = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            integrity = connection.exec_driver_sql("PRAGMA integrity_check").scalar()
    finally:
        engine.dispose()
    assert drift == []
    assert foreign_keys == []
    assert integrity == "ok"


@from_revision(1)
def test_regions_and_settings_keep_their_meaning(upgraded):
    original, workspace = upgraded
    with workspace.db.reading() as session:
        listed = search_villages(session, VillageFilter(include_inactive=True), sort="code")
        found = search_villages(session, VillageFilter(text="Iram"))
        retired = search_villages(session, VillageFilter(text=S.RETIRED_VILLAGE[1]))
        retired_too = search_villages(session, VillageFilter(text=S.RETIRED_VILLAGE[1],
                                                             include_inactive=True))
    rows = {row.code: (row.name, row.kind, row.district, row.regency) for row in listed}
    assert {code: rows[code] for code in S.VILLAGES} == S.VILLAGES
    assert [(row.code, row.active) for row in retired_too] == [(S.RETIRED_VILLAGE[0], False)]
    assert retired == []
    assert [row.name for row in found] == ["Long Iram Bayan"]
    device = read_rows(original, "SELECT value FROM local_setting WHERE key = 'device_id'")
    assert workspace.editor.clock.device_id == device[0][0]
    assert workspace.editor.user == S.USER


@from_revision(1)
def test_the_outbox_keeps_every_operation_and_what_it_carries(upgraded):
    original, workspace = upgraded
    before = {seq: (table, row_id, kind, payload, hlc) for seq, table, row_id, kind, payload, hlc
              in read_rows(original, "SELECT seq, table_name, row_id, kind, payload, hlc "
                                     "FROM sync_outbox")}
    sent = level(original) >= 7
    with workspace.db.reading() as session:
        ops = session.scalars(select(OutboxOperation).order_by(OutboxOperation.seq)).all()
        pending = pending_batch(session, 10_000)
        refused = refused_operations(session)
        wired = [wire_operation(op) for op in pending]
    # Migrations fixed after the fact may queue corrections after the old operations.
    old = [op for op in ops if op.seq in before]
    assert {op.seq: (op.table_name, op.row_id, op.kind, op.payload, op.hlc) for op in old} == \
        {seq: (table, row_id, kind, json.loads(payload), hlc)
         for seq, (table, row_id, kind, payload, hlc) in before.items()}
    statuses = {op.seq: op.status for op in old}
    if not sent:  # no sync client before 0007: nothing was ever sent
        assert set(statuses.values()) == {"pending"}
        assert refused == []
    else:
        (refusal,) = refused
        assert refusal.reason == S.REFUSED_REASON
        assert refusal.payload == json.loads(before[refusal.seq][3])
        assert {"done", "pending"} <= set(statuses.values())
    # Every pending operation is of a table that syncs today, and goes out in order.
    assert [op["seq"] for op in wired] == [op.seq for op in ops if op.status == "pending"]


@from_revision(1)
def test_a_new_edit_after_the_upgrade_gets_the_next_operation_number(upgraded):
    original, workspace = upgraded
    last = read_rows(original, "SELECT max(seq) FROM sync_outbox")[0][0]
    save_profile(workspace.db, workspace.editor, S.SECOND_PROFILE_VILLAGE,
                 {"head_name": "Hj. Siti Rahmah, S.Pd."}, [])
    with workspace.db.reading() as session:
        newest = session.scalars(select(OutboxOperation)
                                 .order_by(OutboxOperation.seq.desc())).first()
        view = load_profile(session, S.SECOND_PROFILE_VILLAGE)
    assert newest.seq > last and newest.status == "pending"
    assert newest.payload["head_name"] == "Hj. Siti Rahmah, S.Pd."
    assert view.values["head_name"] == "Hj. Siti Rahmah, S.Pd."


@from_revision(2)
def test_profiles_and_population_keep_their_meaning(upgraded):
    _original, workspace = upgraded
    with workspace.db.reading() as session:
        view = load_profile(session, S.PROFILE_VILLAGE)
        second = load_profile(session, S.SECOND_PROFILE_VILLAGE)
    assert {name: view.values[name] for name in S.PROFILE_STORED} == S.PROFILE_STORED
    assert [(p.year, p.population, p.households) for p in view.population] == \
        S.POPULATION_STORED
    assert view.identity.name == "Long Iram Bayan"
    head_changes = [(h.old_value, h.new_value) for h in view.history
                    if h.field == "head_name"]
    assert head_changes == [(S.FIRST_HEAD_NAME, S.PROFILE_TYPED["head_name"]),
                            (None, S.FIRST_HEAD_NAME)]
    assert ("deleted[2021]", "ya") in {(h.field, h.new_value) for h in view.history}
    assert all(h.changed_by == S.USER for h in view.history)
    assert (second.values["head_name"], second.values["typology"],
            second.values["road_all_year"]) == ("Hj. Siti Rahmah", "pesisir", True)


@from_revision(3)
def test_idm_assessments_and_targets_keep_their_meaning(upgraded):
    _original, workspace = upgraded
    with workspace.db.reading() as session:
        for (code, year), (idm, status, iks, ike, ikl, differ) in S.OFFICIAL.items():
            (summary,) = [s for s in village_history(session, code) if s.year == year]
            assert (summary.kind, summary.status) == ("official", status)
            assert (summary.idm, summary.iks, summary.ike, summary.ikl) == (
                Decimal(idm), Decimal(iks), Decimal(ike), Decimal(ikl))
            assert [d.index for d in summary.disagreements] == differ
            lines = indicator_lines(session, summary.id)
            assert len(lines) == 50
            assert lines[0].criterion == "Kriteria uji IKS-01 skor 5"
            assert lines[0].actors["KAB"] == "DINAS A, DINAS B"
        (draft,) = village_history(session, S.DRAFT_VILLAGE)
        stored = session.get(IdmAssessment, draft.id)
        progress = {p.regency_code: p for p in target_progress(session, S.DRAFT_YEAR)}
    assert draft.kind == "draft" and draft.year == S.DRAFT_YEAR
    assert {int(k): v for k, v in stored.scores.items()} == S.DRAFT_SCORES
    assert draft.status == "Tertinggal" and draft.idm == Decimal("0.5797")
    year, codes = S.TARGET_VILLAGES
    for target_year, regency, count, _notes in S.TARGETS:
        assert target_year == year
        assert progress[regency].villages_to_lift == count
    assert [v.code for v in progress["64.07"].named] == codes
    assert progress["64.07"].regency_name == "Kabupaten Kutai Barat"


@from_revision(9)
def test_an_assessment_imported_through_a_code_map_keeps_its_published_code(upgraded,
                                                                            tmp_path):
    _original, workspace = upgraded
    with workspace.db.reading() as session:
        for (code, year), (published, source, idm, status, iks, ike, ikl) in \
                S.REMAPPED.items():
            (summary,) = [s for s in village_history(session, code) if s.year == year]
            assert (summary.kind, summary.status) == ("official", status)
            assert (summary.idm, summary.iks, summary.ike, summary.ikl) == (
                Decimal(idm), Decimal(iks), Decimal(ike), Decimal(ikl))
            assert summary.disagreements == ()
            assert len(indicator_lines(session, summary.id)) == 50
            stored = session.get(IdmAssessment, summary.id)
            assert (stored.published_code, stored.source, stored.regency_code) == (
                published, source, code[:5])
        kept = dict(session.execute(select(IdmAssessment.village_code,
                                           IdmAssessment.published_code)
                                    .where(IdmAssessment.published_code.is_not(None))).all())
    assert kept == {code: published for (code, _year), (published, *_rest)
                    in S.REMAPPED.items()}
    # The same file again: without a code map it is skipped with the same proposal; through
    # the map it is the assessment already stored (published_code is a compared column).
    code, year, name, district, scores = S.REMAPPED_FILE
    document = rumusan_document(code, year, scores)
    document["mapData"]["IDENTITAS"][0].update(nama_desa=name, nama_kecamatan=district)
    folder = tmp_path / "rumusan"
    write_rumusan(folder, document)
    unmapped = import_rumusan(workspace.db, folder)
    assert unmapped.counts["skipped"] == 1
    assert {old: proposal.proposed.code for old, proposal in unmapped.code_proposals.items()
            if proposal.proposed} == S.CODE_MAP
    code_map = tmp_path / "peta.csv"
    code_map.write_text("old_code,new_code\n" + "".join(
        f"{old},{new}\n" for old, new in S.CODE_MAP.items()), encoding="utf-8")
    again = import_rumusan(workspace.db, folder,
                           code_map=load_code_map(workspace.db, code_map))
    assert again.counts == {"added": 0, "updated": 0, "unchanged": 1, "skipped": 0}


@from_revision(12)
def test_indeks_desa_questionnaires_keep_their_meaning(upgraded):
    _original, workspace = upgraded
    loaded = load_questionnaire(workspace.db, S.ID_VILLAGE, S.ID_YEAR)
    assert loaded.filled_by == S.ID_FILLED_BY
    assert {key: (a.score, a.data_source, a.note) for key, a in loaded.answers.items()} == \
        S.ID_ANSWERS
    with workspace.db.reading() as session:
        row = session.scalar(select(IndexQuestionnaire))
        stored = (row.total, row.dimension_scores, row.status, row.answered)
        (status,) = status_per_village(session, S.ID_YEAR).values()
    assert stored == S.ID_STORED
    assert (status.status, status.provisional) == (S.ID_STORED[2], True)
    # still editable after the upgrade
    save_questionnaire(workspace.db, workspace.editor, S.ID_VILLAGE, S.ID_YEAR,
                       {"2.1": Answer(5)})
    assert load_questionnaire(workspace.db, S.ID_VILLAGE, S.ID_YEAR).answers["2.1"].score == 5


@from_revision(4)
def test_meetings_keep_their_meaning(upgraded):
    _original, workspace = upgraded
    with workspace.db.reading() as session:
        (summary,) = list_meetings(session)
        view = load_meeting(session, summary.id)
    meeting = view.meeting
    assert (meeting.title, meeting.meeting_date, meeting.place) == (
        S.MEETING["title"], date(2023, 10, 23), S.MEETING["place"])
    assert (meeting.start_time.isoformat(), meeting.end_time.isoformat()) == \
        ("09:00:00", "12:30:00")
    assert (meeting.chair_name, meeting.chair_nip) == (S.MEETING["chair_name"],
                                                       S.MEETING["chair_nip"])
    assert meeting.village_codes == S.MEETING["village_codes"]
    assert meeting.agencies == S.MEETING["agencies"]
    assert [(p.name, p.position, p.institution, p.contact, p.present)
            for p in meeting.participants] == S.PARTICIPANTS
    assert [(a.title, a.discussion) for a in meeting.agenda] == S.AGENDA
    assert [a.text for a in meeting.agreements] == S.AGREEMENTS
    assert [(a.actor, a.description, a.due_date.strftime("%d-%m-%Y"), a.actor_kind,
             a.village_code or "", a.status) for a in meeting.actions] == S.ACTIONS
    assert view.village_names == {"64.07.05.2001": "Long Iram Bayan",
                                  "64.07.05.2002": "Sukomulyo"}
    assert summary.open_actions == 2


@from_revision(5)
def test_budgets_keep_their_exact_amounts_and_whole_year_realisation(upgraded):
    original, workspace = upgraded
    with workspace.db.reading() as session:
        budget = find_budget(session, S.BUDGET_VILLAGE, S.BUDGET_YEAR, "murni")
        lines = stored_lines(session, budget.id)
    assert (budget.perdes_number, budget.perdes_date) == S.PERDES
    got = {(line.activity_code, line.code): (line.kind, line.description, line.source,
                                             line.budget, line.realisation)
           for line in lines}
    assert got == {key: (kind, text, source, Decimal(amount), Decimal(whole_year))
                   for key, (kind, text, source, amount, _first, whole_year)
                   in S.BUDGET_LINES.items()}
    assert all(type(value) is Decimal for line in lines
               for value in (line.budget, line.realisation))
    summary = totals(lines)
    assert (summary.revenue, summary.spending, summary.surplus) == (
        Decimal("1500000000.50"), Decimal("1200000000.00"), Decimal("300000000.50"))
    assert (summary.revenue_realised, summary.spending_realised) == (
        Decimal("1500000000.50"), Decimal("1100000000.25"))
    if level(original) >= 6:  # the dates the facilitator gave when importing
        assert (budget.semester_1_reported_on, budget.semester_2_reported_on) == (
            S.SEMESTER_1_ON, S.SEMESTER_2_ON)
    else:  # the first slice kept no dates: the days its reports were imported
        assert (budget.semester_1_reported_on, budget.semester_2_reported_on) == (
            S.EDITED_ON, S.EDITED_ON)


@pytest.mark.parametrize("upgraded", [FIXTURES / "desktop_0005.sqlite"], indirect=True,
                         ids=revision_of)
def test_first_slice_realisations_are_corrected_through_the_outbox(upgraded):
    """0005 kept semester II alone in realisation_2; the correction to the whole year is
    an edit like any other, queued after every operation the old program made."""
    original, workspace = upgraded
    last_seq, last_hlc = read_rows(original, "SELECT max(seq), max(hlc) FROM sync_outbox")[0]
    with workspace.db.reading() as session:
        queued = session.scalars(select(OutboxOperation).where(
            OutboxOperation.seq > last_seq).order_by(OutboxOperation.seq)).all()
        budget = find_budget(session, S.BUDGET_VILLAGE, S.BUDGET_YEAR, "murni")
        history = {(h.field, h.old_value, h.new_value)
                   for h in load_profile(session, S.BUDGET_VILLAGE).history}
    lines = {op.row_id: op.payload["realisation_2"] for op in queued
             if op.table_name == "apbdes_line"}
    assert sorted(lines.values()) == sorted(whole for *_rest, whole in S.BUDGET_LINES.values())
    assert [(op.table_name, op.row_id, op.payload) for op in queued
            if op.table_name == "apbdes_budget"] == [
        ("apbdes_budget", budget.id, {"semester_1_reported_on": S.EDITED_ON,
                                      "semester_2_reported_on": S.EDITED_ON})]
    assert all(op.status == "pending" and op.hlc > last_hlc for op in queued)
    assert ("realisation_2[02.02.01|5.3.1]", "600000000.25", "900000000.25") in history


@from_revision(6)
def test_supervision_keeps_its_meaning(upgraded):
    _original, workspace = upgraded
    with workspace.db.reading() as session:
        (visit,) = session.scalars(select(SupervisionVisit)).all()
        findings = {f.description: f.id for f in session.scalars(select(SupervisionFinding))}
        budget = find_budget(session, S.BUDGET_VILLAGE, S.BUDGET_YEAR, "murni")
        building = [line for line in stored_lines(session, budget.id) if line.code == "5.3.1"]
    assert (visit.visit_date, visit.officers, visit.purpose) == (
        "2024-08-12", S.VISIT["officers"], S.VISIT["purpose"])
    assert visit.inspected_line_ids == [building[0].id]
    view = load_finding(workspace.db, findings[S.FINDING["description"]])
    finding = view.finding
    assert (finding.category, finding.severity, finding.deadline, finding.responsible) == (
        "fisik", "tinggi", date(2024, 9, 30), S.FINDING["responsible"])
    assert (finding.visit_id, finding.budget_line_id) == (visit.id, building[0].id)
    assert view.status == "resolved"
    assert [(s.status, s.changed_on.isoformat(), s.note) for s in view.history] == [
        ("open", "2024-08-12", None), *S.FINDING_STEPS]
    assert view.village_name == "Batu Kajang"
    second = load_finding(workspace.db, findings[S.SECOND_FINDING["description"]])
    assert (second.status, second.finding.deadline, second.finding.recommendation) == (
        "open", None, None)
    (picture,) = attachments_of(workspace.db, finding.id)
    assert (picture.file_name, picture.mime_type) == (S.ATTACHMENT_NAME, "image/png")
    assert picture.size > 0 and len(picture.sha256) == 64


@from_revision(10)
def test_actors_and_interventions_keep_their_meaning(upgraded):
    _original, workspace = upgraded
    with workspace.db.reading() as session:
        actors = {a.name: a for a in list_actors(session)}
        lines = village_interventions(session, S.INTERVENTION["village_code"])
        delivery = actor_delivery(session, date(2026, 11, 26), 2025)
    assert {name: (a.kind, a.region_code, a.aliases) for name, a in actors.items()} == {
        name: (kind, region, aliases) for name, kind, region, _c, aliases in S.ACTORS.values()}
    done = next(line for line in lines if line.status == "selesai")
    view = load_intervention(workspace.db, done.id)
    assert (view.intervention.budget, view.intervention.actual_end) == (
        Decimal("125500000.50"), date(2025, 10, 1))
    assert [(s.status, s.changed_on.isoformat()) for s in view.history] == [
        ("diusulkan", "2025-01-20"), *[(st, on) for st, on, _ in S.INTERVENTION_STEPS]]
    cancelled = next(line for line in lines if line.status == "batal")
    assert load_intervention(workspace.db, cancelled.id).history[-1].note == S.CANCEL_REASON
    assert [(d.name, d.delivered, d.cancelled, d.budget_agreed) for d in delivery] == [
        (S.ACTORS["dinkes"][0], 0, 1, Decimal("0.00")),
        (S.ACTORS["dlh"][0], 1, 0, Decimal("125500000.50"))]
    with workspace.db.reading() as session:
        (agreement,) = list_agreements(session)
        (meeting,) = list_meetings(session)
        attendance = attendance_of(session, meeting.id)
        (proposal,) = proposals_of(session, meeting.id)
    assert (agreement.number, agreement.parties, agreement.value) == (
        S.AGREEMENT["number"], S.AGREEMENT["parties"], Decimal("50000000.00"))
    assert [(a.group_name, a.men, a.women) for a in attendance] == [
        ("Kelompok perempuan", 0, 18), ("Perangkat desa", 6, 2)]
    assert (proposal.text, proposal.outcome, proposal.answer) == (
        S.MUSDES_PROPOSAL[0], "dijawab", S.MUSDES_PROPOSAL[2])


@from_revision(7)
def test_sync_bookkeeping_keeps_its_meaning(upgraded):
    _original, workspace = upgraded
    (conflict,) = open_conflicts(workspace.db)
    assert (conflict.table_name, conflict.field, conflict.local_value, conflict.remote_value,
            conflict.kept, conflict.reason) == tuple(S.CONFLICT[name] for name in (
                "table_name", "field", "local_value", "remote_value", "kept", "reason"))
    with workspace.db.reading() as session:
        (held,) = session.scalars(select(SyncDeferred)).all()
    assert (held.table_name, held.field, held.value) == (
        S.DEFERRED["table_name"], S.DEFERRED["field"], S.DEFERRED["value"])
    # The files table (added to 0007 after some databases were made) is usable.
    store = BlobStore(workspace.data_dir)
    assert uploads_waiting(workspace.db, store) == []


@from_revision(11)
def test_map_boundaries_keep_their_shapes_and_source(upgraded):
    from desktop_app.core.maps.store import load_map

    _original, workspace = upgraded
    with workspace.db.reading() as session:
        data = load_map(session)
    assert data.credits == {"village": S.MAP_CREDIT}
    shapes = {shape.code: shape for shape in data.layers["village"]}
    assert list(shapes) == ["64.01.01.2001", "64.01.01.2002"]
    assert shapes["64.01.01.2001"].name == "Batu Kajang"
    kasungai = shapes["64.01.01.2002"]
    assert len(kasungai.rings) == 3  # two parts, one with a hole
    box = kasungai.box
    assert (box.min_x, box.min_y, box.max_x, box.max_y) == pytest.approx(
        (116.1, -1.9, 116.3, -1.8), abs=1e-6)
