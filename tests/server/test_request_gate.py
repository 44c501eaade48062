"""Push and pull requests enter the app only as many at a time as the worker has database
connections; other routes are not held back."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any

from provincial_server.api.middleware import RequestGuard
from provincial_server.config import Settings


def _scope(path: str) -> dict[str, Any]:
    return {"type": "http", "method": "GET", "path": path, "query_string": b"",
            "headers": [], "client": ("127.0.0.1", 1)}


def _most_at_once(path: str, requests: int, pool: int, overflow: int,
                  slow_link: bool = False) -> tuple[int, int]:
    """(most requests inside the app at once, requests answered); with ``slow_link`` the
    most answers travelling at once instead."""
    inside = [0, 0]
    answered = [0]
    travelling = [0, 0]

    async def app(_scope, _receive, send) -> None:
        inside[0] += 1
        inside[1] = max(inside[1], inside[0])
        await asyncio.sleep(0.01)  # the thread pool's work, several requests overlapping
        inside[0] -= 1
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    settings = replace(Settings.from_env(), db_pool_size=pool, db_pool_overflow=overflow)
    guard = RequestGuard(app, settings)

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.body":
            if slow_link:
                travelling[0] += 1
                travelling[1] = max(travelling[1], travelling[0])
                await asyncio.sleep(0.2)  # longer than all the work behind the gate
                travelling[0] -= 1
            answered[0] += 1

    async def main() -> None:
        await asyncio.gather(*(guard(_scope(path), receive, send) for _ in range(requests)))

    asyncio.run(main())
    return (travelling[1] if slow_link else inside[1]), answered[0]


def test_sync_requests_wait_for_a_connection():
    assert _most_at_once("/api/v1/sync/pull", 12, pool=3, overflow=0) == (3, 12)
    assert _most_at_once("/api/v1/sync/push", 12, pool=2, overflow=1) == (3, 12)


def test_other_routes_are_not_gated():
    assert _most_at_once("/api/v1/sync/snapshot", 12, pool=2, overflow=0) == (12, 12)
    assert _most_at_once("/health", 12, pool=2, overflow=0) == (12, 12)


def test_each_event_loop_has_its_own_gate():
    # An app served by several loops in turn (tests' clients) must not share one semaphore.
    assert _most_at_once("/api/v1/sync/pull", 6, pool=1, overflow=0) == (1, 6)
    assert _most_at_once("/api/v1/sync/pull", 6, pool=1, overflow=0) == (1, 6)


def test_an_answer_on_a_slow_link_does_not_hold_a_place():
    # The app's work is gated; sending its answer is not (the connection is back by then).
    assert _most_at_once("/api/v1/sync/pull", 12, pool=2, overflow=0, slow_link=True) == (12, 12)
