"""Bad input gets a clear French error and writes nothing; hostile but valid text (SQL,
markup, emoji) is stored and returned verbatim (SPEC §8)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import text

from mileo_desk.domain.enums import ItemType, Role
from mileo_desk.domain.errors import MileoError, NotFoundError, ValidationError
from mileo_desk.domain.text import NOTE_MAX
from mileo_desk.services import MandateInput
from mileo_desk.services.dto import ItemFilter
from tests.conftest import PASSWORDS, World, sig

SQL = "'; DROP TABLE items; --"
MARKUP = "<script>alert('xss')</script><b>gras</b>"
QUOTES = 'Clé "maîtresse" d\'O\'Neil \\ 100% _tout_'
EMOJI = "🔑 Clé n°7 — ½ tour"
HOSTILE = [SQL, MARKUP, QUOTES, EMOJI]

#: a movement-producing call on the world's mechanical key, by its note
NOTE_CALLS: dict[str, Callable[[World, str | None], Any]] = {
    "receive": lambda w, note: w.svc.registry.receive_item(
        w.custodian, client_id=w.ids.client_id, site_id=w.ids.site_s1_id, type=ItemType.CODE_KEY, note=note),
    "attribute": lambda w, note: w.svc.registry.attribute_item(
        w.custodian, item_id=w.item_id(ItemType.MECHANICAL_KEY), holder_id=w.thomas_id, due_at=w.due(),
        signature=sig(), note=note),
    "loss": lambda w, note: w.svc.registry.declare_loss(
        w.manager, item_id=w.item_id(ItemType.MECHANICAL_KEY), stolen=False, noticed_at=w.clock.now, note=note),
    "restitute": lambda w, note: w.svc.registry.restitute_item(
        w.custodian, item_id=w.item_id(ItemType.MECHANICAL_KEY), note=note),
    "duplicate": lambda w, note: w.svc.registry.duplicate_item(
        w.manager, item_id=w.item_id(ItemType.MECHANICAL_KEY), copies=1, mandate=None, note=note),
    "correct": lambda w, note: w.svc.registry.correct_movement(w.custodian, seq=2, note=note or ""),
}


@pytest.mark.read_only
@pytest.mark.parametrize("call", sorted(NOTE_CALLS))
@pytest.mark.parametrize(
    ("note", "fragment"),
    [
        ("n" * (NOTE_MAX + 1), "dépasse 2000 caractères (2001)"),
        ("x" * 100_000, "dépasse 2000 caractères"),
        ("fin\x00cachée", "caractères de contrôle"),
        ("\x1b[31mrouge", "caractères de contrôle"),
        ("champ\x1fséparateur", "caractères de contrôle"),
        ("retour\rchariot", "caractères de contrôle"),
    ],
)
def test_bad_notes_are_refused_and_nothing_is_written(world: World, call: str, note: str, fragment: str) -> None:
    with world.refused(ValidationError, field="note", match=fragment):
        NOTE_CALLS[call](world, note)


@pytest.mark.parametrize("call", sorted(NOTE_CALLS))
def test_notes_are_stored_and_returned_verbatim(world: World, call: str) -> None:
    note = "\n".join(HOSTILE) + "\n\tligne indentée\n" + "é" * (NOTE_MAX - 200)
    note = note[:NOTE_MAX]
    mv = NOTE_CALLS[call](world, note).movement
    assert mv.note == note
    assert [m.note for m in world.history() if m.seq == mv.seq] == [note]
    with world.svc.db.read() as s:
        assert s.execute(text("SELECT note FROM movements WHERE seq = :s"), {"s": mv.seq}).scalar_one() == note
        assert s.execute(text("SELECT count(*) FROM items")).scalar_one() >= 6  # the table is still there
    assert world.svc.integrity.verify(world.manager).ok


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_text_in_every_text_field_is_kept_as_text(world: World, value: str) -> None:
    d, reg, q = world.svc.directory, world.svc.registry, world.svc.queries
    client = d.create_client(world.manager, code="HX", name=value, contact_name=value)
    site = d.create_site(world.manager, client_id=client.id, name=value, address=value, sensitivity="S2")
    person = d.create_person(world.manager, full_name=value, role=Role.TECHNICIAN)
    item = reg.receive_item(world.custodian, client_id=client.id, site_id=site.id, type=ItemType.MASTER_KEY,
                            label=value, stamped_number=value[:60], note=value).item
    assert (client.name, client.contact_name, site.name, site.address, person.full_name) == (value,) * 5
    assert (item.label, item.stamped_number, item.client_name, item.site_name) == (value, value[:60], value, value)
    attributed = world.attribute(item.id, person.id).movement
    assert (attributed.holder_name, attributed.signatures[0].signer_name) == (value, value)
    dup = reg.duplicate_item(world.manager, item_id=item.id, copies=1,
                             mandate=MandateInput(value, date(2026, 3, 1), value, 1, document_name=value))
    assert dup.movement.details["mandate"]["reference"] == value
    assert dup.movement.details["mandate"]["signatory"] == value
    # read back through every path
    assert q.get_item(world.custodian, item_id=item.id).label == value
    assert d.get_client(world.custodian, client_id=client.id).name == value
    assert [p.full_name for p in d.list_people(world.custodian, text=value)] == [value]
    found = q.list_items(world.custodian, ItemFilter(text=value), limit=None)
    assert item.id in {i.id for i in found.items}
    assert world.counts()["items"] == 8
    assert world.svc.integrity.verify(world.manager, signatures=True).ok


def test_text_at_the_length_limits(world: World) -> None:
    # limits count characters, not bytes, identically on SQLite and PostgreSQL
    name = "🔑" * 120
    client = world.svc.directory.create_client(world.manager, code="EMO", name=name, contact_name="é" * 120)
    assert client.name == name
    item = world.receive(label="ê" * 120, stamped_number="€" * 60)
    assert (item.label, item.stamped_number) == ("ê" * 120, "€" * 60)
    with world.refused(ValidationError, field="label", match="dépasse 120 caractères (121)"):
        world.receive(label="🔑" * 121)


@pytest.mark.read_only
@pytest.mark.parametrize(
    "needle",
    ["'; DROP TABLE items; --", '" OR 1=1 --', "NEAR(a b)", "abc*", "^ecl", '"""', "%", "_", "\\", "\x1b[0m",
     "zz\x7fzz", "(", "*", "ecl OR opera", "-ecl", "🔑🔑🔑", "x" * 5000],
)
def test_search_with_odd_text_never_fails(world: World, needle: str) -> None:
    """Search text goes to FTS5 (SQLite) or LIKE (PostgreSQL): operators and wildcards are
    plain characters, and nothing matches an item that does not contain them."""
    before = world.snapshot()
    try:
        page = world.svc.queries.list_items(world.custodian, ItemFilter(text=needle), limit=None)
    except MileoError as err:  # a clear refusal is acceptable, a crash is not
        assert isinstance(err, ValidationError), err
    else:
        assert page.items == ()
        assert page.total == 0
    assert world.snapshot() == before


