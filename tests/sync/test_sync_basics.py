"""Push, pull and per-field merge between laptops through a real server."""

from __future__ import annotations

from tests.sync.laptop import server_state

BATU = "64.01.01.2001"
ARU = "64.01.02.2001"


def test_edits_travel_from_one_laptop_to_another(sync_server, laptops):
    amir = laptops("amir", sync_server.url)
    budi = laptops("budi", sync_server.url)
    row = amir.set_population(BATU, 2024, population=1200, households=300)
    amir.set_profile(ARU, head_name="Pak Lurah", latitude=-1.5)
    report = amir.sync()
    assert report.pushed == {"applied": 2}
    budi.sync()
    for name in ("village_population", "village_profile"):
        assert budi.state(name) == amir.state(name) == server_state(
            sync_server.database_url, name, amir.regions)
    assert budi.state("village_population")["live"][row]["population"] == 1200


def test_clock_days_ahead_is_clamped_and_a_later_edit_still_wins(sync_server, laptops):
    ahead = laptops("ahead", sync_server.url, skew_ms=3 * 86_400_000)  # three days fast
    other = laptops("other", sync_server.url)
    row = ahead.set_population(BATU, 2024, population=1)
    ahead.sync()
    other.sync()
    other.edit("village_population", row, population=2)  # truly later, by the server
    other.sync()
    ahead.sync()
    assert ahead.state("village_population") == other.state("village_population") == \
        server_state(sync_server.database_url, "village_population", ahead.regions)
    assert ahead.state("village_population")["live"][row]["population"] == 2
