"""Search planning: which statements answer the search box, and in how many round trips.

Search (``ItemFilter.text``): every folded word of 3+ characters must occur in the item's
search text (FTS5 trigram index on SQLite, pg_trgm on PostgreSQL), its words of 1–2
characters too; or the whole needle, without spaces and colons, starts a registry id or a
card UID. A needle made only of 1–2-character words matches registry id / card UID prefixes
only (index range scans: a one- or two-letter substring matches most of the registry).

A needle is planned in two steps: :func:`text_match` gives its *shape* (how many long and
short words, whether it may be a prefix) and the values of its parameters; each shape's
statements are built once (``functools`` caches keyed by the shape) and reused for every
needle of that shape, so SQLAlchemy's compiled cache serves them. Pages are always in
registry id order. On SQLite the FTS index is keyed in that order
(:mod:`mileo_desk.persistence.search_order`): the first hits of a page are read without
ranking the others.

The services keep the use case (who may search what, DTOs); this module returns statements,
ids and totals only.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    String,
    and_,
    bindparam,
    column,
    exists,
    false,
    func,
    literal_column,
    not_,
    or_,
    select,
    table,
    text,
    true,
    union,
)

from ..domain.text import fold
from .search_order import OVERFLOW
from .statements import ACTOR, ITEM_COLUMNS_BY_KEY, ITEMS

_C = ITEMS.c
#: the orders a list may be sorted by (then by id, for a stable order)
SORTS: dict[str, Any] = {
    "registry_id": _C.registry_id,
    # items without a due date last, on SQLite as on PostgreSQL
    "due": _C.due_us.asc().nulls_last(),
    "type": _C.type,
    "state": _C.state,
}

#: words shorter than this cannot use the trigram indexes
_MIN_TERM = 3
#: no registry id or card UID is longer: a longer needle cannot be a prefix of one
_MAX_PREFIX = 32
_ID_CHARS = re.compile(r"[A-Z0-9-]+")
_FTS = table("items_fts", column("rowid"))
#: SQLite: the item of each search rank (see :mod:`mileo_desk.persistence.search_order`)
_ORDER = table("item_search_order", column("rank"), column("item_id"))
_FTS_MATCH = text("items_fts MATCH :fts")
#: the FTS hits joined to their items' ids; ranks from ``:overflow`` on are out of order
_FTS_ORDER = _FTS.join(_ORDER, _ORDER.c.rank == _FTS.c.rowid)
_OVERFLOW: Any = bindparam("overflow", OVERFLOW)


def _like_param(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _like(name: str) -> ColumnElement[bool]:
    return _C.search_text.like(bindparam(name, type_=String()), escape="\\")


#: the items of the FTS5 hits of ``:fts`` (SQLite)
_FTS_IDS = select(_ORDER.c.item_id).select_from(_FTS_ORDER).where(_FTS_MATCH)
#: registry id / card UID starting with ``:p_lo`` (``:p_hi`` = ``:p_lo`` + U+FFFF)
_REG = and_(_C.registry_id >= bindparam("p_lo", type_=String()), _C.registry_id < bindparam("p_hi", type_=String()))
_CARD = and_(_C.card_uid >= bindparam("p_lo", type_=String()), _C.card_uid < bindparam("p_hi", type_=String()))
_CARD_NOT_REG = and_(_CARD, not_(_REG))


@dataclass(frozen=True)
class SearchShape:
    """The structure of a search (its statements are built once per shape and reused: only
    the parameters change from one needle to the next)."""

    sqlite: bool
    words: int  # words of 3+ characters (0: no text part)
    short: int  # words of 1–2 characters beside them
    prefix: bool  # the needle may start a registry id / card UID

    @functools.cached_property
    def text(self) -> ColumnElement[bool] | None:
        """The text part: every word occurs in the search text."""
        if not self.words:
            return None
        if self.sqlite:
            return and_(_C.id.in_(_FTS_IDS), *(_like(f"s{i}") for i in range(self.short)))
        return and_(*(_like(f"t{i}") for i in range(self.words + self.short)))

    @functools.cached_property
    def condition(self) -> ColumnElement[bool]:
        """Text part or prefixes, on items."""
        parts = [] if self.text is None else [self.text]
        if self.prefix:
            parts += [_REG, _CARD]
        return or_(*parts) if parts else false()


@dataclass(frozen=True)
class TextMatch:
    """A search needle: its shape and the values of its parameters."""

    shape: SearchShape
    params: dict[str, Any]


def text_match(needle: str, dialect: str) -> TextMatch | None:
    """The search of *needle* (None when it has no word: no condition)."""
    terms = fold(needle).split()
    if not terms:
        return None
    long_terms = [t for t in terms if len(t) >= _MIN_TERM]
    short = [t for t in terms if len(t) < _MIN_TERM]
    compact = needle.strip().upper().replace(":", "").replace(" ", "")
    # registry ids (and card UIDs) are made of A–Z, 0–9 and dashes only: another character
    # cannot start one (no range to scan)
    prefix = 1 <= len(compact) <= _MAX_PREFIX and _ID_CHARS.fullmatch(compact) is not None
    params: dict[str, Any] = {"p_lo": compact, "p_hi": compact + "\uffff"} if prefix else {}
    sqlite = dialect == "sqlite"
    if not long_terms:
        return TextMatch(SearchShape(sqlite, 0, 0, prefix), params)
    if sqlite:
        params["fts"] = " AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
        params.update({f"s{i}": _like_param(t) for i, t in enumerate(short)})
    else:
        params.update({f"t{i}": _like_param(t) for i, t in enumerate(long_terms + short)})
    return TextMatch(SearchShape(sqlite, len(long_terms), len(short), prefix), params)


def _count(where: ColumnElement[bool]) -> Any:
    return select(func.count()).select_from(ITEMS).where(where).scalar_subquery()


def _ranked(where: ColumnElement[bool]) -> Select[Any]:
    """Registry id and id of the first ``:want`` items of *where*, in registry id order."""
    return select(_C.registry_id, _C.id).where(where).order_by(_C.registry_id).limit(bindparam("want"))


def _merged(parts: Sequence[Select[Any]]) -> Select[Any]:
    """The page (``:lim`` rows after ``:off``) of the union of *parts*, as ids, in the
    database's registry id order (an item found by two parts kept once)."""
    if len(parts) == 1:
        ranked = parts[0].subquery()
    else:
        subs = [p.subquery() for p in parts]
        ranked = union(*(select(sq.c.registry_id, sq.c.id) for sq in subs)).subquery()
    return (select(ranked.c.id).order_by(ranked.c.registry_id, ranked.c.id)
            .limit(bindparam("lim")).offset(bindparam("off")))


