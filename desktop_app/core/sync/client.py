"""HTTP calls to the provincial server (API v1), with errors sorted for retrying."""

from __future__ import annotations

import contextlib
import gzip
import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from desktop_app.core.i18n import translate
from desktop_app.core.sync import errors
from desktop_app.core.sync.protocol import API

DEFAULT_TIMEOUT_S = 30.0
CONNECT_TIMEOUT_S = 10.0  # the one wait that :meth:`ServerClient.interrupt` cannot cut short
# httpcore's trace events that hand over a new connection's network stream.
_CONNECTED = ("connection.connect_tcp.complete", "connection.start_tls.complete")


class RetryLater(errors.TransientError):
    """429: too many failed logins (or the server busy checking passwords); ``seconds`` is
    the server's ``Retry-After`` (None when it gave none)."""

    def __init__(self, message: str, seconds: int | None) -> None:
        super().__init__(message)
        self.seconds = seconds


def retry_later(retry_after: str) -> RetryLater:
    """The message for a 429, with the wait in seconds or (from a minute) whole minutes."""
    seconds = int(retry_after) if retry_after.strip().isdigit() else None
    if seconds is None:
        wait = translate("Sync", "beberapa saat")
    elif seconds < 60:
        wait = translate("Sync", "{n} detik").format(n=max(seconds, 1))
    else:
        wait = translate("Sync", "{n} menit").format(n=-(-seconds // 60))
    return RetryLater(translate(
        "Sync", "Terlalu banyak percobaan masuk yang gagal, atau server sedang sibuk; "
                "coba lagi dalam {wait}.").format(wait=wait), seconds)


class ServerClient:
    """One server, one device token. Thread-confined: one sync run uses it at a time, and
    only :meth:`interrupt` may be called from another thread."""

    def __init__(self, base_url: str, token: str | None = None,
                 timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout_s = timeout_s
        self.bytes_sent = 0
        self.bytes_received = 0
        self._http = httpx.Client(base_url=self.base_url,
                                  timeout=httpx.Timeout(timeout_s,
                                                        connect=min(timeout_s,
                                                                    CONNECT_TIMEOUT_S)),
                                  headers={"Accept-Encoding": "gzip"})
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._interrupted = False

    def close(self) -> None:
        self._http.close()

    def interrupt(self) -> None:
        """From any thread: abort the request in flight (its socket is shut down, so a
        read waiting on a slow server returns at once) and refuse further ones; the call
        in progress raises ``SyncCancelled``."""
        with self._lock:
            self._interrupted = True
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def _trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's trace extension: note the socket of every new connection."""
        if event not in _CONNECTED or info.get("return_value") is None:
            return
        sock = info["return_value"].get_extra_info("socket")
        if sock is None:
            return
        with self._lock:
            if not self._interrupted:
                self._sockets = [s for s in self._sockets if s.fileno() != -1] + [sock]
                return
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)

    # -- requests ----------------------------------------------------------------------------

    def health(self) -> bool:
        try:
            with self._call():
                return self._http.get("/health", timeout=5,
                                      extensions=self._extensions).status_code == 200
        except (httpx.HTTPError, errors.SyncError):
            return False

    def enrol(self, username: str, password: str, device_id: str,
              device_name: str) -> dict[str, Any]:
        body = {"username": username, "password": password, "device_id": device_id,
                "device_name": device_name}
        return self._json("POST", f"{API}/auth/enrol", json_body=body, auth=False)

    def me(self) -> dict[str, Any]:
        return self._json("GET", f"{API}/me")

    def push(self, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
        body = gzip.compress(json.dumps({"ops": ops}, ensure_ascii=False).encode(), 6)
        return self._json("POST", f"{API}/sync/push", content=body,
                          headers={"Content-Encoding": "gzip",
                                   "Content-Type": "application/json"})["results"]

    def pull(self, cursor: str | None, limit: int) -> dict[str, Any]:
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        return self._json("GET", f"{API}/sync/pull", params=params)

    def snapshot(self, table: str, after: str | None, limit: int) -> dict[str, Any]:
        params: dict[str, Any] = {"table": table, "limit": limit}
        if after:
            params["after"] = after
        return self._json("GET", f"{API}/sync/snapshot", params=params)

    def boundaries(self) -> list[dict[str, Any]]:
        """The boundary files the province admin published (one per level)."""
        return self._json("GET", f"{API}/boundaries")

    def blob_offset(self, sha256: str) -> tuple[int, bool]:
        """Bytes of the file the server holds, and whether it is complete."""
        with self._call():
            response = self._http.head(f"{API}/blobs/{sha256}", headers=self._auth(),
                                       extensions=self._extensions)
        if response.status_code not in (200, 404):
            self._raise(response)
        return int(response.headers.get("Upload-Offset", 0)), response.status_code == 200

    def blob_put(self, sha256: str, offset: int, length: int, chunk: bytes) -> dict[str, Any]:
        headers = {"Upload-Offset": str(offset), "Upload-Length": str(length),
                   "Content-Type": "application/octet-stream"}
        return self._json("PUT", f"{API}/blobs/{sha256}", content=chunk, headers=headers)

    @contextmanager
    def blob_stream(self, sha256: str) -> Iterator[httpx.Response]:
        with self._call(), self._http.stream("GET", f"{API}/blobs/{sha256}",
                                             headers=self._auth(),
                                             extensions=self._extensions) as response:
            if response.status_code == 404:
                raise errors.file_not_ready(sha256)
            if response.status_code != 200:
                response.read()
                self._raise(response)
            yield response

    # -- plumbing ----------------------------------------------------------------------------

    def _auth(self) -> dict[str, str]:
        if not self.token:
            raise errors.not_authorised("token kosong")
        return {"Authorization": f"Bearer {self.token}"}

    def _json(self, method: str, path: str, *, json_body: Any = None, content: bytes | None = None,
              params: dict[str, Any] | None = None, headers: dict[str, str] | None = None,
              auth: bool = True) -> Any:
        all_headers = {**(self._auth() if auth else {}), **(headers or {})}
        if json_body is not None:
            content = json.dumps(json_body).encode()
            all_headers["Content-Type"] = "application/json"
        with self._call():
            response = self._http.request(method, path, content=content, params=params,
                                          headers=all_headers, extensions=self._extensions)
        self.bytes_sent += len(content or b"")
        self.bytes_received += len(response.content)
        if response.status_code >= 300:
            self._raise(response)
        try:
            return response.json()
        except ValueError as error:
            raise errors.server_failed(response.status_code) from error

    @property
    def _extensions(self) -> dict[str, Any]:
        return {"trace": self._trace}

    @contextmanager
    def _call(self) -> Iterator[None]:
        if self._interrupted:
            raise errors.SyncCancelled()
        try:
            yield
        except httpx.TransportError as error:
            if self._interrupted:
                raise errors.SyncCancelled() from error
            if isinstance(error, httpx.TimeoutException):
                raise errors.timed_out() from error
            raise errors.unreachable(type(error).__name__) from error

    @staticmethod
    def _raise(response: httpx.Response) -> None:
        status = response.status_code
        try:
            detail = str(response.json().get("detail", ""))[:300]
        except ValueError:
            detail = response.text[:300]
        if status == 401:
            raise errors.not_authorised(detail)
        if status == 429:
            raise retry_later(response.headers.get("Retry-After", ""))
        if status == 408 or status >= 500:
            raise errors.server_failed(status)
        raise errors.refused(status, detail)
