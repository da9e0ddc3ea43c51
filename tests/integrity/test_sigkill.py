"""A station killed at any moment loses nothing it acknowledged and leaves a sound registry.

A child process attributes and returns items in a loop and writes ``seq hash`` to a file
right after each service call returns. The parent kills it with SIGKILL at a random point
(after a random number of acknowledgements, plus a random delay that often lands inside a
transaction or its commit), then checks the database before starting the next child, which
must be able to carry on appending to the same chain.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.integrity.conftest import Registry
from tests.integrity.history import movement_seqs, projection_mismatches, signature, sqlite_checks, stored_hashes
from tests.integrity.workers import actor_json

REPO = Path(__file__).resolve().parents[2]
ROUNDS = {"sqlite": 10, "postgres": 6}
START_TIMEOUT = 60.0

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")


def _acks(path: Path) -> list[tuple[int, str]]:
    """Complete ``seq hash`` lines written so far (a line cut by the kill is not one)."""
    text = path.read_text() if path.exists() else ""
    lines = text.split("\n")[:-1]  # what follows the last newline is incomplete
    out = []
    for line in lines:
        if line == "ready":
            continue
        seq, digest = line.split()
        out.append((int(seq), digest))
    return out


def _wait_for(path: Path, proc: subprocess.Popen[bytes], predicate: str | int, err: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the recording station died on its own ({proc.returncode}):\n{err.read_text()}")
        if path.exists():
            text = path.read_text()
            if (predicate == "ready" and "ready\n" in text) or (
                isinstance(predicate, int) and text.count("\n") - 1 >= predicate
            ):
                return
        time.sleep(0.002)
    pytest.fail(f"the recording station did not get to {predicate!r} in {START_TIMEOUT} s:\n{err.read_text()}")


@pytest.mark.slow
def test_killed_station_loses_nothing_acknowledged(registry: Registry, tmp_path: Path) -> None:
    ids = registry.ids
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    items = ids.spare_keys
    argv = [
        sys.executable, "-m", "tests.integrity.workers", "record", registry.url, actor_json(ids.custodian),
        ",".join(map(str, items)), ",".join(map(str, ids.holders)),
    ]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    acknowledged: dict[int, str] = {}
    for rnd in range(ROUNDS[registry.backend]):
        where = f"seed {seed}, round {rnd}"
        out, err = tmp_path / f"acks-{rnd}.txt", tmp_path / f"stderr-{rnd}.txt"
        with out.open("wb") as out_f, err.open("wb") as err_f, subprocess.Popen(
            argv, stdout=out_f, stderr=err_f, stdin=subprocess.DEVNULL, cwd=REPO, env=env
        ) as proc:
            try:
                _wait_for(out, proc, "ready", err)
                _wait_for(out, proc, rng.randint(1, 30), err)
                time.sleep(rng.uniform(0, 0.03))  # somewhere in the next movement, or its commit
            finally:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
        assert proc.returncode == -signal.SIGKILL, f"{where}: {err.read_text()}"
        acks = _acks(out)
        assert acks, where
        acknowledged.update(acks)

        # every movement a station was told about is there, exactly as acknowledged
        stored = stored_hashes(registry.url, list(acknowledged))
        missing = sorted(set(acknowledged) - set(stored))
        assert not missing, f"{where}: acknowledged movements lost: {missing}"
        changed = sorted(s for s, h in acknowledged.items() if stored[s] != h)
        assert not changed, f"{where}: acknowledged movements differ: {changed}"
        # the chain is whole and linear, and each item's state matches its last movement
        svc = registry.open()
        try:
            report = svc.integrity.verify(ids.manager, signatures=True)
        finally:
            svc.close()
        assert report.ok, f"{where}: {report}"
        assert movement_seqs(registry.url) == list(range(1, report.last_seq + 1)), where
        assert report.last_seq >= max(acknowledged), where
        assert projection_mismatches(registry.url) == [], where
        if registry.path is not None:
            integrity, fk = sqlite_checks(registry.path)
            assert integrity == "ok", f"{where}: {integrity}"
            assert fk == [], f"{where}: {fk}"

    # the next station carries on after the last kill
    svc = registry.open()
    try:
        item_id = items[0]
        before = svc.integrity.verify(ids.manager).last_seq
        if svc.queries.get_item(ids.custodian, item_id=item_id).holder_id is None:
            res = svc.registry.attribute_item(
                ids.custodian, item_id=item_id, holder_id=ids.holders[0],
                due_at=datetime.now(UTC) + timedelta(days=2),
                signature=signature(50),
            )
        else:
            res = svc.registry.return_item(ids.custodian, item_id=item_id, technician_signature=signature(51),
                                           custodian_signature=signature(52, device="pad"))
        assert res.movement.seq == before + 1
        after = svc.integrity.verify(ids.manager, signatures=True)
    finally:
        svc.close()
    assert after.ok and after.last_seq == before + 1, after