#: SQLite: the ids listed in the JSON array ``:j`` (hits carried over from a first statement)
_JSON_IDS: Select[Any] = select(literal_column("value")).select_from(func.json_each(bindparam("j", type_=String())))
#: SQLite: the prefix matches not in ``:j`` (each counted once)
_JSON_COUNTS = select(_count(and_(_REG, _C.id.not_in(_JSON_IDS))), _count(and_(_CARD_NOT_REG, _C.id.not_in(_JSON_IDS))))


@functools.lru_cache(maxsize=64)
def _sqlite_hits(shape: SearchShape) -> Select[Any]:
    """SQLite: how many items the text part selects, and their ids as one comma-separated
    text (one value to carry, not thousands of rows)."""
    if not shape.short:
        fts = _FTS_IDS.subquery()
        return select(func.count(), func.group_concat(fts.c.item_id))
    assert shape.text is not None
    return select(func.count(), func.group_concat(_C.id)).where(shape.text)


@functools.lru_cache(maxsize=64)
def _sqlite_page(shape: SearchShape, reg: bool, card: bool) -> Select[Any]:
    """SQLite: one page of the text hits and of the prefix ranges, in registry id order.

    The FTS index is keyed by search ranks in registry id order: its first ``:want`` hits
    below ``OVERFLOW`` are the first ones, read without reading the others (~0.1 ms for a
    word found in 10,000 items, where ranking every hit costs 5–7 ms). The rare items ranked
    out of order (at or above ``OVERFLOW``) are read apart and the parts merged."""
    assert shape.text is not None
    hits = (select(_C.registry_id, _C.id).select_from(_FTS_ORDER.join(ITEMS, _C.id == _ORDER.c.item_id))
            .where(_FTS_MATCH, *(_like(f"s{i}") for i in range(shape.short))))
    parts = [hits.where(_FTS.c.rowid < _OVERFLOW).order_by(_FTS.c.rowid).limit(bindparam("want")),
             hits.where(_FTS.c.rowid >= _OVERFLOW).order_by(_C.registry_id).limit(bindparam("want"))]
    if reg:
        parts.append(_ranked(_REG))
    if card:
        parts.append(_ranked(_CARD))
    return _merged(parts)


