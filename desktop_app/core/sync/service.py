"""The sync client of one opened workspace, as the window uses it (Qt-free)."""

from __future__ import annotations

import platform
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from desktop_app.core.attachments.blobs import BlobStore
from desktop_app.core.i18n import translate
from desktop_app.core.local_settings import get_setting
from desktop_app.core.models import OutboxOperation, SyncConflict
from desktop_app.core.sync import errors, state
from desktop_app.core.sync.bundles import (
    ExportReport,
    ImportReport,
    export_bundle,
    files_waiting,
    import_return_bundle,
)
from desktop_app.core.sync.client import ServerClient
from desktop_app.core.sync.credentials import Credentials, CredentialStore
from desktop_app.core.sync.engine import Progress, SyncEngine, SyncReport
from desktop_app.core.sync.files import DEFAULT_DOWNLOAD_CAP
from desktop_app.core.sync.outbox import pending_count
from desktop_app.core.sync.sequence import continue_after
from desktop_app.core.workspace import Workspace


@dataclass(frozen=True)
class SyncStatus:
    server_url: str | None
    username: str | None
    last_push_ok: datetime | None
    last_pull_ok: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    pending: int
    conflicts: int
    refused: int
    download_cap: int


class SyncService:
    def __init__(self, workspace: Workspace, use_keyring: bool = True) -> None:
        self.workspace = workspace
        self.credentials = CredentialStore(workspace.data_dir, workspace.db,
                                           workspace.editor.clock.device_id, use_keyring)
        self.store = BlobStore(workspace.data_dir)
        self._lock = threading.Lock()
        self._in_use: set[ServerClient] = set()

    def interrupt(self) -> None:
        """From any thread: abort every request in flight (sync, probe, enrolment); the
        calls waiting on them raise ``SyncCancelled`` at once."""
        with self._lock:
            clients = list(self._in_use)
        for client in clients:
            client.interrupt()

    @contextmanager
    def _using(self, client: ServerClient) -> Iterator[ServerClient]:
        with self._lock:
            self._in_use.add(client)
        try:
            yield client
        finally:
            with self._lock:
                self._in_use.discard(client)
            client.close()

    @property
    def db(self):
        return self.workspace.db

    def enrol(self, server_url: str, username: str, password: str,
              device_name: str | None = None) -> Credentials:
        """Log in once; the server gives this device a token (kept, never the password)."""
        try:
            with self._using(ServerClient(server_url.strip(), timeout_s=30)) as client:
                body = client.enrol(username.strip(), password,
                                    self.workspace.editor.clock.device_id,
                                    (device_name or platform.node() or "laptop")[:120])
        except errors.AuthError as error:
            raise errors.AuthError(translate(
                "Sync", "Nama pengguna atau kata sandi salah.")) from error
        credentials = Credentials(server_url.strip().rstrip("/"), body["username"],
                                  body["token"], body["bundle_key"])
        self.credentials.save(credentials)
        with self.db.writing() as session:
            if state.get_json(session, state.REGIONS) is None:
                state.set_json(session, state.REGIONS, sorted(body["regions"]))
            if body.get("last_seq") is not None:  # e.g. a backup restored on a new laptop
                continue_after(session, int(body["last_seq"]))
        return credentials

    def _client(self, timeout_s: float = 30) -> ServerClient:
        found = self.credentials.load()
        if found is None:
            raise errors.AuthError(translate(
                "Sync", "Perangkat belum didaftarkan ke server. Buka Pengaturan server."))
        return ServerClient(found.server_url, found.token, timeout_s)

    def reachable(self) -> bool:
        found = self.credentials.load()
        if found is None:
            return False
        with self._using(ServerClient(found.server_url, found.token, timeout_s=5)) as client:
            return client.health()

    def sync(self, on_progress: Callable[[Progress], None] | None = None,
             is_cancelled: Callable[[], bool] = lambda: False) -> SyncReport:
        """One run; :meth:`interrupt` (with ``is_cancelled`` turning true) stops it at once,
        everything committed so far staying committed."""
        with self._using(self._client()) as client:
            engine = SyncEngine(self.db, self.workspace.editor, client, on_progress=on_progress,
                                is_cancelled=is_cancelled, store=self.store)
            return engine.sync()

    def fetch_file(self, sha256: str) -> Path:
        with self._using(self._client()) as client:
            return SyncEngine(self.db, self.workspace.editor, client,
                              store=self.store).fetch_file(sha256)

    def export_bundle(self, path: Path) -> ExportReport:
        found = self._secrets()
        return export_bundle(self.db, self.workspace.editor.clock.device_id, found.bundle_key,
                             path, files_waiting(self.db, self.store))

    def import_bundle(self, path: Path) -> ImportReport:
        return import_return_bundle(self.db, self.workspace.editor, self._secrets().bundle_key,
                                    path)

    def _secrets(self) -> Credentials:
        found = self.credentials.load()
        if found is None:
            raise errors.AuthError(translate(
                "Sync", "Perangkat belum didaftarkan ke server: paket tidak dapat "
                        "ditandatangani. Daftarkan perangkat sekali saat ada sinyal."))
        return found

    def set_download_cap(self, size_bytes: int) -> None:
        with self.db.writing() as session:
            state.set_json(session, state.DOWNLOAD_CAP, max(0, int(size_bytes)))

    def status(self) -> SyncStatus:
        with self.db.reading() as session:
            conflicts = session.scalar(select(func.count()).select_from(SyncConflict).where(
                SyncConflict.resolved_at.is_(None))) or 0
            refused = session.scalar(select(func.count()).select_from(OutboxOperation).where(
                OutboxOperation.status == "refused")) or 0
            return SyncStatus(
                get_setting(session, state.SERVER_URL), get_setting(session, state.USERNAME),
                state.read_time(session, state.LAST_PUSH_OK),
                state.read_time(session, state.LAST_PULL_OK),
                state.get_json(session, state.LAST_ERROR),
                state.read_time(session, state.LAST_ERROR_AT),
                pending_count(session), conflicts, refused,
                int(state.get_json(session, state.DOWNLOAD_CAP) or DEFAULT_DOWNLOAD_CAP))
