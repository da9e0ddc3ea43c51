"""Clients with their security contact, sites with their sensitivity, staff and accounts."""

from __future__ import annotations

import pytest

from mileo_desk.domain.enums import ContractLevel, ItemType, Role, Sensitivity
from mileo_desk.domain.errors import ConflictError, NotFoundError, RuleViolation, ValidationError
from mileo_desk.services.dto import ItemFilter
from tests.conftest import BADGE_UID, NOEL_BADGE, THOMAS_BADGE, World

# --------------------------------------------------------------------------- clients


def test_create_client_with_security_contact(world: World) -> None:
    view = world.svc.directory.create_client(
        world.manager, code=" sncf2 ", name="Gare de l'Est", contact_name="Hélène Roy",
        contact_phone="+33 1 00 00 00 01", contact_email="surete@gare.fr", contract_level="premium",
    )
    assert (view.code, view.name, view.contact_name, view.contact_phone, view.contact_email) == (
        "SNCF2", "Gare de l'Est", "Hélène Roy", "+33 1 00 00 00 01", "surete@gare.fr")
    assert view.contract_level is ContractLevel.PREMIUM and view.active
    assert world.svc.directory.get_client(world.custodian, code="sncf2") == view
    assert world.svc.directory.get_client(world.custodian, client_id=view.id) == view


@pytest.mark.read_only
def test_world_clients_are_listed_and_searchable_without_accents(world: World) -> None:
    d, c = world.svc.directory, world.custodian
    assert [x.code for x in d.list_clients(c)] == ["BDN", "ECL"]  # ordered by name
    assert [x.code for x in d.list_clients(c, text="ECLUSES")] == ["ECL"]
    assert [x.code for x in d.list_clients(c, text="societe")] == ["ECL"]
    assert [x.code for x in d.list_clients(c, text="lemaire")] == ["ECL"]  # security contact
    assert d.list_clients(c, text="inexistant") == []
    ecl = d.get_client(c, code="ECL")
    assert (ecl.contact_name, ecl.contact_phone, ecl.contact_email, ecl.contract_level) == (
        "Marc Lemaire", "+33 1 23 45 67 89", "securite@ecluses.fr", ContractLevel.PREMIUM)


@pytest.mark.read_only
@pytest.mark.parametrize(
    ("kwargs", "exc", "field", "fragment"),
    [
        ({"code": "E"}, ValidationError, "code", "Code client invalide"),
        ({"code": "ÉCL2"}, ValidationError, "code", "Code client invalide"),
        ({"code": "ecl"}, ConflictError, "code", "ECL existe déjà"),
        ({"name": " "}, ValidationError, "name", "obligatoire"),
        ({"contact_name": ""}, ValidationError, "contact_name", "Responsable sécurité"),
        ({"contact_email": "pas-une-adresse"}, ValidationError, "email", "e-mail invalide"),
        ({"contact_phone": "0800-APPEL"}, ValidationError, "phone", "téléphone invalide"),
        ({"contract_level": "gold"}, ValidationError, "contract_level", "premium, standard"),
        ({"name": "x" * 121}, ValidationError, "name", "dépasse 120 caractères"),
    ],
)
def test_create_client_refusals(world: World, kwargs: dict[str, str], exc: type, field: str, fragment: str) -> None:
    base = {"code": "NEW", "name": "Nouveau client", "contact_name": "Jean Sûreté"}
    with world.refused(exc, field=field, match=fragment):
        world.svc.directory.create_client(world.manager, **{**base, **kwargs})


def test_update_client_and_archive(world: World) -> None:
    d = world.svc.directory
    view = d.update_client(world.manager, world.ids.client_id, contact_name="Nadia Benali", contact_phone="",
                           contract_level=ContractLevel.STANDARD)
    assert (view.contact_name, view.contact_phone, view.contract_level) == ("Nadia Benali", None,
                                                                            ContractLevel.STANDARD)
    assert view.contact_email == "securite@ecluses.fr"  # untouched
    # PROC-INT-006 §04: a client with items still in service is not archived
    with world.refused(RuleViolation, code="client_actif", match="Banque du Nord a encore 1 objet(s) en service"):
        d.update_client(world.manager, world.ids.other_client_id, active=False)
    world.svc.registry.restitute_item(world.custodian, item_id=world.ids.other_item_id)
    d.update_client(world.manager, world.ids.other_client_id, active=False)
    assert [x.code for x in d.list_clients(world.custodian)] == ["ECL"]
    assert [x.code for x in d.list_clients(world.custodian, include_inactive=True)] == ["BDN", "ECL"]
    # an archived client receives nothing more
    with world.refused(RuleViolation, code="client_archive", match="Banque du Nord est archivé"):
        world.svc.registry.receive_item(world.custodian, client_id=world.ids.other_client_id,
                                        site_id=world.ids.other_site_id, type=ItemType.BADGE)
    with world.refused(NotFoundError, field="client"):
        d.update_client(world.manager, 999_999, name="X")
    with world.refused(NotFoundError, match="Client « zzz » introuvable."):
        d.get_client(world.manager, code="zzz")


