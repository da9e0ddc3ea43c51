"""Read-only use cases: lists, search, history, overdue items, UID resolution."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session

from ..domain.clock import end_of_paris_day, to_us
from ..domain.enums import ItemState, ItemType, Keeping, MovementKind
from ..domain.errors import NotFoundError, ValidationError
from ..domain.permissions import Action, allowed
from ..domain.text import fold, has_controls, lookup_key, normalize_registry_id, strip_controls
from ..persistence.records import ItemRecord, MovementRecord, PersonRecord
from ..persistence.repositories import count, paginate, text_filter
from .base import ServiceBase, item_select, item_view, movement_select, movement_views, person_view
from .dto import Actor, Dashboard, ItemFilter, ItemPage, ItemView, MovementView, Resolution

SORTS: dict[str, Any] = {
    "registry_id": ItemRecord.registry_id,
    # items without a due date last, on SQLite as on PostgreSQL
    "due": ItemRecord.due_us.asc().nulls_last(),
    "type": ItemRecord.type,
    "state": ItemRecord.state,
}


def _valid(enum_cls: type[StrEnum], value: object, label: str, field: str) -> str:
    try:
        return enum_cls(str(value)).value
    except ValueError:
        raise ValidationError(f"{label} inconnu : « {value} ».", field=field) from None


class QueryService(ServiceBase):
    """What the registry holds, for lists, panels, dashboards and the CLI."""

    def _scope(self, s: Session, actor: Actor) -> int | None:
        """Technicians only see what they hold: returns the forced holder id, or None."""
        person = self.authorize(s, actor, Action.VIEW_OWN_ITEMS)
        if allowed(actor.role, Action.VIEW_REGISTRY):
            return None
        return person.id

    def _filtered(self, s: Session, stmt: Select, f: ItemFilter, forced_holder: int | None) -> Select:  # type: ignore[type-arg]
        now_us = self.now_us()
        if forced_holder is not None:
            stmt = stmt.where(ItemRecord.holder_id == forced_holder)
        if f.client_id is not None:
            stmt = stmt.where(ItemRecord.client_id == f.client_id)
        if f.site_id is not None:
            stmt = stmt.where(ItemRecord.site_id == f.site_id)
        if f.type is not None:
            stmt = stmt.where(ItemRecord.type == _valid(ItemType, f.type, "Type d'objet", "type"))
        if f.state is not None:
            stmt = stmt.where(ItemRecord.state == _valid(ItemState, f.state, "État", "state"))
        if f.holder_id is not None:
            stmt = stmt.where(ItemRecord.holder_id == f.holder_id)
        if f.overdue_only:
            stmt = stmt.where(
                ItemRecord.state == ItemState.IN_SERVICE.value,
                ItemRecord.keeping == Keeping.TECHNICIAN.value,
                ItemRecord.due_us < now_us,
            )
        if f.temporary_out:
            stmt = stmt.where(
                ItemRecord.type == ItemType.TEMPORARY_BADGE.value,
                ItemRecord.state == ItemState.IN_SERVICE.value,
                ItemRecord.keeping == Keeping.TECHNICIAN.value,
            )
        if f.text:
            if has_controls(f.text):
                raise ValidationError("La recherche contient des caractères de contrôle.", field="text")
            cond = self._text_condition(s, f.text)
            if cond is not None:
                stmt = stmt.where(cond)
        return stmt

    @staticmethod
    def _text_condition(s: Session, needle: str) -> Any:
        cond = text_filter(s, ItemRecord.search_text, needle, fts_table="items_fts")
        compact = needle.strip().upper().replace(":", "").replace(" ", "")
        if cond is not None and 1 <= len(compact) <= 32:
            # registry ids and UIDs also match by prefix, even on 1–2 characters
            upper = compact + "\uffff"
            prefix = or_(
                and_(ItemRecord.registry_id >= compact, ItemRecord.registry_id < upper),
                and_(ItemRecord.card_uid >= compact, ItemRecord.card_uid < upper),
            )
            return or_(cond, prefix)
        return cond

    def list_items(
        self, actor: Actor, flt: ItemFilter | None = None, *, limit: int | None = 200, offset: int = 0,
        sort: str = "registry_id", with_total: bool = True,
    ) -> ItemPage:
        """A page of items matching *flt*, sorted by *sort*."""
        f = flt or ItemFilter()
        with self.db.read() as s:
            forced = self._scope(s, actor)
            stmt = self._filtered(s, item_select(), f, forced).order_by(SORTS.get(sort, ItemRecord.registry_id),
                                                                         ItemRecord.id)
            total = count(s, self._filtered(s, select(ItemRecord.id), f, forced)) if with_total else -1
            now_us = self.now_us()
            rows = s.execute(paginate(stmt, limit, offset)).all()
            return ItemPage(tuple(item_view(r, now_us) for r in rows), total)

    def item_ids(self, actor: Actor, flt: ItemFilter | None = None, *, sort: str = "registry_id") -> list[int]:
        """Ids of all matching items in display order (the GUI model holds ids, habit 8)."""
        f = flt or ItemFilter()
        with self.db.read() as s:
            forced = self._scope(s, actor)
            stmt = self._filtered(s, select(ItemRecord.id), f, forced).order_by(
                SORTS.get(sort, ItemRecord.registry_id), ItemRecord.id)
            return list(s.execute(stmt).scalars())

    def items_by_ids(self, actor: Actor, ids: Sequence[int]) -> list[ItemView]:
        """Rows for a block of ids, in the order given (missing ids are skipped)."""
        with self.db.read() as s:
            forced = self._scope(s, actor)
            stmt = item_select().where(ItemRecord.id.in_(list(ids)))
            if forced is not None:
                stmt = stmt.where(ItemRecord.holder_id == forced)
            now_us = self.now_us()
            by_id = {r[0].id: item_view(r, now_us) for r in s.execute(stmt).all()}
            return [by_id[i] for i in ids if i in by_id]

    def get_item(self, actor: Actor, *, item_id: int | None = None, registry_id: str | None = None) -> ItemView:
        """One item by id or registry id."""
        with self.db.read() as s:
            forced = self._scope(s, actor)
            stmt = item_select()
            if item_id is not None:
                stmt = stmt.where(ItemRecord.id == item_id)
            else:
                stmt = stmt.where(ItemRecord.registry_id == normalize_registry_id(registry_id))
            if forced is not None:
                stmt = stmt.where(ItemRecord.holder_id == forced)
            row = s.execute(stmt).one_or_none()
            if row is None:
                raise NotFoundError(f"Objet « {registry_id or item_id} » introuvable.", field="item")
            return item_view(row, self.now_us())

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
        with self.db.read() as s:
            forced = self._scope(s, actor)
            stmt = item_select().where(or_(
                ItemRecord.card_uid == key, ItemRecord.tag_uid == key, ItemRecord.registry_id == code,
                ItemRecord.registry_id == key,
            ))
            if forced is not None:
                # technicians resolve only what they hold, as everywhere else
                stmt = stmt.where(ItemRecord.holder_id == forced)
            row = s.execute(stmt).first()
            if row is not None:
                return Resolution("item", key, item=item_view(row, self.now_us()))
            person = s.execute(select(PersonRecord).where(PersonRecord.badge_uid == key)).scalar_one_or_none()
            if person is not None:
                return Resolution("person", key, person=person_view(person))
            return Resolution("unknown", key)

    def overdue(self, actor: Actor) -> list[ItemView]:
        """Items whose expected return date has passed (SPEC §2)."""
        return list(self.list_items(actor, ItemFilter(overdue_only=True), limit=None, sort="due").items)

    def dashboard(self, actor: Actor) -> Dashboard:
        """Overdue attributions, temporary badges out (due back today, PROC-INT-005 §04),
        lost/stolen items and late loss reports."""
        with self.db.read() as s:
            self.authorize(s, actor, Action.VIEW_DASHBOARD)
            now_us = self.now_us()

            def items(stmt: Select) -> tuple[ItemView, ...]:  # type: ignore[type-arg]
                return tuple(item_view(r, now_us) for r in s.execute(stmt.order_by(ItemRecord.due_us,
                                                                                   ItemRecord.registry_id)).all())

            overdue = items(self._filtered(s, item_select(), ItemFilter(overdue_only=True), None))
            temp = items(self._filtered(s, item_select(), ItemFilter(temporary_out=True), None))
            lost = items(item_select().where(ItemRecord.state.in_([ItemState.LOST.value, ItemState.STOLEN.value])))
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
