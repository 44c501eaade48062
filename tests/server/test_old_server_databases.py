"""Upgrades from real old server databases (tests/fixtures/old_databases/server_*.sql).

Each dump is of a PostgreSQL database migrated and filled by the server as it was at one
schema revision (see make_fixtures.py). Restored into a fresh database and started the way
the server starts (``init_db``: migrate, keep the existing state row), every row must keep
its meaning for today's server: logins, devices, cursors, pulled changes, conflicts, held
and quarantined operations, and the idempotency of operations already applied.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import select

from provincial_server.auth import check_password, last_op_seq, principal_for_device
from provincial_server.config import Settings
from provincial_server.db import (
    alembic_config,
    create_server_engine,
    current_revision,
    head_revision,
    init_db,
)
from provincial_server.models import (
    apbdes_budget,
    apbdes_line,
    applied_op,
    attachment,
    blob,
    conflict,
    held_op,
    idm_assessment,
    idm_target,
    idm_target_village,
    meeting,
    meeting_action_item,
    meeting_agenda_item,
    meeting_agreement,
    meeting_participant,
    metadata,
    quarantine,
    server_state,
    supervision_finding,
    supervision_finding_status,
    supervision_visit,
    village,
    village_population,
    village_profile,
)
from provincial_server.sync.operations import Operation
from provincial_server.sync.protocol import operation_hash
from provincial_server.sync.pull import pull_changes
from provincial_server.sync.push import push_operations
from tests.fixtures.old_databases import sample_data as S
from tests.server.conftest import fresh_pg_database

FIXTURES = Path(__file__).parents[1] / "fixtures" / "old_databases"
SERVER_FILES = sorted(FIXTURES.glob("server_*.sql"))
RAHMAT, KUBAR = S.SERVER_DEVICES
PART_TABLES = {"meeting_participant": meeting_participant,
               "meeting_agenda_item": meeting_agenda_item,
               "meeting_agreement": meeting_agreement,
               "meeting_action_item": meeting_action_item}


def revision_of(path: Path) -> str:
    return path.stem.removeprefix("server_")


def level(path: Path) -> int:
    return int(revision_of(path))


def test_every_server_revision_has_a_fixture():
    script = ScriptDirectory.from_config(alembic_config())
    revisions = {rev.revision for rev in script.walk_revisions()}
    assert {revision_of(path) for path in SERVER_FILES} == revisions, (
        "each server migration needs its fixture: see migrations/README.md")


def hlc(minute: int, device: str) -> str:
    return f"{S.SERVER_WALL_MS + minute * 60_000:013d}-00000-{device}"


def operation(seq: int, minute: int, device: str, table: str, name: str,
              payload: dict, kind: str = "upsert") -> Operation:
    row_id = S.SERVER_IDS[name]
    clock = hlc(minute, device)
    return Operation(seq, table, row_id, kind, payload, clock,
                     operation_hash(table, row_id, kind, payload, clock))


def from_revision(first: int):
    """Run the test on every dump made at revision ``first`` or later."""
    files = [path for path in SERVER_FILES if level(path) >= first]
    return pytest.mark.parametrize("restored", files, indirect=True, ids=revision_of)


@pytest.fixture
def restored(request):
    """The dump restored into a fresh database: (fixture path, URL, state before start)."""
    with fresh_pg_database("sinergi_old") as url:
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(request.param.read_text(encoding="utf-8"))
            before = connection.execute(
                "SELECT (SELECT version_num FROM public.alembic_version), epoch, secret, "
                "last_seq, horizon_seq FROM public.server_state").fetchone()
        yield request.param, url, before


@pytest.fixture
def started(restored):
    """The server's start on the restored database (``serve --migrate`` / ``init-db``)."""
    path, url, before = restored
    engine = create_server_engine(url)
    try:
        created = init_db(engine)
        yield path, engine, before, created
    finally:
        engine.dispose()


@from_revision(1)
def test_start_migrates_to_head_and_keeps_the_server_state(started):
    path, engine, before, created = started
    revision, epoch, secret, last_seq, horizon = before
    assert revision == revision_of(path)
    assert created is False  # the existing state row is kept, not made anew
    assert current_revision(engine) == head_revision()
    with engine.connect() as connection:
        state = connection.execute(select(server_state)).one()
        drift = compare_metadata(MigrationContext.configure(connection), metadata)
    # Same epoch: enrolled laptops keep their cursors instead of downloading everything.
    assert (state.epoch, state.secret, state.last_seq, state.horizon_seq) == (
        epoch, secret, last_seq, horizon)
    assert drift == []


