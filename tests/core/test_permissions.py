"""The role table (SPEC §8): every service method × every role.

The expectation of each call comes from ``domain.permissions.PERMISSIONS`` through the
method → action mapping below: allowed roles succeed (each case asserts the effect), the
others get :class:`PermissionDenied` and nothing is written. A test keeps the mapping
complete (every public service method that takes an actor is listed), another keeps the
table equal to the reviewed one, another keeps the README's table equal to
``markdown_table()``.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from mileo_desk.domain.enums import ItemState, ItemType, Keeping, MovementKind, Role
from mileo_desk.domain.errors import AuthenticationError, NotFoundError, PermissionDenied
from mileo_desk.domain.permissions import PERMISSIONS, Action, allowed, markdown_table
from mileo_desk.services import Actor, MandateInput
from mileo_desk.services.directory import DirectoryService
from mileo_desk.services.dto import (
    ClientView,
    Dashboard,
    ItemFilter,
    ItemPage,
    ItemView,
    MovementResult,
    PersonView,
    Resolution,
    SiteView,
    VerifyReport,
)
from mileo_desk.services.integrity import IntegrityService
from mileo_desk.services.queries import QueryService
from mileo_desk.services.registry import RegistryService
from mileo_desk.services.session import SessionService
from mileo_desk.services.setup import SetupService
from tests.conftest import PASSWORDS, World, assert_same_db, sig

README = Path(__file__).resolve().parents[2] / "README.md"

#: service name → class, for the completeness check (the core services)
SERVICES = {
    "setup": SetupService, "session": SessionService, "directory": DirectoryService,
    "registry": RegistryService, "queries": QueryService, "integrity": IntegrityService,
}

#: public methods that act on behalf of an actor → the action(s) they check
METHOD_ACTIONS: dict[str, tuple[Action, ...]] = {
    "directory.create_client": (Action.MANAGE_CLIENTS,),
    "directory.update_client": (Action.MANAGE_CLIENTS,),
    # the whole directory with VIEW_DIRECTORY, only the clients and sites of held items without it
    "directory.list_clients": (Action.VIEW_OWN_ITEMS, Action.VIEW_DIRECTORY),
    "directory.get_client": (Action.VIEW_OWN_ITEMS, Action.VIEW_DIRECTORY),
    "directory.create_site": (Action.MANAGE_CLIENTS,),
    "directory.update_site": (Action.MANAGE_CLIENTS,),
    "directory.list_sites": (Action.VIEW_OWN_ITEMS, Action.VIEW_DIRECTORY),
    # a staff member needs MANAGE_PEOPLE, an account (login) MANAGE_USERS
    "directory.create_person": (Action.MANAGE_PEOPLE, Action.MANAGE_USERS),
    # changing an account's role or activity needs MANAGE_USERS, other fields MANAGE_PEOPLE
    "directory.update_person": (Action.MANAGE_PEOPLE, Action.MANAGE_USERS),
    "directory.set_account": (Action.MANAGE_USERS,),
    "directory.change_own_password": (Action.VIEW_OWN_ITEMS,),
    # staff details are confidential (SPEC §8): the registry's viewers only
    "directory.list_people": (Action.VIEW_REGISTRY,),
    # anyone may look themselves up; anyone else needs VIEW_REGISTRY
    "directory.find_person": (Action.VIEW_OWN_ITEMS, Action.VIEW_REGISTRY),
    "registry.receive_item": (Action.RECEIVE_ITEM,),
    "registry.attribute_item": (Action.ATTRIBUTE_ITEM,),
    "registry.return_item": (Action.RETURN_ITEM,),
    "registry.transfer_item": (Action.TRANSFER_ITEM,),
    "registry.declare_loss": (Action.DECLARE_LOSS,),
    "registry.mark_found": (Action.MARK_FOUND,),
    "registry.restitute_item": (Action.RESTITUTE_ITEM,),
    "registry.duplicate_item": (Action.DUPLICATE_ITEM,),
    "registry.correct_movement": (Action.CORRECT_MOVEMENT,),
    # queries see the whole registry with VIEW_REGISTRY, only held items without it
    "queries.list_items": (Action.VIEW_OWN_ITEMS, Action.VIEW_REGISTRY),
    "queries.item_ids": (Action.VIEW_OWN_ITEMS, Action.VIEW_REGISTRY),
    "queries.items_by_ids": (Action.VIEW_OWN_ITEMS, Action.VIEW_REGISTRY),
    "queries.get_item": (Action.VIEW_OWN_ITEMS, Action.VIEW_REGISTRY),
    "queries.history": (Action.VIEW_OWN_ITEMS, Action.VIEW_REGISTRY),
    "queries.history_tail": (Action.VIEW_OWN_ITEMS, Action.VIEW_REGISTRY),
    "queries.overdue": (Action.VIEW_OWN_ITEMS, Action.VIEW_REGISTRY),
    "queries.resolve_uid": (Action.VIEW_OWN_ITEMS,),
    "queries.dashboard": (Action.VIEW_DASHBOARD,),
    "integrity.verify": (Action.VERIFY_HISTORY,),
}

#: public methods that take no actor, and why they need none
UNGUARDED = {
    "setup.has_users": "first start: tells whether an administrator must be created",
    "setup.create_first_admin": "first start only: refused once any account exists",
    "session.login": "authentication itself",
    "queries.end_of_day_us": "clock arithmetic, no database access",
    "queries.folded": "text folding, no database access",
}

#: actions of the table that no core service method checks yet (CSV import, export)
NOT_YET_SERVED = {Action.IMPORT_ITEMS, Action.EXPORT_REGISTRY}

#: the table as reviewed against SPEC §8 and the procedures; a change to PERMISSIONS must
#: be a deliberate change here too
REVIEWED: dict[Action, set[Role]] = {
    Action.VIEW_REGISTRY: {Role.CUSTODIAN, Role.OPERATIONS_MANAGER, Role.SITE_LEAD, Role.ADMIN},
    Action.VIEW_OWN_ITEMS: set(Role),
    # CHR-GOV-001 §01: contacts, addresses and sensitivities on a need-to-know basis
    Action.VIEW_DIRECTORY: {Role.CUSTODIAN, Role.OPERATIONS_MANAGER, Role.SITE_LEAD, Role.ADMIN},
    Action.VERIFY_HISTORY: {Role.CUSTODIAN, Role.OPERATIONS_MANAGER, Role.SITE_LEAD, Role.ADMIN},
    Action.RECEIVE_ITEM: {Role.CUSTODIAN, Role.OPERATIONS_MANAGER, Role.ADMIN},
    Action.ATTRIBUTE_ITEM: {Role.CUSTODIAN, Role.OPERATIONS_MANAGER},
    Action.RETURN_ITEM: {Role.CUSTODIAN, Role.OPERATIONS_MANAGER},
    Action.TRANSFER_ITEM: {Role.CUSTODIAN, Role.OPERATIONS_MANAGER},
    Action.DECLARE_LOSS: {Role.CUSTODIAN, Role.OPERATIONS_MANAGER, Role.SITE_LEAD, Role.TECHNICIAN},
    Action.MARK_FOUND: {Role.CUSTODIAN, Role.OPERATIONS_MANAGER},
    Action.RESTITUTE_ITEM: {Role.CUSTODIAN, Role.OPERATIONS_MANAGER, Role.SITE_LEAD},
    Action.DUPLICATE_ITEM: {Role.OPERATIONS_MANAGER},
    Action.CORRECT_MOVEMENT: {Role.CUSTODIAN, Role.OPERATIONS_MANAGER},
    Action.MANAGE_CLIENTS: {Role.OPERATIONS_MANAGER, Role.ADMIN},
    Action.MANAGE_PEOPLE: {Role.OPERATIONS_MANAGER, Role.ADMIN},
    Action.MANAGE_USERS: {Role.ADMIN},
    Action.IMPORT_ITEMS: {Role.OPERATIONS_MANAGER, Role.ADMIN},
    Action.EXPORT_REGISTRY: {Role.CUSTODIAN, Role.OPERATIONS_MANAGER, Role.ADMIN},
    Action.VIEW_DASHBOARD: {Role.CUSTODIAN, Role.OPERATIONS_MANAGER, Role.SITE_LEAD, Role.ADMIN},
}


@dataclass(frozen=True)
class Case:
    """One way of calling a service method: the action it needs, what to prepare (done by
    privileged users, before the database snapshot), and the call, which asserts its own
    effect when it is allowed."""

    method: str
    action: Action
    call: Callable[[World, Actor, Any], object]
    setup: Callable[[World], Any] = lambda w: None

    @property
    def writes(self) -> bool:
        """Whether the call, when allowed, changes the database."""
        return self.method.split(".")[1].startswith(WRITING_VERBS)


WRITING_VERBS = ("create", "update", "set", "change", "receive", "attribute", "return", "transfer", "declare",
                 "mark", "restitute", "duplicate", "correct")


def _held_by_thomas(w: World) -> int:
    """The world's mechanical key, attributed to Thomas (the technician user)."""
    key = w.item_id(ItemType.MECHANICAL_KEY)
    w.attribute(key, w.thomas_id)
    return key


