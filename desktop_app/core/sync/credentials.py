"""Where the device token lives: the OS keyring where one exists, else a file only the
user can read (mode 0600) in the data folder. The server address and user name are plain
settings in the local database."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.db import Database
from desktop_app.core.local_settings import get_setting, set_setting
from desktop_app.core.sync import state

log = logging.getLogger(__name__)
SERVICE = "sinergi-desa"
SECRETS_FILE = "kredensial-sinkron.json"


@dataclass(frozen=True)
class Credentials:
    server_url: str
    username: str
    token: str
    bundle_key: str


def _usable_keyring():
    """The keyring module if it has a real backend (not the fail/null ones), else None."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception:  # no keyring package, or a broken backend configuration
        return None
    if isinstance(backend, fail.Keyring | null.Keyring) or backend.priority <= 0:
        return None
    return keyring


class CredentialStore:
    """Saves and loads the device's credentials for one data folder."""

    def __init__(self, data_dir: Path, db: Database, device_id: str,
                 use_keyring: bool = True) -> None:
        self.file = data_dir / SECRETS_FILE
        self.db = db
        self.device_id = device_id
        self.keyring = _usable_keyring() if use_keyring else None

    @property
    def where(self) -> str:
        return "keyring" if self.keyring is not None else str(self.file)

    def save(self, credentials: Credentials) -> None:
        secret = json.dumps({"token": credentials.token, "bundle_key": credentials.bundle_key})
        if self.keyring is not None:
            self.keyring.set_password(SERVICE, self.device_id, secret)
            self.file.unlink(missing_ok=True)
        else:
            _write_private(self.file, secret)
        with self.db.writing() as session:
            set_setting(session, state.SERVER_URL, credentials.server_url)
            set_setting(session, state.USERNAME, credentials.username)

    def load(self) -> Credentials | None:
        with self.db.reading() as session:
            url = get_setting(session, state.SERVER_URL)
            username = get_setting(session, state.USERNAME)
        secret = None
        if self.keyring is not None:
            secret = self.keyring.get_password(SERVICE, self.device_id)
        if secret is None and self.file.is_file():
            secret = self.file.read_text(encoding="utf-8")
        if not (url and username and secret):
            return None
        values = json.loads(secret)
        return Credentials(url, username, values["token"], values["bundle_key"])

    def forget(self) -> None:
        if self.keyring is not None:
            try:
                self.keyring.delete_password(SERVICE, self.device_id)
            except Exception:  # nothing stored
                log.debug("no keyring entry to delete")
        self.file.unlink(missing_ok=True)


def _write_private(path: Path, text: str) -> None:
    """Write ``text`` to a file created with mode 0600 (never readable by others)."""
    staged = path.with_name(path.name + ".part")
    staged.unlink(missing_ok=True)
    descriptor = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(staged, 0o600)  # also where a umask or an ACL gave more
    os.replace(staged, path)
