"""A large import never locks the others out (issue 10 item 19).

- readers never fail while an import writes, and a start (the schema check) does not wait;
- a writer that finds the registry busy says « Registre occupé » and tries again, then
  gives up with a French refusal — never a driver error;
- the bulk path writes the same movements, with the same hashes, as ``append_movement``,
  and ``verify`` passes after an import.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from mileo_desk.domain import text as text_module
from mileo_desk.domain.enums import MovementKind
from mileo_desk.domain.errors import ConflictError
from mileo_desk.persistence.records import ChainHeadRecord, ItemRecord, MovementRecord
from mileo_desk.persistence.repositories import (
    NewMovement,
    append_movement,
    append_movements,
    refresh_item_search,
)
from mileo_desk.services import Services, open_services
from mileo_desk.services.dto import ItemFilter
from tests.conftest import snapshot

from .conftest import CliRunner

HEADER = "registry_id;client_code;site;type;card_uid;tag_uid;stamped_number;label;received_on"


def big_file(tmp_path: Path, rows: int, *, prefix: str = "GRD") -> str:
    """*rows* items for the demo's clients, interleaved, half of them with a UID."""
    clients = (("HSA", "Clinique des Lilas"), ("VAL", "Entrepôt de Corbas"))
    lines = [HEADER]
    for i in range(rows):
        code, site = clients[i % 2]
        rid = f"{prefix}-{i:06d}" if i % 7 == 0 else ""
        card = f"05{i:012X}" if i % 2 else ""
        lines.append(f"{rid};{code};{site};badge;{card};;;Badge « été » n°{i};01/09/2026")
    path = tmp_path / f"{prefix.lower()}.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return str(path)


def write_lock_held(path: str) -> bool:
    """Whether another connection holds the SQLite write lock right now."""
    probe = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        probe.close()


def test_readers_and_starts_succeed_during_a_large_import(cli: CliRunner, demo_url: str, tmp_path: Path,
                                                          services: Callable[[str], Services]) -> None:
    path = big_file(tmp_path, 12_000)
    db_file = demo_url.removeprefix("sqlite:///")
    svc = services(demo_url)
    manager = svc.session.login("exploitation", "demo-mileo")
    before = svc.queries.list_items(manager, limit=0).total
    outcome: dict[str, object] = {}

    def run_import() -> None:
        importer = open_services(demo_url)
        try:
            with Path(path).open("rb") as fh:
                outcome["result"] = importer.import_export.import_items(manager, fh.read(), source="grand.csv")
        except BaseException as exc:  # shown by the assertion below
            outcome["error"] = exc
        finally:
            importer.close()

    worker = threading.Thread(target=run_import)
    worker.start()
    reads_under_lock = 0
    try:
        while worker.is_alive():
            if not write_lock_held(db_file):
                time.sleep(0.005)
                continue
            # the import holds the write lock: another station starts and reads meanwhile
            started = time.perf_counter()
            other = open_services(demo_url)  # start-up: the schema check must not wait
            try:
                reader = other.session.login("gardien", "demo-mileo")
                total = other.queries.list_items(reader, ItemFilter(text="lilas"), limit=20).total
                assert total > 0
            finally:
                other.close()
            assert time.perf_counter() - started < 5, "a reader waited for the import"
            reads_under_lock += 1
    finally:
        worker.join()
    assert "error" not in outcome, outcome.get("error")
    result = outcome["result"]
    assert result.ok and result.imported == 12_000  # type: ignore[attr-defined]
    assert reads_under_lock >= 1, "no read happened while the import was writing"
    # a command line start and read after it, and the history still verifies
    assert svc.queries.list_items(manager, limit=0).total == before + 12_000
    verified = cli("verify", "--json", user="exploitation")
    assert verified.code == 0 and verified.json["ok"], verified.err


