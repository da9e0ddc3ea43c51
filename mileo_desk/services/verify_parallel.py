"""Chain verification split over several processes (SPEC §9: 2,000,000 movements in seconds).

A full verify is CPU-bound in Python: fetching 2M rows (~60 % of the time) and re-hashing
them take ~6 s of CPU on the reference 2-core machine, more than the 5 s budget on one core.
:func:`verify_chain` cuts ``[1, head]`` into contiguous ranges verified at once — the calling
process takes the first range, worker processes the others — each with
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

Workers are plain ``python -c`` processes that load this file alone (not the
``mileo_desk.services`` package, nor the caller's ``__main__`` as ``multiprocessing``'s
``spawn`` would: the application and its Qt, or a benchmark script): they start in ~0.1 s
instead of ~0.5 s. A task and its result travel as one JSON line on the worker's stdin and
stdout (the database password never shows on a command line). A frozen build (PyInstaller)
has no interpreter to start: it walks the ranges one after the other in its own process.

No authorisation here: this is a building block for ``IntegrityService.verify`` (which
checks ``verify_history`` first) and for the benchmarks.
"""

from __future__ import annotations

import binascii
import functools
import hashlib
import itertools
import json
import logging
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

# absolute, light imports only: worker processes load this file by itself
from mileo_desk.domain import chain

log = logging.getLogger("mileo_desk.verify")

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
    from sqlalchemy.engine import make_url

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
        if self.target.dialect != "sqlite":
            return self._conn.execute(sql.replace("?", "%s"), tuple(params)).fetchone()
        # one row: read tolerantly (an undecodable hash is a broken link, not a driver error)
        self._conn.text_factory = chain.tolerant_text
        try:
            return self._conn.execute(sql, tuple(params)).fetchone()
        finally:
            self._conn.text_factory = str

    def all(self, sql: str) -> list[Any]:
        return list(self._conn.execute(sql).fetchall())

    def pgconn(self) -> Any:
        """PostgreSQL: the libpq connection (for :func:`_copy_walk`)."""
        return self._conn.pgconn

    def rows(self, first: int, last: int | None) -> Iterator[Sequence[Any]]:
        """Movements with ``first <= seq [<= last]`` in seq order, streamed (rows are plain
        tuples, handed on by blocks)."""
        where = "seq >= ?" if last is None else "seq >= ? AND seq <= ?"
        params: tuple[int, ...] = (first,) if last is None else (first, last)
        sql = f"SELECT {_COLUMNS} FROM movements WHERE {where} ORDER BY seq"
        if self.target.dialect == "sqlite":
            return self._sqlite_rows(sql, params)
        return self._server_rows(sql.replace("?", "%s"), params)

    def _sqlite_rows(self, sql: str, params: tuple[int, ...]) -> Iterator[Sequence[Any]]:
        # at full speed; when a text cannot be decoded (a BLOB cast to text by raw SQL), the
        # walk goes on after the last row given, undecodable texts read as chain.Unreadable
        # (the same as persistence.repositories.sqlite_tolerant_rows: this file loads alone)
        last: Any = None
        try:
            cur = self._conn.execute(sql, params)
            for block in iter(functools.partial(cur.fetchmany, _FETCH), []):
                yield from block  # rows handed on from C, no Python frame per row
                last = block[-1][0]
            return
        except sqlite3.OperationalError as exc:
            if "Could not decode" not in str(exc):
                raise
        if isinstance(last, int):
            sql = sql.replace(" ORDER BY ", f" AND seq > {last} ORDER BY ", 1)
        self._conn.text_factory = chain.tolerant_text
        try:
            yield from self._conn.execute(sql, params)
        finally:
            self._conn.text_factory = str

    def _server_rows(self, sql: str, params: tuple[int, ...]) -> Iterator[Sequence[Any]]:
        # a server-side cursor fetched in blocks; binary: integers need no parsing
        self._cursors += 1
        with self._conn.cursor(name=f"mileo_verify_{self._cursors}", binary=True) as cur:
            cur.execute(sql, params)
            yield from itertools.chain.from_iterable(iter(functools.partial(cur.fetchmany, _FETCH), []))

    def abandon(self) -> None:
        """Close the connection as it is (e.g. in the middle of a COPY): nothing was written."""
        self._conn.close()

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
        walked: tuple[chain.ChainBreak | None, int, str] | None = None
        if target.dialect == "postgresql" and _copy_walk_applies(reader):
            walked = _copy_walk(reader, first, last, start_prev or chain.GENESIS)
            if walked is None:  # left in the middle of its COPY: a fresh connection
                reader.abandon()
                reader = _Reader(target)
        if walked is None:  # the reference walk (SQLite; or the fast one met anything unusual)
            walked = chain.verify_rows(reader.rows(first, last), start_prev=start_prev or chain.GENESIS,
                                       start_seq=first)
        brk, last_seq, last_hash = walked
    finally:
        reader.close()
    return RangeResult(first, last, start_prev, brk, last_seq, last_hash, time.perf_counter() - started)


