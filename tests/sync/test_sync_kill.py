"""kill -9 of the client at points of a sync, and of the server in the middle of a push."""

from __future__ import annotations

import random
import subprocess
import sys
import threading
import time

from desktop_app.core.sync.engine import RetryPolicy
from tests.sync.conftest import BACKENDS
from tests.sync.laptop import server_state
from tests.sync.test_sync_faults import server_sql

BATU = "64.01.01.2001"
ARU = "64.01.02.2001"
TABLE = "village_population"
POINTS = ["pull.row", "pull.after_page", "push.before_send", "push.after_response"]


def run_client(laptop, point: str | None = None, k: int = 0) -> int:
    args = [sys.executable, "-m", "tests.sync.crashing_client",
            str(laptop.folder / "data"), laptop.client.base_url, laptop.client.token]
    if point:
        args += [point, str(k)]
    done = subprocess.run(args, capture_output=True, timeout=120)
    if done.returncode not in (0, -9):
        raise AssertionError(done.stderr.decode()[-3000:])
    return done.returncode


def assert_each_operation_once(sync_server, laptop, operations: int, changes: int) -> None:
    assert server_sql(sync_server, "SELECT count(*) FROM applied_op WHERE device_id = :d",
                      d=laptop.device_id) == [(operations,)]
    assert server_sql(sync_server, "SELECT count(*) FROM change_log WHERE table_name = :t",
                      t=TABLE) == [(changes,)]


def test_client_killed_at_random_points_of_a_sync(sync_server, laptops):
    chance = random.Random(7)
    amir = laptops("amir", sync_server.url)
    budi = laptops("budi", sync_server.url)
    for i in range(40):
        budi.set_population(ARU, 1900 + i, population=i)
    budi.sync()
    rows: list[str] = []
    operations = 0
    crashed = 0
    for round_number in range(6):
        # Written to the outbox here; the child process sends them (or dies first).
        for _ in range(chance.randint(5, 25)):
            if rows and chance.random() < 0.4:
                amir.edit(TABLE, chance.choice(rows), households=chance.randint(1, 10**6))
            else:
                rows.append(amir.set_population(BATU, 2000 + len(rows), population=1))
            operations += 1
        point = POINTS[round_number % len(POINTS)]
        crashed += run_client(amir, point, chance.randint(1, 2)) == -9
    assert crashed >= 5  # the kills really happened mid-sync
    assert run_client(amir) == 0
    budi.sync()
    expected = server_state(sync_server.database_url, TABLE, amir.regions)
    assert amir.state(TABLE) == budi.state(TABLE) == expected
    assert set(rows) <= set(expected["live"])
    assert_each_operation_once(sync_server, amir, operations, operations + 40)


@BACKENDS
def test_server_killed_in_the_middle_of_pushes(sync_server, proxy, laptops):
    chance = random.Random(11)
    amir = laptops("amir", proxy.url)
    rows = [amir.set_population(BATU, 2000 + i, population=i) for i in range(60)]
    kills: list[threading.Thread] = []
    failures: list[BaseException] = []
    one_at_a_time = threading.Lock()  # a kill and its restart are one step

    def kill_and_restart() -> None:
        try:
            time.sleep(chance.uniform(0, 0.03))  # somewhere inside the batch
            with one_at_a_time:
                sync_server.kill()
                sync_server.start()
                proxy.upstream_port = sync_server.port
        except BaseException as error:  # a helper thread's failure fails the test
            failures.append(error)
            raise

    def on_upload(data: bytes) -> None:
        if b"POST /api/v1/sync/push" in data and len(kills) < 3:
            kills.append(threading.Thread(target=kill_and_restart))
            kills[-1].start()

    proxy.on_upload = on_upload
    engine = amir.engine(retry=RetryPolicy(attempts=300, base_s=0.01, cap_s=0.2))
    engine.push_batch = 20
    engine.sync()
    for thread in kills:
        thread.join(60)
        assert not thread.is_alive()
    proxy.on_upload = None
    assert failures == [] and len(kills) == 3
    amir.sync()
    expected = server_state(sync_server.database_url, TABLE, amir.regions)
    assert amir.state(TABLE) == expected and set(rows) == set(expected["live"])
    assert_each_operation_once(sync_server, amir, 60, 60)
