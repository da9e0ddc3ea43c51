"""Read-only use cases: lists, search, history, overdue items, UID resolution.

The hot paths (UID lookup, search, lists) run the Core statements of
:mod:`mileo_desk.persistence.statements` (built once) and the search plans of
:mod:`mileo_desk.persistence.search`, and turn plain rows into DTOs
(:func:`.base.item_view_of`): no ORM statement rebuilt per call, no ORM object per row.
Authorisation is the same rule as everywhere else, read from the database in the same
transaction — for a UID lookup or an item by id, in the very statement that reads the item
(:meth:`Database.read_one`: one round trip on PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, func, select
from sqlalchemy.orm import Session

from ..domain.clock import end_of_paris_day, to_us
from ..domain.enums import ItemState, ItemType, MovementKind, Role
from ..domain.errors import AuthenticationError, NotFoundError, ValidationError
from ..domain.identifiers import lookup_key, normalize_registry_id
from ..domain.permissions import Action, allowed
from ..domain.text import fold, has_controls, strip_controls
from ..persistence import search
from ..persistence.records import ItemRecord, MovementRecord
from ..persistence.repositories import paginate
from ..persistence.search import SORTS, TextMatch, text_match
from ..persistence.statements import (
    ACTOR_ACCOUNT,
    GET_BY_ID,
    GET_BY_ID_HELD,
    GET_BY_REGISTRY_ID,
    GET_BY_REGISTRY_ID_HELD,
    ITEMS,
    N_ITEM_COLUMNS,
    RESOLVE,
    RESOLVE_HELD,
    item_rows,
    items_by_ids,
    movement_select,
    overdue_items,
    temporary_badges_out,
)
from .base import ServiceBase, check_account, check_actor, item_view_of, movement_views
from .dto import Actor, Dashboard, ItemFilter, ItemPage, ItemView, MovementView, PersonView, Resolution

_C = ITEMS.c
_N_ITEM = N_ITEM_COLUMNS


def _valid(enum_cls: type[StrEnum], value: object, label: str, field: str) -> str:
    try:
        return enum_cls(str(value)).value
    except ValueError:
        raise ValidationError("{label} inconnu : « {value} ».", field=field,
                              params={"label": label, "value": str(value)}) from None


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
                    ) -> tuple[list[ColumnElement[bool]], TextMatch | None]:
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
            where += overdue_items(now_us)  # the domain's is_overdue, in SQL
        if f.temporary_out:
            where += temporary_badges_out()
        match = None
        if f.text:
            if has_controls(f.text):
                raise ValidationError("La recherche contient des caractères de contrôle.", field="text")
            match = text_match(f.text, conn.dialect.name)
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
                total, ids = search.page_ids(conn, match, limit, offset, with_total)
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
        registry id order (:mod:`mileo_desk.persistence.search`) and their rows — what the window asks at each
        keystroke, one statement where the general path runs three. None: left to the general
        path (control characters, a page past the end)."""
        if has_controls(needle):
            return None
        match = text_match(needle, "sqlite" if self.db.is_sqlite else "postgresql")
        if match is None:
            return None
        stmt = search.search_statement(match, with_total=with_total)
        params = {"person_id": actor.person_id, "lim": limit, "off": offset, "want": offset + limit, **match.params}
        rows = self.db.read_all(ACTOR_ACCOUNT, params, first=True) if stmt is None else self.db.read_all(stmt, params)
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

    def item_ids(self, actor: Actor, flt: ItemFilter | None = None, *, sort: str = "registry_id") -> list[int]:
        """Ids of all matching items in display order (the GUI model holds ids, habit 8)."""
        f = flt or ItemFilter()
        with self.db.read_connection() as conn:
            forced = self._scope(conn, actor)
            where, match = self._conditions(conn, f, forced)
            params: dict[str, Any] = {}
            if match is not None:
                params = match.params
                if not where and SORTS.get(sort) is SORTS["registry_id"]:
                    in_order = search.ids_in_order(conn, match)
                    if in_order is not None:
                        return in_order
                where.append(match.shape.condition)
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
        """Run a one-statement read (:data:`~mileo_desk.persistence.statements.RESOLVE` and its
        kin) and check the actor's account in its row."""
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
            stmt = GET_BY_ID if forced is None else GET_BY_ID_HELD
            params["item_id"] = item_id
        else:
            try:
                params["registry_id"] = normalize_registry_id(registry_id)
            except ValidationError:
                with self.db.read_connection() as conn:  # authorisation first, as everywhere
                    check_actor(conn, actor, Action.VIEW_OWN_ITEMS)
                raise
            stmt = GET_BY_REGISTRY_ID if forced is None else GET_BY_REGISTRY_ID_HELD
        row = self._read_with_actor(actor, stmt, params)
        if row[3] is None:
            raise NotFoundError("Objet « {item} » introuvable.", field="item",
                                params={"item": registry_id or item_id})
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

    def history_tail(self, actor: Actor, *, item_id: int | None = None, limit: int = 50) -> list[MovementView]:
        """The last *limit* movements (of one item, or of the registry), oldest first.

        Technicians only see the movements of what they hold, as in :meth:`history`.
        """
        with self.db.read() as s:
            forced = self._scope(s, actor)
            # newest first to stop at *limit* on the primary key, then turned back
            stmt = movement_select().order_by(MovementRecord.seq.desc()).limit(max(0, limit))
            if item_id is not None:
                stmt = stmt.where(MovementRecord.item_id == item_id)
            if forced is not None:
                stmt = stmt.where(ItemRecord.holder_id == forced)
            rows = list(reversed(s.execute(stmt).all()))
            return movement_views(s, rows)

    def resolve_uid(self, actor: Actor, uid_or_code: str) -> Resolution:
        """What a read UID, tag or printed registry id designates: an item, a person or nothing."""
        key = lookup_key(uid_or_code)
        # a printed registry id keeps its dashes; a UID is compared without separators
        code = strip_controls(uid_or_code or "").strip().upper()
        forced = self._forced_holder(actor)
        if forced is None:
            row = self._read_with_actor(actor, RESOLVE, {"key": key, "code": code})
        else:
            # technicians resolve only what they hold, as everywhere else
            row = self._read_with_actor(actor, RESOLVE_HELD, {"key": key, "code": code, "holder": forced})
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
