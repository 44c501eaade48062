"""APBDes and supervision records sync, scoped through their parents where they have no
village of their own; children that arrive first wait for their parents."""

from __future__ import annotations

from desktop_app.core.models import (
    ApbdesBudget,
    ApbdesLine,
    Attachment,
    FindingStatusChange,
    SupervisionFinding,
    SupervisionVisit,
)
from desktop_app.core.sync.outbox import pending_batch, wire_operation
from tests.sync.conftest import BACKENDS
from tests.sync.laptop import server_state

BATU = "64.01.01.2001"
TABLES = ("apbdes_budget", "apbdes_line", "supervision_visit", "supervision_finding",
          "supervision_finding_status", "attachment")


@BACKENDS
def test_budget_lines_and_findings_sync_within_scope(sync_server, laptops):
    amir = laptops("amir", sync_server.url)
    budi = laptops("budi", sync_server.url)
    kubar = laptops("kubar", sync_server.url, username="fac_kubar")  # another kabupaten
    budget = amir.add_row(ApbdesBudget, BATU, year=2025, version="murni")
    line = amir.add(ApbdesLine, BATU, budget_id=budget, activity_code="", code="4.1.1",
                    kind="detail", description="Dana Desa", source="DD",
                    budget="850000000.00", realisation_1="0.00", realisation_2="0.00",
                    ordinal=1)
    visit = amir.add_row(SupervisionVisit, BATU, visit_date="2025-03-04",
                         officers=["Rahmat"], inspected_line_ids=[line])
    finding = amir.add_row(SupervisionFinding, BATU, visit_id=visit, found_on="2025-03-04",
                           category="fisik", severity="sedang",
                           description="Drainase belum selesai", status="open")
    step = amir.add(FindingStatusChange, BATU, finding_id=finding, status="in_progress",
                    changed_on="2025-03-10", changed_by="Rahmat")
    amir.add_row(Attachment, BATU, record_table="supervision_finding", record_id=finding,
                 sha256="cd" * 32, file_name="drainase.jpg", mime_type="image/jpeg", size=9)
    with amir.db.reading() as session:
        children = [wire_operation(op) for op in pending_batch(session, 50)
                    if op.row_id in (line, step)]
    # The children arrive first (another route): the server holds them for their parents.
    assert [r["status"] for r in amir.client.push(children)] == ["held", "held"]
    amir.sync()
    budi.sync()
    kubar.sync()
    for name in TABLES:
        expected = server_state(sync_server.database_url, name, amir.regions)
        assert len(expected["live"]) == 1, name
        assert amir.state(name) == budi.state(name) == expected, name
        assert kubar.state(name, amir.regions) == {"live": {}, "deleted": set()}, name