def _lost(w: World) -> int:
    """The world's code key, declared lost."""
    key = w.item_id(ItemType.CODE_KEY)
    w.svc.registry.declare_loss(w.manager, item_id=key, stolen=False, noticed_at=w.clock.now)
    return key


def _movements(w: World) -> int:
    return w.counts()["movements"]


# each call returns what it checked; allowed calls assert their effect


def _create_client(w: World, a: Actor, _: Any) -> object:
    v = w.svc.directory.create_client(a, code="NEW", name="Nouveau client", contact_name="Jean Sûreté")
    assert isinstance(v, ClientView) and w.svc.directory.get_client(w.manager, code="NEW") == v
    return v


def _update_client(w: World, a: Actor, _: Any) -> object:
    v = w.svc.directory.update_client(a, w.ids.client_id, contact_phone="+33 1 00 00 00 00")
    assert v.contact_phone == "+33 1 00 00 00 00"
    return v


def _create_site(w: World, a: Actor, _: Any) -> object:
    v = w.svc.directory.create_site(a, client_id=w.ids.client_id, name="Nouveau site", address="1 rue X",
                                    sensitivity="S2")
    assert isinstance(v, SiteView) and v.client_id == w.ids.client_id
    return v


def _update_site(w: World, a: Actor, _: Any) -> object:
    v = w.svc.directory.update_site(a, w.ids.site_s1_id, sensitivity="S2")
    assert v.sensitivity.value == "S2"
    return v


