"""Device-made, time-ordered identifiers for rows and operations."""

from __future__ import annotations

import uuid6


def new_id() -> str:
    """A UUIDv7 as text: unique across devices and sortable by creation time."""
    return str(uuid6.uuid7())