def test_renaming_a_client_reindexes_its_items(world: World) -> None:
    d, q = world.svc.directory, world.svc.queries
    d.update_client(world.manager, world.ids.client_id, name="Groupe Canal Saint-Martin")
    found = q.list_items(world.custodian, ItemFilter(text="canal saint martin"), limit=None)
    assert found.total == 5
    assert {i.client_name for i in found.items} == {"Groupe Canal Saint-Martin"}
    assert q.list_items(world.custodian, ItemFilter(text="societe des ecluses")).total == 0


def test_renaming_a_client_reindexes_its_sites(world: World) -> None:
    world.svc.directory.update_client(world.manager, world.ids.client_id, name="Groupe Canal Saint-Martin")
    sites = world.svc.directory.list_sites(world.custodian, text="canal saint martin")
    assert {s.id for s in sites} == {world.ids.site_s1_id, world.ids.site_s3_id}


# --------------------------------------------------------------------------- sites


def test_sites_with_sensitivity(world: World) -> None:
    d = world.svc.directory
    site = d.create_site(world.manager, client_id=world.ids.client_id, name="Écluse n°3",
                         address="Quai de Jemmapes\n75010 Paris", sensitivity="S2")
    assert (site.sensitivity, site.client_name, site.address) == (Sensitivity.S2, "Société des Écluses",
                                                                  "Quai de Jemmapes\n75010 Paris")
    names = [s.name for s in d.list_sites(world.custodian, client_id=world.ids.client_id)]
    assert sorted(names) == ["Entrepôt de Pantin", "Salle des serveurs", "Écluse n°3"]
    assert [s.name for s in d.list_sites(world.custodian, text="ecluse n°3")] == ["Écluse n°3"]
    assert [s.name for s in d.list_sites(world.custodian, text="JEMMAPES")] == ["Écluse n°3"]
    assert [s.name for s in d.list_sites(world.custodian, text="opera")] == ["Agence Opéra"]
    updated = d.update_site(world.manager, site.id, sensitivity=Sensitivity.S3, active=False)
    assert (updated.sensitivity, updated.active) == (Sensitivity.S3, False)


def test_renaming_a_site_reindexes_its_items(world: World) -> None:
    world.svc.directory.update_site(world.manager, world.ids.site_s3_id, name="Datacenter Villette")
    found = world.svc.queries.list_items(world.custodian, ItemFilter(text="villette"), limit=None)
    assert {i.type for i in found.items} == {ItemType.BADGE, ItemType.MASTER_KEY, ItemType.TEMPORARY_BADGE}


@pytest.mark.read_only
@pytest.mark.parametrize(
    ("kwargs", "exc", "field"),
    [
        ({"sensitivity": "S4"}, ValidationError, "sensitivity"),
        ({"client_id": 999_999}, NotFoundError, "client"),
        ({"name": ""}, ValidationError, "name"),
        ({"address": "a" * 301}, ValidationError, "address"),
        ({"name": "Site\x07"}, ValidationError, "name"),
    ],
)
def test_create_site_refusals(world: World, kwargs: dict[str, object], exc: type, field: str) -> None:
    base: dict[str, object] = {"client_id": world.ids.client_id, "name": "Nouveau site", "address": "1 rue X",
                               "sensitivity": "S1"}
    with world.refused(exc, field=field):
        world.svc.directory.create_site(world.manager, **{**base, **kwargs})  # type: ignore[arg-type]
    with world.refused(NotFoundError, field="site"):
        world.svc.directory.update_site(world.manager, 999_999, name="X")


# --------------------------------------------------------------------------- people


def test_create_person_normalises_the_badge(world: World) -> None:
    d = world.svc.directory
    person = d.create_person(world.manager, full_name="Léa Fontaine", role="technician", badge_uid="ab:cd:ef:01",
                             email="lea@mileotech.com", phone="06 11 22 33 44")
    assert (person.badge_uid, person.role, person.login, person.is_user) == ("ABCDEF01", Role.TECHNICIAN, None, False)
    assert world.svc.directory.find_person(world.custodian, person_id=person.id) == person
    assert d.find_person(world.custodian, login="THOMAS").badge_uid == THOMAS_BADGE
    assert d.find_person(world.custodian, person_id=world.noel_id).badge_uid == NOEL_BADGE