def _create_staff(w: World, a: Actor, _: Any) -> object:
    v = w.svc.directory.create_person(a, full_name="Nouveau Technicien", role=Role.TECHNICIAN)
    assert isinstance(v, PersonView) and not v.is_user
    return v


def _create_account(w: World, a: Actor, _: Any) -> object:
    v = w.svc.directory.create_person(a, full_name="Nouvelle Gardienne", role=Role.CUSTODIAN, login="nouvelle",
                                      password="motdepasse-1")
    assert v.is_user and w.svc.session.login("nouvelle", "motdepasse-1").person_id == v.id
    return v


def _update_staff(w: World, a: Actor, _: Any) -> object:
    v = w.svc.directory.update_person(a, w.noel_id, phone="+33 6 00 00 00 00")
    assert v.phone == "+33 6 00 00 00 00"
    return v


def _update_account_role(w: World, a: Actor, _: Any) -> object:
    v = w.svc.directory.update_person(a, w.ids.victor.person_id, role=Role.SITE_LEAD)
    assert v.role is Role.SITE_LEAD
    return v


def _set_account(w: World, a: Actor, _: Any) -> object:
    v = w.svc.directory.set_account(a, w.noel_id, login="noel", password="motdepasse-noel")
    assert v.login == "noel"
    return v


