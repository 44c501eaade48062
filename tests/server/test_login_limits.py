"""Password guessing: limits per account and per client address with growing waits (429 +
Retry-After, nothing sleeps on the server), a bound on concurrent password hashing, and
every failed login logged and audited.

A server of its own with small limits; the clients' addresses come from X-Forwarded-For
(the server trusts it from 127.0.0.1, as behind the reverse proxy). Time passes by
moving the recorded failures back (no real waiting)."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import create_engine, select, update

from desktop_app.core.ids import new_id
from desktop_app.core.sync.client import RetryLater, ServerClient, retry_later
from desktop_app.core.sync.errors import AuthError, TransientError
from provincial_server.cli import main as server_cli
from provincial_server.config import Settings
from provincial_server.db import create_server_engine
from provincial_server.login_limits import delay_after, retry_after
from provincial_server.models import audit_log
from provincial_server.timeutil import utcnow
from tests.server.conftest import PASSWORD, _prepare
from tests.server.helpers import start_server

LIMITS = {"SINERGI_SERVER_LOGIN_FAILURES_PER_ACCOUNT": "3",
          "SINERGI_SERVER_LOGIN_FAILURES_PER_ADDRESS": "6",
          "SINERGI_SERVER_LOGIN_DELAY_S": "60", "SINERGI_SERVER_LOGIN_DELAY_MAX_S": "600",
          "SINERGI_SERVER_LOGIN_HASH_CONCURRENCY": "1", "SINERGI_SERVER_LOGIN_HASH_WAIT_S": "0"}
SLOW_USER = "lambat"


@pytest.fixture(scope="module")
def limited(tmp_path_factory, wilayah_dir):
    root = tmp_path_factory.mktemp("server-limited")
    url = f"sqlite:///{root / 'server.sqlite'}"
    env = {**_prepare(url, root / "data", wilayah_dir), **LIMITS}
    saved = dict(os.environ)
    os.environ.update({**env, "SINERGI_SERVER_ARGON2_TIME_COST": "40"})  # ~0.5 s to verify
    try:
        assert server_cli(["create-user", SLOW_USER, "--role", "facilitator", "--region",
                           "64.01.01", "--password", PASSWORD]) == 0
    finally:
        os.environ.clear()
        os.environ.update(saved)
    server = start_server(env, root / "server.log", workers=1)
    engine = create_server_engine(url)
    try:
        yield server, engine
    finally:
        engine.dispose()
        server.stop()


def _login(server, username: str, address: str, password: str = PASSWORD) -> httpx.Response:
    return httpx.post(server.url + "/api/v1/auth/enrol", json={
        "username": username, "password": password,
        "device_id": "d" + new_id().replace("-", "")[-16:], "device_name": "Laptop"},
        headers={"X-Forwarded-For": address}, timeout=30)


def _time_passes(engine, seconds: int) -> None:
    """Move every recorded event back in time (as if ``seconds`` had passed)."""
    with engine.begin() as connection:
        for row_id, at in connection.execute(select(audit_log.c.id, audit_log.c.at)).all():
            connection.execute(update(audit_log).where(audit_log.c.id == row_id)
                               .values(at=at - timedelta(seconds=seconds)))


def test_an_account_waits_longer_after_every_failure(limited):
    server, engine = limited
    for n in range(3):
        assert _login(server, "fac_batu", f"10.0.0.{n}", "salah-salah").status_code == 401
    refused = _login(server, "fac_batu", "10.0.0.9")  # the right password, another address
    assert refused.status_code == 429
    assert 55 <= int(refused.headers["Retry-After"]) <= 60
    assert "coba lagi dalam" in refused.json()["detail"]
    _time_passes(engine, 61)
    assert _login(server, "fac_batu", "10.0.0.9", "salah-lagi").status_code == 401
    refused = _login(server, "fac_batu", "10.0.0.9")
    assert refused.status_code == 429 and 115 <= int(refused.headers["Retry-After"]) <= 120
    _time_passes(engine, 121)
    assert _login(server, "fac_batu", "10.0.0.9").status_code == 200
    # A success clears the account's count.
    assert _login(server, "fac_batu", "10.0.0.8", "salah-salah").status_code == 401
    assert _login(server, "fac_batu", "10.0.0.8").status_code == 200


def test_an_address_is_limited_across_accounts(limited):
    server, _engine = limited
    for n in range(6):
        response = _login(server, f"tebakan{n}", "10.6.6.6", "salah-salah")
        assert response.status_code == 401
    refused = _login(server, "op_paser", "10.6.6.6")
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
    assert _login(server, "op_paser", "10.6.6.7").status_code == 200


def test_failed_logins_are_logged_and_audited(limited):
    server, _engine = limited
    assert _login(server, "op_samarinda", "10.7.7.7", "salah-salah").status_code == 401
    admin = _login(server, "admin", "10.7.7.8").json()
    entries = httpx.get(server.url + "/api/v1/admin/audit",
                        params={"event": "login_failed", "subject": "op_samarinda"},
                        headers={"Authorization": f"Bearer {admin['token']}"}).json()
    assert [(e["subject"], e["address"]) for e in entries] == [("op_samarinda", "10.7.7.7")]
    assert "login_failed" in server.log() and "10.7.7.7" in server.log()


def test_password_hashing_is_bounded(limited):
    server, _engine = limited
    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(lambda n: _login(server, SLOW_USER, f"10.8.8.{n}"), range(6)))
    codes = sorted(response.status_code for response in answers)
    assert 200 in codes and 429 in codes, codes
    busy = next(r for r in answers if r.status_code == 429)
    assert "sibuk" in busy.json()["detail"] and busy.headers["Retry-After"]


def test_the_wait_follows_an_injected_clock():
    engine = create_engine("sqlite://")
    audit_log.create(engine)
    settings = Settings(login_failures_per_account=2, login_failures_per_address=100,
                        login_delay_s=10, login_delay_max_s=25, login_window_s=3600)
    start = utcnow()
    with engine.begin() as connection:
        for minute in (0, 1, 2, 3):
            connection.execute(audit_log.insert().values(
                at=start + timedelta(seconds=minute), event="login_failed", subject="amir",
                address="10.1.1.1"))
        # 4 failures, 2 free: 10 s doubled twice is 40 s, capped at 25 s after the last one
        assert retry_after(connection, settings, "amir", "10.1.1.1",
                           start + timedelta(seconds=3)) == 25
        assert retry_after(connection, settings, "amir", "10.1.1.1",
                           start + timedelta(seconds=27)) == 1
        assert retry_after(connection, settings, "amir", "10.1.1.1",
                           start + timedelta(seconds=28)) == 0
        assert retry_after(connection, settings, "siti", "10.1.1.2", start) == 0
    assert [delay_after(n, 2, 10, 25) for n in (1, 2, 3, 4)] == [0, 10, 20, 25]


def test_the_desktop_client_says_how_long_to_wait(limited):
    """A 429 reaches the laptop as "coba lagi dalam N menit/detik", not a server failure."""
    server, engine = limited
    client = ServerClient(server.url)
    try:
        for _ in range(3):
            with pytest.raises(AuthError):
                client.enrol("fac_kubar", "salah-salah", "dwaitclient1", "Laptop")
        with pytest.raises(RetryLater) as refused:
            client.enrol("fac_kubar", PASSWORD, "dwaitclient1", "Laptop")
        assert 55 <= refused.value.seconds <= 60
        assert str(refused.value).endswith("coba lagi dalam 1 menit."), str(refused.value)
        assert isinstance(refused.value, TransientError)
        _time_passes(engine, 35)
        with pytest.raises(RetryLater) as refused:
            client.enrol("fac_kubar", PASSWORD, "dwaitclient1", "Laptop")
        assert 20 <= refused.value.seconds <= 25
        assert f"coba lagi dalam {refused.value.seconds} detik." in str(refused.value)
    finally:
        client.close()


@pytest.mark.parametrize(("header", "wait"), [
    ("1", "1 detik"), ("59", "59 detik"), ("60", "1 menit"), ("61", "2 menit"),
    ("600", "10 menit"), ("", "beberapa saat"), ("Wed, 21 Oct 2026 07:28:00 GMT", "beberapa saat"),
])
def test_the_wait_is_said_in_seconds_or_whole_minutes(header, wait):
    assert str(retry_later(header)).endswith(f"coba lagi dalam {wait}.")
