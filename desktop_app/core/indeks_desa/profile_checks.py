"""Answers that disagree with what the village profile already says: warnings, not blocks.

The official level descriptions are not public, so the checks only flag the clear cases: a
top score where the profile says the thing is absent, or the lowest score where the profile
says it is there. Checks whose aspect is not in the definition in use are skipped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.i18n import translate
from desktop_app.core.index.catalogue import IndexCatalogue
from desktop_app.core.models import VillagePopulation, VillageProfile
from desktop_app.core.villages.profile_fields import display_value, profile_fields

# aspect id -> (profile field, values meaning "absent", values meaning "present")
PROFILE_RULES: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {
    "32.2": ("bumdes_legal_status", frozenset({"none", "registered"}), frozenset({"legal_entity"})),
    "42.1": ("electricity", frozenset({"none"}), frozenset({"pln24"})),
    "43.1": ("phone_signal", frozenset({"none"}), frozenset({"strong"})),
    "43.2": ("internet", frozenset({"none"}), frozenset({"good"})),
}
BUMDES_ASPECT = "32.1"



@dataclass(frozen=True)
class ProfileFacts:
    """What the village profile says that the answers can be checked against."""

    year: int
    values: dict[str, str | None]  # the profile fields of PROFILE_RULES, and bumdes_name
    has_profile: bool
    has_population: bool


def load_profile_facts(session: Session, village_code: str, year: int) -> ProfileFacts:
    profile = session.scalar(
        select(VillageProfile).where(
            VillageProfile.village_code == village_code, VillageProfile.deleted.is_(False)
        )
    )
    fields = [field for field, _absent, _present in PROFILE_RULES.values()] + ["bumdes_name"]
    values = {field: getattr(profile, field) if profile else None for field in fields}
    population = session.scalar(
        select(VillagePopulation.population)
        .where(
            VillagePopulation.village_code == village_code,
            VillagePopulation.year.in_((year, year - 1)),
            VillagePopulation.deleted.is_(False),
            VillagePopulation.population.is_not(None),
        )
        .limit(1)
    )
    return ProfileFacts(year, values, profile is not None, population is not None)


def _shown(field: str, value: str) -> str:
    """A stored choice as the profile form shows it ('none' -> 'Tidak ada')."""
    spec = next((f for f in profile_fields() if f.name == field), None)
    return display_value(spec, value) if spec is not None else value


def warnings_for(
    catalogue: IndexCatalogue, facts: ProfileFacts, scores: Mapping[str, int | None]
) -> list[str]:
    """Warnings about answers the profile contradicts, and profile data the answers need
    (pure: the questionnaire dialog calls it as the user types)."""
    keys = {item.key for item in catalogue.indicators}
    low, high = catalogue.min_score, catalogue.max_score
    warnings: list[str] = []
    if facts.has_profile:
        for key, (field, absent, present) in PROFILE_RULES.items():
            score, value = scores.get(key), facts.values.get(field)
            if key not in keys or score is None or value is None:
                continue
            label = catalogue.item_by_key(key).label
            if (value in absent and score >= high - 1) or (value in present and score <= low):
                warnings.append(
                    translate(
                        "IndeksDesaChecks",
                        "Aspek {key} ({label}) diberi skor {score}, padahal profil desa mencatat "
                        "'{value}'",
                    ).format(key=key, label=label, score=score, value=_shown(field, value))
                )
        score = scores.get(BUMDES_ASPECT)
        if BUMDES_ASPECT in keys and score is not None:
            name = (facts.values.get("bumdes_name") or "").strip()
            if not name and score >= high - 1:
                warnings.append(
                    translate(
                        "IndeksDesaChecks",
                        "Aspek {key} (BUM Desa) diberi skor {score}, padahal "
                        "profil desa tidak mencatat BUMDes",
                    ).format(key=BUMDES_ASPECT, score=score)
                )
            elif name and score <= low:
                warnings.append(
                    translate(
                        "IndeksDesaChecks",
                        "Aspek {key} (BUM Desa) diberi skor {score}, padahal "
                        "profil desa mencatat BUMDes {name}",
                    ).format(key=BUMDES_ASPECT, score=score, name=name)
                )
    if not facts.has_population:
        warnings.append(
            translate(
                "IndeksDesaChecks",
                "Jumlah penduduk tahun {year} atau {before} belum tercatat "
                "di profil desa; aspek persentase (misalnya rumah tidak "
                "layak huni) tidak dapat diperiksa",
            ).format(year=facts.year, before=facts.year - 1)
        )
    return warnings


def profile_warnings(
    session: Session,
    catalogue: IndexCatalogue,
    village_code: str,
    year: int,
    scores: Mapping[str, int | None],
) -> list[str]:
    """Warnings about answers the profile contradicts, and profile data the answers need."""
    return warnings_for(catalogue, load_profile_facts(session, village_code, year), scores)
