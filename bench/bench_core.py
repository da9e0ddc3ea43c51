"""Core budgets on the SPEC §9 dataset (100,000 items, 2,000,000 movements), each printed
beside its budget:

- item lookup by UID (``queries.resolve_uid``): p95 ≤ 1 ms;
- handover commit (``registry.attribute_item`` with a signature: movement, chain hash,
  signature row, item projection, search text): p95 ≤ 30 ms on SQLite, ≤ 60 ms on a
  durable PostgreSQL (fsync on);
- accent-insensitive search (``queries.list_items(ItemFilter(text=…))``, 200 rows and the
  total): p95 ≤ 20 ms;
- ``integrity.verify`` over the 2,000,000 movements: ≤ 5 s — with a breakdown of where the
  time goes, and the range-split verification of :mod:`mileo_desk.services.verify_parallel`.

Usage: ``python bench/bench_core.py [--pg] [--only sqlite|pg]`` (see bench/README.md).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from bench.generate import OUT, Sizes, ensure_dataset, load_into_postgres  # noqa: E402
from mileo_desk.domain import chain  # noqa: E402
from mileo_desk.domain.signature import SignatureCapture, render_png  # noqa: E402
from mileo_desk.persistence.repositories import chain_rows  # noqa: E402
from mileo_desk.services import Actor, Services, open_services  # noqa: E402
from mileo_desk.services.dto import ItemFilter  # noqa: E402
from mileo_desk.services.verify_parallel import verify_chain  # noqa: E402

BUDGETS = {
    "lookup_p95_ms": 1.0,
    "handover_p95_ms": {"SQLite": 30.0, "PostgreSQL": 60.0},
    "search_p95_ms": 20.0,
    "verify_s": 5.0,
}


def pct(values: Sequence[float], p: float) -> float:
    """The *p*-th percentile (nearest rank) of *values*."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def summary(values: Sequence[float]) -> str:
    return (f"p50 {pct(values, 50):7.3f}  p95 {pct(values, 95):7.3f}  p99 {pct(values, 99):7.3f}  "
            f"max {max(values):7.3f}  (n={len(values)})")


@dataclass
class Report:
    backend: str
    lines: list[tuple[str, str, str, str]] = field(default_factory=list)

    def add(self, what: str, value: float, budget: float | None, unit: str) -> None:
        verdict = "" if budget is None else ("OK" if value <= budget else "MISSED")
        self.lines.append((what, f"{value:.3f} {unit}", "" if budget is None else f"≤ {budget:g} {unit}", verdict))

    def print(self) -> None:
        print(f"\n== {self.backend}: figures vs budgets")
        for what, value, budget, verdict in self.lines:
            print(f"  {what:<58} {value:>14}  {budget:>10}  {verdict}")


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = fn()
    return (time.perf_counter() - t0) * 1000, out


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else ""


def gui_signature(seed: int) -> SignatureCapture:
    """A signature as the capture widget hands it over: vectors and the PNG it rendered."""
    import math

    pts = tuple((i * 12, round(30 + i * 9.0, 1), round(80 + 35 * math.sin(i / 3 + seed), 1), 0.5) for i in range(40))
    capture = SignatureCapture(width=480, height=160, strokes=(pts,), device="pen")
    return SignatureCapture(width=480, height=160, strokes=(pts,), device="pen", png=render_png(capture))


# --------------------------------------------------------------------------- measures