def _change_own_password(w: World, a: Actor, _: Any) -> object:
    w.svc.directory.change_own_password(a, old_password=PASSWORDS[a.login], new_password="nouveau-mdp-1")
    assert w.svc.session.login(a.login, "nouveau-mdp-1").person_id == a.person_id
    return None


def _list_clients(w: World, a: Actor, key: Any) -> object:
    v = w.svc.directory.list_clients(a)
    # CHR-GOV-001 §01: without VIEW_DIRECTORY, only the client of the key one holds
    expected = ["BDN", "ECL"] if allowed(a.role, Action.VIEW_DIRECTORY) else ["ECL"]
    assert w.item(key).client_name == "Société des Écluses"
    assert [c.code for c in v] == expected
    return v


def _get_client(w: World, a: Actor, _: Any) -> object:
    v = w.svc.directory.get_client(a, code="ECL")  # the client of the key Thomas holds
    assert v.contact_name == "Marc Lemaire"
    return v


def _list_sites(w: World, a: Actor, key: Any) -> object:
    v = w.svc.directory.list_sites(a)
    if allowed(a.role, Action.VIEW_DIRECTORY):
        assert len(v) == 3
    else:
        assert [site.id for site in v] == [w.item(key).site_id]
    return v


def _list_people(w: World, a: Actor, _: Any) -> object:
    v = w.svc.directory.list_people(a, holders_only=True)
    assert {p.full_name for p in v} == {"Noël Dupré", "Thomas Éclair", "Sophie Garnier"}
    return v


def _find_person(w: World, a: Actor, _: Any) -> object:
    v = w.svc.directory.find_person(a, login="thomas")
    assert v.id == w.thomas_id
    return v


def _receive(w: World, a: Actor, _: Any) -> object:
    r = w.svc.registry.receive_item(a, client_id=w.ids.client_id, site_id=w.ids.site_s1_id, type=ItemType.BADGE)
    assert r.movement.kind is MovementKind.RECEPTION and r.movement.actor_id == a.person_id
    return r


def _attribute(w: World, a: Actor, _: Any) -> object:
    r = w.svc.registry.attribute_item(a, item_id=w.item_id(ItemType.MASTER_KEY), holder_id=w.noel_id,
                                      due_at=w.due(), signature=sig())
    assert r.item.holder_id == w.noel_id
    return r


def _return(w: World, a: Actor, key: int) -> object:
    r = w.svc.registry.return_item(a, item_id=key, technician_signature=sig(2), custodian_signature=sig(3))
    assert r.item.keeping is Keeping.HEADQUARTERS
    return r


def _transfer(w: World, a: Actor, key: int) -> object:
    r = w.svc.registry.transfer_item(a, item_id=key, to_holder_id=w.noel_id, due_at=w.due(), signature=sig())
    assert r.item.holder_id == w.noel_id
    return r


def _declare_loss(w: World, a: Actor, key: int) -> object:
    r = w.svc.registry.declare_loss(a, item_id=key, stolen=False, noticed_at=w.clock.now)
    assert r.item.state is ItemState.LOST and r.movement.actor_id == a.person_id
    return r


def _mark_found(w: World, a: Actor, key: int) -> object:
    r = w.svc.registry.mark_found(a, item_id=key)
    assert r.item.state is ItemState.IN_SERVICE
    return r


def _restitute(w: World, a: Actor, _: Any) -> object:
    r = w.svc.registry.restitute_item(a, item_id=w.ids.other_item_id)
    assert r.item.state is ItemState.RETURNED_TO_CLIENT
    return r


def _duplicate(w: World, a: Actor, _: Any) -> object:
    r = w.svc.registry.duplicate_item(a, item_id=w.item_id(ItemType.MASTER_KEY), copies=1,
                                      mandate=MandateInput("M-1", date(2026, 3, 1), "Marc Lemaire", 1))
    assert [c.original_id for c in r.created] == [w.item_id(ItemType.MASTER_KEY)]
    return r


def _correct(w: World, a: Actor, _: Any) -> object:
    r = w.svc.registry.correct_movement(a, seq=2, note="Libellé précisé", changes={"label": "Clé portail B"})
    assert (r.movement.corrects_seq, r.item.label) == (2, "Clé portail B")
    return r