@from_revision(1)
def test_accounts_and_devices_keep_working(started):
    _path, engine, _before, _created = started
    settings = Settings()
    with engine.connect() as connection:
        for username, (role, _regions, full_name) in S.SERVER_USERS.items():
            user = check_password(connection, settings, username, S.SERVER_PASSWORD)
            assert (user.role, user.full_name, user.active) == (role, full_name, True)
        principals = {device: principal_for_device(connection, device)
                      for device in S.SERVER_DEVICES}
        sent = {device: last_op_seq(connection, device) for device in S.SERVER_DEVICES}
        names = dict(connection.execute(select(village.c.code, village.c.name)).all())
    for device, (username, _name) in S.SERVER_DEVICES.items():
        role, regions, _full = S.SERVER_USERS[username]
        found = principals[device]
        assert (found.username, found.role, list(found.regions)) == (username, role, regions)
        assert sent[device] > 0
    assert {code: names[code] for code in S.VILLAGES} == \
        {code: name for code, (name, *_rest) in S.VILLAGES.items()}


@from_revision(1)
def test_synced_rows_keep_their_meaning(started):
    path, engine, _before, _created = started
    with engine.connect() as connection:
        profile = connection.execute(select(village_profile).where(
            village_profile.c.id == S.SERVER_IDS["profile"])).one()
        people = {row.id: row for row in connection.execute(select(village_population))}
        lost = connection.execute(select(conflict)).one()
        refused = connection.execute(select(quarantine)).one()
        stored = connection.execute(select(blob)).one()
        draft = connection.execute(select(idm_assessment).where(
            idm_assessment.c.id == S.SERVER_IDS["draft"])).one() if level(path) >= 2 else None
        named = connection.execute(select(idm_target_village)).one() \
            if level(path) >= 2 else None
    expected = {**S.SERVER_PROFILE, "head_phone": S.SERVER_NEWER_PHONE}
    assert {name: profile._mapping[name] for name in expected} == expected
    assert profile.field_clocks["head_phone"] == hlc(8, KUBAR)
    assert profile.field_clocks["head_name"] == hlc(1, RAHMAT)
    for name, (year, population, households) in S.SERVER_POPULATION.items():
        row = people[S.SERVER_IDS[name]]
        assert (row.year, row.population, row.households) == (year, population, households)
        assert row.deleted is (year == 2021)
    assert (lost.field, lost.kept_value, lost.lost_value, lost.reason) == (
        "head_phone", S.SERVER_NEWER_PHONE, S.SERVER_PROFILE["head_phone"], "overwritten")
    assert S.SERVER_QUARANTINE_FIELD in refused.reason
    assert refused.operation["payload"][S.SERVER_QUARANTINE_FIELD] == 1
    assert (stored.sha256, stored.size) == (hashlib.sha256(S.SERVER_BLOB).hexdigest(),
                                            len(S.SERVER_BLOB))
    if draft is not None:
        assert {name: draft._mapping[name] for name in S.SERVER_DRAFT} == S.SERVER_DRAFT
        assert (named.year, named.village_code) == (2025, S.SERVER_VILLAGE)


@from_revision(3)
def test_budgets_and_supervision_keep_their_meaning(started):
    _path, engine, _before, _created = started
    with engine.connect() as connection:
        budget = connection.execute(select(apbdes_budget)).one()
        lines = {row.id: row for row in connection.execute(select(apbdes_line))}
        visit = connection.execute(select(supervision_visit)).one()
        finding = connection.execute(select(supervision_finding)).one()
        steps = connection.execute(select(supervision_finding_status)
                                   .order_by(supervision_finding_status.c.changed_on)).all()
    assert {name: budget._mapping[name] for name in S.SERVER_BUDGET} == S.SERVER_BUDGET
    for name, values in S.SERVER_LINES.items():
        line = lines[S.SERVER_IDS[name]]
        assert {key: line._mapping[key] for key in values} == values
        assert Decimal(line.budget) == Decimal(values["budget"])  # exact, never a float
        assert (line.budget_id, line.village_code) == (S.SERVER_IDS["budget"],
                                                       S.SERVER_VILLAGE)
    assert {name: visit._mapping[name] for name in S.SERVER_VISIT} == S.SERVER_VISIT
    assert {name: finding._mapping[name] for name in S.SERVER_FINDING if name != "status"} \
        == {name: value for name, value in S.SERVER_FINDING.items() if name != "status"}
    assert finding.status == "in_progress"
    assert [(s.status, s.changed_on, s.note, s.village_code) for s in steps] == [
        (*S.SERVER_STEPS[name], S.SERVER_VILLAGE) for name in S.SERVER_STEPS]