def bench_lookup(svc: Services, actor: Actor, rng: random.Random, n: int, rep: Report) -> None:
    with svc.db.read() as s:
        rows = s.execute(text("SELECT registry_id, card_uid, tag_uid FROM items ORDER BY random() LIMIT 3000")).all()
        badges = [r[0] for r in s.execute(text("SELECT badge_uid FROM people WHERE badge_uid IS NOT NULL")).all()]
    keys: list[tuple[str, str]] = []
    for registry_id, card, tag in rows:
        keys.append(("registry id", registry_id))
        if card:
            keys.append(("card UID", ":".join(card[i:i + 2] for i in range(0, len(card), 2)).lower()))
        if tag:
            keys.append(("tag UID", tag))
    keys += [("Mileo badge", b) for b in badges[:200]]
    keys += [("unknown", f"{rng.getrandbits(56):014X}") for _ in range(300)]
    rng.shuffle(keys)
    keys = keys[:n]
    for _, key in keys[:200]:  # warm-up
        svc.queries.resolve_uid(actor, key)
    times: dict[str, list[float]] = {}
    for kind, key in keys:
        ms, res = timed(lambda key=key: svc.queries.resolve_uid(actor, key))
        assert (res.kind == "unknown") == (kind == "unknown"), (kind, key, res.kind)
        times.setdefault(kind, []).append(ms)
    every = [t for ts in times.values() for t in ts]
    print(f"  lookup (resolve_uid) ms: {summary(every)}")
    for kind, ts in sorted(times.items()):
        print(f"    {kind:<12} {summary(ts)}")
    rep.add("item lookup by UID p95 (resolve_uid)", pct(every, 95), BUDGETS["lookup_p95_ms"], "ms")


def search_terms(svc: Services) -> list[tuple[str, str]]:
    with svc.db.read() as s:
        client = s.execute(text("SELECT name, code FROM clients WHERE id = 7")).one()
        item = s.execute(text("SELECT registry_id, card_uid FROM items WHERE card_uid IS NOT NULL "
                              "ORDER BY id DESC LIMIT 1")).one()
        holder = s.execute(
            text("SELECT full_name FROM people WHERE role = 'technician' ORDER BY id LIMIT 1")
        ).scalar_one()
    return [
        ("accented word", "Écluses"), ("accented word", "Hôpital"), ("accented word", "Théâtre"),
        ("accented word", "Noël"), ("accented word", "Élysée"), ("accented word", "clé maîtresse"),
        ("folded word", "ecluses"), ("folded word", "hopital"), ("folded word", "theatre"),
        ("folded word", "noel"), ("folded word", "saint-eloi"), ("folded word", "creche"),
        ("several words", "clé portail pantin"), ("several words", "badge quai créteil"),
        ("several words", client[0]), ("several words", holder),
        ("several words", "salle des serveurs évry"), ("several words", "armoire électrique"),
        ("id / UID", item[0]), ("id / UID", item[0][:5]), ("id / UID", item[1][:6]), ("id / UID", client[1]),
        ("miss", "zzqx"), ("miss", "Wentworth"), ("miss", "Žižkov"), ("miss", "qwertyuiop"),
        ("miss", "clé introuvable xyz"),
        ("short (1-2 chars)", "é"), ("short (1-2 chars)", "pa"), ("short (1-2 chars)", "C0"),
    ]


def bench_search(svc: Services, actor: Actor, reps: int, rep: Report) -> None:
    terms = search_terms(svc)
    for _, term in terms:  # warm-up
        svc.queries.list_items(actor, ItemFilter(text=term))
    by_class: dict[str, list[float]] = {}
    by_term: list[tuple[str, str, float, int]] = []
    for _ in range(reps):
        for cls, term in terms:
            ms, page = timed(lambda term=term: svc.queries.list_items(actor, ItemFilter(text=term), limit=200))
            by_class.setdefault(cls, []).append(ms)
            by_term.append((cls, term, ms, page.total))
    every = [t for ts in by_class.values() for t in ts]
    print(f"  search (list_items, limit 200 + total) ms: {summary(every)}")
    for cls, ts in by_class.items():
        print(f"    {cls:<18} {summary(ts)}")
    worst: dict[str, tuple[str, float, int]] = {}
    for cls, term, ms, total in by_term:
        if term not in worst or ms > worst[term][1]:
            worst[term] = (cls, ms, total)
    slowest = sorted(worst.items(), key=lambda kv: -kv[1][1])[:6]
    print("    slowest terms: " + "; ".join(f"{t!r} {ms:.1f} ms ({total} hits)" for t, (_, ms, total) in slowest))
    full = [t for c, ts in by_class.items() if not c.startswith("short") for t in ts]
    rep.add("search p95, all terms", pct(every, 95), BUDGETS["search_p95_ms"], "ms")
    rep.add("search p95, terms of 3+ characters", pct(full, 95), BUDGETS["search_p95_ms"], "ms")


