"""Wire-level rules shared with the client: the operation hash and clock checks."""

from __future__ import annotations

import re

from desktop_app.core.clock import Timestamp
from desktop_app.core.sync.protocol import canonical_json, operation_hash

__all__ = ["canonical_json", "clamp_hlc", "operation_hash", "parse_hlc"]

HLC_PATTERN = re.compile(r"\d{13}-\d{5}-[A-Za-z0-9_.:-]{1,40}")
ROW_ID_PATTERN = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def parse_hlc(text: str) -> Timestamp:
    """The clock value, or ValueError when ``text`` is not ``{ms:013d}-{counter:05d}-{device}``."""
    if not HLC_PATTERN.fullmatch(text):
        raise ValueError(text)
    return Timestamp.parse(text)


def clamp_hlc(text: str, now_ms: int, skew_ms: int) -> tuple[str, bool]:
    """The clock with its wall time pulled back to ``now_ms`` if it is too far ahead."""
    stamp = parse_hlc(text)
    if stamp.wall_ms <= now_ms + skew_ms:
        return text, False
    return str(Timestamp(now_ms, stamp.counter, stamp.device_id)), True