@from_revision(4)
def test_targets_and_meetings_keep_their_meaning(started):
    _path, engine, _before, _created = started
    with engine.connect() as connection:
        target = connection.execute(select(idm_target)).one()
        held = connection.execute(select(meeting)).one()
        parts = {name: connection.execute(select(table)).one()
                 for name, table in PART_TABLES.items()}
    assert {name: target._mapping[name] for name in S.SERVER_TARGET} == S.SERVER_TARGET
    assert target.scope_code == "64.07"
    assert {name: held._mapping[name] for name in S.SERVER_MEETING} == S.SERVER_MEETING
    assert held.scope_code == S.SERVER_MEETING["village_codes"][0]
    for table, values in S.SERVER_MEETING_PARTS.values():
        row = parts[table]
        assert {name: row._mapping[name] for name in values} == values
        assert (row.meeting_id, row.scope_code) == (S.SERVER_IDS["meeting"],
                                                    S.SERVER_VILLAGE)


@from_revision(7)
def test_actors_and_interventions_keep_their_meaning(started):
    _path, engine, _before, _created = started
    from provincial_server.models import (
        action_actor,
        action_intervention,
        action_intervention_status,
    )

    with engine.connect() as connection:
        actor = connection.execute(select(action_actor)).one()
        intervention = connection.execute(select(action_intervention)).one()
        step = connection.execute(select(action_intervention_status)).one()
    assert {name: actor._mapping[name] for name in S.SERVER_ACTOR} == S.SERVER_ACTOR
    assert actor.scope_code == "64.07"
    assert {name: intervention._mapping[name] for name in S.SERVER_INTERVENTION} == \
        S.SERVER_INTERVENTION
    assert {name: step._mapping[name] for name in S.SERVER_INTERVENTION_STEP} == \
        S.SERVER_INTERVENTION_STEP
    assert step.village_code == S.SERVER_VILLAGE
    from provincial_server.models import cooperation_agreement

    with engine.connect() as connection:
        agreement = connection.execute(select(cooperation_agreement)).one()
    assert {name: agreement._mapping[name] for name in S.SERVER_AGREEMENT} == \
        S.SERVER_AGREEMENT
    assert agreement.scope_code == S.SERVER_VILLAGE


@from_revision(5)
def test_an_assessment_keeps_the_code_it_was_published_under(started):
    """An official assessment under the current village code, with the code its source
    published: stored, pulled by another device of the kabupaten, and still synced."""
    _path, engine, _before, _created = started
    settings = Settings()
    row_id = S.SERVER_IDS["remapped"]
    with engine.connect() as connection:
        row = connection.execute(select(idm_assessment).where(
            idm_assessment.c.id == row_id)).one()
        rahmat = principal_for_device(connection, RAHMAT)
        kubar = principal_for_device(connection, KUBAR)
        first = pull_changes(connection, kubar, None, 1000)
        sent = max(connection.execute(select(applied_op.c.op_seq).where(
            applied_op.c.device_id == RAHMAT)).scalars().all())
        brought = operation(0, 27, RAHMAT, "idm_assessment", "remapped", S.SERVER_REMAPPED)
        remapped_seq = connection.execute(select(applied_op.c.op_seq).where(
            applied_op.c.device_id == RAHMAT,
            applied_op.c.op_hash == brought.hash)).scalar_one()
    assert {name: row._mapping[name] for name in S.SERVER_REMAPPED} == S.SERVER_REMAPPED
    assert row.field_clocks["published_code"] == hlc(27, RAHMAT)
    (pulled,) = [change for change in first["changes"] if change["id"] == row_id]
    assert (pulled["t"], pulled["f"]) == ("idm_assessment", S.SERVER_REMAPPED)

    # The operation that brought it is recognised; a correction after the upgrade applies
    # and leaves the published code as it was.
    again = operation(remapped_seq, 27, RAHMAT, "idm_assessment", "remapped",
                      S.SERVER_REMAPPED)
    source = "6407042006/2022-perbaikan.json"
    fix = operation(sent + 1, 31, RAHMAT, "idm_assessment", "remapped", {"source": source})
    results = push_operations(engine, settings, rahmat, [again, fix])
    assert [result.status for result in results] == ["duplicate", "applied"]
    with engine.connect() as connection:
        row = connection.execute(select(idm_assessment).where(
            idm_assessment.c.id == row_id)).one()
        later = pull_changes(connection, kubar, first["cursor"], 1000)
    assert (row.source, row.published_code) == (source, S.SERVER_REMAPPED["published_code"])
    assert [(change["t"], change["id"], change["f"]) for change in later["changes"]] == [
        ("idm_assessment", row_id, {"source": source})]


