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
    # Password guessing (see provincial_server/login_limits.py).
    login_failures_per_account: int = 5  # free failed attempts per account ...
    login_failures_per_address: int = 30  # ... and per client address, within the window
    login_window_s: int = 3600  # failures older than this are forgotten
    login_delay_s: float = 30.0  # then this wait, doubled by every further failure ...
    login_delay_max_s: float = 900.0  # ... up to this
    login_hash_concurrency: int = 4  # password hashes at once per worker (memory bound)
    login_hash_wait_s: float = 10.0  # wait for a free slot, then answer 429
    # PostgreSQL connections per worker (kept, and opened beyond them at peaks); requests
    # beyond wait their turn (docs/server.md, "Several workers behind a reverse proxy").
    db_pool_size: int = 4
    db_pool_overflow: int = 0

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
            login_failures_per_account=int(_env("LOGIN_FAILURES_PER_ACCOUNT", "5")),
            login_failures_per_address=int(_env("LOGIN_FAILURES_PER_ADDRESS", "30")),
            login_window_s=int(_env("LOGIN_WINDOW_S", "3600")),
            login_delay_s=float(_env("LOGIN_DELAY_S", "30")),
            login_delay_max_s=float(_env("LOGIN_DELAY_MAX_S", "900")),
            login_hash_concurrency=int(_env("LOGIN_HASH_CONCURRENCY", "4")),
            login_hash_wait_s=float(_env("LOGIN_HASH_WAIT_S", "10")),
            db_pool_size=int(_env("DB_POOL_SIZE", "4")),
            db_pool_overflow=int(_env("DB_POOL_OVERFLOW", "0")),
        )
