"""Meetings produce interventions and review the open ones of their villages."""

import pytest
from sqlalchemy import func, select

from desktop_app.core.action_plan.entry import ActionPlanValidationError, InterventionDraft
from desktop_app.core.action_plan.meetings import open_for_review, save_meeting_interventions
from desktop_app.core.action_plan.store import (
    change_status,
    load_intervention,
    meeting_interventions,
)
from desktop_app.core.meetings.store import load_meeting, save_meeting
from desktop_app.core.models import ActionIntervention
from tests.action_plan.conftest import TODAY
from tests.meetings.samples import coordination_meeting

LONG_IRAM = "64.07.05.2001"


def agreed(**changes) -> InterventionDraft:
    values = dict(village_code=LONG_IRAM, element_code="8", year="2024",
                  activity="Perbaikan pompa sumur bor", budget="45.000.000",
                  budget_source="apbdes", planned_end="30-11-2023")
    values.update(changes)
    return InterventionDraft(**values)


def test_a_meeting_agrees_interventions_and_the_next_one_reviews_them(workspace, actors):
    db, editor = workspace.db, workspace.editor
    first = save_meeting(db, editor, coordination_meeting())
    ids = save_meeting_interventions(db, editor, first, [
        agreed(actor_id=actors["dinkes_kubar"]),
        agreed(element_code="1", activity="Pelatihan lima kader posyandu",
               actor_id=actors["dinkes_kubar"], budget="", budget_source="")], TODAY)
    with db.reading() as session:
        made = meeting_interventions(session, first)
    assert [(m.element_code, m.status, m.actor) for m in made] == [
        ("1", "disepakati", "Dinas Kesehatan Kabupaten Kutai Barat"),
        ("8", "disepakati", "Dinas Kesehatan Kabupaten Kutai Barat")]
    view = load_intervention(db, ids[0])
    assert [(s.status, s.changed_on.isoformat()) for s in view.history] == [
        ("disepakati", "2023-10-23")]
    # Free-text agreements and action items of the meeting are kept as they were.
    with db.reading() as session:
        kept = load_meeting(session, first).meeting
    assert len(kept.agreements) == 2 and len(kept.actions) >= 1
    second = save_meeting(db, editor, coordination_meeting(
        meeting_date="20-02-2024", title="Rapat lanjutan"))
    with db.reading() as session:
        review = open_for_review(session, second)
        assert open_for_review(session, first) == []  # its own are not "earlier"
    assert {r.id for r in review} == set(ids)
    change_status(db, editor, ids[0], "berjalan", TODAY)  # changed in place, in review
    change_status(db, editor, ids[1], "batal", TODAY, "Puskesmas sudah melatih kader")
    with db.reading() as session:
        assert [(r.id, r.status) for r in open_for_review(session, second)] == [
            (ids[0], "berjalan")]


def test_one_bad_row_saves_none_and_names_its_row(workspace, actors):
    db, editor = workspace.db, workspace.editor
    meeting = save_meeting(db, editor, coordination_meeting())
    with pytest.raises(ActionPlanValidationError) as caught:
        save_meeting_interventions(db, editor, meeting, [
            agreed(actor_id=actors["dinkes_kubar"]),
            agreed(actor_id=None),  # agreed needs an actor
            agreed(actor_id=actors["dinkes_kubar"], budget="banyak")], TODAY)
    messages = [e.message for e in caught.value.errors]
    assert messages[0].startswith("Baris 3: Anggaran")
    with pytest.raises(ActionPlanValidationError) as caught:
        save_meeting_interventions(db, editor, meeting, [
            agreed(actor_id=actors["dinkes_kubar"]), agreed(actor_id=None)], TODAY)
    assert [e.field for e in caught.value.errors] == ["actor_id"]
    assert caught.value.errors[0].message.startswith("Baris 2: ")
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(ActionIntervention)) == 0


def test_minutes_and_official_record_print_the_agreed_interventions(workspace, actors,
                                                                    tmp_path):
    from desktop_app.core.reports.minutes import meeting_report_for
    from tests.reports.pdfcheck import in_order, page_texts

    db, editor = workspace.db, workspace.editor
    meeting = save_meeting(db, editor, coordination_meeting())
    save_meeting_interventions(db, editor, meeting, [agreed(actor_id=actors["dinkes_kubar"])],
                               TODAY)
    for official in (False, True):
        pdf = meeting_report_for(db, meeting, official).write(tmp_path / f"{official}.pdf")
        whole = "\n".join(page_texts(pdf))
        assert in_order(whole, "Kesepakatan", "Perbaikan pompa sumur bor dianggarkan",
                        "Kesepakatan Intervensi (Rencana Aksi)", "Long Iram",
                        "Perbaikan pompa", "Rp 45.000.000", "30-11-2023",
                        "Tindak Lanjut")
    plain = save_meeting(db, editor, coordination_meeting(title="Rapat tanpa intervensi"))
    whole = "\n".join(page_texts(meeting_report_for(db, plain).write(tmp_path / "p.pdf")))
    assert "Rencana Aksi" not in whole
