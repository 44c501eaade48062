"""Maps (Qt-free): boundary import, stored shapes, themes computed in SQL."""

# Themes defined beside their domain register themselves on import.
from desktop_app.core.action_plan import map_theme as _coverage_theme  # noqa: F401
from desktop_app.core.indeks_desa import map_theme  # noqa: F401