@functools.lru_cache(maxsize=64)
def _sqlite_ids(shape: SearchShape) -> tuple[Select[Any], Select[Any]]:
    """SQLite: every text hit in registry id order, straight from the FTS index (no sort:
    ~0.5 µs a hit, where ranking them costs 1.4 µs), and whether anything else may join them
    — hits ranked out of order, a registry id / card UID starting with the needle — in which
    case the caller sorts the whole list instead."""
    assert shape.text is not None
    joined = _FTS_ORDER.join(ITEMS, _C.id == _ORDER.c.item_id) if shape.short else _FTS_ORDER
    likes = [_like(f"s{i}") for i in range(shape.short)]
    ids = select(_ORDER.c.item_id).select_from(joined).where(_FTS_MATCH, _FTS.c.rowid < _OVERFLOW, *likes)
    others = [exists().select_from(_FTS).where(_FTS_MATCH, _FTS.c.rowid >= _OVERFLOW)]
    if shape.prefix:
        others += [exists().where(_REG), exists().where(_CARD)]
    return ids.order_by(_FTS.c.rowid), select(or_(*others))


@functools.lru_cache(maxsize=64)
def _hits_window(shape: SearchShape) -> tuple[Select[Any], Select[Any]]:
    """The page (id, total) of the items *shape* selects, and their count: the items are
    selected once (a materialised CTE) and counted by a window over all of them."""
    hits = select(_C.id, _C.registry_id).where(shape.condition).cte("hits").prefix_with("MATERIALIZED")
    page = (select(hits.c.id, func.count().over()).order_by(hits.c.registry_id, hits.c.id)
            .limit(bindparam("lim")).offset(bindparam("off")))
    return page, select(func.count()).select_from(hits)


#: registry id / card UID prefix only: the two ranges counted from their indexes
_PREFIX_COUNTS = select(_count(_REG), _count(_CARD_NOT_REG))


@functools.lru_cache(maxsize=4)
def _prefix_page(reg: bool, card: bool) -> Select[Any]:
    return _merged([_ranked(c) for c, wanted in ((_REG, reg), (_CARD_NOT_REG, card)) if wanted])


@functools.lru_cache(maxsize=64)
def sqlite_search(shape: SearchShape) -> Select[Any] | None:
    """SQLite, a page of the search box without its total (the window, while the user types)
    in ONE statement: the actor's account and the page's rows (see
    :func:`search_statement`). None: no condition (nothing matches)."""
    if shape.text is not None:
        page = _sqlite_page(shape, shape.prefix, shape.prefix).subquery("page")
    elif shape.prefix:
        page = _prefix_page(True, True).subquery("page")
    else:
        return None
    return (
        select(ACTOR.c.active, ACTOR.c.login, ACTOR.c.role, literal_column("-1"), *ITEM_COLUMNS_BY_KEY)
        .select_from(ACTOR.outerjoin(page.join(ITEMS, ITEMS.c.id == page.c.id), true()))
        .where(ACTOR.c.id == bindparam("person_id"))
        .order_by(_C.registry_id)
    )


