"""Kerja sama desa and musyawarah desa: checks, storage, proposals becoming interventions."""

import pytest
from sqlalchemy import func, select

from desktop_app.core.action_plan.cooperation import (
    AgreementDraft,
    agreement_interventions,
    list_agreements,
    save_agreement,
)
from desktop_app.core.action_plan.entry import ActionPlanValidationError, InterventionDraft
from desktop_app.core.action_plan.musdes import (
    Proposal,
    answer_proposal,
    attendance_of,
    proposal_to_intervention,
    proposals_of,
    save_attendance,
    save_proposal,
)
from desktop_app.core.action_plan.store import load_intervention, save_intervention
from desktop_app.core.meetings.store import save_meeting
from desktop_app.core.models import CooperationAgreement, MeetingAttendance, OutboxOperation
from tests.action_plan.conftest import TODAY
from tests.meetings.samples import coordination_meeting

A, B = "64.01.01.2001", "64.01.01.2002"


def agreement(**changes) -> AgreementDraft:
    values = dict(number="01/KSD/BKAD-BS/2026", signed_on="12-02-2026", kind="bkad",
                  parties=["Desa Batu Kajang", "Desa Kasungai"],
                  scope="Pengelolaan air bersih bersama", period_start="01-03-2026",
                  period_end="28-02-2028", value="300.000.000", village_codes=[A, B],
                  element_codes=["IDM:8"])
    values.update(changes)
    return AgreementDraft(**values)


def test_agreement_is_saved_and_names_its_interventions(workspace, actors):
    agreement_id = save_agreement(workspace.db, workspace.editor, agreement())
    done = save_intervention(workspace.db, workspace.editor, InterventionDraft(
        village_code=A, element_code="8", year="2026", actor_id=actors["dinkes"],
        activity="Jaringan pipa bersama", agreement_id=agreement_id), TODAY)
    with workspace.db.reading() as session:
        (stored,) = list_agreements(session, "64.01")
        assert list_agreements(session, "64.07") == []
        assert [i.id for i in agreement_interventions(session, agreement_id)] == [done]
        ops = set(session.scalars(select(OutboxOperation.table_name)))
    assert stored.value is not None and str(stored.value) == "300000000.00"
    assert stored.parties == ["Desa Batu Kajang", "Desa Kasungai"]
    assert "cooperation_agreement" in ops
    assert load_intervention(workspace.db, done).intervention.agreement_id == agreement_id


@pytest.mark.parametrize(("changes", "field"), [
    ({"parties": ["Desa Batu Kajang"]}, "parties"),
    ({"period_end": "01-01-2026"}, "period_end"),
    ({"value": "tiga ratus juta"}, "value"),
    ({"village_codes": []}, "village_codes"),
    ({"element_codes": ["IDM:99"]}, "element_codes"),
    ({"kind": "lain"}, "kind"),
    ({"signed_on": ""}, "signed_on"),
])
def test_bad_agreement_names_the_field_and_saves_nothing(workspace, changes, field):
    with pytest.raises(ActionPlanValidationError) as caught:
        save_agreement(workspace.db, workspace.editor, agreement(**changes))
    assert [e.field for e in caught.value.errors] == [field]
    with workspace.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(CooperationAgreement)) == 0


def test_musdes_attendance_and_proposals(workspace, actors):
    db, editor = workspace.db, workspace.editor
    meeting = save_meeting(db, editor, coordination_meeting(
        kind="musyawarah_desa", village_codes=[A]))
    with pytest.raises(ActionPlanValidationError) as caught:
        save_attendance(db, editor, meeting, [("Perangkat desa", "5", "dua")])
    assert "perempuan 'dua' bukan bilangan bulat" in caught.value.errors[0].message
    save_attendance(db, editor, meeting, [("Perangkat desa", "5", "2"),
                                          ("Kelompok perempuan", "", "18")])
    save_attendance(db, editor, meeting, [("Perangkat desa", "6", "2"),
                                          ("Kelompok perempuan", "0", "18")])
    with db.reading() as session:
        assert [(a.group_name, a.men, a.women) for a in attendance_of(session, meeting)] == [
            ("Kelompok perempuan", 0, 18), ("Perangkat desa", 6, 2)]
        assert session.scalar(select(func.count()).select_from(MeetingAttendance)) == 4
    first = save_proposal(db, editor, meeting, Proposal("Sumur bor di RT 03", "Ibu Sari",
                                                        A, "8"))
    second = save_proposal(db, editor, meeting, Proposal("Lampu jalan ke kebun"))
    with pytest.raises(ActionPlanValidationError):
        answer_proposal(db, editor, second, " ")
    answer_proposal(db, editor, second, "Sudah dianggarkan PLN tahun ini")
    made = proposal_to_intervention(db, editor, first, InterventionDraft(
        village_code=A, element_code="8", year="2027", activity="Sumur bor RT 03"), TODAY)
    with db.reading() as session:
        shown = proposals_of(session, meeting)
    assert [(p.text, p.outcome, p.intervention_id, p.answer) for p in shown] == [
        ("Sumur bor di RT 03", "intervensi", made, None),
        ("Lampu jalan ke kebun", "dijawab", None, "Sudah dianggarkan PLN tahun ini")]
    assert load_intervention(db, made).status == "diusulkan"


def test_agreement_and_musdes_records_print(workspace, actors, tmp_path):
    from desktop_app.core.reports.cooperation import cooperation_report_for
    from desktop_app.core.reports.minutes import meeting_report_for
    from tests.reports.pdfcheck import in_order, page_texts

    db, editor = workspace.db, workspace.editor
    agreement_id = save_agreement(db, editor, agreement())
    save_intervention(db, editor, InterventionDraft(
        village_code=A, element_code="8", year="2026", actor_id=actors["dinkes"],
        activity="Jaringan pipa bersama", agreement_id=agreement_id), TODAY)
    pdf = cooperation_report_for(db, agreement_id, printed_on=TODAY).write(tmp_path / "k.pdf")
    whole = "\n".join(page_texts(pdf))
    assert in_order(whole, "KERJA SAMA DESA", "01/KSD/BKAD-BS/2026", "Antar-desa melalui BKAD",
                    "Desa Batu Kajang; Desa Kasungai", "Pengelolaan air bersih",
                    "Rp 300.000.000", "Batu Kajang, Kasungai", "8.",
                    "Intervensi dalam kerja sama ini", "Jaringan pipa bersama",
                    "Desa Batu Kajang,", "Desa Kasungai,")
    meeting = save_meeting(db, editor, coordination_meeting(kind="musyawarah_desa",
                                                            village_codes=[A]))
    save_attendance(db, editor, meeting, [("Perangkat desa", "6", "2"),
                                          ("Kelompok perempuan", "0", "18")])
    save_proposal(db, editor, meeting, Proposal("Lampu jalan ke kebun", "Pak Udin"))
    whole = "\n".join(page_texts(meeting_report_for(db, meeting).write(tmp_path / "m.pdf")))
    assert in_order(whole, "Kehadiran menurut kelompok dan jenis kelamin",
                    "Kelompok perempuan", "0", "18", "Perangkat desa", "6", "2",
                    "Jumlah", "6", "20", "26", "Usulan Warga", "Lampu jalan ke kebun",
                    "Pak Udin", "Belum ditanggapi")
