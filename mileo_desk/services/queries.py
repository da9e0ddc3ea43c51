"""Read-only use cases: lists, search, history, overdue items, UID resolution.

The hot paths (UID lookup, search, lists) use Core statements built once and turn plain
rows into DTOs (:func:`.base.item_view_of`): no ORM statement rebuilt per call, no ORM object
per row. Authorisation is the same rule as everywhere else, read from the database in the
same transaction — for a UID lookup or an item by id, in the very statement that reads the
item (:meth:`Database.read_one`: one round trip on PostgreSQL).

Search (``ItemFilter.text``): every folded word of 3+ characters must occur in the item's
search text (FTS5 trigram index on SQLite, pg_trgm on PostgreSQL), its words of 1–2
characters too; or the whole needle, without spaces and colons, starts a registry id or a
card UID. A needle made only of 1–2-character words matches registry id / card UID prefixes
only (index range scans: a one- or two-letter substring matches most of the registry).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    LABEL_STYLE_TABLENAME_PLUS_COL,
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
from sqlalchemy.orm import Session

from ..domain.clock import end_of_paris_day, to_us
from ..domain.enums import ItemState, ItemType, Keeping, MovementKind, Role
from ..domain.errors import AuthenticationError, NotFoundError, ValidationError
from ..domain.identifiers import lookup_key, normalize_registry_id
from ..domain.permissions import Action, allowed
from ..domain.text import fold, has_controls, strip_controls
from ..persistence.records import ItemRecord, MovementRecord
from ..persistence.repositories import paginate
from ..persistence.search_order import OVERFLOW
from .base import (
    ACTOR,
    ITEM_COLUMNS_BY_KEY,
    ITEMS,
    PEOPLE,
    ServiceBase,
    check_account,
    check_actor,
    few_item_rows,
    item_rows,
    item_view_of,
    items_by_ids,
    movement_select,
    movement_views,
)
from .dto import Actor, Dashboard, ItemFilter, ItemPage, ItemView, MovementView, PersonView, Resolution

_C = ITEMS.c
SORTS: dict[str, Any] = {
    "registry_id": _C.registry_id,
    # items without a due date last, on SQLite as on PostgreSQL
    "due": _C.due_us.asc().nulls_last(),
    "type": _C.type,
    "state": _C.state,
}

#: words shorter than this cannot use the trigram indexes
_MIN_TERM = 3
_MAX_PREFIX = 32
_ID_CHARS = re.compile(r"[A-Z0-9-]+")
_FTS = table("items_fts", column("rowid"))
#: SQLite: the item of each search rank (see :mod:`mileo_desk.persistence.search_order`)
_ORDER = table("item_search_order", column("rank"), column("item_id"))
_FTS_MATCH = text("items_fts MATCH :fts")
#: the FTS hits joined to their items' ids; ranks from ``:overflow`` on are out of order
_FTS_ORDER = _FTS.join(_ORDER, _ORDER.c.rank == _FTS.c.rowid)
_OVERFLOW: Any = bindparam("overflow", OVERFLOW)
_N_ITEM = 23  # columns of an item row (ITEM_COLUMNS)


# --------------------------------------------------------------------------- one-statement reads
#
# The actor's account, the item and (for a UID) a Mileo badge in ONE statement: the actor row
# left-joined to the item found (at most one) and to the badge owner. One snapshot, so the
# authorisation is checked in the same transaction as the read.

_BADGE = PEOPLE.alias("badge")
_BADGE_COLUMNS = (_BADGE.c.id, _BADGE.c.full_name, _BADGE.c.role, _BADGE.c.active, _BADGE.c.badge_uid,
                  _BADGE.c.email, _BADGE.c.phone, _BADGE.c.login)


def _with_actor(item: Select[Any], *, badge: bool) -> Select[Any]:
    found = item.limit(1).set_label_style(LABEL_STYLE_TABLENAME_PLUS_COL).subquery("found")
    joined = ACTOR.outerjoin(found, true())
    columns: list[Any] = [ACTOR.c.active, ACTOR.c.login, ACTOR.c.role, *found.c]
    if badge:
        joined = joined.outerjoin(_BADGE, _BADGE.c.badge_uid == bindparam("key"))
        columns += _BADGE_COLUMNS
    return select(*columns).select_from(joined).where(ACTOR.c.id == bindparam("person_id"))


def _by_code() -> Select[Any]:
    return few_item_rows().where(or_(
        _C.card_uid == bindparam("key"), _C.tag_uid == bindparam("key"), _C.registry_id == bindparam("code"),
        _C.registry_id == bindparam("key"),
    ))


_RESOLVE = _with_actor(_by_code(), badge=True)
_RESOLVE_HELD = _with_actor(_by_code().where(_C.holder_id == bindparam("holder")), badge=True)
_GET_BY_ID = _with_actor(few_item_rows().where(_C.id == bindparam("item_id")), badge=False)
_GET_BY_ID_HELD = _with_actor(few_item_rows().where(_C.id == bindparam("item_id"),
                                                     _C.holder_id == bindparam("holder")), badge=False)
_GET_BY_REGISTRY_ID = _with_actor(few_item_rows().where(_C.registry_id == bindparam("registry_id")), badge=False)
_GET_BY_REGISTRY_ID_HELD = _with_actor(few_item_rows().where(_C.registry_id == bindparam("registry_id"),
                                                             _C.holder_id == bindparam("holder")), badge=False)
_ACTOR_ONLY = select(ACTOR.c.active, ACTOR.c.login, ACTOR.c.role).where(ACTOR.c.id == bindparam("person_id"))


def _valid(enum_cls: type[StrEnum], value: object, label: str, field: str) -> str:
    try:
        return enum_cls(str(value)).value
    except ValueError:
        raise ValidationError(f"{label} inconnu : « {value} ».", field=field) from None


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
class _Shape:
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
class _TextMatch:
    """A search needle: its shape and the values of its parameters."""

    shape: _Shape
    params: dict[str, Any]


def _text_match(needle: str, dialect: str) -> _TextMatch | None:
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
        return _TextMatch(_Shape(sqlite, 0, 0, prefix), params)
    if sqlite:
        params["fts"] = " AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
        params.update({f"s{i}": _like_param(t) for i, t in enumerate(short)})
    else:
        params.update({f"t{i}": _like_param(t) for i, t in enumerate(long_terms + short)})
    return _TextMatch(_Shape(sqlite, len(long_terms), len(short), prefix), params)


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
def _sqlite_hits(shape: _Shape) -> Select[Any]:
    """SQLite: how many items the text part selects, and their ids as one comma-separated
    text (one value to carry, not thousands of rows)."""
    if not shape.short:
        fts = _FTS_IDS.subquery()
        return select(func.count(), func.group_concat(fts.c.item_id))
    assert shape.text is not None
    return select(func.count(), func.group_concat(_C.id)).where(shape.text)


@functools.lru_cache(maxsize=64)
def _sqlite_page(shape: _Shape, reg: bool, card: bool) -> Select[Any]:
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
def _sqlite_ids(shape: _Shape) -> tuple[Select[Any], Select[Any]]:
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
def _hits_window(shape: _Shape) -> tuple[Select[Any], Select[Any]]:
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
def _sqlite_search(shape: _Shape) -> Select[Any] | None:
    """SQLite, a page of the search box without its total (the window, while the user types)
    in ONE statement: the actor's account and the page's rows (see
    :meth:`QueryService._search_one`). None: no condition (nothing matches)."""
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
def _pg_search(shape: _Shape, with_total: bool) -> Select[Any] | None:
    """PostgreSQL, the search box in ONE statement: the actor's account, the total and the
    page's rows (see :meth:`QueryService._search_one`)."""
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


