"""The CSV import of 50,000 rows on SQLite (issue 10 item 19): budget ≤ 10 s, printed beside
a bare ``executemany`` of the same rows in the same run (the floor: no parsing, no checks,
the rows and hashes already computed).

- a registry is made through the services (an administrator, 40 clients with 5 sites each);
- a CSV file of N rows (default 50,000) is written as a spreadsheet would: ids left to the
  registry for most rows, given for some, card and tag UIDs, accented labels;
- ``import_export.import_items`` imports it (parse, check in a read transaction, write in
  bulk in one write transaction), timed end to end, and the history is verified after it;
- on a copy of the same empty registry, the items and movements that import wrote are
  inserted again with two bare ``executemany`` (the items' FTS triggers included, as for
  any insert), in one transaction: the floor the import is compared with;
- meanwhile (``--concurrent``, default on) another thread reads the registry every 50 ms:
  its slowest read and its failures (there must be none) are printed.

Usage: ``python bench/bench_import.py [--rows 50000] [--no-concurrent]`` (see bench/README.md).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mileo_desk.services import Actor, Services, open_services  # noqa: E402

BUDGET_S = 10.0
PASSWORD = "bench-Mileo-2026"
CLIENTS = 40
SITES = 5


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else ""


def make_registry(path: Path) -> None:
    svc = open_services(f"sqlite:///{path}")
    try:
        svc.setup.create_first_admin(full_name="Alice Martin", login="admin", password=PASSWORD)
        admin = svc.session.login("admin", PASSWORD, station="bench")
        for c in range(CLIENTS):
            client = svc.directory.create_client(admin, code=f"C{c:02d}", name=f"Client n°{c} — Hôtel Étoile",
                                                 contact_name="Jeanne Petit")
            for n in range(SITES):
                svc.directory.create_site(admin, client_id=client.id, name=f"Site {n} de Périgueux",
                                          address=f"{n} rue de la Paix", sensitivity="S2")
    finally:
        svc.close()


def make_csv(rows: int) -> bytes:
    lines = ["registry_id;client_code;site;type;card_uid;tag_uid;stamped_number;label;received_on"]
    types = ("badge", "clé mécanique", "Badge temporaire", "clé maîtresse", "code_key")
    for i in range(rows):
        client = i % CLIENTS
        rid = f"IMP-{i:06d}" if i % 10 == 0 else ""
        kind = types[i % len(types)]
        card = f"04{i:012X}" if kind in ("badge", "Badge temporaire") else ""
        tag = f"E0{i:014X}" if i % 3 == 0 else ""
        stamped = f"VACHETTE {i}" if kind == "clé mécanique" else ""
        lines.append(f"{rid};C{client:02d};Site {i % SITES} de Périgueux;{kind};{card};{tag};{stamped};"
                     f"Clé « armoire » n°{i} été;01/09/2026")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def reader(url: str, stop: threading.Event, out: dict[str, float | int]) -> None:
    """Another station reading while the import runs: a search and a count every 50 ms."""
    svc = open_services(url)  # its start checks the schema: it must not wait for the import
    try:
        actor = svc.session.login("admin", PASSWORD, station="lecteur")
        from mileo_desk.services.dto import ItemFilter

        while not stop.is_set():
            t0 = time.perf_counter()
            try:
                svc.queries.list_items(actor, ItemFilter(text="armoire"), limit=50)
            except Exception as exc:  # counted and shown, never expected
                out["failures"] = int(out.get("failures", 0)) + 1
                out["error"] = type(exc).__name__  # type: ignore[assignment]
            out["reads"] = int(out.get("reads", 0)) + 1
            out["slowest_ms"] = max(float(out.get("slowest_ms", 0.0)), (time.perf_counter() - t0) * 1000)
            stop.wait(0.05)
    finally:
        svc.close()


def bare_executemany(source: Path, target: Path) -> float:
    """The rows the import wrote (items, movements, chain head), copied from *source* into
    the empty registry *target* with plain ``executemany`` in one transaction."""
    with sqlite3.connect(source) as src:
        item_cols = [r[1] for r in src.execute("PRAGMA table_info(items)")]
        items = src.execute(f"SELECT {', '.join(item_cols)} FROM items ORDER BY id").fetchall()
        move_cols = [r[1] for r in src.execute("PRAGMA table_info(movements)")]
        moves = src.execute(f"SELECT {', '.join(move_cols)} FROM movements ORDER BY seq").fetchall()
        head = src.execute("SELECT last_seq, last_hash FROM chain_head").fetchone()
    src.close()
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(f"INSERT INTO items ({', '.join(item_cols)}) VALUES ({', '.join('?' * len(item_cols))})",
                         items)
        conn.executemany(f"INSERT INTO movements ({', '.join(move_cols)}) VALUES "
                         f"({', '.join('?' * len(move_cols))})", moves)
        conn.execute("UPDATE chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", head)
        conn.execute("COMMIT")
        return time.perf_counter() - t0
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--no-concurrent", dest="concurrent", action="store_false")
    args = parser.parse_args()
    print(f"== CSV import of {args.rows} rows on SQLite ({load()})")
    with tempfile.TemporaryDirectory(prefix="mileo-bench-import-") as tmp:
        empty = Path(tmp) / "empty.sqlite3"
        make_registry(empty)
        work, floor = Path(tmp) / "import.sqlite3", Path(tmp) / "floor.sqlite3"
        shutil.copyfile(empty, work)
        shutil.copyfile(empty, floor)
        data = make_csv(args.rows)
        print(f"  file: {len(data) / 1e6:.1f} MB")
        url = f"sqlite:///{work}"
        svc: Services = open_services(url)
        stop = threading.Event()
        seen: dict[str, float | int] = {}
        thread = threading.Thread(target=reader, args=(url, stop, seen), daemon=True)
        try:
            actor: Actor = svc.session.login("admin", PASSWORD, station="bench")
            if args.concurrent:
                thread.start()
                time.sleep(0.3)
            t0 = time.perf_counter()
            result = svc.import_export.import_items(actor, data, source="bench.csv")
            seconds = time.perf_counter() - t0
            stop.set()
            if args.concurrent:
                thread.join()
            assert result.ok and result.imported == args.rows, result.errors[:5]
            t1 = time.perf_counter()
            report = svc.integrity.verify(actor)
            verify_s = time.perf_counter() - t1
            assert report.ok, report.message
        finally:
            stop.set()
            svc.close()
        bare = bare_executemany(work, floor)
    verdict = "OK" if seconds <= BUDGET_S else "MISSED"
    print(f"  import_items ({args.rows} rows, parse + check + write)  {seconds:8.2f} s   ≤ {BUDGET_S:g} s  {verdict}")
    print(f"  bare executemany of the same rows (items + movements)    {bare:8.2f} s   "
          f"(import = {seconds / bare:.1f} × the floor)")
    print(f"  verify after the import: intact, {report.checked} movements in {verify_s:.2f} s")
    if args.concurrent:
        print(f"  concurrent reader: {seen.get('reads', 0)} reads, slowest {float(seen.get('slowest_ms', 0)):.0f} ms, "
              f"{seen.get('failures', 0)} failure(s) {seen.get('error', '')}")
    print(f"  ({load()})")
    return 0 if seconds <= BUDGET_S and not seen.get("failures") else 1


if __name__ == "__main__":
    raise SystemExit(main())
