"""The hash-chained history, basics (SPEC §1): a mixed history verifies, each movement
links to the previous one, signatures are bound to their movement, and the database itself
refuses to edit or delete a movement. (Tampering scenarios live in their own module.)"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Any

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from mileo_desk.domain import chain
from mileo_desk.domain.enums import ItemType, MovementKind
from mileo_desk.services import MandateInput
from tests.conftest import World, sig


def _mixed_history(world: World) -> None:
    reg = world.svc.registry
    badge, key, master, temp = (world.item_id(t) for t in (ItemType.BADGE, ItemType.MECHANICAL_KEY,
                                                           ItemType.MASTER_KEY, ItemType.TEMPORARY_BADGE))
    world.attribute(badge)
    world.clock.advance(minutes=5)
    world.attribute(key, world.noel_id)
    reg.transfer_item(world.custodian, item_id=key, to_holder_id=world.thomas_id, due_at=world.due(days=2),
                      signature=sig(11))
    world.give_back(badge)
    world.attribute(temp, due=world.due(hours=3))
    world.clock.advance(hours=1)
    reg.declare_loss(world.technician, item_id=key, stolen=False, noticed_at=world.clock.now - timedelta(hours=1))
    reg.mark_found(world.custodian, item_id=key, note="Retrouvée")
    reg.declare_loss(world.manager, item_id=world.item_id(ItemType.CODE_KEY), stolen=True,
                     noticed_at=world.clock.now - timedelta(minutes=10))
    reg.duplicate_item(world.manager, item_id=master, copies=2,
                       mandate=MandateInput("M-7", date(2026, 3, 1), "Marc Lemaire", 2, document=b"%PDF scan"))
    reg.restitute_item(world.custodian, item_id=badge, client_signature=sig(12), client_signatory="Marc Lemaire")
    reg.correct_movement(world.custodian, seq=1, note="Libellé précisé", changes={"label": "Badge SSI salle B"})
    world.give_back(temp)


def _raw_movements(world: World) -> list[tuple[Any, ...]]:
    cols = ", ".join((*chain.FIELDS, "hash"))
    with world.svc.db.read() as s:
        return [tuple(r) for r in s.execute(text(f"SELECT {cols} FROM movements ORDER BY seq"))]


def test_mixed_history_verifies(world: World) -> None:
    _mixed_history(world)
    movements = world.history()
    kinds = {m.kind for m in movements}
    assert kinds == set(MovementKind), f"missing kinds: {set(MovementKind) - kinds}"
    report = world.svc.integrity.verify(world.site_lead)
    assert report.ok, report.message
    assert (report.checked, report.last_seq, report.first_break_seq, report.reason) == (
        len(movements), len(movements), None, None)
    assert report.message == f"Historique intègre : {len(movements)} mouvement(s) vérifié(s)."


def test_each_movement_links_to_the_previous_one(world: World) -> None:
    _mixed_history(world)
    rows = _raw_movements(world)
    views = world.history()
    assert [v.seq for v in views] == [r[0] for r in rows] == list(range(1, len(rows) + 1))
    prev = chain.GENESIS
    for row, view in zip(rows, views, strict=True):
        assert row[12] == view.prev_hash == prev
        assert chain.movement_hash(row[:13]) == row[13] == view.hash
        prev = row[13]
    with world.svc.db.read() as s:
        head = s.execute(text("SELECT last_seq, last_hash FROM chain_head WHERE id = 1")).one()
    assert tuple(head) == (len(rows), prev)
    assert len({r[13] for r in rows}) == len(rows)


def test_signatures_are_bound_to_their_movement(world: World) -> None:
    _mixed_history(world)
    report = world.svc.integrity.verify(world.manager, signatures=True)
    assert report.ok, report.message
    n_signatures = world.counts()["signatures"]
    # attributions 3, transfer 1, returns 2 × 2, client's restitution 1
    assert report.signatures_checked == n_signatures == 9
    raw = {r[0]: r[11] for r in _raw_movements(world)}
    for mv in world.history():
        bound = sorted(f"{s.role}:{s.digest}" for s in mv.signatures)
        assert (raw[mv.seq] or "") == ",".join(bound)
        assert all(s.intact for s in mv.signatures)
    # a signature's digest changes the movement's hash: the same handover signed differently
    # would not have produced the stored hash
    row = next(r for r in _raw_movements(world) if r[1] == "attribution")
    forged = (*row[:11], "technician:" + "0" * 64, row[12])
    assert chain.movement_hash(forged) != row[13]


def _plain_connection(world: World) -> Any:
    url = make_url(world.url)
    if world.backend == "sqlite":
        return sqlite3.connect(str(url.database))
    return psycopg.connect(url.set(drivername="postgresql").render_as_string(hide_password=False))


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE movements SET note = 'réécrit' WHERE seq = 1",
        "UPDATE movements SET hash = prev_hash",
        "DELETE FROM movements WHERE seq = (SELECT max(seq) FROM movements)",
        "DELETE FROM movements",
    ],
)
def test_database_refuses_to_edit_or_delete_movements(world: World, statement: str) -> None:
    world.attribute(world.item_id(ItemType.BADGE))
    before = world.snapshot()
    conn = _plain_connection(world)
    try:
        with pytest.raises(Exception, match="movements are append-only") as info:
            conn.execute(statement)
        conn.rollback()
    finally:
        conn.close()
    expected = sqlite3.DatabaseError if world.backend == "sqlite" else psycopg.Error
    assert isinstance(info.value, expected)
    assert world.snapshot() == before
    assert world.svc.integrity.verify(world.manager, signatures=True).ok


def test_inserts_still_work_after_a_refused_edit(world: World) -> None:
    conn = _plain_connection(world)
    try:
        with pytest.raises(Exception, match="append-only"):
            conn.execute("UPDATE movements SET station = 'ailleurs'")
        conn.rollback()
    finally:
        conn.close()
    result = world.attribute(world.item_id(ItemType.BADGE))
    assert result.movement.seq == 7
    assert world.svc.integrity.verify(world.manager).ok
