"""Chain verification split over several processes (SPEC §9: 2,000,000 movements in seconds).

A full verify is CPU-bound in Python: fetching 2M rows (~half the time) and re-hashing them
(the other half) take ~7 s of CPU on the reference 2-core machine, more than the 5 s budget
on one core. :func:`verify_chain` cuts ``[1, head]`` into contiguous ranges verified at once
— the calling process takes the first range, ``spawn``-ed workers the others — each with
:func:`mileo_desk.domain.chain.verify_rows` (``start_prev`` / ``start_seq``) over a raw DB-API
cursor of its own, then joins them:

- a range is *clean* when it has no break, ends exactly at its last seq and its first row
  links to the hash the previous range ended on;
- from the first range that is not clean, the rest of the chain is walked again in this
  process, sequentially, from the last verified state: a broken chain is reported exactly as
  the sequential walk reports it (same movement, same reason, same message).

Consistency: the chain head and any rows after it are read in one snapshot (``REPEATABLE
READ`` on PostgreSQL, a deferred read transaction on SQLite). Rows up to the head never
change (append-only), so the workers may read them in their own transactions while other
stations keep appending. The end of the chain is then compared with the head as
:meth:`mileo_desk.services.integrity.IntegrityService.verify` does.

No authorisation here: this is a building block for ``IntegrityService.verify`` (which
checks ``verify_history`` first) and for the benchmarks.
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import make_url

from ..domain import chain

_COLUMNS = ", ".join((*chain.FIELDS, "hash"))
_FETCH = 20_000
#: below this many movements, one process is faster than starting workers
MIN_PARALLEL = 200_000


@dataclass(frozen=True)
class _Target:
    """Where to read the chain, as plain picklable data."""

    dialect: str
    path: str | None = None  # SQLite file
    conninfo: dict[str, Any] | None = None  # psycopg keyword arguments


@dataclass(frozen=True)
class RangeResult:
    """What one range's walk found."""

    first: int
    last: int
    start_prev: str | None  # the stored hash of movement first - 1 (None if missing)
    brk: chain.ChainBreak | None
    last_seq: int
    last_hash: str
    seconds: float


@dataclass(frozen=True)
class ChainCheck:
    """The outcome of :func:`verify_chain`: the first break (None if the chain is whole)."""

    brk: chain.ChainBreak | None
    checked: int
    last_seq: int
    last_hash: str
    head_seq: int
    head_hash: str
    seconds: float
    ranges: tuple[RangeResult, ...]

    @property
    def ok(self) -> bool:
        return self.brk is None


def _target(url: str) -> _Target:
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        if not u.database or u.database == ":memory:":
            raise ValueError("parallel verification needs a database file")
        return _Target("sqlite", path=u.database)
    info: dict[str, Any] = {"dbname": u.database, "host": u.host, "port": u.port, "user": u.username,
                            "password": u.password}
    info.update({k: v for k, v in u.query.items() if isinstance(v, str)})
    return _Target("postgresql", conninfo={k: v for k, v in info.items() if v is not None})


class _Reader:
    """A raw DB-API connection (no ORM, no SQLAlchemy rows: half the fetch cost)."""

    def __init__(self, target: _Target, *, snapshot: bool = False) -> None:
        self.target = target
        self._cursors = 0
        self._conn: Any
        if target.dialect == "sqlite":
            assert target.path is not None
            self._conn = sqlite3.connect(target.path, isolation_level=None, check_same_thread=False)
            self._conn.execute("PRAGMA query_only=1")
            self._conn.execute("PRAGMA busy_timeout=30000")
            self._conn.execute("BEGIN")  # deferred: one snapshot from the first read on
        else:
            import psycopg

            assert target.conninfo is not None
            self._conn = psycopg.connect(**target.conninfo)
            if snapshot:
                self._conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")

    def one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        sql = sql if self.target.dialect == "sqlite" else sql.replace("?", "%s")
        return self._conn.execute(sql, tuple(params)).fetchone()

    def rows(self, first: int, last: int | None) -> Iterator[Sequence[Any]]:
        """Movements with ``first <= seq [<= last]`` in seq order, streamed."""
        where = "seq >= ?" if last is None else "seq >= ? AND seq <= ?"
        params: tuple[int, ...] = (first,) if last is None else (first, last)
        sql = f"SELECT {_COLUMNS} FROM movements WHERE {where} ORDER BY seq"
        if self.target.dialect == "sqlite":
            cur = self._conn.execute(sql, params)
            while batch := cur.fetchmany(_FETCH):
                yield from batch
            return
        self._cursors += 1
        with self._conn.cursor(name=f"mileo_verify_{self._cursors}") as cur:
            cur.itersize = _FETCH
            cur.execute(sql.replace("?", "%s"), params)
            yield from cur

    def close(self) -> None:
        try:
            if self.target.dialect == "sqlite":
                self._conn.execute("ROLLBACK")
            else:
                self._conn.rollback()
        finally:
            self._conn.close()