def bench_handover(svc: Services, custodian: Actor, rng: random.Random, n: int, rep: Report, *, backend: str) -> None:
    with svc.db.read() as s:
        free = [r[0] for r in s.execute(text(
            "SELECT id FROM items WHERE state = 'in_service' AND keeping = 'headquarters' "
            "AND type <> 'temporary_badge' ORDER BY id")).all()]
        holders = [r[0] for r in s.execute(text(
            "SELECT id FROM people WHERE role = 'technician' AND active = :t"), {"t": True}).all()]
    items = rng.sample(free, n + 40)
    sigs = [gui_signature(i) for i in range(8)]
    due = datetime.now(UTC) + timedelta(days=7)

    def attribute(item_id: int, k: int, capture: SignatureCapture) -> Any:
        return svc.registry.attribute_item(custodian, item_id=item_id, holder_id=rng.choice(holders), due_at=due,
                                           signature=capture)

    for k, item_id in enumerate(items[:20]):  # warm-up
        attribute(item_id, k, sigs[k % 8])
    att = [timed(lambda i=i, k=k: attribute(i, k, sigs[k % 8]))[0] for k, i in enumerate(items[20:20 + n])]
    ret = [timed(lambda i=i, k=k: svc.registry.return_item(
        custodian, item_id=i, technician_signature=sigs[k % 8], custodian_signature=sigs[(k + 1) % 8]))[0]
        for k, i in enumerate(items[20:20 + n])]
    raw = [SignatureCapture(c.width, c.height, c.strokes, c.device) for c in sigs]
    att_render = [timed(lambda i=i, k=k: attribute(i, k, raw[k % 8]))[0] for k, i in enumerate(items[20 + n:])]
    print(f"  attribution + signature (PNG from the capture widget) ms: {summary(att)}")
    print(f"  return + 2 signatures ms:                                {summary(ret)}")
    print(f"  attribution, PNG rendered by the service (CLI path) ms:  {summary(att_render)}")
    rep.add("handover commit p95 (attribution + signature)", pct(att, 95), BUDGETS["handover_p95_ms"][backend], "ms")
    rep.add("  return with 2 signatures p95 (for information)", pct(ret, 95), None, "ms")


def bench_verify(svc: Services, manager: Actor, url: str, runs: int, rep: Report, *, profile: bool) -> None:
    seconds = []
    for _ in range(runs):
        t0 = time.perf_counter()
        report = svc.integrity.verify(manager)
        seconds.append(time.perf_counter() - t0)
        assert report.ok, report
    print(f"  integrity.verify ({report.checked:,} movements): " + ", ".join(f"{s:.2f} s" for s in seconds))
    rep.add(f"verify {report.checked:,} movements (service, best of {runs})", min(seconds), BUDGETS["verify_s"], "s")
    t0 = time.perf_counter()
    report = svc.integrity.verify(manager, signatures=True)
    print(f"  integrity.verify(signatures=True): {time.perf_counter() - t0:.2f} s "
          f"({report.signatures_checked:,} signatures)")
    if profile:
        profile_verify(svc)
    par = []
    for _ in range(runs):
        check = verify_chain(url, workers=2)
        assert check.ok, check
        par.append(check.seconds)
    ranges = ", ".join(f"[{r.first:,}–{r.last:,}] {r.seconds:.2f} s" for r in check.ranges)
    print("  verify_parallel.verify_chain, 2 processes: " + ", ".join(f"{s:.2f} s" for s in par) + f" ({ranges})")
    rep.add(f"verify {check.checked:,} movements (2 processes, best of {runs})", min(par), BUDGETS["verify_s"], "s")


