"""A fault-injecting TCP proxy for sync tests: lost responses, cut uploads, slow links.

It runs its own asyncio loop in a thread and forwards 127.0.0.1:<port> to an upstream
port that can be changed (a restarted server listens elsewhere).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

CHUNK = 16 * 1024


@dataclass
class LinkShape:
    """A slow link: bytes per second each way, one-way delay in seconds."""

    rate_bps: float | None = None
    delay_s: float = 0.0


@dataclass
class _Link:
    """One client connection through the proxy."""

    marked: bool = False  # it carried the request that started the hold
    body_held: bool = False  # the rest of that request is never forwarded


class FaultProxy:
    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.shape = LinkShape()
        self.bytes_up = 0  # client -> server
        self.bytes_down = 0
        self.connections = 0
        self.dropped_responses = 0
        self.cuts = 0
        self._drop_next = 0
        self._cut_after: int | None = None  # forward this many more upload bytes, then cut
        self.on_upload: Callable[[bytes], None] | None = None
        self.holding = False  # responses are held back (a server that does not answer)
        # The server's answer to the marked request has reached the proxy and is held back:
        # the server has finished that request (a push is applied and committed).
        self.answer_held = False
        self._hold_marker: bytes | None = None
        self._hold_body = False
        self._released: asyncio.Event | None = None
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._server: asyncio.base_events.Server | None = None
        self.port = 0

    # -- control (from the test thread) -------------------------------------------------------

    def start(self) -> FaultProxy:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("proxy did not start")
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def drop_responses(self, count: int) -> None:
        """The next ``count`` responses reach the proxy, then the connection is closed."""
        with self._lock:
            self._drop_next += count

    def cut_upload_after(self, nbytes: int | None) -> None:
        """Forward ``nbytes`` more bytes towards the server, then cut the connection."""
        with self._lock:
            self._cut_after = nbytes

    def hold_responses_after(self, marker: bytes, body_too: bool = False) -> None:
        """Once a request containing ``marker`` has gone to the server, hold back every
        answer (the request in flight waits) until :meth:`release`.

        ``holding`` turns true as soon as the request's first bytes are forwarded, before
        the server has read (let alone applied) it; wait for ``answer_held`` to know that
        it has. ``body_too``: forward only the head of that request and never its body
        (a request cut off before the server read it: it answers nothing)."""
        with self._lock:
            self._hold_marker, self._hold_body, self.answer_held = marker, body_too, False

    def release(self) -> None:
        with self._lock:
            self._hold_marker, self.holding = None, False
        if self._released is not None:
            self._loop.call_soon_threadsafe(self._released.set)

    def stop(self) -> None:
        async def close() -> None:
            if self._server is not None:
                self._server.close()
            tasks = [t for t in asyncio.all_tasks(self._loop)
                     if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            self._loop.stop()
        asyncio.run_coroutine_threadsafe(close(), self._loop)
        self._thread.join(10)

    # -- the loop --------------------------------------------------------------------------------

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._released = asyncio.Event()
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            self._loop.run_forever()
        finally:
            self._loop.close()  # its self-pipe sockets too

    async def _handle(self, client_r: asyncio.StreamReader,
                      client_w: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            server_r, server_w = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except OSError:
            client_w.close()
            return
        link = _Link()
        up = asyncio.ensure_future(self._pipe(client_r, server_w, link, upload=True))
        down = asyncio.ensure_future(self._pipe(server_r, client_w, link, upload=False))
        # Cancelled when the proxy stops: end quietly (asyncio logs a handler's cancellation
        # as an error), closing both sides as after a normal end.
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait([up, down], return_when=asyncio.FIRST_COMPLETED)
        for task in (up, down):
            task.cancel()
        for writer in (client_w, server_w):
            with contextlib.suppress(Exception):
                writer.close()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                    link: _Link, upload: bool) -> None:
        queue: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue()

        async def read() -> None:
            while True:
                data = await reader.read(CHUNK)
                queue.put_nowait((time.monotonic(), data) if data else None)
                if not data:
                    return

        reading = asyncio.ensure_future(read())
        try:
            while True:
                item = await queue.get()
                if item is None:
                    return
                arrived, data = item
                wait = arrived + self.shape.delay_s - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                data, cut = self._fault(data, upload)
                if upload and link.body_held:
                    continue  # the rest of a request whose body never reaches the server
                marked = upload and self._marked(data, link)
                if marked and link.body_held:
                    data = data[:data.find(b"\r\n\r\n") + 4]  # its head only
                if not upload and data and link.marked and self.holding:
                    self.answer_held = True
                while not upload and self.holding:
                    assert self._released is not None
                    await self._released.wait()
                if data:
                    writer.write(data)
                    await writer.drain()
                    if upload and self.on_upload is not None:
                        self.on_upload(data)
                    if self.shape.rate_bps:
                        await asyncio.sleep(len(data) / self.shape.rate_bps)
                if marked:
                    self._start_holding()
                if cut:
                    return
        finally:
            reading.cancel()

    def _marked(self, data: bytes, link: _Link) -> bool:
        """Whether this upload chunk carries the marker (the hold starts once it is sent)."""
        with self._lock:
            if self._hold_marker is None or self._hold_marker not in data:
                return False
            self._hold_marker, link.marked = None, True
            link.body_held = self._hold_body and b"\r\n\r\n" in data
            return True

    def _start_holding(self) -> None:
        with self._lock:
            self.holding = True
            assert self._released is not None
            self._released.clear()

    def _fault(self, data: bytes, upload: bool) -> tuple[bytes, bool]:
        """The bytes to forward, and whether to close the connection afterwards."""
        with self._lock:
            if upload:
                self.bytes_up += len(data)
                if self._cut_after is not None:
                    if len(data) >= self._cut_after:
                        data, self._cut_after = data[:self._cut_after], None
                        self.cuts += 1
                        return data, True
                    self._cut_after -= len(data)
                return data, False
            self.bytes_down += len(data)
            if self._drop_next > 0:
                self._drop_next -= 1
                self.dropped_responses += 1
                return b"", True
            return data, False