@pytest.mark.read_only
@pytest.mark.parametrize(
    ("kwargs", "exc", "field", "fragment"),
    [
        ({"badge_uid": "04:A1:B2:C3:D4:E5:F6"}, ConflictError, "badge_uid", "badge professionnel de Thomas Éclair"),
        ({"badge_uid": BADGE_UID}, ConflictError, "badge_uid", "l'objet ECL-00001"),
        ({"badge_uid": "12345"}, ValidationError, "badge_uid", "UID du badge Mileo invalide"),
        ({"role": "chef"}, ValidationError, "role", "Rôle invalide"),
        ({"full_name": ""}, ValidationError, "full_name", "obligatoire"),
        ({"email": "lea@"}, ValidationError, "email", "e-mail"),
    ],
)
def test_create_person_refusals(world: World, kwargs: dict[str, str], exc: type, field: str, fragment: str) -> None:
    base = {"full_name": "Léa Fontaine", "role": "technician"}
    with world.refused(exc, field=field, match=fragment):
        world.svc.directory.create_person(world.manager, **{**base, **kwargs})


@pytest.mark.read_only
@pytest.mark.parametrize(
    ("login", "password", "exc", "fragment"),
    [
        ("claire", "motdepasse-1", ConflictError, "déjà pris"),
        ("Léa", "motdepasse-1", ValidationError, "Identifiant invalide"),
        ("lea fontaine", "motdepasse-1", ValidationError, "Identifiant invalide"),
        ("lea", None, ValidationError, "mot de passe est obligatoire"),
        ("lea", "court", ValidationError, "au moins 8 caractères"),
    ],
)
def test_create_account_refusals(world: World, login: str, password: str | None, exc: type, fragment: str) -> None:
    with world.refused(exc, match=fragment):
        world.svc.directory.create_person(world.admin, full_name="Léa Fontaine", role=Role.CUSTODIAN, login=login,
                                          password=password)


def test_update_person(world: World) -> None:
    d = world.svc.directory
    noel = d.update_person(world.manager, world.noel_id, full_name="Noël Dupré-Martin", badge_uid="",
                           phone="+33 6 99 99 99 99")
    assert (noel.full_name, noel.badge_uid, noel.phone) == ("Noël Dupré-Martin", None, "+33 6 99 99 99 99")
    noel = d.update_person(world.manager, world.noel_id, badge_uid="0A:0B:0C:0D")
    assert noel.badge_uid == NOEL_BADGE
    with world.refused(ConflictError, field="badge_uid"):
        d.update_person(world.manager, world.noel_id, badge_uid=THOMAS_BADGE)
    with world.refused(NotFoundError, field="person"):
        d.update_person(world.manager, 999_999, full_name="X")
    with world.refused(RuleViolation, code="soi_meme", match="votre propre compte"):
        d.update_person(world.admin, world.admin.person_id, active=False)


def test_renaming_a_holder_reindexes_what_he_holds(world: World) -> None:
    key = world.item_id(ItemType.MECHANICAL_KEY)
    world.attribute(key, world.noel_id)
    world.svc.directory.update_person(world.manager, world.noel_id, full_name="Noël Kerbrat")
    found = world.svc.queries.list_items(world.custodian, ItemFilter(text="kerbrat"))
    assert [i.id for i in found.items] == [key]
    assert found.items[0].holder_name == "Noël Kerbrat"


@pytest.mark.read_only
def test_list_people_filters(world: World) -> None:
    d, c = world.svc.directory, world.custodian
    everyone = {p.full_name for p in d.list_people(c)}
    assert "Inès Morel" not in everyone and {"Noël Dupré", "Thomas Éclair", "Paul Girard"} <= everyone
    assert "Inès Morel" in {p.full_name for p in d.list_people(c, include_inactive=True)}
    assert {p.full_name for p in d.list_people(c, holders_only=True)} == {"Noël Dupré", "Thomas Éclair",
                                                                            "Sophie Garnier"}
    assert {p.full_name for p in d.list_people(c, role=Role.TECHNICIAN, include_inactive=True)} == {
        "Noël Dupré", "Thomas Éclair", "Inès Morel"}
    assert [p.full_name for p in d.list_people(c, text="NOEL")] == ["Noël Dupré"]
    assert [p.full_name for p in d.list_people(c, text="eclair")] == ["Thomas Éclair"]
    with world.refused(NotFoundError, match="introuvable"):
        d.find_person(c, login="personne")
