"""The fast read paths: one statement per UID lookup, search ranked from the indexes.

- ``resolve_uid`` and ``get_item`` read the actor's account and the item in one statement
  (on PostgreSQL outside a transaction block, on a pool without pre-ping): a lost
  connection is retried, and the account is still checked on every call;
- the search box (``list_items(ItemFilter(text=…))``) counts and ranks from the indexes,
  with the same results whatever way it takes (pages, totals, ``item_ids``), and a needle
  made only of 1–2-character words matches registry id / card UID prefixes only.
"""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from mileo_desk.domain.enums import ItemType
from mileo_desk.domain.errors import AuthenticationError, PermissionDenied, ValidationError
from mileo_desk.persistence import search_order
from mileo_desk.persistence.migrate import alembic_config
from mileo_desk.services import open_services
from mileo_desk.services.dto import ItemFilter
from tests.conftest import BADGE_UID, World


def test_lookup_survives_a_lost_connection(world: World) -> None:
    q = world.svc.queries
    assert q.resolve_uid(world.custodian, BADGE_UID).kind == "item"  # a pooled connection now exists
    if world.backend == "postgres":
        killer = create_engine(world.url, poolclass=NullPool)
        with killer.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
        killer.dispose()
    found = q.resolve_uid(world.custodian, BADGE_UID)
    assert found.kind == "item" and found.item is not None and found.item.card_uid == BADGE_UID
    assert q.get_item(world.custodian, item_id=found.item.id).registry_id == found.item.registry_id


def test_lookup_checks_the_account_every_time(world: World) -> None:
    q, victor = world.svc.queries, world.ids.victor
    assert q.resolve_uid(victor, BADGE_UID).kind == "item"
    world.svc.directory.update_person(world.admin, victor.person_id, role="technician")
    with pytest.raises(PermissionDenied, match="rôle a changé"):
        q.resolve_uid(victor, BADGE_UID)
    with pytest.raises(PermissionDenied, match="rôle a changé"):
        q.get_item(victor, item_id=world.item_id(ItemType.BADGE))
    for with_total in (True, False):  # the search box's one-statement pages check it too
        with pytest.raises(PermissionDenied, match="rôle a changé"):
            q.list_items(victor, ItemFilter(text="ecluses"), limit=50, with_total=with_total)
    world.svc.directory.update_person(world.admin, victor.person_id, active=False)
    with pytest.raises(AuthenticationError, match="n'est plus actif"):
        q.resolve_uid(victor, "anything")
    with pytest.raises(AuthenticationError, match="n'est plus actif"):
        q.get_item(victor, registry_id="<?>")  # the account first, then the id's format
    with pytest.raises(AuthenticationError, match="n'est plus actif"):
        q.list_items(victor, ItemFilter(text="ecluses"))
    with pytest.raises(AuthenticationError, match="n'est plus actif"):
        q.list_items(victor, ItemFilter(text="ecluses"), limit=50, with_total=False)


@pytest.mark.read_only
@pytest.mark.parametrize(
    ("needle", "expected"),
    [
        ("pa", set()),  # « Pantin » is not matched by two letters: prefixes only
        ("é", set()),
        ("E", {"ECL-00001", "ECL-00002", "ECL-00003", "ECL-00004", "ECL-00005"}),
        ("b", {"BDN-OPERA-01"}),
        ("04", {"ECL-00001"}),  # a card UID prefix
        ("04 a2", {"ECL-00001"}),  # "04A2" once the spaces are gone
        ("cle a", {"ECL-00002", "ECL-00003", "ECL-00004"}),  # with a 3+ word, short words must occur too
        ("cle zq", set()),
    ],
)
def test_short_words(world: World, needle: str, expected: set[str]) -> None:
    page = world.svc.queries.list_items(world.custodian, ItemFilter(text=needle), limit=None)
    assert {i.registry_id for i in page.items} == expected
    assert page.total == len(expected)


@pytest.mark.read_only
@pytest.mark.parametrize("needle", ["ecluse", "EC", "ecl-0000", "04:a2", "serveurs badge", "cle a", "zzz", "é"])
def test_pages_totals_and_ids_agree(world: World, needle: str) -> None:
    q, actor = world.svc.queries, world.custodian
    everything = q.list_items(actor, ItemFilter(text=needle), limit=None)
    ids = [i.id for i in everything.items]
    assert q.item_ids(actor, ItemFilter(text=needle)) == ids
    assert [i.registry_id for i in everything.items] == sorted(i.registry_id for i in everything.items)
    for limit, offset in ((200, 0), (2, 0), (2, 1), (3, 2), (1, 50)):
        page = q.list_items(actor, ItemFilter(text=needle), limit=limit, offset=offset)
        assert ([i.id for i in page.items], page.total) == (ids[offset:offset + limit], len(ids))
        assert q.list_items(actor, ItemFilter(text=needle), limit=limit, offset=offset,
                            with_total=False).total == -1
    # with another filter the general path serves it, with the same answer
    filtered = q.list_items(actor, ItemFilter(text=needle, client_id=world.ids.client_id), limit=None)
    assert {i.id for i in filtered.items} == {i.id for i in everything.items if i.client_id == world.ids.client_id}