@from_revision(6)
def test_the_audit_log_and_its_failed_logins_carry_on(started):
    """The audit entries stay readable, and a failed login recorded before the upgrade
    still counts towards the login limits of its account and address."""
    from dataclasses import replace
    from datetime import timedelta

    from provincial_server.audit import page
    from provincial_server.login_limits import retry_after

    _path, engine, _before, _created = started
    username, address = S.SERVER_FAILED_LOGIN
    with engine.connect() as connection:
        entries = page(connection, None, 100)
        [failed] = [e for e in entries if e["event"] == "login_failed"]
        strict = replace(Settings(), login_failures_per_account=1, login_delay_s=60)
        # a second after it was recorded (the clock is injected: the dump is older)
        wait = retry_after(connection, strict, username, address,
                           failed["at"] + timedelta(seconds=1))
    events = {(e["event"], e["subject"]) for e in entries}
    assert {("login_failed", username), ("password_reset", username),
            ("user_created", "admin")} <= events
    assert (failed["address"], failed["device_id"]) == (address, "laptop-tamu")
    assert [e["id"] for e in entries] == sorted((e["id"] for e in entries), reverse=True)
    assert wait == 59


@from_revision(1)
def test_pull_push_and_held_operations_carry_on(started):
    """A laptop enrolled before the upgrade: its cursor still works, an operation it sent
    before is recognised, and the photo held for a missing row arrives with that row."""
    _path, engine, before, _created = started
    settings = Settings()
    with engine.connect() as connection:
        rahmat = principal_for_device(connection, RAHMAT)
        first = pull_changes(connection, rahmat, None, 1000)
        applied = connection.execute(select(applied_op.c.op_seq).where(
            applied_op.c.device_id == RAHMAT)).scalars().all()
    epoch = before[1]
    assert first["cursor"] == f"{epoch}:{before[3]}" and not first["more"]
    profile = [change for change in first["changes"]
               if change["id"] == S.SERVER_IDS["profile"]]
    assert profile[0]["f"]["head_name"] == S.SERVER_PROFILE["head_name"]
    assert profile[-1]["f"] == {"head_phone": S.SERVER_NEWER_PHONE}
    assert all(change["t"] != "village_profile" or change["id"] != S.SERVER_IDS["quarantined"]
               for change in first["changes"])

    again = operation(1, 1, RAHMAT, "village_profile", "profile", S.SERVER_PROFILE)
    year_2024 = operation(max(applied) + 1, 30, RAHMAT, "village_population",
                          "population_2024", {"village_code": S.SERVER_VILLAGE,
                                              "year": 2024, "population": 1250,
                                              "households": 318})
    results = push_operations(engine, settings, rahmat, [again, year_2024])
    assert [result.status for result in results] == ["duplicate", "applied"]
    with engine.connect() as connection:
        photo = connection.execute(select(attachment).where(
            attachment.c.id == S.SERVER_IDS["attachment_held"])).one()
        waiting = connection.execute(select(held_op)).all()
        later = pull_changes(connection, rahmat, first["cursor"], 1000)
    assert (photo.record_id, photo.file_name, photo.sha256) == (
        S.SERVER_IDS["population_2024"], "berita-acara.pdf",
        hashlib.sha256(S.SERVER_BLOB).hexdigest())
    assert waiting == []
    assert {(change["t"], change["id"]) for change in later["changes"]} == {
        ("village_population", S.SERVER_IDS["population_2024"]),
        ("attachment", S.SERVER_IDS["attachment_held"])}
    assert min(change["s"] for change in later["changes"]) > before[3]


@from_revision(8)
def test_indeks_desa_questionnaires_keep_their_meaning(started):
    """A questionnaire, its answer and review step: stored as pushed, pulled by another
    device whose scope covers the village."""
    from provincial_server.models import metadata

    _path, engine, _before, _created = started
    with engine.connect() as connection:
        rahmat = principal_for_device(connection, RAHMAT)
        pulled = pull_changes(connection, rahmat, None, 1000)["changes"]
        for name, (table, values) in S.SERVER_QUESTIONNAIRE.items():
            row = connection.execute(select(metadata.tables[table]).where(
                metadata.tables[table].c.id == S.SERVER_IDS[name])).one()
            assert {key: row._mapping[key] for key in values} == values, name
            if table != "index_questionnaire":
                assert row.questionnaire_id == S.SERVER_IDS["questionnaire"]
            (change,) = [c for c in pulled if c["id"] == S.SERVER_IDS[name]]
            assert change["t"] == table
