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
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from mileo_desk.domain.enums import ItemType
from mileo_desk.domain.errors import AuthenticationError, PermissionDenied
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
    world.svc.directory.update_person(world.admin, victor.person_id, active=False)
    with pytest.raises(AuthenticationError, match="n'est plus actif"):
        q.resolve_uid(victor, "anything")
    with pytest.raises(AuthenticationError, match="n'est plus actif"):
        q.get_item(victor, registry_id="<?>")  # the account first, then the id's format
    with pytest.raises(AuthenticationError, match="n'est plus actif"):
        q.list_items(victor, ItemFilter(text="ecluses"))


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
@pytest.mark.parametrize("walk", [1, 2, 3, 10_000])
@pytest.mark.parametrize("dense", [0, 20, 1_000_000])
def test_first_pages_without_total_agree_whatever_way_they_take(world: World, monkeypatch: pytest.MonkeyPatch,
                                                                walk: int, dense: int) -> None:
    """The page the window asks while the user types (no total) comes from a walk of the
    first items in registry id order when they hold enough matches, else from the FTS hits
    ranked either way (SQLite): the same rows as the full list, in the same order."""
    from mileo_desk.services import queries

    monkeypatch.setattr(queries, "WALK_ROWS", walk)
    monkeypatch.setattr(queries, "DENSE_FACTOR", dense)
    q, actor = world.svc.queries, world.custodian
    for needle in ["ecluse", "EC", "ecl-0000", "04:a2", "serveurs badge", "cle a", "zzz", "é", "badge", "o"]:
        ids = q.item_ids(actor, ItemFilter(text=needle))
        for limit, offset in ((1, 0), (2, 0), (2, 1), (3, 2), (200, 0), (1, 50)):
            page = q.list_items(actor, ItemFilter(text=needle), limit=limit, offset=offset, with_total=False)
            assert ([i.id for i in page.items], page.total) == (ids[offset:offset + limit], -1), (needle, limit, offset)


def test_the_search_indexes_exist_on_sqlite(world: World) -> None:
    """Migration 0002: the covering indexes the first page of a search reads (SQLite only)."""
    if not world.svc.db.is_sqlite:
        pytest.skip("PostgreSQL ranks its hits in one statement")
    with world.svc.db.read_connection() as conn:
        names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'"))}
        plan = " ".join(str(r[3]) for r in conn.execute(text(
            "EXPLAIN QUERY PLAN SELECT registry_id, id FROM items INDEXED BY ix_items_id_registry "
            "WHERE id IN (1, 2) ORDER BY registry_id")))
    assert {"ix_items_search_walk", "ix_items_id_registry"} <= names
    assert "COVERING INDEX ix_items_id_registry" in plan
