"""Two workers take pushes from several devices while a client pulls: nothing is skipped."""

from __future__ import annotations

import threading

from desktop_app.core.ids import new_id
from tests.server.helpers import enrol

DEVICES = 4
BATCHES = 8
OPS_PER_BATCH = 40
VILLAGES = ["64.01.01.2001", "64.01.01.2002", "64.01.01.2003", "64.01.02.2001"]


def test_concurrent_pushes_never_skip_a_change_for_a_puller(backend):
    url = backend.url  # the session server runs two uvicorn workers
    devices = [enrol(url, "op_paser") for _ in range(DEVICES)]
    reader = enrol(url, "op_paser")
    start = reader.cursor_now()
    expected: set[str] = set()
    errors: list[BaseException] = []
    done = threading.Event()

    def pusher(index: int) -> None:
        device = devices[index]
        try:
            for batch in range(BATCHES):
                ops = []
                for i in range(OPS_PER_BATCH):
                    row = new_id()
                    year = 100_000 * (index + 1) + batch * OPS_PER_BATCH + i
                    ops.append(device.op("village_population", row, {
                        "village_code": VILLAGES[i % len(VILLAGES)], "year": year,
                        "population": i}))
                    expected.add(row)
                results = device.push_ok(ops)
                assert {r["status"] for r in results} == {"applied"}, results
        except BaseException as error:  # reported by the main thread
            errors.append(error)

    seen: list[int] = []
    seen_rows: list[str] = []

    def puller() -> None:
        cursor = start
        try:
            while True:
                finished = done.is_set()  # read before pulling: one more pull after the end
                changes, cursor = reader.pull_all(cursor)
                seen.extend(c["s"] for c in changes)
                seen_rows.extend(c["id"] for c in changes)
                if finished:
                    return
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=pusher, args=(i,)) for i in range(DEVICES)]
    pull_thread = threading.Thread(target=puller)
    pull_thread.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    pull_thread.join()
    assert not errors, errors

    final, _ = reader.pull_all(start)
    final_seqs = [c["s"] for c in final]
    assert seen == final_seqs, "the live puller skipped or repeated a change"
    assert seen == sorted(set(seen))
    assert expected <= set(seen_rows)
    assert len([r for r in seen_rows if r in expected]) == DEVICES * BATCHES * OPS_PER_BATCH


def test_same_batch_pushed_twice_at_once_applies_each_operation_once(backend):
    device = enrol(backend.url, "op_paser")
    start = device.cursor_now()
    ops = [device.op("village_population", new_id(), {"village_code": VILLAGES[i % 4],
                                                      "year": 900_000 + i})
           for i in range(200)]
    outcomes: list[list[dict]] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def send() -> None:
        try:
            barrier.wait()
            outcomes.append(device.push_ok(ops))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    for first, second in zip(*outcomes, strict=True):
        assert sorted([first["status"], second["status"]]) == ["applied", "duplicate"]
    changes, _ = device.pull_all(start)
    assert sorted(c["id"] for c in changes) == sorted(op["row_id"] for op in ops)
