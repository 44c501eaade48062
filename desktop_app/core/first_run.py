"""What the first-run wizard asks, stored in the database's local settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from desktop_app.core.db import Database
from desktop_app.core.i18n import translate
from desktop_app.core.local_settings import get_setting, set_setting
from desktop_app.core.setting_keys import FIRST_RUN_DONE, USER_NAME, WORK_DISTRICT, WORK_REGENCY

if TYPE_CHECKING:  # the report modules load reportlab: not on every start-up
    from desktop_app.core.reports.settings import ReportSettings

USER_ROLE = "user_role"
USER_INSTITUTION = "user_institution"

KALTIM_PROVINCE = "64"  # Kemendagri code of Kalimantan Timur
# Kemendagri codes of the kabupaten/kota of Kalimantan Timur (DESIGN §2).
KALTIM_REGENCIES = (
    ("64.01", "Kabupaten Paser"), ("64.02", "Kabupaten Kutai Kartanegara"),
    ("64.03", "Kabupaten Berau"), ("64.07", "Kabupaten Kutai Barat"),
    ("64.08", "Kabupaten Kutai Timur"), ("64.09", "Kabupaten Penajam Paser Utara"),
    ("64.11", "Kabupaten Mahakam Ulu"), ("64.71", "Kota Balikpapan"),
    ("64.72", "Kota Samarinda"), ("64.74", "Kota Bontang"),
)


def role_labels() -> dict[str, str]:
    return {
        "pendamping": translate("FirstRun", "Pendamping desa"),
        "kabupaten": translate("FirstRun", "Operator kabupaten (DPMD)"),
        "provinsi": translate("FirstRun", "Admin provinsi (DPMPD)"),
    }


@dataclass(frozen=True)
class FirstRunAnswers:
    name: str
    role: str
    institution: str
    report: ReportSettings
    regency: str | None
    district: str


def first_run_done(db: Database) -> bool:
    with db.reading() as session:
        return get_setting(session, FIRST_RUN_DONE) == "1"


def save_first_run(db: Database, answers: FirstRunAnswers) -> None:
    """One transaction: who, the letterhead and paper, the working area, done."""
    from desktop_app.core.reports.settings import save_report_settings

    with db.writing() as session:
        set_setting(session, USER_NAME, answers.name)
        set_setting(session, USER_ROLE, answers.role)
        set_setting(session, USER_INSTITUTION, answers.institution)
        save_working_area(session, WorkingArea(answers.regency, answers.district))
        save_report_settings(session, answers.report)
        set_setting(session, FIRST_RUN_DONE, "1")


@dataclass(frozen=True)
class WorkingArea:
    regency: str | None
    district: str  # kecamatan name(s) as typed


def load_working_area(session: Session) -> WorkingArea:
    return WorkingArea(working_regency(session), get_setting(session, WORK_DISTRICT) or "")


def save_working_area(session: Session, area: WorkingArea) -> None:
    set_setting(session, WORK_REGENCY, area.regency or "")
    set_setting(session, WORK_DISTRICT, area.district)


def working_regency(session: Session) -> str | None:
    """The kabupaten/kota chosen as working area in the first-run wizard, if any: the
    lists and recaps open on it (the user may still pick another)."""
    return get_setting(session, WORK_REGENCY) or None
