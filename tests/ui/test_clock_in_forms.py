"""Forms take "today" from the workspace's clock, never from the computer's calendar.

The clock here is pinned years away from any real date the suite runs on, so a field that
read the real date would show another day.
"""

from datetime import date, datetime

import pytest

from tests.ui.test_apbdes_pages import show_apbdes

FAR_DAY = date(2031, 2, 3)


@pytest.fixture
def clock():
    from desktop_app.core.clock import PinnedClock

    return PinnedClock(datetime(2031, 2, 3, 10, 15))


def test_new_records_start_on_the_clocks_day(qtbot, workspace, open_window):
    window = open_window(workspace)
    panel = show_apbdes(qtbot, window, "64.01.01.2001")
    finding = panel.open_finding(None)
    assert finding.found_on.date().toPython() == FAR_DAY
    finding.reject()
    visit = panel.new_visit()
    assert visit.visit_date.date().toPython() == FAR_DAY
    visit.reject()
    realisation = panel.open_import()
    assert realisation.reported_on.date().toPython() == FAR_DAY
    realisation.reject()

    window.new_meeting()
    assert window.meetings.form.general.date.date().toPython() == FAR_DAY
