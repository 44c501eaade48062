"""The task runner's account of what is still under way."""

from __future__ import annotations

from desktop_app.ui.tasks import TaskRunner


def test_the_runner_is_quiet_only_once_the_answer_has_reached_the_gui_thread(qtbot):
    runner = TaskRunner()
    answers: list[int] = []
    runner.submit(lambda _control: 42, answers.append, lambda error: None)
    assert not runner.quiet
    # The work has returned in its thread, its answer still queued for this one.
    assert runner.readers.waitForDone(10_000)
    assert not runner.busy and not answers
    assert not runner.quiet
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        pass
    assert answers == [42] and runner.quiet
