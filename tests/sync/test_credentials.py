"""The device token: in the OS keyring where one exists, else in a 0600 file."""

from __future__ import annotations

import stat

import keyring
from keyring.backend import KeyringBackend

from desktop_app.core.sync.credentials import SECRETS_FILE, Credentials, CredentialStore

SECRET = Credentials("https://sinkron.example", "amir", "token-123", "kunci-456")


class MemoryKeyring(KeyringBackend):
    """An OS keyring stand-in (the edge of the world in a headless test machine)."""

    priority = 5

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.values.get((service, username))

    def set_password(self, service, username, password):
        self.values[(service, username)] = password

    def delete_password(self, service, username):
        self.values.pop((service, username), None)


def test_without_a_keyring_the_token_is_in_a_file_only_the_user_reads(workspace):
    store = CredentialStore(workspace.data_dir, workspace.db, "dev-1", use_keyring=False)
    store.save(SECRET)
    path = workspace.data_dir / SECRETS_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert store.load() == SECRET
    store.forget()
    assert not path.exists() and store.load() is None


def test_with_a_keyring_no_file_holds_the_token(workspace):
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        store = CredentialStore(workspace.data_dir, workspace.db, "dev-1")
        assert store.where == "keyring"
        store.save(SECRET)
        assert not (workspace.data_dir / SECRETS_FILE).exists()
        assert "token-123" in memory.values[("sinergi-desa", "dev-1")]
        assert store.load() == SECRET
    finally:
        keyring.set_keyring(previous)