@pytest.mark.read_only
def test_first_pages_without_total_agree(world: World) -> None:
    """The page the window asks while the user types (no total) comes from the first hits of
    the FTS index in registry id order (SQLite), merged with the prefix ranges: the same rows
    as the full list, in the same order."""
    q, actor = world.svc.queries, world.custodian
    for needle in ["ecluse", "EC", "ecl-0000", "04:a2", "serveurs badge", "cle a", "zzz", "é", "badge", "o"]:
        ids = q.item_ids(actor, ItemFilter(text=needle))
        for limit, offset in ((1, 0), (2, 0), (2, 1), (3, 2), (200, 0), (1, 50), (0, 0)):
            page = q.list_items(actor, ItemFilter(text=needle), limit=limit, offset=offset, with_total=False)
            assert ([i.id for i in page.items], page.total) == (ids[offset:offset + limit], -1), (needle, limit, offset)
            assert page.items == tuple(q.items_by_ids(actor, ids[offset:offset + limit]))  # whole rows, names included
    with pytest.raises(ValidationError, match="caractères de contrôle"):
        q.list_items(actor, ItemFilter(text="badge\x00"), limit=50, with_total=False)


def _overflowing(world: World) -> bool:
    with world.svc.db.read_connection() as conn:
        return bool(conn.execute(text(search_order.HAS_OVERFLOW)).scalar())


def _assert_search_in_registry_order(world: World, needles: list[str]) -> dict[str, list[str]]:
    q, actor = world.svc.queries, world.custodian
    found = {}
    for needle in needles:
        everything = q.list_items(actor, ItemFilter(text=needle), limit=None)
        ids = [i.id for i in everything.items]
        found[needle] = [i.registry_id for i in everything.items]
        assert found[needle] == sorted(found[needle]), needle
        assert q.item_ids(actor, ItemFilter(text=needle)) == ids, needle
        for limit, offset in ((1, 0), (5, 0), (5, 3), (20, 18), (200, 0)):
            for with_total in (False, True):
                page = q.list_items(actor, ItemFilter(text=needle), limit=limit, offset=offset, with_total=with_total)
                assert [i.id for i in page.items] == ids[offset:offset + limit], (needle, limit, offset, with_total)
                assert page.total == (len(ids) if with_total else -1)
    return found


def test_search_keeps_registry_order_whatever_order_items_come_in(world: World) -> None:
    """Items received in any order are found in registry id order, first pages included. On
    SQLite the FTS index is keyed by ranks in registry id order: received one after the other
    a client's items take the room left after their predecessor; received in reverse order at
    one spot, they halve the gap until none is left and the last ones take ranks out of order
    — still found in order, and laid out again when the database next opens."""
    reg, actor = world.svc.registry, world.custodian

    def receive(registry_id: str, label: str) -> int:
        return reg.receive_item(actor, client_id=world.ids.client_id, site_id=world.ids.site_s1_id,
                                type=ItemType.MECHANICAL_KEY, registry_id=registry_id, label=label).item.id

    for n in range(30, 0, -1):  # in reverse order, all between ECL-00003 and ECL-00004
        receive(f"ECL-00003-R{n:02d}", "Clé nocturne inversée")
    for n in range(1, 8):  # one after the other, after ECL-00004
        receive(f"ECL-00004-S{n:02d}", "Clé nocturne suivie")
    receive("AAA-00001", "Clé nocturne première")
    last = receive("ZZZ-99999", "Clé nocturne dernière")
    if world.backend == "sqlite":
        assert _overflowing(world)  # the reverse run used up the gap: the out-of-order path is tested
        with world.svc.db.write() as s:  # a registry id rewritten: the item takes a new rank
            s.execute(text("UPDATE items SET registry_id = 'ECL-00003-R00' WHERE id = :id"), {"id": last})
    needles = ["nocturne", "ecl-0000", "E", "cle noc", "inversee", "ECL-00003-R", "clé"]
    found = _assert_search_in_registry_order(world, needles)
    assert len(found["nocturne"]) == 39 and found["inversee"] == [f"ECL-00003-R{n:02d}" for n in range(1, 31)]
    if world.backend == "sqlite":
        assert "ECL-00003-R00" in found["nocturne"] and "ZZZ-99999" not in found["nocturne"]
        reopened = open_services(world.url, clock=world.clock)
        try:
            assert not _overflowing(world)  # the next start laid every rank out again
            assert _assert_search_in_registry_order(world, needles) == found
        finally:
            reopened.close()


def test_the_search_index_follows_every_write_on_sqlite(world: World) -> None:
    """Migration 0003: the FTS index is keyed by the ranks of ``item_search_order``, one per
    item, in registry id order; the triggers keep both in step with a new search text (a new
    holder), and the migration down to 0002 and up again gives the same answers."""
    if world.backend != "sqlite":
        pytest.skip("PostgreSQL searches its trigram indexes")
    q, actor = world.svc.queries, world.custodian
    item = world.item_id(ItemType.BADGE)
    assert not q.list_items(actor, ItemFilter(text="dupre"), limit=None).total
    world.attribute(item, holder_id=world.ids.noel_id)
    assert [i.id for i in q.list_items(actor, ItemFilter(text="dupre"), limit=None).items] == [item]
    with world.svc.db.read_connection() as conn:
        ranks = conn.execute(text("SELECT i.registry_id, o.rank FROM items AS i JOIN item_search_order AS o "
                                  "ON o.item_id = i.id ORDER BY i.registry_id")).all()
        indexed = conn.execute(text("SELECT count(*) FROM items_fts WHERE items_fts MATCH 'ecl'")).scalar()
        n_items = conn.execute(text("SELECT count(*) FROM items")).scalar()
    assert len(ranks) == n_items > 5
    assert [r for _, r in ranks] == sorted(r for _, r in ranks)
    assert indexed == len(q.item_ids(actor, ItemFilter(text="ecl")))
    before = _assert_search_in_registry_order(world, ["ecluses", "dupre", "E", "badge"])
    cfg = alembic_config()
    with world.svc.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    with world.svc.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert _assert_search_in_registry_order(world, ["ecluses", "dupre", "E", "badge"]) == before
