"""First start, log-in, and accounts changed while a session is open (SPEC §8)."""

from __future__ import annotations

import pytest

from mileo_desk.domain.enums import ItemType, Role
from mileo_desk.domain.errors import (
    AuthenticationError,
    ConflictError,
    PermissionDenied,
    RuleViolation,
    ValidationError,
)
from mileo_desk.services import Actor, open_services
from tests.conftest import PASSWORDS, STATION, FakeClock, World, assert_clear_error, counts, refused

GENERIC = "Identifiant ou mot de passe incorrect."


def test_first_start_migrates_and_creates_the_first_admin(db_url: str, clock: FakeClock) -> None:
    svc = open_services(db_url, clock=clock)
    try:
        assert not svc.setup.has_users()
        assert counts(svc)["chain_head"] == 1
        admin = svc.setup.create_first_admin(full_name="Alice Martin", login=" Admin ", password="motdepasse-1")
        assert (admin.role, admin.login, admin.active, admin.is_user) == (Role.ADMIN, "admin", True, True)
        assert svc.setup.has_users()
        actor = svc.session.login("admin", "motdepasse-1", station="poste-1")
        assert (actor.person_id, actor.role, actor.station, actor.full_name) == (admin.id, Role.ADMIN, "poste-1",
                                                                                 "Alice Martin")
        with refused(svc, RuleViolation, code="deja_initialise", match="déjà des comptes"):
            svc.setup.create_first_admin(full_name="Mallory", login="mallory", password="motdepasse-2")
    finally:
        svc.close()
    # opening again is a no-op migration and keeps the data
    again = open_services(db_url, clock=clock)
    try:
        assert again.setup.has_users()
        assert counts(again)["people"] == 1
    finally:
        again.close()


def test_first_admin_input_is_checked(db_url: str, clock: FakeClock) -> None:
    svc = open_services(db_url, clock=clock)
    try:
        with refused(svc, ValidationError, field="password", match="au moins 8 caractères"):
            svc.setup.create_first_admin(full_name="Alice Martin", login="admin", password="court")
        with refused(svc, ValidationError, field="full_name", match="obligatoire"):
            svc.setup.create_first_admin(full_name="  ", login="admin", password="motdepasse-1")
        assert not svc.setup.has_users()
    finally:
        svc.close()


@pytest.mark.parametrize("login", ["", "a b", "<admin>"])
def test_first_admin_login_is_validated_like_other_accounts(db_url: str, clock: FakeClock, login: str) -> None:
    svc = open_services(db_url, clock=clock)
    try:
        with refused(svc, ValidationError, field="login"):
            svc.setup.create_first_admin(full_name="Alice Martin", login=login, password="motdepasse-1")
    finally:
        svc.close()


@pytest.mark.read_only
def test_login_returns_the_actor_with_role_and_station(world: World) -> None:
    actor = world.svc.session.login("  Claire ", PASSWORDS["claire"], station="accueil-1")
    assert actor == Actor(world.custodian.person_id, "claire", "Claire Dubois",
                                              Role.CUSTODIAN, "accueil-1")
    default = world.svc.session.login("claire", PASSWORDS["claire"])
    assert default.station and len(default.station) <= 64


@pytest.mark.read_only
def test_wrong_password_and_unknown_login_give_the_same_message(world: World) -> None:
    messages = []
    for login, password in [("claire", "mauvais-mot-de-passe"), ("inconnu", PASSWORDS["claire"]),
                            ("", ""), ("claire", "")]:
        with refused(world.svc, AuthenticationError) as info:
            world.svc.session.login(login, password)
        messages.append(info.value.message)
    assert set(messages) == {GENERIC}


@pytest.mark.read_only
def test_people_without_an_account_cannot_log_in(world: World) -> None:
    # Noël has a Mileo badge but no login/password
    with refused(world.svc, AuthenticationError, match=GENERIC):
        world.svc.session.login("noel dupré", "")


def test_deactivated_account_cannot_log_in(world: World) -> None:
    world.svc.directory.update_person(world.admin, world.ids.victor.person_id, active=False)
    with refused(world.svc, AuthenticationError, match="Ce compte est désactivé."):
        world.svc.session.login("victor", PASSWORDS["victor"])
    # a wrong password on a deactivated account does not reveal that the account exists
    with refused(world.svc, AuthenticationError, match=GENERIC):
        world.svc.session.login("victor", "mauvais-mot-de-passe")