# --------------------------------------------------------------------------- PostgreSQL: COPY walk
#
# On PostgreSQL the server can write each movement's canonical line itself: COPY ... (FORMAT
# csv, DELIMITER 0x1F, NULL '') prints the hashed fields in FIELDS order separated by 0x1F,
# NULL as nothing, integers in decimal, texts as they are (UTF-8) — exactly the bytes
# chain.movement_hash hashes — and streams the rows with no round trip per block. The
# client only slices each line and hashes it (read straight from libpq): about half the CPU of
# fetching rows as tuples and formatting them, on the client and on the server.
#
# A row is accepted only when that is certain: the quote character 0x01 appears nowhere in
# it (CSV quotes a field holding 0x1F, 0x01, a line break, or an empty — not NULL — text, and
# rewrites nothing else), its hash field has its 64 characters and is the SHA-256 of its line,
# and its prev_hash field is the previous row's hash; the range must hold every seq from
# first to last (seq is unique: counting the rows read in seq order proves it), and the
# columns must have the schema's types (integers and texts print as Python prints them).
# Anything else — a break, or merely an unusual row — and the range is walked again by the
# reference :func:`chain.verify_rows` over ordinary rows, which gives the verdict.

_INTEGER_FIELDS = {"seq", "item_id", "at_us", "actor_id", "holder_id", "due_us", "corrects_seq"}


def _copy_walk_applies(reader: _Reader) -> bool:
    """The movements' columns have the schema's integer and text types, and seq is unique."""
    types = dict(reader.all(
        "SELECT a.attname, t.typname FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
        "WHERE a.attrelid = 'movements'::regclass AND a.attnum > 0 AND NOT a.attisdropped"))
    for name in (*chain.FIELDS, "hash"):
        allowed = ("int4", "int8") if name in _INTEGER_FIELDS else ("varchar", "text")
        if types.get(name) not in allowed:
            return False
    unique_seq = reader.all(
        "SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attname = 'seq' "
        "WHERE i.indrelid = 'movements'::regclass AND i.indisunique AND i.indisvalid AND i.indpred IS NULL "
        "AND i.indnatts = 1 AND i.indkey[0] = a.attnum")
    return bool(unique_seq)


def _copy_walk(reader: _Reader, first: int, last: int, start_prev: str) -> tuple[None, int, str] | None:
    """Movements ``first..last`` through COPY: (None, last, last hash) when they are all there,
    whole and linked; None otherwise (the caller drops the connection, maybe in the middle of
    its COPY, and walks the range again)."""
    from psycopg import pq

    sql = (f"COPY (SELECT hash, '{chain.FORMAT_TAG}', {', '.join(chain.FIELDS)} FROM movements "
           f"WHERE seq >= {int(first)} AND seq <= {int(last)} ORDER BY seq) TO STDOUT "
           "WITH (FORMAT csv, DELIMITER E'\\x1f', QUOTE E'\\x01', NULL '', ENCODING 'UTF8')")
    pgconn = reader.pgconn()
    pgconn.send_query(sql.encode())
    started = pgconn.get_result()
    if started is None or started.status != pq.ExecStatus.COPY_OUT:
        return None
    get = pgconn.get_copy_data
    sha256 = hashlib.sha256
    hexlify = binascii.hexlify
    prev = start_prev.encode()
    count = 0
    try:
        while True:
            size, block = get(0)  # blocks until a row (or the end: -1) arrives
            if size <= 0:
                break
            data = bytes(block)  # b"<hash> US MD1 US <seq> US ... US <prev_hash> LF"
            if (b"\x01" in data or data[64] != 0x1F or data[-66] != 0x1F or data[-65:-1] != prev
                    or hexlify(sha256(data[65:-1]).digest()) != data[:64]):
                return None
            prev = data[:64]
            count += 1
    except IndexError:  # a row too short to hold two hashes
        return None
    if size != -1 or count != last - first + 1:
        return None
    while (done := pgconn.get_result()) is not None:
        if done.status != pq.ExecStatus.COMMAND_OK:
            return None
    return None, last, prev.decode()