def _list_items(w: World, a: Actor, key: int) -> object:
    v = w.svc.queries.list_items(a)
    assert isinstance(v, ItemPage) and key in {i.id for i in v.items}
    return v


def _item_ids(w: World, a: Actor, key: int) -> object:
    v = w.svc.queries.item_ids(a)
    assert key in v
    return v


def _items_by_ids(w: World, a: Actor, key: int) -> object:
    v = w.svc.queries.items_by_ids(a, [key])
    assert [i.id for i in v] == [key]
    return v


def _get_item(w: World, a: Actor, key: int) -> object:
    v = w.svc.queries.get_item(a, item_id=key)
    assert isinstance(v, ItemView) and v.holder_id == w.thomas_id
    return v


def _history(w: World, a: Actor, key: int) -> object:
    v = w.svc.queries.history(a, item_id=key)
    assert [m.kind for m in v] == [MovementKind.RECEPTION, MovementKind.ATTRIBUTION]
    return v


def _history_tail(w: World, a: Actor, key: int) -> object:
    v = w.svc.queries.history_tail(a, item_id=key, limit=1)
    assert [m.kind for m in v] == [MovementKind.ATTRIBUTION]
    return v


def _overdue(w: World, a: Actor, key: int) -> object:
    w.clock.advance(days=8)
    v = w.svc.queries.overdue(a)
    assert [i.id for i in v] == [key]
    return v


def _resolve_uid(w: World, a: Actor, key: int) -> object:
    v = w.svc.queries.resolve_uid(a, "e0:04:01:50:12:34:56:78")
    assert isinstance(v, Resolution) and v.item is not None and v.item.id == key
    return v


def _dashboard(w: World, a: Actor, _: Any) -> object:
    v = w.svc.queries.dashboard(a)
    assert isinstance(v, Dashboard) and v.overdue == ()
    return v


def _verify(w: World, a: Actor, _: Any) -> object:
    v = w.svc.integrity.verify(a, signatures=True)
    assert isinstance(v, VerifyReport) and v.ok
    return v


CASES: dict[str, Case] = {
    "create_client": Case("directory.create_client", Action.MANAGE_CLIENTS, _create_client),
    "update_client": Case("directory.update_client", Action.MANAGE_CLIENTS, _update_client),
    "list_clients": Case("directory.list_clients", Action.VIEW_OWN_ITEMS, _list_clients, _held_by_thomas),
    "get_client": Case("directory.get_client", Action.VIEW_OWN_ITEMS, _get_client, _held_by_thomas),
    "create_site": Case("directory.create_site", Action.MANAGE_CLIENTS, _create_site),
    "update_site": Case("directory.update_site", Action.MANAGE_CLIENTS, _update_site),
    "list_sites": Case("directory.list_sites", Action.VIEW_OWN_ITEMS, _list_sites, _held_by_thomas),
    "create_person[staff]": Case("directory.create_person", Action.MANAGE_PEOPLE, _create_staff),
    "create_person[account]": Case("directory.create_person", Action.MANAGE_USERS, _create_account),
    "update_person[staff]": Case("directory.update_person", Action.MANAGE_PEOPLE, _update_staff),
    "update_person[account role]": Case("directory.update_person", Action.MANAGE_USERS, _update_account_role),
    "set_account": Case("directory.set_account", Action.MANAGE_USERS, _set_account),
    "change_own_password": Case("directory.change_own_password", Action.VIEW_OWN_ITEMS, _change_own_password),
    "list_people": Case("directory.list_people", Action.VIEW_REGISTRY, _list_people),
    "find_person": Case("directory.find_person", Action.VIEW_OWN_ITEMS, _find_person),
    "receive_item": Case("registry.receive_item", Action.RECEIVE_ITEM, _receive),
    "attribute_item": Case("registry.attribute_item", Action.ATTRIBUTE_ITEM, _attribute),
    "return_item": Case("registry.return_item", Action.RETURN_ITEM, _return, _held_by_thomas),
    "transfer_item": Case("registry.transfer_item", Action.TRANSFER_ITEM, _transfer, _held_by_thomas),
    "declare_loss": Case("registry.declare_loss", Action.DECLARE_LOSS, _declare_loss, _held_by_thomas),
    "mark_found": Case("registry.mark_found", Action.MARK_FOUND, _mark_found, _lost),
    "restitute_item": Case("registry.restitute_item", Action.RESTITUTE_ITEM, _restitute),
    "duplicate_item": Case("registry.duplicate_item", Action.DUPLICATE_ITEM, _duplicate),
    "correct_movement": Case("registry.correct_movement", Action.CORRECT_MOVEMENT, _correct),
    "list_items": Case("queries.list_items", Action.VIEW_OWN_ITEMS, _list_items, _held_by_thomas),
    "item_ids": Case("queries.item_ids", Action.VIEW_OWN_ITEMS, _item_ids, _held_by_thomas),
    "items_by_ids": Case("queries.items_by_ids", Action.VIEW_OWN_ITEMS, _items_by_ids, _held_by_thomas),
    "get_item": Case("queries.get_item", Action.VIEW_OWN_ITEMS, _get_item, _held_by_thomas),
    "history": Case("queries.history", Action.VIEW_OWN_ITEMS, _history, _held_by_thomas),
    "history_tail": Case("queries.history_tail", Action.VIEW_OWN_ITEMS, _history_tail, _held_by_thomas),
    "overdue": Case("queries.overdue", Action.VIEW_OWN_ITEMS, _overdue, _held_by_thomas),
    "resolve_uid": Case("queries.resolve_uid", Action.VIEW_OWN_ITEMS, _resolve_uid, _held_by_thomas),
    "dashboard": Case("queries.dashboard", Action.VIEW_DASHBOARD, _dashboard),
    "verify": Case("integrity.verify", Action.VERIFY_HISTORY, _verify),
}


