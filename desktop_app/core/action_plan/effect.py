"""Effect of completed interventions: the indicator's score in the next official assessment
after completion against its baseline (the latest official assessment before the plan's
year): improved, unchanged, fell, or not yet assessed. Summed per actor and per indicator.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.core.action_plan.coverage import region_clause
from desktop_app.core.action_plan.store import element_label

OUTCOMES = ("improved", "unchanged", "fell", "not_assessed")

_EFFECT = """
WITH done AS (
  SELECT i.id, i.village_code, i.element_code, i.actor_id,
    (SELECT json_extract(a.scores, '$."' || i.element_code || '"') FROM idm_assessment a
      WHERE a.village_code = i.village_code AND a.kind = 'official' AND a.deleted = 0
        AND a.scores IS NOT NULL AND a.year < i.year
      ORDER BY a.year DESC LIMIT 1) AS before,
    (SELECT json_extract(a.scores, '$."' || i.element_code || '"') FROM idm_assessment a
      WHERE a.village_code = i.village_code AND a.kind = 'official' AND a.deleted = 0
        AND a.scores IS NOT NULL
        AND a.year > coalesce(CAST(substr(i.actual_end, 1, 4) AS INTEGER), i.year)
      ORDER BY a.year LIMIT 1) AS after
  FROM action_intervention i
  WHERE i.deleted = 0 AND i.status = 'selesai' AND i.index_code = 'IDM' AND {filters}
), judged AS (
  SELECT *, CASE WHEN before IS NULL OR after IS NULL THEN 'not_assessed'
                 WHEN after > before THEN 'improved'
                 WHEN after = before THEN 'unchanged' ELSE 'fell' END AS outcome
  FROM done
)
"""


@dataclass
class EffectTally:
    key: str  # actor id or element code
    label: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _filters(region: str | None, year: int | None) -> str:
    year_sql = "AND i.year = :year" if year is not None else ""
    return f"{region_clause('i.village_code', region)} {year_sql}"


def effect_tallies(session: Session, region: str | None = None,
                   year: int | None = None) -> tuple[list[EffectTally], list[EffectTally]]:
    """Completed interventions by outcome, per actor (by name) and per indicator (by
    number), from one pass over them."""
    sql = _EFFECT.format(filters=_filters(region, year)) + """
SELECT judged.actor_id, action_actor.name, judged.element_code, outcome, count(*)
FROM judged LEFT JOIN action_actor ON action_actor.id = judged.actor_id
GROUP BY judged.actor_id, action_actor.name, judged.element_code, outcome"""
    actors: dict[str, EffectTally] = {}
    indicators: dict[str, EffectTally] = {}
    for actor_id, name, element, outcome, count in session.execute(
            text(sql), {"region": region or "", "year": year}):
        for tallies, key, label in ((actors, actor_id or "", name or "—"),
                                    (indicators, element, None)):
            tally = tallies.get(key)
            if tally is None:
                tally = tallies[key] = EffectTally(
                    key, label or element_label("IDM", key) or key)
            tally.counts[outcome] += count
    return (sorted(actors.values(), key=lambda t: (t.label, t.key)),
            sorted(indicators.values(), key=lambda t: int(t.key) if t.key.isdigit() else 0))


def effect_by_actor(session: Session, region: str | None = None,
                    year: int | None = None) -> list[EffectTally]:
    """Per actor (by name): completed interventions by outcome."""
    return effect_tallies(session, region, year)[0]


def effect_by_indicator(session: Session, region: str | None = None,
                        year: int | None = None) -> list[EffectTally]:
    """Per indicator (by number): completed interventions by outcome."""
    return effect_tallies(session, region, year)[1]


@dataclass(frozen=True)
class InterventionEffect:
    intervention_id: str
    before: int | None
    after: int | None
    outcome: str


def intervention_effects(session: Session, region: str | None = None,
                         year: int | None = None) -> dict[str, InterventionEffect]:
    sql = _EFFECT.format(filters=_filters(region, year)) + \
        "SELECT id, before, after, outcome FROM judged"
    return {row[0]: InterventionEffect(*row) for row in session.execute(
        text(sql), {"region": region or "", "year": year})}
