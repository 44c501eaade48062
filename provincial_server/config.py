"""Server settings, read from the environment (so every uvicorn worker sees the same)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_PREFIX = "SINERGI_SERVER_"
DEFAULT_DATABASE = "sqlite:///sinergi-server.sqlite"


def _env(name: str, default: str) -> str:
    return os.environ.get(ENV_PREFIX + name, default)


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE
    data_dir: Path = Path("sinergi-server-data")  # blobs and partial uploads
    token_days: int = 180
    max_body_bytes: int = 8 * 1024 * 1024  # JSON requests (after gzip decoding)
    max_chunk_bytes: int = 8 * 1024 * 1024  # one blob upload chunk
    max_blob_bytes: int = 200 * 1024 * 1024
    max_bundle_bytes: int = 512 * 1024 * 1024
    max_bundle_unpacked_bytes: int = 1024 * 1024 * 1024  # all members once inflated
    max_ops_per_push: int = 2000
    pull_page_max: int = 5000
    clock_skew_ms: int = 5 * 60 * 1000  # clocks further in the future are clamped
    argon2_memory_kib: int = 65536
    argon2_time_cost: int = 3

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            database_url=_env("DATABASE_URL", DEFAULT_DATABASE),
            data_dir=Path(_env("DATA_DIR", "sinergi-server-data")),
            token_days=int(_env("TOKEN_DAYS", "180")),
            max_body_bytes=int(_env("MAX_BODY_BYTES", str(8 * 1024 * 1024))),
            max_chunk_bytes=int(_env("MAX_CHUNK_BYTES", str(8 * 1024 * 1024))),
            max_blob_bytes=int(_env("MAX_BLOB_BYTES", str(200 * 1024 * 1024))),
            max_bundle_bytes=int(_env("MAX_BUNDLE_BYTES", str(512 * 1024 * 1024))),
            max_bundle_unpacked_bytes=int(_env("MAX_BUNDLE_UNPACKED_BYTES",
                                               str(1024 * 1024 * 1024))),
            max_ops_per_push=int(_env("MAX_OPS_PER_PUSH", "2000")),
            pull_page_max=int(_env("PULL_PAGE_MAX", "5000")),
            clock_skew_ms=int(_env("CLOCK_SKEW_MS", str(5 * 60 * 1000))),
            argon2_memory_kib=int(_env("ARGON2_MEMORY_KIB", "65536")),
            argon2_time_cost=int(_env("ARGON2_TIME_COST", "3")),
        )