def profile_verify(svc: Services) -> None:
    """Where a sequential verify spends its time: fetching rows vs hashing them."""
    cpu0, t0 = time.process_time(), time.perf_counter()
    n = 0
    with svc.db.read() as s:
        for _ in chain_rows(s):
            n += 1
    fetch = time.perf_counter() - t0, time.process_time() - cpu0
    sample: list[Sequence[Any]] = []
    with svc.db.read() as s:
        for row in chain_rows(s):
            sample.append(tuple(row))
            if len(sample) >= 200_000:
                break
    scale = n / len(sample)
    cpu0 = time.process_time()
    chain.verify_rows(sample)
    walk = (time.process_time() - cpu0) * scale
    cpu0 = time.process_time()
    for row in sample:
        chain.movement_hash(row[:13])
    hashing = (time.process_time() - cpu0) * scale
    cpu0 = time.process_time()
    for _row in sample:
        hashlib.sha256(b"x" * 330).hexdigest()
    sha = (time.process_time() - cpu0) * scale
    print(f"  verify profile over {n:,} rows (CPU seconds, extrapolated from {len(sample):,} rows in memory):")
    print(f"    fetch only (chain_rows: a raw DB-API cursor of the session, tuples): {fetch[0]:.2f} s wall, "
          f"{fetch[1]:.2f} s CPU")
    print(f"    verify_rows on rows in memory: {walk:.2f} s, of which movement_hash {hashing:.2f} s "
          f"(SHA-256 itself {sha:.2f} s, building the canonical line {hashing - sha:.2f} s)")


# --------------------------------------------------------------------------- driver


def run(backend: str, url: str, meta: dict[str, Any], args: argparse.Namespace) -> Report:
    rep = Report(backend)
    print(f"\n== {backend} ({load()})")
    svc = open_services(url)  # migrates (a no-op at head), as the application does at start-up
    try:
        custodian = svc.session.login(meta["logins"]["custodian"], meta["password"], station="bench")
        manager = svc.session.login(meta["logins"]["manager"], meta["password"], station="bench")
        rng = random.Random(7)
        bench_lookup(svc, custodian, rng, args.lookups, rep)
        bench_search(svc, custodian, args.search_reps, rep)
        bench_handover(svc, custodian, rng, args.handovers, rep, backend=backend)
        bench_verify(svc, manager, url, args.verify_runs, rep, profile=not args.no_profile)
    finally:
        svc.close()
    print(f"  ({load()})")
    rep.print()
    return rep


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pg", action="store_true", help="also run on a durable PostgreSQL (fsync on)")
    parser.add_argument("--only", choices=("sqlite", "pg"), help="run on one backend only")
    parser.add_argument("--items", type=int, default=Sizes.items)
    parser.add_argument("--movements", type=int, default=Sizes.movements)
    parser.add_argument("--clients", type=int, default=Sizes.clients)
    parser.add_argument("--lookups", type=int, default=3000)
    parser.add_argument("--search-reps", type=int, default=10)
    parser.add_argument("--handovers", type=int, default=300)
    parser.add_argument("--verify-runs", type=int, default=3)
    parser.add_argument("--no-profile", action="store_true")
    args = parser.parse_args(argv)
    sizes = Sizes(args.items, args.movements, args.clients)
    t0 = time.perf_counter()
    path, meta = ensure_dataset(sizes)
    print(f"dataset {path.name}: {meta['items']:,} items, {meta['movements']:,} movements, "
          f"{meta['signatures']:,} signatures ({time.perf_counter() - t0:.1f} s to get it)")
    print(f"machine: {os.cpu_count()} cores, {load()}")
    reports = []
    if args.only in (None, "sqlite"):
        work = OUT / "work.sqlite3"
        for p in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
            p.unlink(missing_ok=True)
        shutil.copyfile(path, work)
        reports.append(run("SQLite", f"sqlite:///{work}", meta, args))
    if args.pg or args.only == "pg":
        from tests.support.postgres import PostgresServer

        settings = {"shared_buffers": "256MB", "max_wal_size": "4GB"}
        with PostgresServer(durable=True, settings=settings) as server:
            url = server.create_database("bench")
            print(f"\nloading PostgreSQL (durable: fsync, synchronous_commit, full_page_writes on; {settings})")
            seconds = load_into_postgres(path, url)
            print(f"  loaded in {seconds:.1f} s")
            with server.connect("bench") as conn:
                shown = {k: conn.execute(f"SHOW {k}").fetchone()[0]
                         for k in ("fsync", "synchronous_commit", "full_page_writes", "server_version")}
            print(f"  server: {shown}")
            reports.append(run("PostgreSQL", url, meta, args))
    print("\n== summary")
    for rep in reports:
        rep.print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
