import uuid
from datetime import date, datetime, timedelta

import pytest

from desktop_app.core.clock import HybridLogicalClock, PinnedClock, Timestamp
from desktop_app.core.ids import new_id, new_ids
from desktop_app.core.regions.codes import Level, normalise_code, village_kind


@pytest.mark.parametrize(
    ("raw", "level", "expected"),
    [
        ("64", Level.PROVINCE, "64"),
        ("6402", Level.REGENCY, "64.02"),
        (" 64.02.05 ", Level.DISTRICT, "64.02.05"),
        ("6402052001", Level.VILLAGE, "64.02.05.2001"),
        ("64.02.05.2001", Level.VILLAGE, "64.02.05.2001"),
    ],
)
def test_codes_accept_dotted_and_plain(raw, level, expected):
    assert normalise_code(raw, level) == expected


@pytest.mark.parametrize("raw", ["64.2.05.2001", "640205200", "64.02.05.20a1", "", "64-02"])
def test_malformed_village_codes_are_refused(raw):
    with pytest.raises(ValueError):
        normalise_code(raw, Level.VILLAGE)


def test_village_kind_follows_code_and_regency():
    assert village_kind("64.01.01.2001") == "desa"
    assert village_kind("64.72.01.1001") == "kelurahan"
    assert village_kind("64.07.05.2001") == "kampung"  # Kutai Barat
    assert village_kind("64.03.01.1001") == "kelurahan"  # kelurahan stay kelurahan


def test_clock_never_goes_back_when_the_wall_clock_does():
    wall = iter([1_000, 1_000, 900, 2_000]).__next__
    clock = HybridLogicalClock("dev", wall_ms=wall)
    stamps = [clock.now() for _ in range(4)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 4
    assert Timestamp.parse(stamps[2]) == Timestamp(1_000, 2, "dev")


def test_clock_resumes_after_its_last_value_and_moves_past_observed_ones():
    clock = HybridLogicalClock("dev", last="0000000005000-00003-dev", wall_ms=lambda: 10)
    assert clock.now() == "0000000005000-00004-dev"
    clock.observe("0000000009000-00007-other")
    assert clock.now() == "0000000009000-00008-dev"


def test_ids_are_uuid7_unique_and_in_creation_order():
    ids = [new_id(), *new_ids(5000), new_id()]
    assert len(set(ids)) == len(ids) and ids == sorted(ids)
    assert {uuid.UUID(i).version for i in ids} == {7}


def test_pinned_clock_keeps_its_day_and_runs_on():
    clock = PinnedClock(datetime(2031, 2, 3, 23, 59, 59))
    first = clock.now()
    assert clock.today() == date(2031, 2, 3)
    assert first.replace(microsecond=0) == datetime(2031, 2, 3, 23, 59, 59)
    assert clock.now() >= first  # it runs on, so edits still get later stamps
    clock.advance(timedelta(days=30))
    assert clock.today() == date(2031, 3, 5)
    clock.set(datetime(2025, 6, 1, 8))
    assert clock.today() == date(2025, 6, 1)
    assert abs(clock.wall_ms() - datetime(2025, 6, 1, 8).timestamp() * 1000) < 60_000


def test_a_workspace_lives_on_its_clock(tmp_path, small_wilayah):
    """Edits, their history and the sync clock take the workspace's time, not the OS's."""
    from desktop_app.core.regions.wilayah_import import import_wilayah
    from desktop_app.core.villages.profile import load_profile, save_profile
    from desktop_app.core.villages.profile_fields import ProfileValidationError
    from desktop_app.core.workspace import open_workspace

    clock = PinnedClock(datetime(2031, 2, 3, 10))
    workspace = open_workspace(tmp_path / "data", clock)
    try:
        import_wilayah(workspace.db, small_wilayah, clock=clock)
        # 2032 is next year on this clock: allowed as a projection; 2033 is not
        head = {"head_name": "Hj. Siti"}
        save_profile(workspace.db, workspace.editor, "64.01.01.2001", head,
                     [("2032", "1200", "300")])
        with pytest.raises(ProfileValidationError, match="2033"):
            save_profile(workspace.db, workspace.editor, "64.01.01.2001", head,
                         [("2033", "1200", "300")])
        with workspace.db.reading() as session:
            history = load_profile(session, "64.01.01.2001").history
        assert history and {h.changed_at.date() for h in history} == {date(2031, 2, 3)}
        wall = Timestamp.parse(workspace.editor.clock.now()).wall_ms
        assert abs(wall - clock.wall_ms()) < 60_000
    finally:
        workspace.close()