def _pairs(*, allowed_writes: bool) -> list[Any]:
    return [
        pytest.param(name, role, id=f"{name}-{role.value}")
        for name, case in sorted(CASES.items())
        for role in Role
        if (case.writes and allowed(role, case.action)) is allowed_writes
    ]


def _denied_message(case: Case, role: Role) -> str:
    return f"Action refusée : « {case.action.label_fr} » n'est pas permis au rôle « {role.label_fr} »."


@pytest.mark.parametrize(("case_name", "role"), _pairs(allowed_writes=True))
def test_role_table_allowed_writes(world: World, case_name: str, role: Role) -> None:
    """Allowed calls that write succeed (each asserts its effect), on a private world."""
    case = CASES[case_name]
    assert case.action in METHOD_ACTIONS[case.method]
    prepared = case.setup(world)
    before = world.snapshot()
    case.call(world, world.actor(role), prepared)
    assert world.snapshot() != before


def _prepare_all(w: World) -> dict[Any, Any]:
    """Every case's preparation, applied once to the module's shared world (they do not
    conflict: a mechanical key held by Thomas, a code key lost)."""
    return {setup: setup(w) for setup in {c.setup for c in CASES.values()}}


@pytest.mark.read_only(prepare=_prepare_all)
@pytest.mark.parametrize(("case_name", "role"), _pairs(allowed_writes=False))
def test_role_table_refusals_and_reads(world: World, case_name: str, role: Role) -> None:
    """Denied calls get PermissionDenied and write nothing, although the state would let
    them succeed; allowed reads succeed and write nothing either."""
    case = CASES[case_name]
    assert case.action in METHOD_ACTIONS[case.method]
    actor = world.actor(role)
    prepared = world.prepared[case.setup]
    if allowed(role, case.action):
        before = world.snapshot()
        case.call(world, actor, prepared)
        assert_same_db(before, world.snapshot())
    else:
        with world.refused(PermissionDenied) as info:
            case.call(world, actor, prepared)
        assert info.value.message == _denied_message(case, role)