# --------------------------------------------------------------------------- worker processes

#: what a worker runs: this file loaded as a standalone module, then :func:`_worker_main`
_BOOT = (
    "import importlib.util as u, sys; "
    "s = u.spec_from_file_location('mileo_verify_worker', sys.argv[1]); m = u.module_from_spec(s); "
    "sys.modules[s.name] = m; s.loader.exec_module(m); m._worker_main()"
)


def _worker_main() -> None:
    """Worker process: one task (JSON line on stdin) → one result (JSON line on stdout)."""
    task = json.loads(sys.stdin.readline())
    res = _verify_range(_Target(**task["target"]), task["first"], task["last"])
    out = asdict(res)
    sys.stdout.write(json.dumps(out) + "\n")
    sys.stdout.flush()


def _result_of(data: dict[str, Any]) -> RangeResult:
    brk = data["brk"]
    return RangeResult(data["first"], data["last"], data["start_prev"],
                       None if brk is None else chain.ChainBreak(brk["seq"], brk["reason"], brk["message"]),
                       data["last_seq"], data["last_hash"], data["seconds"])


class _Worker:
    """A worker process verifying one range (started at once, joined by :meth:`result`)."""

    def __init__(self, target: _Target, first: int, last: int) -> None:
        self.first, self.last = first, last
        self._joined = False
        root = str(Path(__file__).resolve().parents[2])  # where `mileo_desk` is imported from
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p))
        self._proc = subprocess.Popen(
            [sys.executable, "-c", _BOOT, str(Path(__file__).resolve())],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
        )
        assert self._proc.stdin is not None
        self._proc.stdin.write(json.dumps({"target": asdict(target), "first": first, "last": last}) + "\n")
        self._proc.stdin.close()
        self._proc.stdin = None  # sent: communicate() only reads

    def result(self) -> RangeResult:
        self._joined = True
        out, err = self._proc.communicate()
        if self._proc.returncode != 0 or not out.strip():
            raise RuntimeError(f"verification worker failed on [{self.first}, {self.last}]: {err.strip()[-2000:]}")
        return _result_of(json.loads(out.strip().splitlines()[-1]))

    def kill(self) -> None:
        """Stop the worker if it still runs (an error in this process) and release its pipes."""
        if not self._joined:
            self._joined = True
            if self._proc.poll() is None:
                self._proc.kill()
            self._proc.communicate()


def _start_workers(target: _Target, ranges: Sequence[tuple[int, int]]) -> list[_Worker]:
    """One worker per range, as many as can be started (the others are walked here)."""
    started: list[_Worker] = []
    for a, b in ranges:
        try:
            started.append(_Worker(target, a, b))
        except OSError as exc:  # no process can be started here (sandbox, limits)
            log.warning("verification worker not started (%s): range walked in this process", exc)
            break
    return started


def _joined(worker: _Worker, target: _Target, first: int, last: int) -> RangeResult:
    """The worker's result; if it failed (its interpreter, its environment), the range is
    walked again here — a database error then shows as it would have in this process."""
    try:
        return worker.result()
    except (RuntimeError, ValueError, KeyError) as exc:
        log.warning("%s: range walked in this process", exc)
        return _verify_range(target, first, last)


def _can_start_workers() -> bool:
    """A frozen build has no interpreter to run ``-c`` with."""
    return not getattr(sys, "frozen", False) and bool(sys.executable)


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
        helpers: list[_Worker] = []
        try:
            if len(ranges) > 1 and processes and _can_start_workers():
                helpers = _start_workers(target, ranges[1:])
                results.append(_verify_range(target, *ranges[0]))
                for (a, b), w in zip(ranges[1:], helpers, strict=False):
                    results.append(_joined(w, target, a, b))
                # ranges no worker could be started for
                results.extend(_verify_range(target, a, b) for a, b in ranges[1 + len(helpers):])
            else:
                results.extend(_verify_range(target, a, b) for a, b in ranges)
        finally:
            for w in helpers:
                w.kill()

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