def test_account_deactivated_mid_session_is_refused_at_the_next_call(world: World) -> None:
    victor = world.ids.victor
    assert world.svc.queries.list_items(victor).total == 6
    world.svc.directory.update_person(world.admin, victor.person_id, active=False)
    with refused(world.svc, AuthenticationError, match="n'est plus actif"):
        world.svc.queries.list_items(victor)
    with refused(world.svc, AuthenticationError, match="n'est plus actif"):
        world.attribute(world.item_id(ItemType.BADGE), by=victor)


def test_role_change_mid_session_is_refused(world: World) -> None:
    victor = world.ids.victor  # logged in as custodian
    world.attribute(world.item_id(ItemType.BADGE), by=victor)
    world.svc.directory.update_person(world.admin, victor.person_id, role=Role.SITE_LEAD)
    # even an action the new role also allows is refused until a new log-in
    for call in (
        lambda: world.svc.queries.list_items(victor),
        lambda: world.give_back(world.item_id(ItemType.BADGE), by=victor),
        lambda: world.attribute(world.item_id(ItemType.MECHANICAL_KEY), by=victor),
    ):
        with refused(world.svc, PermissionDenied, match="Votre rôle a changé"):
            call()
    relogged = world.svc.session.login("victor", PASSWORDS["victor"], station=STATION)
    assert relogged.role is Role.SITE_LEAD
    assert world.svc.queries.list_items(relogged).total == 6
    with refused(world.svc, PermissionDenied, match="Chef de chantier"):
        world.attribute(world.item_id(ItemType.MECHANICAL_KEY), by=relogged)


@pytest.mark.read_only
def test_forged_actor_for_a_person_without_account_is_refused(world: World) -> None:
    forged = Actor(world.noel_id, "noel", "Noël Dupré", Role.TECHNICIAN, STATION)
    with refused(world.svc, AuthenticationError, match="reconnectez-vous"):
        world.svc.queries.list_items(forged)
    unknown = Actor(999_999, "x", "X", Role.ADMIN, STATION)
    with refused(world.svc, AuthenticationError):
        world.svc.directory.create_client(unknown, code="ZZ", name="Z", contact_name="Z")


def test_change_own_password(world: World) -> None:
    claire = world.custodian
    with refused(world.svc, AuthenticationError, match="Mot de passe actuel incorrect", field="old_password"):
        world.svc.directory.change_own_password(claire, old_password="faux-mot-de-passe", new_password="nouveau-123")
    with refused(world.svc, ValidationError, field="password"):
        world.svc.directory.change_own_password(claire, old_password=PASSWORDS["claire"], new_password="court")
    world.svc.directory.change_own_password(claire, old_password=PASSWORDS["claire"], new_password="nouveau-123")
    assert world.svc.session.login("claire", "nouveau-123").person_id == claire.person_id
    with pytest.raises(AuthenticationError) as info:
        world.svc.session.login("claire", PASSWORDS["claire"])
    assert_clear_error(info.value)


def test_admin_sets_an_account_for_a_technician(world: World) -> None:
    view = world.svc.directory.set_account(world.admin, world.noel_id, login="Noel.Dupre", password="badge-noel-1")
    assert view.login == "noel.dupre" and view.is_user
    noel = world.svc.session.login("noel.dupre", "badge-noel-1")
    assert (noel.person_id, noel.role) == (world.noel_id, Role.TECHNICIAN)
    # logins are unique
    with refused(world.svc, ValidationError, field="login"):
        world.svc.directory.set_account(world.admin, world.ids.paul_id, login="x", password="motdepasse-1")
    with refused(world.svc, ConflictError, field="login", match="déjà pris"):
        world.svc.directory.set_account(world.admin, world.ids.paul_id, login="noel.dupre", password="motdepasse-1")
    with refused(world.svc, ValidationError, field="password", match="obligatoire"):
        world.svc.directory.set_account(world.admin, world.ids.paul_id, login="paul", password="")