def test_role_table_covers_every_pair() -> None:
    pairs = {(p.values[0], p.values[1]) for p in (*_pairs(allowed_writes=True), *_pairs(allowed_writes=False))}
    assert pairs == {(name, role) for name in CASES for role in Role}


DENIED_WITH_UNKNOWN_IDS: dict[str, Callable[[World, Actor], object]] = {
    "update_client": lambda w, a: w.svc.directory.update_client(a, 999_999, name="X"),
    "create_site": lambda w, a: w.svc.directory.create_site(a, client_id=999_999, name="X", address="Y",
                                                            sensitivity="S1"),
    "update_site": lambda w, a: w.svc.directory.update_site(a, 999_999, name="X"),
    "update_person": lambda w, a: w.svc.directory.update_person(a, 999_999, full_name="X"),
    "set_account": lambda w, a: w.svc.directory.set_account(a, 999_999, login="xx", password="motdepasse-1"),
    "attribute_item": lambda w, a: w.svc.registry.attribute_item(a, item_id=999_999, holder_id=999_999,
                                                                 due_at=None, signature=None),
    "return_item": lambda w, a: w.svc.registry.return_item(a, item_id=999_999, technician_signature=None,
                                                           custodian_signature=None),
    "transfer_item": lambda w, a: w.svc.registry.transfer_item(a, item_id=999_999, to_holder_id=999_999,
                                                               due_at=None, signature=None),
    "mark_found": lambda w, a: w.svc.registry.mark_found(a, item_id=999_999),
    "restitute_item": lambda w, a: w.svc.registry.restitute_item(a, item_id=999_999),
    "duplicate_item": lambda w, a: w.svc.registry.duplicate_item(a, item_id=999_999, copies=0, mandate=None),
    "correct_movement": lambda w, a: w.svc.registry.correct_movement(a, seq=999_999, note=""),
    "receive_item": lambda w, a: w.svc.registry.receive_item(a, client_id=999_999, site_id=999_999, type="x"),
}


@pytest.mark.parametrize("name", sorted(DENIED_WITH_UNKNOWN_IDS))
def test_authorisation_comes_before_any_lookup(world: World, name: str) -> None:
    """An unauthorised caller is refused as such even with unknown ids and empty input: the
    refusal never reveals what exists."""
    with world.refused(PermissionDenied, match="Technicien"):
        DENIED_WITH_UNKNOWN_IDS[name](world, world.technician)
    world.svc.directory.update_person(world.admin, world.ids.victor.person_id, active=False)
    with world.refused(AuthenticationError, match="n'est plus actif"):
        DENIED_WITH_UNKNOWN_IDS[name](world, world.ids.victor)


def test_technicians_only_see_what_they_hold(world: World) -> None:
    """VIEW_REGISTRY decides between the whole registry and one's own items."""
    key = _held_by_thomas(world)
    for role in Role:
        actor = world.actor(role)
        visible = set(world.svc.queries.item_ids(actor))
        if allowed(role, Action.VIEW_REGISTRY):
            assert len(visible) == 6, role
            assert world.svc.queries.get_item(actor, item_id=world.ids.other_item_id).id == world.ids.other_item_id
        else:
            assert visible == {key}, role
            with pytest.raises(NotFoundError):
                world.svc.queries.get_item(actor, item_id=world.ids.other_item_id)


def test_mapping_covers_every_service_method_and_the_whole_table() -> None:
    guarded, unguarded = set(), set()
    for name, cls in SERVICES.items():
        for attr, member in vars(cls).items():
            fn = member.__func__ if isinstance(member, staticmethod) else member
            if attr.startswith("_") or not callable(fn):
                continue
            params = list(inspect.signature(fn).parameters)
            (guarded if "actor" in params[:2] else unguarded).add(f"{name}.{attr}")
    assert guarded == set(METHOD_ACTIONS), "update METHOD_ACTIONS (and CASES) for new or removed service methods"
    assert unguarded == set(UNGUARDED), "a public service method takes no actor: is it authorised?"
    assert {c.method for c in CASES.values()} == set(METHOD_ACTIONS)
    for method, actions in METHOD_ACTIONS.items():
        cased = {c.action for c in CASES.values() if c.method == method}
        # every action a method checks has a case, the scoping actions aside (tested above and below)
        assert cased and cased <= set(actions), method
        assert set(actions) - {Action.VIEW_REGISTRY, Action.VIEW_DIRECTORY} <= cased, method
    served = {a for actions in METHOD_ACTIONS.values() for a in actions}
    assert served | NOT_YET_SERVED == set(Action)
    assert not served & NOT_YET_SERVED, "an action is now served: move it out of NOT_YET_SERVED and test it"


