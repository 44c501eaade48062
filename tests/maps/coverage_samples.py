"""Crafted path-up coverage of 2026 for the map's coverage theme, classes computed by hand.

Paths up (see tests/action_plan/test_coverage.py): uniform 3 (Berkembang) needs indicators
48, 49 and 50; uniform 2 (Sangat Tertinggal) needs 48 and 49. Covered = agreed, running or
done in 2026.
"""

from __future__ import annotations

from desktop_app.core.action_plan.actors import save_actor
from desktop_app.core.action_plan.entry import ActorDraft
from tests.action_plan.conftest import plan
from tests.idm.factories import add_official, uniform

ALL, HALF, SOME, NONE = "64.01.01.2001", "64.01.01.2002", "64.01.02.2001", "64.01.02.2004"
OUTSIDE = "64.07.05.2001"  # a path up, nothing planned, not on the sample map
MANDIRI = "64.07.05.2002"  # nothing left to raise: no path up
# Expected class per village (0 all .. 3 none, 4 no path up / no data).
EXPECTED = {ALL: 0, HALF: 1, SOME: 2, NONE: 3, OUTSIDE: 3, MANDIRI: 4, "64.01.01.2099": 4}


def coverage_case(workspace) -> None:
    with workspace.db.writing() as session:
        add_official(session, ALL, 2025, uniform(3))
        add_official(session, HALF, 2025, uniform(2))
        add_official(session, SOME, 2025, uniform(3))
        add_official(session, NONE, 2025, uniform(2))
        add_official(session, OUTSIDE, 2025, uniform(3))
        add_official(session, MANDIRI, 2025, uniform(5))
    actor = save_actor(workspace.db, workspace.editor, ActorDraft(
        "Dinas Kesehatan Provinsi Kaltim", "opd_provinsi", "64", "", ["DINKES"]))
    plan(workspace, ALL, "48", 2026, actor, "disepakati")  # 3 of 3
    plan(workspace, ALL, "49", 2026, actor, "berjalan")
    plan(workspace, ALL, "50", 2026, actor, "selesai")
    plan(workspace, HALF, "48", 2026, actor, "selesai")  # 1 of 2: exactly half
    plan(workspace, HALF, "49", 2026, actor)  # only proposed: not covered
    plan(workspace, SOME, "48", 2026, actor, "disepakati")  # 1 of 3
    plan(workspace, SOME, "49", 2026, actor, "batal")  # cancelled: not covered
    plan(workspace, NONE, "48", 2025, actor, "disepakati")  # another year: 0 of 2
    plan(workspace, OUTSIDE, "1", 2026, actor, "disepakati")  # not on its path up: 0 of 3
