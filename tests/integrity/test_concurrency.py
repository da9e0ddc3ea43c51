"""Several stations attribute the same item at the same moment: exactly one succeeds (SPEC §9).

Each station is a separate process with its own ``open_services(url)`` (its own engine and
connections), as on three desk PCs sharing a PostgreSQL registry — or three processes on one
embedded SQLite file. A barrier releases them together on every round; after the round the
desk takes the item back, and the next round starts.
"""

from __future__ import annotations

import multiprocessing
import queue
import re
from typing import Any

import pytest

from mileo_desk.domain.enums import MovementKind
from tests.integrity.conftest import Registry
from tests.integrity.history import movement_seqs, signature
from tests.integrity.workers import FAILED, REFUSED, WON, contend

STATIONS = 3
ROUNDS = 30
TIMEOUT = 60.0


@pytest.mark.slow
def test_one_station_wins_each_race(registry: Registry) -> None:
    ids = registry.ids
    item_id = ids.spare_keys[-1]
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(STATIONS + 1)
    results: Any = ctx.Queue()
    procs = [
        ctx.Process(
            target=contend,
            kwargs={
                "url": registry.url, "actor": ids.custodians[i], "item_id": item_id, "holder_id": ids.holders[i],
                "rounds": ROUNDS, "barrier": barrier, "results": results, "slot": i,
            },
            name=f"station-{i}",
        )
        for i in range(STATIONS)
    ]
    svc = registry.open()
    winners: list[int] = []
    overlapping = 0
    try:
        for p in procs:
            p.start()
        for rnd in range(ROUNDS):
            barrier.wait(timeout=TIMEOUT)
            outcomes = []
            for _ in range(STATIONS):
                try:
                    outcomes.append(results.get(timeout=TIMEOUT))
                except queue.Empty:
                    pytest.fail(f"round {rnd}: a station did not answer; exit codes {[p.exitcode for p in procs]}")
            failed = [o for o in outcomes if o[2] == FAILED]
            assert not failed, f"round {rnd}: unexpected error in a station: {failed}"
            won = [o for o in outcomes if o[2] == WON]
            assert len(won) == 1, f"round {rnd}: {len(won)} stations attributed the item: {outcomes}"
            winner = won[0][0]
            winner_name = ids.holder_names[winner]
            assert won[0][4] == winner_name
            for slot, _, outcome, code, message, exc_type, _, _ in outcomes:
                if slot == winner:
                    continue
                assert outcome == REFUSED
                # the clear refusal of the rules — not « database is locked » nor a busy registry
                assert (exc_type, code) == ("RuleViolation", "deja_attribue"), (exc_type, code, message)
                assert f"déjà détenu par {winner_name}" in message, message
            winners.append(winner)
            # the attempts really overlapped: the last one started before the first one ended
            if max(o[6] for o in outcomes) < min(o[7] for o in outcomes):
                overlapping += 1
            svc.registry.return_item(
                ids.custodian, item_id=item_id, technician_signature=signature(40),
                custodian_signature=signature(41, device="pad"),
            )
    finally:
        barrier.abort()  # releases any station still waiting if the parent failed
        for p in procs:
            p.join(timeout=TIMEOUT)
            if p.is_alive():
                p.kill()
                p.join()
        results.close()
        results.join_thread()
    assert all(p.exitcode == 0 for p in procs), [p.exitcode for p in procs]

    report = svc.integrity.verify(ids.manager, signatures=True)
    history = svc.queries.history(ids.manager, item_id=item_id, with_signatures=False)
    svc.close()
    assert report.ok, report
    last = ids.last_seq + 2 * ROUNDS
    assert report.last_seq == report.checked == last
    # the chain stayed linear: one movement per seq, no gap, nothing lost or doubled
    assert movement_seqs(registry.url) == list(range(1, last + 1))
    races = [m for m in history if m.seq > ids.last_seq]
    assert [m.kind for m in races] == [MovementKind.ATTRIBUTION, MovementKind.RETURN] * ROUNDS
    assert [m.holder_id for m in races[::2]] == [ids.holders[w] for w in winners]
    # not a formality: the stations did race (all of them in flight at once in most rounds;
    # typically every round), and more than one of them got to win
    assert overlapping >= ROUNDS // 2, f"only {overlapping}/{ROUNDS} rounds with overlapping attempts"
    assert len(set(winners)) > 1, winners
    assert all(re.fullmatch(r"[0-9a-f]{64}", m.hash) for m in races)