def test_a_busy_writer_says_so_retries_then_refuses(demo_url: str, services: Callable[[str], Services]) -> None:
    svc = services(demo_url)
    manager = svc.session.login("exploitation", "demo-mileo")
    notices: list[str] = []
    svc.db.on_busy = notices.append
    svc.db.write_busy_ms = 50
    svc.db.write_attempts = 3
    before = snapshot(svc)
    holder = sqlite3.connect(demo_url.removeprefix("sqlite:///"), isolation_level=None, check_same_thread=False)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another station's long write
        # a start while the registry is busy does not wait: the schema is at head
        open_services(demo_url).close()
        with pytest.raises(ConflictError) as refused:
            svc.directory.create_client(manager, code="ATT", name="Client en attente", contact_name="Jeanne Petit")
        assert refused.value.message.startswith("Registre occupé :") and "réessayez" in refused.value.message
        assert len(notices) == 2 and all(n.startswith("Registre occupé") for n in notices), notices
        # readers are served meanwhile
        assert svc.queries.list_items(manager, limit=0).total > 0
        holder.execute("ROLLBACK")
        assert snapshot(svc) == before

        # the lock released while the writer waits: the write goes through after a retry
        notices.clear()
        svc.db.write_attempts = 8
        holder.execute("BEGIN IMMEDIATE")
        timer = threading.Timer(0.4, lambda: holder.execute("ROLLBACK"))
        timer.start()
        created = svc.directory.create_client(manager, code="ATT", name="Client en attente",
                                              contact_name="Jeanne Petit")
        timer.join()
        assert created.code == "ATT" and notices
    finally:
        holder.close()


def test_bulk_movements_hash_as_append_movement(demo_url: str, services: Callable[[str], Services]) -> None:
    svc = services(demo_url)
    manager = svc.session.login("exploitation", "demo-mileo")
    with svc.db.read() as s:
        item_ids = list(s.execute(select(ItemRecord.id).order_by(ItemRecord.id).limit(3)).scalars())
    specs = [
        NewMovement(kind=MovementKind.RECEPTION.value, item_id=item, at_us=1_790_000_000_000_000 + n,
                    actor_id=manager.person_id, station="poste « été »", note=f"Import ligne {n}" if n else None,
                    details={"label": "Clé été", "n": n, "uid": None})
        for n, item in enumerate(item_ids)
    ]

    def written(bulk: bool) -> list[tuple[object, ...]]:
        with svc.db.write() as s:
            svc.db.lock_chain(s)
            head = s.get(ChainHeadRecord, 1)
            assert head is not None
            start = head.last_seq
            if bulk:
                append_movements(s, specs)
            else:
                for m in specs:
                    append_movement(s, kind=m.kind, item_id=m.item_id, at_us=m.at_us, actor_id=m.actor_id,
                                    station=m.station, note=m.note, details=m.details)
            s.flush()
            rows = [tuple(getattr(r, c) for c in ("seq", "prev_hash", "hash", "details", "note"))
                    for r in s.execute(select(MovementRecord).where(MovementRecord.seq > start)
                                       .order_by(MovementRecord.seq)).scalars()]
            last = [s.get(ItemRecord, i).last_seq for i in item_ids]  # type: ignore[union-attr]
            s.rollback()
        return [*rows, tuple(last)]

    assert written(bulk=True) == written(bulk=False)


def test_imported_items_are_what_reception_writes(cli: CliRunner, demo_url: str, tmp_path: Path,
                                                  services: Callable[[str], Services]) -> None:
    """The bulk rows hold the search text the services compute, and each item's last_seq
    is its reception movement."""
    run = cli("import", "items", big_file(tmp_path, 300, prefix="PTT"), "--json", user="exploitation")
    assert run.code == 0, run.err
    svc = services(demo_url)
    with svc.db.read() as s:
        for rid in run.json["registry_ids"][:50]:
            item = s.execute(select(ItemRecord).where(ItemRecord.registry_id == rid)).scalar_one()
            stored = item.search_text
            refresh_item_search(s, item)
            assert item.search_text == stored
            movement = s.get(MovementRecord, item.last_seq)
            assert movement is not None and movement.item_id == item.id and movement.kind == "reception"
    manager = svc.session.login("exploitation", "demo-mileo")
    found = svc.queries.list_items(manager, ItemFilter(text="badge ete n°17"), limit=None).items
    assert any(i.label == "Badge « été » n°17" for i in found)


def test_fold_fast_paths_give_the_reference_result() -> None:
    """``fold`` (ASCII fast path, cached translate table) equals its reference definition."""
    import random
    import unicodedata

    def reference(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text_module.strip_controls(text))
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
        return " ".join(stripped.casefold().replace("œ", "oe").replace("æ", "ae").split())

    rng = random.Random(10)
    alphabet = "aéèêÉŒœæÆçÇ ǅﬁ\u0301\u0300\t\n\x1b\x00İßẞ한Ωά①Ⅻ abcXYZ 09-'"
    for _ in range(20_000):
        sample = "".join(rng.choice(alphabet) if rng.random() < 0.7 else chr(rng.randrange(0, 0x3000))
                         for _ in range(rng.randrange(0, 16)))
        assert text_module.fold(sample) == reference(sample), repr(sample)
