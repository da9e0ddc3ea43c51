"""SQLite: the full-text index of the items, keyed in registry id order.

FTS5 hands its hits out in rowid order and stops at a ``LIMIT``. When its rowids follow the
registry id order, the first page of a search (« les 50 premiers objets qui contiennent
"perigueux" », in registry id order) reads ~50 hits, not all 10,000 of them to sort them:
~0.1 ms instead of 5–7 ms on 100,000 items. So ``items_fts`` is keyed by a *search rank*, an
integer that grows with the registry id, and ``item_search_order`` maps each rank to its item.

Ranks are spread out (``SPACING`` apart when renumbered) so that an item received later takes
a rank between its two neighbours in registry id order without moving anyone: ``STEP`` after
its predecessor when there is room (a client's items, received one after the other, follow
each other), half-way when the gap is narrow. When no integer is left between the two
neighbours (very unlikely: ~20 items received in reverse order at one spot), the item takes a
rank at or above ``OVERFLOW``, out of order; the searches read those ranks apart and sort them
(:mod:`mileo_desk.persistence.search`), and :func:`renumber_statements` lays every rank out again
(run by the migration, the bench generator, and when a database opens with such ranks).

The triggers keep both tables in step with every write to ``items``, whoever makes it. The FTS
table is contentless: the searches only ask it which ranks match; the text stays in ``items``
(the ``'delete'`` command receives the old text from the triggers).

PostgreSQL has its own trigram indexes and needs none of this.
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

log = logging.getLogger("mileo_desk.persistence")

#: the lowest rank of an item placed out of order
OVERFLOW = 1 << 62
#: the room left after an item for those received later next to it
STEP = 1 << 20
#: the widest gap between two items laid out by a renumbering
SPACING = 1 << 40

TABLES = (
    "CREATE TABLE item_search_order (rank INTEGER PRIMARY KEY, item_id INTEGER NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE items_fts USING fts5(search_text, content='', tokenize='trigram')",
)


def _neighbour(op: str, order: str) -> str:
    """The rank of NEW's nearest neighbour ranked in order, before or after it."""
    return (f"(SELECT o.rank FROM items AS i JOIN item_search_order AS o ON o.item_id = i.id "
            f"WHERE i.registry_id {op} NEW.registry_id AND o.rank < {OVERFLOW} "
            f"ORDER BY i.registry_id {order} LIMIT 1)")


#: the rank of NEW (an item without one yet), as a SELECT of (rank, item id): between its
#: neighbours ranked in order when there is room, else after every rank
_PLACE_NEW = (
    f"SELECT CASE WHEN n - p >= 2 THEN p + min({STEP}, (n - p) / 2) "
    f"ELSE max({OVERFLOW}, (SELECT max(rank) FROM item_search_order) + 1) END, NEW.id "
    f"FROM (SELECT coalesce({_neighbour('<', 'DESC')}, 0) AS p, "
    f"coalesce({_neighbour('>', 'ASC')}, {OVERFLOW}) AS n)"
)
_FTS_INSERT_NEW = ("INSERT INTO items_fts(rowid, search_text) "
                   "SELECT rank, NEW.search_text FROM item_search_order WHERE item_id = NEW.id")
_FTS_DELETE_OLD = ("INSERT INTO items_fts(items_fts, rowid, search_text) "
                   "SELECT 'delete', rank, OLD.search_text FROM item_search_order WHERE item_id = OLD.id")

TRIGGERS = {
    "items_fts_ai": (
        f"CREATE TRIGGER items_fts_ai AFTER INSERT ON items BEGIN "
        f"INSERT INTO item_search_order(rank, item_id) {_PLACE_NEW}; {_FTS_INSERT_NEW}; END"
    ),
    "items_fts_ad": (
        f"CREATE TRIGGER items_fts_ad AFTER DELETE ON items BEGIN {_FTS_DELETE_OLD}; "
        f"DELETE FROM item_search_order WHERE item_id = OLD.id; END"
    ),
    # a new search text keeps the rank; a new registry id (or id) takes a new one
    "items_fts_au": (
        f"CREATE TRIGGER items_fts_au AFTER UPDATE OF id, registry_id, search_text ON items BEGIN "
        f"{_FTS_DELETE_OLD}; "
        f"DELETE FROM item_search_order WHERE item_id = OLD.id "
        f"AND (OLD.registry_id IS NOT NEW.registry_id OR OLD.id IS NOT NEW.id); "
        f"INSERT INTO item_search_order(rank, item_id) {_PLACE_NEW} "
        f"WHERE NOT EXISTS (SELECT 1 FROM item_search_order WHERE item_id = NEW.id); "
        f"{_FTS_INSERT_NEW}; END"
    ),
}

#: whether some item holds a rank out of order
HAS_OVERFLOW = f"SELECT EXISTS (SELECT 1 FROM item_search_order WHERE rank >= {OVERFLOW})"


def renumber_statements() -> tuple[str, ...]:
    """Give every item a rank in registry id order, evenly spread, and index the search texts
    under them again (~2 s for 100,000 items). Run inside one transaction."""
    spacing = f"(SELECT min({SPACING}, {OVERFLOW} / (count(*) + 1)) FROM items)"
    return (
        "DELETE FROM item_search_order",
        f"INSERT INTO item_search_order(rank, item_id) "
        f"SELECT row_number() OVER (ORDER BY registry_id) * {spacing}, id FROM items",
        "INSERT INTO items_fts(items_fts) VALUES ('delete-all')",
        "INSERT INTO items_fts(rowid, search_text) "
        "SELECT o.rank, i.search_text FROM item_search_order AS o JOIN items AS i ON i.id = o.item_id",
    )


def relayout_if_needed(engine: Engine, *, read_engine: Engine | None = None) -> bool:
    """Renumber the ranks when some item holds one out of order (at start-up: one indexed
    look-up otherwise, in a read transaction of *read_engine*). True when it did."""
    with (read_engine or engine).connect() as conn:
        if not conn.execute(text(HAS_OVERFLOW)).scalar():
            return False
    try:
        with engine.begin() as conn:
            for statement in renumber_statements():
                conn.execute(text(statement))
    except OperationalError as exc:
        if "locked" not in str(exc.orig) and "busy" not in str(exc.orig):
            raise
        # another station writes (an import): the searches read such ranks apart meanwhile,
        # and the next start lays them out again; a start never fails for this
        log.warning("search ranks not laid out again: the registry is busy")
        return False
    return True