def test_permission_table_is_the_reviewed_one() -> None:
    assert {a: set(r) for a, r in PERMISSIONS.items()} == REVIEWED
    assert set(PERMISSIONS) == set(Action)


def test_readme_roles_section_is_generated_from_the_table() -> None:
    content = README.read_text(encoding="utf-8")
    match = re.search(r"<!-- roles:start -->\n(.*?)\n<!-- roles:end -->", content, re.S)
    assert match, "README.md lacks the roles section markers"
    assert match.group(1).strip() == markdown_table()


def test_markdown_table_lists_every_action_and_role() -> None:
    lines = markdown_table().splitlines()
    assert len(lines) == 2 + len(Action)
    assert all(r.label_fr in lines[0] for r in Role)
    for action, line in zip(Action, lines[2:], strict=True):
        assert f"(`{action.value}`)" in line
        marks = [c.strip() for c in line.split("|")[2:-1]]
        assert marks == ["✔" if r in PERMISSIONS[action] else "—" for r in Role]


def test_services_return_frozen_dtos() -> None:
    # the services hand out frozen DTOs, never ORM objects
    for cls in (MovementResult, ItemView, ItemPage, PersonView, ClientView, SiteView, Resolution, Dashboard,
                VerifyReport, ItemFilter):
        assert cls.__dataclass_params__.frozen, cls  # type: ignore[attr-defined]


def test_technicians_look_up_only_themselves(world: World) -> None:
    """SPEC §8: badge UIDs, e-mails and phones of the staff are not for technicians."""
    me = world.svc.directory.find_person(world.technician, person_id=world.technician.person_id)
    assert me.id == world.technician.person_id
    with world.refused(PermissionDenied, match="Consulter le registre"):
        world.svc.directory.find_person(world.technician, person_id=world.ids.victor.person_id)
    with world.refused(PermissionDenied, match="Consulter le registre"):
        world.svc.directory.list_people(world.technician)


def test_technicians_see_the_clients_and_sites_of_what_they_hold_only(world: World) -> None:
    """CHR-GOV-001 §01 (need to know): a client's security contact, a site's address and
    sensitivity; outside the scope, the same answer as an unknown client."""
    tech = world.technician
    assert world.svc.directory.list_clients(tech) == []
    assert world.svc.directory.list_sites(tech) == []
    with world.refused(NotFoundError, match="Client « ECL » introuvable"):
        world.svc.directory.get_client(tech, code="ECL")
    key = _held_by_thomas(world)
    item = world.item(key)
    assert [c.id for c in world.svc.directory.list_clients(tech, include_inactive=True)] == [world.ids.client_id]
    assert [s.id for s in world.svc.directory.list_sites(tech)] == [item.site_id]
    assert world.svc.directory.list_sites(tech, client_id=world.ids.other_client_id) == []
    assert world.svc.directory.get_client(tech, client_id=world.ids.client_id).code == "ECL"
    unknown = pytest.raises(NotFoundError)
    with unknown as other:
        world.svc.directory.get_client(tech, code="BDN")
    with pytest.raises(NotFoundError) as missing:
        world.svc.directory.get_client(tech, code="ZZZ")
    assert other.value.message == "Client « BDN » introuvable." and missing.value.code == other.value.code
    # the scope follows what is held: returned, the key takes its client and site away
    world.svc.registry.return_item(world.custodian, item_id=key, technician_signature=sig(2),
                                   custodian_signature=sig(3))
    assert world.svc.directory.list_clients(tech) == []
    assert world.svc.directory.list_sites(tech) == []
