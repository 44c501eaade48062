from datetime import date

import pytest
from sqlalchemy import func, select

from desktop_app.core.models import FindingStatusChange, OutboxOperation, SupervisionFinding
from desktop_app.core.supervision.entry import (
    FindingDraft,
    SupervisionValidationError,
    VisitDraft,
)
from desktop_app.core.supervision.register import (
    FindingFilter,
    count_findings,
    list_findings,
    overdue_counts,
)
from desktop_app.core.supervision.store import (
    change_status,
    load_finding,
    save_finding,
    save_visit,
    visits_of,
)

TODAY = date(2026, 11, 26)


def finding(village="64.01.01.2001", **changes) -> FindingDraft:
    values = dict(village_code=village, found_on="10-11-2026", category="keuangan",
                  severity="tinggi", description="Bukti pembayaran honor tidak lengkap",
                  recommendation="Lengkapi SPJ", responsible="Kaur Keuangan",
                  deadline="20-11-2026")
    values.update(changes)
    return FindingDraft(**values)


def test_visit_is_saved_with_officers_and_inspected_lines(workspace):
    visit_id = save_visit(workspace.db, workspace.editor, VisitDraft(
        "64.01.01.2001", "12-11-2026", ["Rahmat", " ", "Siti"], "Monitoring DD tahap II",
        [], "Gedung posyandu, kas desa", "Kas cocok dengan BKU"))
    [visit] = visits_of(workspace.db, "64.01.01.2001")
    assert visit.id == visit_id
    assert visit.officers == ["Rahmat", "Siti"]
    assert visit.visit_date == date(2026, 11, 12)


def test_bad_visit_and_finding_list_every_fault_and_write_nothing(workspace):
    with pytest.raises(SupervisionValidationError) as raised:
        save_visit(workspace.db, workspace.editor, VisitDraft("64.01.01.2001", "31-02-2026"))
    assert {e.field for e in raised.value.errors} == {"visit_date", "officers"}
    with pytest.raises(SupervisionValidationError) as raised:
        save_finding(workspace.db, workspace.editor,
                     finding(category="", description=" ", deadline="01-11-2026"), TODAY)
    messages = "\n".join(e.message for e in raised.value.errors)
    assert "kategori" in messages and "Uraian temuan wajib" in messages
    assert "tidak boleh sebelum tanggal temuan" in messages
    with pytest.raises(SupervisionValidationError, match="bukan desa"):
        save_finding(workspace.db, workspace.editor, finding("64.72.01.1001"), TODAY)
    with workspace.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(SupervisionFinding)) == 0


def test_follow_up_history_and_allowed_steps(workspace):
    finding_id = save_finding(workspace.db, workspace.editor, finding(), TODAY)
    change_status(workspace.db, workspace.editor, finding_id, "in_progress", date(2026, 11, 27),
                  "SPJ sedang dilengkapi")
    with pytest.raises(SupervisionValidationError, match="tidak dapat diubah"):
        change_status(workspace.db, workspace.editor, finding_id, "verified", TODAY)
    change_status(workspace.db, workspace.editor, finding_id, "resolved", date(2026, 11, 28))
    change_status(workspace.db, workspace.editor, finding_id, "verified", date(2026, 11, 29))
    view = load_finding(workspace.db, finding_id)
    assert view.status == "verified"
    assert [(s.status, s.note) for s in view.history] == [
        ("open", None), ("in_progress", "SPJ sedang dilengkapi"), ("resolved", None),
        ("verified", None)]
    assert view.history[1].changed_by == "Rahmat (pendamping)"
    with workspace.db.reading() as session:
        steps = session.scalar(select(func.count()).select_from(FindingStatusChange))
        queued = session.scalar(select(func.count()).select_from(OutboxOperation).where(
            OutboxOperation.table_name == "supervision_finding_status"))
    assert steps == queued == 4


def test_register_filters_sorts_and_marks_overdue(workspace):
    db, editor = workspace.db, workspace.editor
    late = save_finding(db, editor, finding(), TODAY)
    save_finding(db, editor, finding(deadline="30-12-2026", category="fisik",
                                     severity="rendah"), TODAY)
    done = save_finding(db, editor, finding("64.07.05.2001", deadline="01-11-2026",
                                            found_on="01-10-2026"), TODAY)
    change_status(db, editor, done, "resolved", TODAY)
    save_finding(db, editor, finding("64.07.05.2002", description="Papan proyek tidak ada",
                                     deadline=""), TODAY)
    with db.reading() as session:
        assert count_findings(session, FindingFilter(TODAY)) == 4
        paser = list_findings(session, FindingFilter(TODAY, region_code="64.01"))
        assert {r.village_name for r in paser} == {"Batu Kajang"}
        overdue = list_findings(session, FindingFilter(TODAY, overdue_only=True))
        assert [r.id for r in overdue] == [late]  # the resolved one is not overdue
        assert overdue[0].overdue
        by_deadline = list_findings(session, FindingFilter(TODAY), sort="deadline")
        assert by_deadline[-1].deadline is None  # no deadline sorts last
        by_severity = list_findings(session, FindingFilter(TODAY), sort="severity")
        assert [r.severity for r in by_severity][:2] == ["tinggi", "tinggi"]
        assert by_severity[-1].severity == "rendah"
        assert [r.description for r in list_findings(
            session, FindingFilter(TODAY, text="papan"))] == ["Papan proyek tidak ada"]
        assert count_findings(session, FindingFilter(TODAY, statuses=("resolved",))) == 1
        assert count_findings(session, FindingFilter(TODAY, category="fisik")) == 1
        assert overdue_counts(session, TODAY) == {"64.01.01.2001": 1}
        assert overdue_counts(session, date(2026, 11, 1)) == {}