class QueryService(ServiceBase):
    """What the registry holds, for lists, panels, dashboards and the CLI."""

    def _scope(self, s: Session | Connection, actor: Actor) -> int | None:
        """Technicians only see what they hold: returns the forced holder id, or None."""
        check_actor(s.connection() if isinstance(s, Session) else s, actor, Action.VIEW_OWN_ITEMS)
        return self._forced_holder(actor)

    @staticmethod
    def _forced_holder(actor: Actor) -> int | None:
        """The holder every read is restricted to (None: the whole registry). Decided from the
        actor's role, which the caller checks against the database (a changed role is refused)."""
        return None if allowed(actor.role, Action.VIEW_REGISTRY) else actor.person_id

    def _conditions(self, conn: Connection, f: ItemFilter, forced_holder: int | None
                    ) -> tuple[list[ColumnElement[bool]], _TextMatch | None]:
        """The filter's conditions on items other than the search text, and the search."""
        now_us = self.now_us()
        where: list[ColumnElement[bool]] = []
        if forced_holder is not None:
            where.append(_C.holder_id == forced_holder)
        if f.client_id is not None:
            where.append(_C.client_id == f.client_id)
        if f.site_id is not None:
            where.append(_C.site_id == f.site_id)
        if f.type is not None:
            where.append(_C.type == _valid(ItemType, f.type, "Type d'objet", "type"))
        if f.state is not None:
            where.append(_C.state == _valid(ItemState, f.state, "État", "state"))
        if f.holder_id is not None:
            where.append(_C.holder_id == f.holder_id)
        if f.overdue_only:
            where += [_C.state == ItemState.IN_SERVICE.value, _C.keeping == Keeping.TECHNICIAN.value,
                      _C.due_us < now_us]
        if f.temporary_out:
            where += [_C.type == ItemType.TEMPORARY_BADGE.value, _C.state == ItemState.IN_SERVICE.value,
                      _C.keeping == Keeping.TECHNICIAN.value]
        match = None
        if f.text:
            if has_controls(f.text):
                raise ValidationError("La recherche contient des caractères de contrôle.", field="text")
            match = _text_match(f.text, conn.dialect.name)
        return where, match

    def _views(self, conn: Connection, ids: Sequence[int]) -> list[ItemView]:
        """Item views of *ids*, in that order."""
        if not ids:
            return []
        now_us = self.now_us()
        by_id = {r[0]: r for r in conn.execute(items_by_ids(conn), {"ids": list(ids)})}
        return [item_view_of(by_id[i], now_us) for i in ids if i in by_id]

    def list_items(
        self, actor: Actor, flt: ItemFilter | None = None, *, limit: int | None = 200, offset: int = 0,
        sort: str = "registry_id", with_total: bool = True,
    ) -> ItemPage:
        """A page of items matching *flt*, sorted by *sort*."""
        f = flt or ItemFilter()
        offset = max(0, offset)
        if (f.text and f == ItemFilter(text=f.text) and limit is not None and self._forced_holder(actor) is None
                and SORTS.get(sort) is SORTS["registry_id"] and not (self.db.is_sqlite and with_total)):
            page = self._search_one(actor, f.text, limit, offset, with_total)
            if page is not None:
                return page
        with self.db.read_connection() as conn:
            forced = self._scope(conn, actor)
            where, match = self._conditions(conn, f, forced)
            if match is not None and not where and limit is not None and SORTS.get(sort) is SORTS["registry_id"]:
                # the search box over the whole registry: counted and ranked from the indexes
                total, ids = self._search(conn, match, limit, offset, with_total)
                return ItemPage(tuple(self._views(conn, ids)), total)
            params: dict[str, Any] = {}
            if match is not None:
                where.append(match.shape.condition)
                params = match.params
            total = -1
            if with_total:
                total = int(conn.execute(select(func.count()).select_from(ITEMS).where(*where), params).scalar_one())
            order = (SORTS.get(sort, _C.registry_id), _C.id)
            if limit is None:
                now_us = self.now_us()
                stmt = paginate(item_rows().where(*where).order_by(*order), None, offset)
                return ItemPage(tuple(item_view_of(r, now_us) for r in conn.execute(stmt, params)), total)
            # rank the narrow item rows first, then read the names of one page only
            ids = list(conn.execute(paginate(select(_C.id).where(*where).order_by(*order), limit, offset), params)
                       .scalars())
            return ItemPage(tuple(self._views(conn, ids)), total)

    def _search_one(self, actor: Actor, needle: str, limit: int, offset: int, with_total: bool) -> ItemPage | None:
        """The search box over the whole registry, in ONE statement (one round trip, one
        snapshot): the actor's account, the total and the page's rows.

        PostgreSQL: the matching items are selected once (a materialised CTE: trigram and
        prefix indexes, then the rows), counted and sorted; ORDER BY registry_id LIMIT n alone
        would walk the registry id index and filter, slow when the hits are grouped (e.g. one
        client's items). SQLite, without the total only: the first hits of the FTS index in
        registry id order (:func:`_sqlite_page`) and their rows — what the window asks at each
        keystroke, one statement where the general path runs three. None: left to the general
        path (control characters, a page past the end)."""
        if has_controls(needle):
            return None
        match = _text_match(needle, "sqlite" if self.db.is_sqlite else "postgresql")
        if match is None:
            return None
        stmt = _sqlite_search(match.shape) if self.db.is_sqlite else _pg_search(match.shape, with_total)
        params = {"person_id": actor.person_id, "lim": limit, "off": offset, "want": offset + limit, **match.params}
        rows = self.db.read_all(_ACTOR_ONLY, params, first=True) if stmt is None else self.db.read_all(stmt, params)
        if not rows:
            raise AuthenticationError("Votre compte n'est plus actif : reconnectez-vous.")
        first = rows[0]
        check_account(first[0], first[1], first[2], actor, Action.VIEW_OWN_ITEMS)
        if stmt is None:
            return ItemPage((), 0 if with_total else -1)
        now_us = self.now_us()
        items = tuple(item_view_of(r[4:], now_us) for r in rows if r[4] is not None)
        if not items and with_total and offset:
            return None  # a page past the end: the general path counts
        return ItemPage(items, int(first[3]) if with_total else -1)

    def _search(self, conn: Connection, match: _TextMatch, limit: int, offset: int,
                with_total: bool) -> tuple[int, list[int]]:
        """Total and the ids of one page, in registry id order, of the items *match* selects
        (SQLite, PostgreSQL when :meth:`_search_one` declined)."""
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

    def item_ids(self, actor: Actor, flt: ItemFilter | None = None, *, sort: str = "registry_id") -> list[int]:
        """Ids of all matching items in display order (the GUI model holds ids, habit 8)."""
        f = flt or ItemFilter()
        with self.db.read_connection() as conn:
            forced = self._scope(conn, actor)
            where, match = self._conditions(conn, f, forced)
            params: dict[str, Any] = {}
            if match is not None:
                shape, params = match.shape, match.params
                if shape.sqlite and shape.text is not None and not where and SORTS.get(sort) is SORTS["registry_id"]:
                    in_order, others = _sqlite_ids(shape)
                    if not conn.execute(others, params).scalar():
                        return list(conn.execute(in_order, params).scalars())
                where.append(shape.condition)
            stmt = select(_C.id).where(*where).order_by(SORTS.get(sort, _C.registry_id), _C.id)
            return list(conn.execute(stmt, params).scalars())

    def items_by_ids(self, actor: Actor, ids: Sequence[int]) -> list[ItemView]:
        """Rows for a block of ids, in the order given (missing ids are skipped)."""
        with self.db.read_connection() as conn:
            forced = self._scope(conn, actor)
            wanted = list(ids)
            if not wanted:
                return []
            stmt = items_by_ids(conn)
            if forced is not None:
                stmt = stmt.where(_C.holder_id == forced)
            now_us = self.now_us()
            by_id = {r[0]: item_view_of(r, now_us) for r in conn.execute(stmt, {"ids": wanted})}
            return [by_id[i] for i in wanted if i in by_id]

    def _read_with_actor(self, actor: Actor, stmt: Select[Any], params: dict[str, Any]) -> Any:
        """Run a :func:`_with_actor` statement and check the actor's account in its row."""
        row = self.db.read_one(stmt, {"person_id": actor.person_id, **params})
        if row is None:
            raise AuthenticationError("Votre compte n'est plus actif : reconnectez-vous.")
        check_account(row[0], row[1], row[2], actor, Action.VIEW_OWN_ITEMS)
        return row

    def get_item(self, actor: Actor, *, item_id: int | None = None, registry_id: str | None = None) -> ItemView:
        """One item by id or registry id."""
        forced = self._forced_holder(actor)
        params: dict[str, Any] = {} if forced is None else {"holder": forced}
        if item_id is not None:
            stmt = _GET_BY_ID if forced is None else _GET_BY_ID_HELD
            params["item_id"] = item_id
        else:
            try:
                params["registry_id"] = normalize_registry_id(registry_id)
            except ValidationError:
                with self.db.read_connection() as conn:  # authorisation first, as everywhere
                    check_actor(conn, actor, Action.VIEW_OWN_ITEMS)
                raise
            stmt = _GET_BY_REGISTRY_ID if forced is None else _GET_BY_REGISTRY_ID_HELD
        row = self._read_with_actor(actor, stmt, params)
        if row[3] is None:
            raise NotFoundError(f"Objet « {registry_id or item_id} » introuvable.", field="item")
        return item_view_of(row[3:3 + _N_ITEM], self.now_us())

    def history(self, actor: Actor, *, item_id: int | None = None, limit: int | None = None,
                offset: int = 0, with_signatures: bool = True) -> list[MovementView]:
        """Movements of one item (or of the whole registry), oldest first."""
        with self.db.read() as s:
            forced = self._scope(s, actor)
            stmt = movement_select().order_by(MovementRecord.seq)
            if item_id is not None:
                stmt = stmt.where(MovementRecord.item_id == item_id)
            if forced is not None:
                stmt = stmt.where(ItemRecord.holder_id == forced)
            rows = s.execute(paginate(stmt, limit, offset)).all()
            return movement_views(s, rows, with_signatures=with_signatures)

    def resolve_uid(self, actor: Actor, uid_or_code: str) -> Resolution:
        """What a read UID, tag or printed registry id designates: an item, a person or nothing."""
        key = lookup_key(uid_or_code)
        # a printed registry id keeps its dashes; a UID is compared without separators
        code = strip_controls(uid_or_code or "").strip().upper()
        forced = self._forced_holder(actor)
        if forced is None:
            row = self._read_with_actor(actor, _RESOLVE, {"key": key, "code": code})
        else:
            # technicians resolve only what they hold, as everywhere else
            row = self._read_with_actor(actor, _RESOLVE_HELD, {"key": key, "code": code, "holder": forced})
        if row[3] is not None:
            return Resolution("item", key, item=item_view_of(row[3:3 + _N_ITEM], self.now_us()))
        person = row[3 + _N_ITEM:]
        if person[0] is not None:
            return Resolution("person", key, person=_person_view_of(person))
        return Resolution("unknown", key)

    def overdue(self, actor: Actor) -> list[ItemView]:
        """Items whose expected return date has passed (SPEC §2)."""
        return list(self.list_items(actor, ItemFilter(overdue_only=True), limit=None, sort="due").items)

    def dashboard(self, actor: Actor) -> Dashboard:
        """Overdue attributions, temporary badges out (due back today, PROC-INT-005 §04),
        lost/stolen items and late loss reports."""
        with self.db.read() as s:
            conn = s.connection()
            check_actor(conn, actor, Action.VIEW_DASHBOARD)
            now_us = self.now_us()

            def items(where: list[ColumnElement[bool]]) -> tuple[ItemView, ...]:
                stmt = item_rows().where(*where).order_by(_C.due_us, _C.registry_id)
                return tuple(item_view_of(r, now_us) for r in conn.execute(stmt))

            overdue = items(self._conditions(conn, ItemFilter(overdue_only=True), None)[0])
            temp = items(self._conditions(conn, ItemFilter(temporary_out=True), None)[0])
            lost = items([_C.state.in_([ItemState.LOST.value, ItemState.STOLEN.value])])
            late_rows = s.execute(
                movement_select().where(
                    MovementRecord.kind.in_([MovementKind.LOSS.value, MovementKind.THEFT.value]),
                    MovementRecord.details.like('%"late":true%'),
                ).order_by(MovementRecord.seq.desc()).limit(100)
            ).all()
            return Dashboard(overdue, temp, lost, tuple(movement_views(s, late_rows, with_signatures=False)))

    def end_of_day_us(self) -> int:
        return to_us(end_of_paris_day(self.now()))

    @staticmethod
    def folded(text: str) -> str:
        return fold(text)


def _person_view_of(row: Sequence[Any]) -> PersonView:
    id_, full_name, role, active, badge_uid, email, phone, login = row
    return PersonView(id=id_, full_name=full_name, role=Role(role), active=bool(active), badge_uid=badge_uid,
                      email=email, phone=phone, login=login)
