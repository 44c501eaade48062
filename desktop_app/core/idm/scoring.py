"""IDM scoring: the index engine's exact scoring (:mod:`desktop_app.core.index.scoring`),
which scores with the IDM catalogue when no other is given."""

from desktop_app.core.index.scoring import (
    PUBLISHED_SIGNIFICANT_DIGITS,
    IndexResult,
    ScoringError,
    published_form,
    round_half_up,
    score_village,
    validate_scores,
)

__all__ = [
    "PUBLISHED_SIGNIFICANT_DIGITS",
    "IndexResult",
    "ScoringError",
    "published_form",
    "round_half_up",
    "score_village",
    "validate_scores",
]