@pytest.mark.read_only
@pytest.mark.parametrize("needle", ["a\x00b", "\x00abc"])
def test_search_with_a_nul_character(world: World, needle: str) -> None:
    before = world.snapshot()
    try:
        page = world.svc.queries.list_items(world.custodian, ItemFilter(text=needle), limit=None)
    except ValidationError:
        pass
    else:
        assert page.items == ()
    assert world.snapshot() == before


@pytest.mark.read_only
@pytest.mark.parametrize("needle", ["a\x00b", "\x00"])
def test_lookups_with_nul_characters(world: World, needle: str, request: pytest.FixtureRequest) -> None:
    """A NUL typed by a reader or pasted: no match and a clear answer, never a driver error."""
    q, d = world.svc.queries, world.svc.directory
    assert q.resolve_uid(world.custodian, needle).kind == "unknown"
    with pytest.raises(NotFoundError):
        d.get_client(world.custodian, code=needle)
    with pytest.raises(NotFoundError):
        d.find_person(world.custodian, login=needle)
    with pytest.raises(MileoError) as info:
        world.svc.session.login(needle, PASSWORDS["claire"])
    assert info.value.message == "Identifiant ou mot de passe incorrect."


@pytest.mark.parametrize("station", ["p" * 65, "poste\x1f1", "poste\n2"])
def test_station_name_is_validated(world: World, station: str) -> None:
    try:
        actor = world.svc.session.login("claire", PASSWORDS["claire"], station=station)
    except ValidationError:
        return
    with world.refused(ValidationError):
        world.svc.registry.receive_item(actor, client_id=world.ids.client_id, site_id=world.ids.site_s1_id,
                                        type=ItemType.BADGE)


