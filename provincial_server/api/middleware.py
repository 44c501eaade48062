"""ASGI guard in front of the app: body size limits, gzip request bodies, access log."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
import weakref
import zlib
from collections.abc import Awaitable, Callable
from typing import Any

from provincial_server.config import Settings

log = logging.getLogger("provincial_server.access")
Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


# The sync routes: each request holds one database connection at a time (authentication,
# then the push or the pull page).
GATED_PATHS = frozenset({"/api/v1/sync/push", "/api/v1/sync/pull"})


class TooLarge(Exception):
    pass


class RequestGuard:
    """Refuses oversized bodies with 413 before the app reads them; inflates gzip bodies."""

    def __init__(self, app, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        # Sync requests enter the thread pool only as many at a time as the worker has
        # database connections; the rest wait in the event loop instead of in threads
        # blocked on the connection pool (each return of a connection woke one of them).
        self.gate_size = max(1, settings.db_pool_size + settings.db_pool_overflow)
        self._gates: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] \
            = weakref.WeakKeyDictionary()

    def gate(self) -> asyncio.Semaphore:
        """This event loop's semaphore (tests run several loops over one app)."""
        loop = asyncio.get_running_loop()
        found = self._gates.get(loop)
        if found is None:
            found = self._gates[loop] = asyncio.Semaphore(self.gate_size)
        return found

    async def _gated(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The app behind the gate, left as soon as the answer starts: by then the request
        has given its connection back, and a slow link must not hold a place while the
        answer travels."""
        gate = self.gate()
        await gate.acquire()
        held = True

        async def send_released(message: dict[str, Any]) -> None:
            nonlocal held
            if held and message["type"] == "http.response.start":
                held = False
                gate.release()
            await send(message)

        try:
            await self.app(scope, receive, send_released)
        finally:
            if held:
                gate.release()

    def limit_for(self, path: str) -> int:
        if path.startswith("/api/v1/bundles"):
            return self.settings.max_bundle_bytes
        if path.startswith("/api/v1/blobs"):
            return self.settings.max_chunk_bytes
        return self.settings.max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = os.urandom(6).hex()  # 12 hex digits, as uuid4().hex[:12] was
        status_box = [0]

        async def send_logged(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status_box[0] = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"],
                                      (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            receive = await self._guarded_body(scope, receive)
        except TooLarge:
            await _answer(send_logged, 413, "Permintaan terlalu besar (batas "
                          f"{self.limit_for(scope['path']) // 1024} KiB)")
        except ValueError as error:
            await _answer(send_logged, 400, str(error))
        else:
            if scope["path"] in GATED_PATHS:
                await self._gated(scope, receive, send_logged)
            else:
                await self.app(scope, receive, send_logged)
        finally:
            if log.isEnabledFor(logging.INFO):  # not built when the access log is off
                _log_request(scope, request_id, status_box[0], started)

    async def _guarded_body(self, scope: Scope, receive: Receive) -> Receive:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        limit = self.limit_for(scope["path"])
        length = headers.get("content-length")
        if length is not None:
            if not length.isdigit():
                raise ValueError("Content-Length tidak sah")
            if int(length) > limit:
                raise TooLarge()
        encoding = headers.get("content-encoding", "identity").strip().lower()
        chunked = "chunked" in headers.get("transfer-encoding", "").lower()
        if encoding in ("", "identity") and (length is not None or not chunked):
            return receive
        if encoding not in ("", "identity", "gzip"):
            raise ValueError(f"Content-Encoding {encoding[:20]} tidak didukung (pakai gzip)")
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return _replay_message(message)
            body += message.get("body", b"")
            if len(body) > limit:
                raise TooLarge()
            if not message.get("more_body"):
                break
        if encoding == "gzip":
            body = bytearray(_gunzip(bytes(body), limit))
            scope["headers"] = [(k, v) for k, v in scope["headers"]
                                if k.lower() not in (b"content-encoding", b"content-length")]
            scope["headers"].append((b"content-length", str(len(body)).encode()))
        return _replay_body(bytes(body), receive)


def _log_request(scope: Scope, request_id: str, status: int, started: float) -> None:
    state = scope.get("state") or {}
    principal = state.get("principal") if isinstance(state, dict) else None
    log.info(json.dumps({
        "event": "request", "id": request_id, "method": scope["method"],
        "path": scope["path"], "status": status,
        "ms": round((time.perf_counter() - started) * 1000, 1),
        "device": getattr(principal, "device_id", None),
    }))


def _gunzip(data: bytes, limit: int) -> bytes:
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as error:
        raise ValueError("Isi gzip rusak") from error
    if len(out) > limit or inflater.unconsumed_tail:
        raise TooLarge()
    if not inflater.eof:
        raise ValueError("Isi gzip terpotong")
    return out


def _replay_body(body: bytes, original: Receive) -> Receive:
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await original()  # waits for the real disconnect

    return receive


def _replay_message(message: dict[str, Any]) -> Receive:
    async def receive() -> dict[str, Any]:
        return message

    return receive


async def _answer(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
    ]})
    await send({"type": "http.response.body", "body": body})
