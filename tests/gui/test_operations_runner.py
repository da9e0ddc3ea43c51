"""The op runner (habits 1, 2, 4): one DB worker thread, callbacks on the GUI thread, change sets."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from mileo_desk.domain.errors import MileoError, RuleViolation
from mileo_desk.gui.context import ChangeBus
from mileo_desk.gui.operations.runner import DB_THREAD_PREFIX, OpRunner, Priority, runs_in_db_thread
from mileo_desk.services.dto import Changes


@pytest.fixture
def runner(qapp):  # type: ignore[no-untyped-def]
    bus = ChangeBus()
    ops = OpRunner(bus)
    yield ops, bus
    ops.shutdown()


def test_fn_runs_on_the_one_db_thread_and_callbacks_on_the_gui_thread(qtbot, runner) -> None:
    ops, bus = runner
    seen: list[tuple[str, bool]] = []
    results: list[str] = []
    changes: list[Changes] = []
    bus.changed.connect(changes.append)
    busy: list[bool] = []
    ops.busy_changed.connect(busy.append)

    def work(i: int) -> str:
        seen.append((threading.current_thread().name, QThread.currentThread() == QApplication.instance().thread()))
        return f"r{i}"

    def done(result: str) -> None:
        assert QThread.currentThread() == QApplication.instance().thread()
        assert len(changes) == len(results), "the change set is broadcast after on_success"
        results.append(result)

    for i in range(3):
        ops.run(lambda i=i: work(i), on_success=done, changes=Changes(item_ids=frozenset({7})))
    qtbot.waitUntil(lambda: len(results) == 3)
    qtbot.waitUntil(lambda: not ops.busy)
    assert results == ["r0", "r1", "r2"]  # in order: one worker
    assert {name for name, _ in seen} == {seen[0][0]} and seen[0][0].startswith(DB_THREAD_PREFIX)
    assert not any(on_gui for _, on_gui in seen)
    assert changes == [Changes(item_ids=frozenset({7}))] * 3
    assert busy == [True, False]


def test_failures_keep_their_message_and_unexpected_errors_are_wrapped(qtbot, runner, caplog) -> None:
    ops, bus = runner
    errors: list[MileoError] = []
    changes: list[Changes] = []
    bus.changed.connect(changes.append)

    def refuse() -> None:
        raise RuleViolation("Objet déjà attribué.")

    def crash() -> None:
        raise KeyError("secret")

    ops.run(refuse, on_failure=errors.append, changes=Changes(items_added=True))
    ops.run(crash, on_failure=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 2)
    assert isinstance(errors[0], RuleViolation) and errors[0].message == "Objet déjà attribué."
    assert errors[1].message == "Erreur inattendue : KeyError"
    assert "secret" not in errors[1].message
    assert not changes, "no change set after a failure"
    assert "op failed unexpectedly" in caplog.text


def test_changes_may_depend_on_the_result(qtbot, runner) -> None:
    ops, bus = runner
    changes: list[Changes] = []
    bus.changed.connect(changes.append)
    ops.run(lambda: 42, changes=lambda n: Changes(item_ids=frozenset({n}), items_added=True))
    qtbot.waitUntil(lambda: bool(changes))
    assert changes == [Changes(item_ids=frozenset({42}), items_added=True)]


def test_db_functions_assert_their_thread(qtbot, runner) -> None:
    ops, _ = runner

    @runs_in_db_thread
    def touch_db() -> str:
        return "ok"

    with pytest.raises(AssertionError):
        touch_db()
    assert ops.call(touch_db).result(timeout=5) == "ok"


def test_shutdown_drops_later_results(qtbot, runner) -> None:
    ops, _ = runner
    got: list[int] = []
    ops.shutdown()
    ops.run(lambda: 1, on_success=got.append)
    qtbot.wait(50)
    assert got == [] and not ops.busy


def test_a_card_read_overtakes_background_loads(qtbot, runner) -> None:
    ops, _ = runner
    gate = threading.Event()
    order: list[str] = []
    ops.run(gate.wait)  # the worker is busy
    ops.run(lambda: order.append("filter choices"), priority=Priority.LOW)
    ops.run(lambda: order.append("table rows"))
    ops.run(lambda: order.append("card read"), priority=Priority.HIGH)
    gate.set()
    qtbot.waitUntil(lambda: not ops.busy)
    assert order == ["card read", "table rows", "filter choices"]