@pytest.mark.read_only
@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda w: w.attribute(999_999), "item"),
        (lambda w: w.give_back(999_999), "item"),
        (lambda w: w.svc.registry.transfer_item(w.custodian, item_id=999_999, to_holder_id=w.noel_id,
                                                due_at=w.due(), signature=sig()), "item"),
        (lambda w: w.svc.registry.declare_loss(w.manager, item_id=-1, stolen=False, noticed_at=w.clock.now), "item"),
        (lambda w: w.svc.registry.mark_found(w.custodian, item_id=0), "item"),
        (lambda w: w.svc.registry.restitute_item(w.custodian, item_id=999_999), "item"),
        (lambda w: w.svc.registry.duplicate_item(w.manager, item_id=999_999, copies=1, mandate=None), "item"),
        (lambda w: w.svc.registry.correct_movement(w.custodian, seq=0, note="x"), "seq"),
        (lambda w: w.svc.queries.get_item(w.custodian, item_id=999_999), "item"),
        (lambda w: w.svc.directory.update_client(w.manager, 999_999, name="X"), "client"),
        (lambda w: w.svc.directory.create_site(w.manager, client_id=999_999, name="X", address="Y",
                                               sensitivity="S1"), "client"),
        (lambda w: w.svc.directory.update_site(w.manager, 999_999, name="X"), "site"),
        (lambda w: w.svc.directory.update_person(w.manager, 999_999, full_name="X"), "person"),
        (lambda w: w.svc.directory.set_account(w.admin, 999_999, login="xx", password="motdepasse-1"), "person"),
        (lambda w: w.svc.directory.find_person(w.custodian, person_id=999_999), "person"),
        (lambda w: w.svc.directory.get_client(w.custodian, client_id=999_999), "client"),
    ],
)
def test_unknown_ids_are_reported_in_french(world: World, call: Callable[[World], Any], field: str) -> None:
    with world.refused(NotFoundError, field=field, match="introuvable"):
        call(world)


@pytest.mark.read_only
@pytest.mark.parametrize(
    "uid", ["04A2B3", "04A2B3C4D5E6F7A8B9C0D1", "ZZZZZZZZ", "04A2B3C", "04;A2;B3;C4", "0x04A2B3C4"]
)
def test_wrong_uids_are_refused_everywhere(world: World, uid: str) -> None:
    key = world.item_id(ItemType.MECHANICAL_KEY)
    with world.refused(ValidationError, field="card_uid", match="4 à 10 octets"):
        world.receive(ItemType.BADGE, card_uid=uid)
    with world.refused(ValidationError, field="tag_uid", match="4 à 10 octets"):
        world.svc.registry.correct_movement(world.custodian, seq=world.history(key)[0].seq, note="x",
                                            changes={"tag_uid": uid})
    with world.refused(ValidationError, field="badge_uid", match="4 à 10 octets"):
        world.svc.directory.update_person(world.manager, world.noel_id, badge_uid=uid)
    assert world.svc.queries.resolve_uid(world.custodian, uid).kind == "unknown"