def _verify_range(target: _Target, first: int, last: int) -> RangeResult:
    """Walk movements ``first..last``, linked to the stored hash of ``first - 1``."""
    started = time.perf_counter()
    reader = _Reader(target)
    try:
        start_prev: str | None = chain.GENESIS
        if first > 1:
            found = reader.one("SELECT hash FROM movements WHERE seq = ?", (first - 1,))
            start_prev = found[0] if found else None
        brk, last_seq, last_hash = chain.verify_rows(
            reader.rows(first, last), start_prev=start_prev or chain.GENESIS, start_seq=first
        )
    finally:
        reader.close()
    return RangeResult(first, last, start_prev, brk, last_seq, last_hash, time.perf_counter() - started)


def split(head: int, parts: int) -> list[tuple[int, int]]:
    """``[1, head]`` cut into *parts* contiguous ranges of (almost) equal length."""
    if head <= 0:
        return []
    parts = max(1, min(parts, head))
    bounds = [round(head * i / parts) for i in range(parts + 1)]
    return [(bounds[i] + 1, bounds[i + 1]) for i in range(parts) if bounds[i + 1] > bounds[i]]


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


def verify_chain(
    url: str, *, workers: int | None = None, min_parallel: int = MIN_PARALLEL, processes: bool = True
) -> ChainCheck:
    """Verify the whole chain of the database at *url* in *workers* ranges (default: one per
    core, at most 4), each in its own process (the calling one included) unless the chain
    is shorter than *min_parallel*. With ``processes=False`` the ranges are walked one after
    the other in this process (same split and join; for tests). Reports exactly what the
    sequential walk reports."""
    started = time.perf_counter()
    target = _target(url)
    snapshot = _Reader(target, snapshot=True)
    try:
        head_seq, head_hash = snapshot.one("SELECT last_seq, last_hash FROM chain_head WHERE id = 1")
        head_seq = int(head_seq)
        n = workers or default_workers()
        if head_seq < min_parallel:
            n = 1
        ranges = split(head_seq, n)
        results: list[RangeResult] = []
        futures: list[Future[RangeResult]] = []
        pool: ProcessPoolExecutor | None = None
        try:
            if len(ranges) > 1 and not processes:
                results.extend(_verify_range(target, a, b) for a, b in ranges)
                ranges = []
            if len(ranges) > 1:
                pool = ProcessPoolExecutor(max_workers=len(ranges) - 1,
                                           mp_context=multiprocessing.get_context("spawn"))
                futures = [pool.submit(_verify_range, target, a, b) for a, b in ranges[1:]]
            if ranges:
                results.append(_verify_range(target, *ranges[0]))
            results.extend(f.result() for f in futures)
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)

        brk: chain.ChainBreak | None = None
        last_seq, last_hash = 0, chain.GENESIS
        for res in results:
            clean = (res.brk is None and res.last_seq == res.last and res.start_prev == last_hash
                     and res.first == last_seq + 1)
            if not clean:
                # walk the rest again sequentially from the last verified movement (included: it
                # restores verify_rows' memory of the hash before the previous one, by which
                # it tells an inserted movement from a re-linked one): the sequential verdict
                brk, last_seq, last_hash = _replay(snapshot, last_seq, head_seq)
                break
            last_seq, last_hash = res.last_seq, res.last_hash
        if brk is None:
            # rows after the head (never there unless forged), read in the head's snapshot
            brk, last_seq, last_hash = chain.verify_rows(
                snapshot.rows(last_seq + 1, None), start_prev=last_hash, start_seq=last_seq + 1
            )
    finally:
        snapshot.close()
    if brk is None:
        brk = head_break(last_seq, last_hash, head_seq, head_hash)
    return ChainCheck(brk, last_seq, last_seq, last_hash, head_seq, head_hash,
                      time.perf_counter() - started, tuple(results))


def _replay(reader: _Reader, verified: int, head_seq: int) -> tuple[chain.ChainBreak | None, int, str]:
    """``verify_rows`` over movements ``verified..head_seq`` where ``1..verified`` are known good."""
    if verified == 0:
        return chain.verify_rows(reader.rows(1, head_seq))
    (before,) = reader.one("SELECT prev_hash FROM movements WHERE seq = ?", (verified,))
    return chain.verify_rows(reader.rows(verified, head_seq), start_prev=before, start_seq=verified)


head_break = chain.head_break
