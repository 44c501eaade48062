"""Device-made, time-ordered identifiers for rows and operations."""

from __future__ import annotations

import uuid_utils


def new_id() -> str:
    """A UUIDv7 as text: unique across devices and sortable by creation time."""
    return str(uuid_utils.uuid7())


def new_ids(count: int) -> list[str]:
    """``count`` new ids in creation order (for bulk inserts)."""
    return [str(uuid_utils.uuid7()) for _ in range(count)]
