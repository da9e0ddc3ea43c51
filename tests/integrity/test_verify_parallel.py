"""Verification split over processes, and verification while other stations keep appending.

:func:`mileo_desk.services.verify_parallel.verify_chain` must report exactly what the
service's sequential walk reports (``test_tamper`` checks it on every kind of tampering,
with the ranges walked in-process); here the ranges run in real worker processes.

A verification takes seconds on a full registry; meanwhile the other stations go on
recording movements. Those are legitimate: verify must not mistake them for movements
forged after the end of the chain.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from mileo_desk.services import Services, verify_parallel
from mileo_desk.services import integrity as integrity_module
from mileo_desk.services.verify_parallel import verify_chain
from tests.integrity.conftest import Registry
from tests.integrity.history import Attacker, signature


def _append(svc: Services, reg: Registry, n: int) -> None:
    """A second station records a handover of a spare key."""
    ids = reg.ids
    svc.registry.attribute_item(
        ids.custodians[1], item_id=ids.spare_keys[n], holder_id=ids.holders[0],
        due_at=datetime.now(UTC) + timedelta(days=3), signature=signature(60 + n),
    )


def test_parallel_verification_in_worker_processes(registry: Registry) -> None:
    last = registry.ids.last_seq
    check = verify_chain(registry.url, workers=2, min_parallel=0)
    assert check.ok, check
    assert check.checked == check.head_seq == last
    first, second = check.ranges
    assert (first.first, first.last + 1, second.last) == (1, second.first, last)
    assert first.brk is None and second.brk is None
    seq = second.first  # the first movement of the range a worker process walks
    attacker = Attacker(registry.url)
    try:
        with attacker.session() as conn:
            attacker.delete(conn, seq)
    finally:
        attacker.close()
    svc = registry.open()
    try:
        report = svc.integrity.verify(registry.ids.manager)
    finally:
        svc.close()
    check = verify_chain(registry.url, workers=2, min_parallel=0)
    assert not report.ok and (report.first_break_seq, report.reason) == (seq, "deleted")
    assert check.brk is not None
    assert (check.brk.seq, check.brk.reason, check.brk.message) == (seq, "deleted", report.message)


def test_service_verify_ignores_movements_appended_meanwhile(
    registry: Registry, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    other = registry.open()
    original = integrity_module.chain_rows

    def rows_while_appending(session: Any, *args: Any, **kwargs: Any) -> Iterator[Sequence[Any]]:
        # the chain head has been read; another station records two movements now
        _append(other, registry, 0)
        _append(other, registry, 1)
        yield from original(session, *args, **kwargs)

    monkeypatch.setattr(integrity_module, "chain_rows", rows_while_appending)
    svc = registry.open()
    try:
        report = svc.integrity.verify(registry.ids.manager)
    finally:
        svc.close()
        other.close()
    assert report.ok, report
    assert report.last_seq == registry.ids.last_seq  # the snapshot of the verification's start


def test_parallel_verify_ignores_movements_appended_meanwhile(
    registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = registry.open()
    original = verify_parallel._verify_range
    appended = [0]

    def range_while_appending(*args: Any) -> Any:
        _append(other, registry, appended[0])
        appended[0] += 1
        return original(*args)

    monkeypatch.setattr(verify_parallel, "_verify_range", range_while_appending)
    try:
        check = verify_chain(registry.url, workers=3, min_parallel=0, processes=False)
    finally:
        other.close()
    assert appended[0] == 3
    assert check.ok, check
    assert check.head_seq == check.last_seq == registry.ids.last_seq
