"""Answers that disagree with what the village profile already says: warnings, not blocks.

The official level descriptions are not public, so the checks only flag the clear cases: a
top score where the profile says the thing is absent, or the lowest score where the profile
says it is there. Checks whose aspect is not in the definition in use are skipped.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.i18n import translate
from desktop_app.core.index.catalogue import IndexCatalogue
from desktop_app.core.models import VillagePopulation, VillageProfile

# aspect id -> (profile field, values meaning "absent", values meaning "present")
PROFILE_RULES: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {
    "32.2": ("bumdes_legal_status", frozenset({"none", "registered"}), frozenset({"legal_entity"})),
    "42.1": ("electricity", frozenset({"none"}), frozenset({"pln24"})),
    "43.1": ("phone_signal", frozenset({"none"}), frozenset({"strong"})),
    "43.2": ("internet", frozenset({"none"}), frozenset({"good"})),
}
BUMDES_ASPECT = "32.1"



def profile_warnings(
    session: Session,
    catalogue: IndexCatalogue,
    village_code: str,
    year: int,
    scores: Mapping[str, int | None],
) -> list[str]:
    """Warnings about answers the profile contradicts, and profile data the answers need."""
    profile = session.scalar(
        select(VillageProfile).where(
            VillageProfile.village_code == village_code, VillageProfile.deleted.is_(False)
        )
    )
    keys = {item.key for item in catalogue.indicators}
    low, high = catalogue.min_score, catalogue.max_score
    warnings: list[str] = []
    if profile is not None:
        for key, (field, absent, present) in PROFILE_RULES.items():
            score, value = scores.get(key), getattr(profile, field)
            if key not in keys or score is None or value is None:
                continue
            label = catalogue.item_by_key(key).label
            if (value in absent and score >= high - 1) or (value in present and score <= low):
                warnings.append(
                    translate(
                        "IndeksDesaChecks",
                        "Aspek {key} ({label}) diberi skor {score}, padahal profil desa mencatat "
                        "'{value}'",
                    ).format(key=key, label=label, score=score, value=value)
                )
        score = scores.get(BUMDES_ASPECT)
        if BUMDES_ASPECT in keys and score is not None:
            has_bumdes = bool((profile.bumdes_name or "").strip())
            if not has_bumdes and score >= high - 1:
                warnings.append(
                    translate(
                        "IndeksDesaChecks",
                        "Aspek {key} (BUM Desa) diberi skor {score}, padahal "
                        "profil desa tidak mencatat BUMDes",
                    ).format(key=BUMDES_ASPECT, score=score)
                )
            elif has_bumdes and score <= low:
                warnings.append(
                    translate(
                        "IndeksDesaChecks",
                        "Aspek {key} (BUM Desa) diberi skor {score}, padahal "
                        "profil desa mencatat BUMDes {name}",
                    ).format(key=BUMDES_ASPECT, score=score, name=profile.bumdes_name)
                )
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
    if population is None:
        warnings.append(
            translate(
                "IndeksDesaChecks",
                "Jumlah penduduk tahun {year} atau {before} belum tercatat "
                "di profil desa; aspek persentase (misalnya rumah tidak "
                "layak huni) tidak dapat diperiksa",
            ).format(year=year, before=year - 1)
        )
    return warnings