@functools.lru_cache(maxsize=64)
def pg_search(shape: SearchShape, with_total: bool) -> Select[Any] | None:
    """PostgreSQL, the search box in ONE statement: the actor's account, the total and the
    page's rows (see :func:`search_statement`)."""
    if shape.text is not None:
        hits = select(_C.id, _C.registry_id).where(shape.condition).cte("hits").prefix_with("MATERIALIZED")
        total: Any = select(func.count()).select_from(hits).scalar_subquery()
        ranked: Any = select(hits.c.id, hits.c.registry_id)
    elif shape.prefix:
        # registry id / card UID prefixes only: counted from the indexes, the first
        # `off + lim` of each range merged
        total = _count(_REG) + _count(_CARD_NOT_REG)
        parts = [select(_C.id, _C.registry_id).where(c).order_by(_C.registry_id).limit(bindparam("want"))
                 .subquery() for c in (_REG, _CARD_NOT_REG)]
        union_ = union(*(select(p.c.id, p.c.registry_id) for p in parts)).subquery()
        ranked = select(union_.c.id, union_.c.registry_id)
    else:
        return None
    cols = ranked.selected_columns
    page = (ranked.order_by(cols.registry_id, cols.id).limit(bindparam("lim")).offset(bindparam("off"))
            .subquery("page"))
    return (
        select(ACTOR.c.active, ACTOR.c.login, ACTOR.c.role, total if with_total else literal_column("-1"),
               *ITEM_COLUMNS_BY_KEY)
        .select_from(ACTOR.outerjoin(page.join(ITEMS, ITEMS.c.id == page.c.id), true()))
        .where(ACTOR.c.id == bindparam("person_id"))
        .order_by(page.c.registry_id, page.c.id)
    )


def search_statement(match: TextMatch, *, with_total: bool) -> Select[Any] | None:
    """The search box over the whole registry in ONE statement (one round trip, one
    snapshot): rows of (active, login, role, total, *item row), the actor's account on each
    row, a row with a NULL item when the page is empty. ``-1`` as total when it is not
    computed (SQLite always: counting every hit costs what the page saves). None: nothing
    can match (the caller only checks the account)."""
    if match.shape.sqlite:
        return sqlite_search(match.shape)
    return pg_search(match.shape, with_total)


def page_ids(conn: Connection, match: TextMatch, limit: int, offset: int,
             with_total: bool) -> tuple[int, list[int]]:
    """Total (``-1`` when not asked) and the ids of one page, in registry id order, of the
    items *match* selects over the whole registry (SQLite, PostgreSQL when the one-statement
    search declined)."""
    shape = match.shape
    params = {"lim": limit, "off": offset, "want": offset + limit, **match.params}
    if shape.text is None:
        if not shape.prefix:
            return (0 if with_total else -1), []
        n_reg, n_card = (int(n) for n in conn.execute(_PREFIX_COUNTS, params).one())
        total = n_reg + n_card if with_total else -1
        if not (n_reg or n_card) or limit <= 0:
            return total, []
        return total, list(conn.execute(_prefix_page(bool(n_reg), bool(n_card)), params).scalars())
    if shape.sqlite:
        # the page reads the first hits of the FTS index, keyed in registry id order; the
        # total (when asked) reads them all once, as one comma-separated text with their
        # count, carried on as a JSON array to count the prefix matches not among them
        reg = card = shape.prefix
        total = -1
        if with_total:
            hits, listed = conn.execute(_sqlite_hits(shape), params).one()
            n_reg = n_card = 0
            if shape.prefix:
                params["j"] = f"[{listed or ''}]"
                n_reg, n_card = (int(n) for n in conn.execute(_JSON_COUNTS, params).one())
                reg, card = bool(n_reg), bool(n_card)
            total = hits + n_reg + n_card
            if not total:
                return 0, []
        if limit <= 0:
            return total, []
        return total, list(conn.execute(_sqlite_page(shape, reg, card), params).scalars())
    # PostgreSQL (when the one-statement search declined): the hits selected once,
    # counted by a window over all of them
    page, count = _hits_window(shape)
    rows = conn.execute(page, params).all()
    if rows:
        return (int(rows[0][1]) if with_total else -1), [r[0] for r in rows]
    if not with_total or offset == 0:
        return (0 if with_total else -1), []
    return int(conn.execute(count, params).scalar_one()), []


def ids_in_order(conn: Connection, match: TextMatch) -> list[int] | None:
    """SQLite: every item of a text search in registry id order, read straight from the FTS
    index, when nothing else may join them (see :func:`_sqlite_ids`). None: the caller
    selects and sorts them itself (PostgreSQL, a prefix match, hits ranked out of order)."""
    shape = match.shape
    if not shape.sqlite or shape.text is None:
        return None
    in_order, others = _sqlite_ids(shape)
    if conn.execute(others, match.params).scalar():
        return None
    return list(conn.execute(in_order, match.params).scalars())
