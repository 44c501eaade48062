"""A pull page written from stored JSON text is the JSON of the changes, escapes included."""

from __future__ import annotations

import json

import pytest

from provincial_server.sync import pull


@pytest.mark.parametrize("hlc", ["0001764500000000:0000:abcdef12", 'odd"clock\\é\n'])
def test_a_page_written_by_hand_parses_to_the_changes(monkeypatch, hlc):
    rows = [(7, "village_population", "row-1", "upsert", '{"population": 12}', "plain:1"),
            (8, "village_profile", "row-2", "delete", "{}", hlc)]
    monkeypatch.setattr(pull, "_page", lambda *_args: (rows, "epoch:8", False))
    body = json.loads(pull.pull_changes_json(None, None, None, 2))
    assert body == {
        "changes": [
            {"s": 7, "t": "village_population", "id": "row-1", "k": "upsert",
             "f": {"population": 12}, "c": "plain:1"},
            {"s": 8, "t": "village_profile", "id": "row-2", "k": "delete", "f": {}, "c": hlc}],
        "cursor": "epoch:8", "more": False, "refetch": False, "reason": None}
