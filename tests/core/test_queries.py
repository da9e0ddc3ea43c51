"""Lists, filters, accent-insensitive search, UID resolution, overdue items, dashboard and
history (SPEC §1, §2, §6)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from mileo_desk.domain.enums import ItemState, ItemType, MovementKind, Role
from mileo_desk.domain.errors import NotFoundError, PermissionDenied, ValidationError
from mileo_desk.services.dto import ItemFilter
from tests.conftest import (
    BADGE_UID,
    MASTER_TAG_UID,
    NOEL_BADGE,
    THOMAS_BADGE,
    World,
    sig,
)


def _ids(world: World, flt: ItemFilter | None = None, *, role: Role = Role.CUSTODIAN, **kwargs: object) -> set[int]:
    page = world.svc.queries.list_items(world.actor(role), flt, limit=None, **kwargs)  # type: ignore[arg-type]
    assert page.total == len(page.items)
    return {i.id for i in page.items}


def _busy(world: World) -> dict[str, int]:
    """Badge with Thomas, key with Noël (overdue tomorrow), master key lost, temp badge out today."""
    ids = {t.value: world.item_id(t) for t in ItemType}
    world.attribute(ids["badge"], world.thomas_id, due=world.due(days=10))
    world.attribute(ids["mechanical_key"], world.noel_id, due=world.due(hours=20))
    world.svc.registry.declare_loss(world.manager, item_id=ids["master_key"], stolen=False,
                                    noticed_at=world.clock.now - timedelta(minutes=10))
    # due at 18:00 in Paris
    world.attribute(ids["temporary_badge"], world.thomas_id, due=datetime(2026, 3, 10, 17, 0, tzinfo=UTC))
    return ids


@pytest.mark.read_only
def test_list_everything_sorted_by_registry_id(world: World) -> None:
    page = world.svc.queries.list_items(world.custodian)
    assert page.total == 6
    assert [i.registry_id for i in page.items] == ["BDN-OPERA-01", "ECL-00001", "ECL-00002", "ECL-00003",
                                                   "ECL-00004", "ECL-00005"]


def test_each_filter(world: World) -> None:
    ids = _busy(world)
    all_ecl = {ids[t] for t in ids}
    assert _ids(world, ItemFilter(client_id=world.ids.client_id)) == all_ecl
    assert _ids(world, ItemFilter(client_id=world.ids.other_client_id)) == {world.ids.other_item_id}
    assert _ids(world, ItemFilter(site_id=world.ids.site_s3_id)) == {ids["badge"], ids["master_key"],
                                                                     ids["temporary_badge"]}
    assert _ids(world, ItemFilter(type=ItemType.BADGE)) == {ids["badge"], world.ids.other_item_id}
    assert _ids(world, ItemFilter(state=ItemState.LOST)) == {ids["master_key"]}
    assert _ids(world, ItemFilter(state=ItemState.IN_SERVICE)) == all_ecl - {ids["master_key"]} | {
        world.ids.other_item_id}
    assert _ids(world, ItemFilter(holder_id=world.thomas_id)) == {ids["badge"], ids["temporary_badge"]}
    assert _ids(world, ItemFilter(holder_id=world.noel_id)) == {ids["mechanical_key"]}
    assert _ids(world, ItemFilter(temporary_out=True)) == {ids["temporary_badge"]}
    assert _ids(world, ItemFilter(overdue_only=True)) == set()
    world.clock.advance(hours=9)  # 19:00 in Paris: the temporary badge (due 18:00) is late
    assert _ids(world, ItemFilter(overdue_only=True)) == {ids["temporary_badge"]}
    world.clock.advance(days=1)
    assert _ids(world, ItemFilter(overdue_only=True)) == {ids["temporary_badge"], ids["mechanical_key"]}
    # filters combine with AND
    assert _ids(world, ItemFilter(holder_id=world.thomas_id, type=ItemType.BADGE, site_id=world.ids.site_s3_id,
                                  text="serveurs")) == {ids["badge"]}
    assert _ids(world, ItemFilter(holder_id=world.noel_id, site_id=world.ids.site_s3_id)) == set()


@pytest.mark.read_only
def test_pagination_and_sorting(world: World) -> None:
    q = world.svc.queries
    page = q.list_items(world.custodian, limit=2, offset=2)
    assert page.total == 6
    assert [i.registry_id for i in page.items] == ["ECL-00002", "ECL-00003"]
    assert q.list_items(world.custodian, limit=2, with_total=False).total == -1
    by_type = [i.type for i in q.list_items(world.custodian, sort="type").items]
    assert by_type == sorted(by_type, key=lambda t: t.value)
    ids = q.item_ids(world.custodian)
    assert ids == [i.id for i in q.list_items(world.custodian).items]
    assert [i.id for i in q.items_by_ids(world.custodian, [ids[3], 999_999, ids[0]])] == [ids[3], ids[0]]


def test_sort_by_due_date(world: World) -> None:
    ids = _busy(world)
    due_sorted = world.svc.queries.list_items(world.custodian, sort="due").items
    with_due = [i.id for i in due_sorted if i.due_at is not None]
    assert with_due == [ids["temporary_badge"], ids["mechanical_key"], ids["badge"]]


def test_sort_by_due_date_is_the_same_on_both_databases(world: World, request: pytest.FixtureRequest) -> None:
    _busy(world)
    due_sorted = world.svc.queries.list_items(world.custodian, sort="due").items
    assert [i.due_at is None for i in due_sorted] == [False] * 3 + [True] * 3


@pytest.mark.read_only
@pytest.mark.parametrize(
    ("needle", "expected"),
    [
        ("ecluse", {"ECL-00001", "ECL-00002", "ECL-00003", "ECL-00004", "ECL-00005"}),
        ("ÉCLUSES", {"ECL-00001", "ECL-00002", "ECL-00003", "ECL-00004", "ECL-00005"}),
        ("societe des ecluses", {"ECL-00001", "ECL-00002", "ECL-00003", "ECL-00004", "ECL-00005"}),
        ("opera", {"BDN-OPERA-01"}),
        ("Entrepot", {"ECL-00002", "ECL-00003"}),
        ("cle maitresse", {"ECL-00004"}),
        ("serveurs badge", {"ECL-00001", "ECL-00005"}),
        ("04A2", {"ECL-00001"}),
        ("04:a2:b3", {"ECL-00001"}),
        (BADGE_UID.lower(), {"ECL-00001"}),
        ("E004015012", {"ECL-00002"}),  # tag UID
        (MASTER_TAG_UID, {"ECL-00004"}),
        ("K-1234", {"ECL-00002"}),  # stamped number
        ("ecl-0000", {"ECL-00001", "ECL-00002", "ECL-00003", "ECL-00004", "ECL-00005"}),
        ("EC", {"ECL-00001", "ECL-00002", "ECL-00003", "ECL-00004", "ECL-00005"}),
        ("bdn", {"BDN-OPERA-01"}),
        ("introuvable", set()),
    ],
)
def test_accent_insensitive_search(world: World, needle: str, expected: set[str]) -> None:
    page = world.svc.queries.list_items(world.custodian, ItemFilter(text=needle), limit=None)
    assert {i.registry_id for i in page.items} == expected
    assert page.total == len(expected)


def test_search_by_holder_name(world: World) -> None:
    badge, key = world.item_id(ItemType.BADGE), world.item_id(ItemType.MECHANICAL_KEY)
    world.attribute(badge, world.thomas_id)
    world.attribute(key, world.noel_id)
    assert _ids(world, ItemFilter(text="eclair")) == {badge}
    assert _ids(world, ItemFilter(text="Noël")) == {key}
    assert _ids(world, ItemFilter(text="noel dupre")) == {key}
    world.give_back(key)
    assert _ids(world, ItemFilter(text="noel")) == set()


def test_technician_sees_only_what_he_holds(world: World) -> None:
    q, tech = world.svc.queries, world.technician
    badge, key = world.item_id(ItemType.BADGE), world.item_id(ItemType.MECHANICAL_KEY)
    assert q.list_items(tech).total == 0
    world.attribute(badge, world.thomas_id, due=world.due(days=1))
    world.attribute(key, world.noel_id, due=world.due(days=1))
    assert _ids(world, role=Role.TECHNICIAN) == {badge}
    assert _ids(world, ItemFilter(holder_id=world.noel_id), role=Role.TECHNICIAN) == set()
    assert q.item_ids(tech) == [badge]
    assert [i.id for i in q.items_by_ids(tech, [badge, key])] == [badge]
    assert q.get_item(tech, item_id=badge).holder_id == world.thomas_id
    with pytest.raises(NotFoundError):
        q.get_item(tech, item_id=key)
    assert {m.item_id for m in q.history(tech)} == {badge}
    assert q.history(tech, item_id=key) == []
    world.clock.advance(days=2)
    assert [i.id for i in q.overdue(tech)] == [badge]
    with pytest.raises(PermissionDenied):
        q.dashboard(tech)


def test_technician_cannot_resolve_items_he_does_not_hold(world: World) -> None:
    world.attribute(world.item_id(ItemType.BADGE), world.noel_id)
    try:
        found = world.svc.queries.resolve_uid(world.technician, BADGE_UID)
    except (PermissionDenied, NotFoundError):
        return
    assert found.item is None


@pytest.mark.read_only
def test_get_item_by_id_or_registry_id(world: World) -> None:
    q = world.svc.queries
    badge = q.get_item(world.custodian, registry_id=" ecl-00001 ")
    assert badge.id == world.item_id(ItemType.BADGE)
    assert q.get_item(world.custodian, item_id=badge.id) == badge
    with world.refused(NotFoundError, field="item", match="Objet « ECL-99999 » introuvable"):
        q.get_item(world.custodian, registry_id="ECL-99999")
    with world.refused(NotFoundError, field="item"):
        q.get_item(world.custodian, item_id=999_999)
    with world.refused(ValidationError, field="registry_id"):
        q.get_item(world.custodian, registry_id="<?>")


@pytest.mark.read_only
@pytest.mark.parametrize(
    ("read", "kind", "what"),
    [
        ("04:a2:b3:c4:d5:e6:80", "item", "ECL-00001"),  # card UID from a PC/SC reader
        (BADGE_UID.lower(), "item", "ECL-00001"),
        ("e0 04 01 50 12 34 56 78", "item", "ECL-00002"),  # NFC key tag
        (MASTER_TAG_UID, "item", "ECL-00004"),
        ("ecl-00003", "item", "ECL-00003"),  # printed registry id (barcode/QR)
        (" BDN-OPERA-01 ", "item", "BDN-OPERA-01"),
        ("04:A1:B2:C3:D4:E5:F6", "person", "Thomas Éclair"),  # Mileo professional badge
        (NOEL_BADGE.lower(), "person", "Noël Dupré"),
        ("01:02:03:04", "unknown", "01020304"),
        ("", "unknown", ""),
    ],
)
def test_resolve_uid(world: World, read: str, kind: str, what: str) -> None:
    res = world.svc.queries.resolve_uid(world.custodian, read)
    assert res.kind == kind
    if kind == "item":
        assert res.item is not None and res.item.registry_id == what and res.person is None
    elif kind == "person":
        assert res.person is not None and res.person.full_name == what and res.item is None
    else:
        assert (res.uid, res.item, res.person) == (what, None, None)


@pytest.mark.read_only
def test_resolve_uid_accepts_every_separator_reception_accepts(world: World) -> None:
    res = world.svc.queries.resolve_uid(world.custodian, "04-A2-B3-C4-D5-E6-80")
    assert res.kind == "item" and res.item is not None and res.item.card_uid == BADGE_UID


def test_resolve_uid_of_a_person_after_badge_change(world: World) -> None:
    world.svc.directory.update_person(world.manager, world.thomas_id, badge_uid="0F0E0D0C")
    assert world.svc.queries.resolve_uid(world.custodian, THOMAS_BADGE).kind == "unknown"
    found = world.svc.queries.resolve_uid(world.custodian, "0f0e0d0c")
    assert found.person is not None and found.person.id == world.thomas_id


def test_overdue_items(world: World) -> None:
    ids = _busy(world)
    q = world.svc.queries
    assert q.overdue(world.manager) == []
    world.clock.advance(days=2)
    overdue = q.overdue(world.manager)
    assert [i.id for i in overdue] == [ids["temporary_badge"], ids["mechanical_key"]]  # oldest due first
    assert all(i.overdue for i in overdue)
    assert not world.item(ids["badge"]).overdue
    world.give_back(ids["mechanical_key"])
    assert [i.id for i in q.overdue(world.manager)] == [ids["temporary_badge"]]


def test_dashboard(world: World) -> None:
    ids = _busy(world)
    late_loss = world.svc.registry.declare_loss(world.manager, item_id=world.item_id(ItemType.CODE_KEY), stolen=True,
                                                noticed_at=world.clock.now - timedelta(hours=3)).movement
    dash = world.svc.queries.dashboard(world.site_lead)
    assert dash.overdue == ()
    assert [i.id for i in dash.temporary_out] == [ids["temporary_badge"]]
    assert {i.id for i in dash.lost_or_stolen} == {ids["master_key"], ids["code_key"]}
    assert [m.seq for m in dash.late_loss_reports] == [late_loss.seq]  # the master key was reported in time
    assert dash.late_loss_reports[0].kind is MovementKind.THEFT
    world.clock.set(datetime(2026, 3, 10, 23, 30, tzinfo=UTC))  # after midnight in Paris
    dash = world.svc.queries.dashboard(world.manager)
    assert [i.id for i in dash.overdue] == [ids["temporary_badge"]]
    assert [i.id for i in dash.temporary_out] == [ids["temporary_badge"]]
    world.give_back(ids["temporary_badge"])
    world.svc.registry.mark_found(world.custodian, item_id=ids["master_key"])
    dash = world.svc.queries.dashboard(world.manager)
    assert (dash.overdue, dash.temporary_out) == ((), ())
    assert [i.id for i in dash.lost_or_stolen] == [ids["code_key"]]


def test_history_is_in_chain_order(world: World) -> None:
    key = world.item_id(ItemType.MECHANICAL_KEY)
    world.attribute(key)
    world.attribute(world.item_id(ItemType.BADGE))
    world.clock.advance(hours=1)
    world.svc.registry.transfer_item(world.custodian, item_id=key, to_holder_id=world.noel_id, due_at=world.due(),
                                     signature=sig(3))
    world.give_back(key)
    everything = world.history()
    assert [m.seq for m in everything] == list(range(1, len(everything) + 1))
    mine = world.history(key)
    assert [m.kind for m in mine] == [MovementKind.RECEPTION, MovementKind.ATTRIBUTION, MovementKind.TRANSFER,
                                      MovementKind.RETURN]
    assert [m.at for m in mine] == sorted(m.at for m in mine)
    assert [m.seq for m in mine] == sorted(m.seq for m in mine)
    assert {m.registry_id for m in mine} == {"ECL-00002"}
    page = world.svc.queries.history(world.manager, limit=3, offset=2, with_signatures=False)
    assert [m.seq for m in page] == [3, 4, 5]
    assert all(m.signatures == () for m in page)
    assert world.svc.queries.history(world.manager, item_id=999_999) == []
