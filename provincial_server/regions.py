"""Region codes a user may be scoped to, and the scope filter for a village code."""

from __future__ import annotations

from desktop_app.core.regions.codes import Level, normalise_code


def normalise_region(raw: str) -> str:
    """A kabupaten (``64.01``) or kecamatan (``64.01.01``) code, dotted or plain."""
    for level in (Level.REGENCY, Level.DISTRICT):
        try:
            return normalise_code(raw, level)
        except ValueError:
            continue
    raise ValueError(f"Kode wilayah '{raw}' bukan kode kabupaten atau kecamatan")
