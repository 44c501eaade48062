"""Official IDM assessments written straight into a workspace, for tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop_app.core.idm.scoring import published_form, score_village
from desktop_app.core.ids import new_id
from desktop_app.core.models import OFFICIAL, IdmAssessment, IdmIndicatorRow


def uniform(score: int, **overrides: int) -> dict[int, int]:
    scores = dict.fromkeys(range(1, 51), score)
    scores.update({int(k[1:]): v for k, v in overrides.items()})
    return scores


def add_official(session, code: str, year: int, scores: dict[int, int] | None,
                 status: str | None = None, published_idm: str | None = None,
                 rows: dict[int, dict[str, str]] | None = None) -> str:
    result = score_village(scores) if scores else None
    assessment = IdmAssessment(
        id=new_id(), hlc="0000000000001-00000-import", field_clocks={}, deleted=False,
        updated_at=datetime(2024, 1, 1), updated_by="impor", village_code=code,
        regency_code=code[:5], year=year, kind=OFFICIAL,
        scores={str(n): s for n, s in scores.items()} if scores else None,
        published_idm=published_idm or (str(published_form(result.value)) if result else None),
        published_status=status or (result.status.name.upper() if result else None),
        status=status or (result.status.name.upper() if result else None),
        source=f"{code}/{year}.json",
    )
    session.add(assessment)
    session.flush()
    for number, texts in (rows or {}).items():
        session.add(IdmIndicatorRow(assessment_id=assessment.id, number=number,
                                    score=scores[number], **texts))
    return assessment.id


@pytest.fixture
def idm_data(workspace):
    with workspace.db.writing() as session:
        # Batu Kajang: weak in health (1) and internet (30), tertinggal in 2023, lifted in 2024
        ids = {"bk23": add_official(session, "64.01.01.2001", 2023, uniform(3, i1=0, i30=1),
                                    rows={1: {"activity": "Bangun poskesdes",
                                              "actor_kab": "Dinkes, PU"},
                                          30: {"actor_pusat": "Kominfo"}})}
        ids["bk24"] = add_official(session, "64.01.01.2001", 2024, uniform(4))
        add_official(session, "64.01.01.2002", 2023, uniform(2))   # sangat tertinggal
        add_official(session, "64.01.01.2002", 2024, uniform(2))
        add_official(session, "64.07.05.2001", 2023, uniform(5))   # mandiri
        # a summary-only row (national spreadsheet) whose status is published upper case
        add_official(session, "64.07.05.2002", 2023, None, status="BERKEMBANG",
                     published_idm="0.6500")
        # published IDM that its own scores contradict
        add_official(session, "64.72.01.1001", 2023, uniform(3), published_idm="0.7000",
                     status="MAJU")
    return ids


