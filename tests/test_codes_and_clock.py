import uuid

import pytest

from desktop_app.core.clock import HybridLogicalClock, Timestamp
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
