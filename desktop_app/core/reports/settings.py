"""Report settings kept per database in local_setting: the kop, the paper size and the
berita acara number pattern."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop_app.core.local_settings import get_setting, set_setting
from desktop_app.core.reports.document import PAPER_SIZES, Letterhead

LETTERHEAD_KEY = "report_letterhead"
PAPER_KEY = "report_paper"
NUMBER_KEY = "report_number_pattern"
# Berita acara number: 005 is the archive code for meetings; the running number is
# taken from the office's agenda book, so it is left as dots to fill in by hand.
DEFAULT_NUMBER_PATTERN = "005/{nomor}/{bulan_romawi}/{tahun}"

DEFAULT_LETTERHEAD = Letterhead(
    institution_lines=("PEMERINTAH PROVINSI KALIMANTAN TIMUR",
                       "DINAS PEMBERDAYAAN MASYARAKAT DAN PEMERINTAHAN DESA"),
    address_lines=("Jalan Milono No. 1, Samarinda, Kalimantan Timur",),
)


@dataclass(frozen=True)
class ReportSettings:
    letterhead: Letterhead
    paper: str
    # Pattern of the berita acara number ({nomor}, {bulan_romawi}, {bulan}, {tahun});
    # None keeps the stored one when saving (dialogs that do not show it).
    number_pattern: str | None = None


def load_report_settings(session: Session) -> ReportSettings:
    raw = get_setting(session, LETTERHEAD_KEY)
    letterhead = DEFAULT_LETTERHEAD
    if raw:
        try:
            data = json.loads(raw)
            letterhead = Letterhead(
                institution_lines=tuple(str(x) for x in data.get("institution_lines", ())),
                address_lines=tuple(str(x) for x in data.get("address_lines", ())),
                logo_path=data.get("logo_path") or None,
            )
        except (ValueError, AttributeError, TypeError):
            letterhead = DEFAULT_LETTERHEAD
    paper = get_setting(session, PAPER_KEY) or "A4"
    pattern = get_setting(session, NUMBER_KEY) or DEFAULT_NUMBER_PATTERN
    return ReportSettings(letterhead, paper if paper in PAPER_SIZES else "A4", pattern)


def save_report_settings(session: Session, settings: ReportSettings) -> None:
    """Device-local; call inside ``db.writing()``."""
    letterhead = settings.letterhead
    set_setting(session, LETTERHEAD_KEY, json.dumps({
        "institution_lines": list(letterhead.institution_lines),
        "address_lines": list(letterhead.address_lines),
        "logo_path": letterhead.logo_path,
    }))
    set_setting(session, PAPER_KEY, settings.paper)
    if settings.number_pattern is not None:
        set_setting(session, NUMBER_KEY, settings.number_pattern.strip())
