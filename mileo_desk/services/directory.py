"""Clients, sites, people and user accounts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ..domain.enums import ContractLevel, ItemState, Role, Sensitivity
from ..domain.errors import AuthenticationError, ConflictError, NotFoundError, RuleViolation, ValidationError
from ..domain.identifiers import lookup_key, normalize_client_code, normalize_uid
from ..domain.permissions import Action, allowed, directory_scope
from ..domain.text import (
    ADDRESS_MAX,
    clean_email,
    clean_phone,
    fold,
    normalize_login,
    require_text,
    strip_controls,
)
from ..persistence.records import ClientRecord, ItemRecord, PersonRecord, SiteRecord
from ..persistence.repositories import refresh_item_search, text_filter, uid_owner
from .auth import check_password, hash_password
from .base import ServiceBase, client_view, person_view, site_view
from .dto import Actor, ClientView, PersonView, SiteView


def _enum(enum_cls: type, value: object, *, label: str, field: str) -> object:
    try:
        return enum_cls(value)
    except ValueError:
        allowed = ", ".join(e.value for e in enum_cls)  # type: ignore[attr-defined]
        raise ValidationError("{label} invalide : « {value} » (valeurs : {allowed}).", field=field,
                              params={"label": label, "value": str(value), "allowed": allowed}) from None


def _held(column: Any, holder: int) -> Select[Any]:
    """``column`` (an item's client or site) of the items *holder* holds: a technician's scope."""
    return select(column).where(ItemRecord.holder_id == holder)


class DirectoryService(ServiceBase):
    """Reference data: clients with their security contact, sites, staff and accounts."""

    # -- clients ---------------------------------------------------------------------

    def create_client(
        self, actor: Actor, *, code: str, name: str, contact_name: str, contact_phone: str | None = None,
        contact_email: str | None = None, contract_level: ContractLevel | str = ContractLevel.STANDARD,
    ) -> ClientView:
        """A client with its security contact (responsable sécurité) and contract level."""
        with self.db.write() as s:
            self.authorize(s, actor, Action.MANAGE_CLIENTS)
            code_n = normalize_client_code(code)
            if s.execute(select(ClientRecord.id).where(ClientRecord.code == code_n)).scalar_one_or_none():
                raise ConflictError("Le code client {code} existe déjà.", field="code", params={"code": code_n})
            level = _enum(ContractLevel, contract_level, label="Niveau de contrat", field="contract_level")
            rec = ClientRecord(
                code=code_n, name=require_text(name, label="Nom du client", field="name"),
                contact_name=require_text(contact_name, label="Responsable sécurité", field="contact_name"),
                contact_phone=clean_phone(contact_phone), contact_email=clean_email(contact_email),
                contract_level=level.value, active=True, created_us=self.now_us(),  # type: ignore[attr-defined]
            )
            rec.search_text = fold(f"{rec.code} {rec.name} {rec.contact_name}")
            s.add(rec)
            s.flush()
            return client_view(rec)

    def update_client(
        self, actor: Actor, client_id: int, *, name: str | None = None, contact_name: str | None = None,
        contact_phone: str | None = None, contact_email: str | None = None,
        contract_level: ContractLevel | str | None = None, active: bool | None = None,
    ) -> ClientView:
        with self.db.write() as s:
            self.authorize(s, actor, Action.MANAGE_CLIENTS)
            rec = s.get(ClientRecord, client_id)
            if rec is None:
                raise NotFoundError("Client n°{id} introuvable.", field="client", params={"id": client_id})
            renamed = False
            if name is not None:
                rec.name = require_text(name, label="Nom du client", field="name")
                renamed = True
            if contact_name is not None:
                rec.contact_name = require_text(contact_name, label="Responsable sécurité", field="contact_name")
            if contact_phone is not None:
                rec.contact_phone = clean_phone(contact_phone)
            if contact_email is not None:
                rec.contact_email = clean_email(contact_email)
            if contract_level is not None:
                rec.contract_level = _enum(ContractLevel, contract_level, label="Niveau de contrat",
                                           field="contract_level").value  # type: ignore[attr-defined]
            if active is not None:
                if not active and rec.active:
                    in_service = s.execute(
                        select(func.count()).select_from(ItemRecord).where(
                            ItemRecord.client_id == rec.id, ItemRecord.state == ItemState.IN_SERVICE.value)
                    ).scalar_one()
                    if in_service:
                        # PROC-INT-006 §04: the registry is closed after the restitution inventory
                        raise RuleViolation(
                            "Le client {name} a encore {count} objet(s) en service : restituez-les "
                            "(ou déclarez-les perdus) avant d'archiver le client.",
                            params={"name": rec.name, "count": in_service},
                            code="client_actif",
                        )
                rec.active = active
            rec.search_text = fold(f"{rec.code} {rec.name} {rec.contact_name}")
            if renamed:
                # sites and items carry their client's name in their search text
                for site in s.execute(select(SiteRecord).where(SiteRecord.client_id == rec.id)).scalars():
                    site.search_text = fold(f"{site.name} {site.address} {rec.name}")
                self._reindex_items(s, ItemRecord.client_id == rec.id)
            return client_view(rec)

    @staticmethod
    def _reindex_items(s: Session, condition: object) -> None:
        for item in s.execute(select(ItemRecord).where(condition)).scalars():  # type: ignore[arg-type]
            refresh_item_search(s, item)

    def list_clients(
        self, actor: Actor, *, text: str | None = None, include_inactive: bool = False
    ) -> list[ClientView]:
        """The clients (active ones unless *include_inactive*) matching *text*; a technician's
        list holds only the clients of the items they hold (CHR-GOV-001 §01)."""
        with self.db.read() as s:
            self.authorize(s, actor, Action.VIEW_OWN_ITEMS)
            stmt = select(ClientRecord).order_by(ClientRecord.name)
            holder = directory_scope(actor.role, actor.person_id)
            if holder is not None:
                stmt = stmt.where(ClientRecord.id.in_(_held(ItemRecord.client_id, holder)))
            if not include_inactive:
                stmt = stmt.where(ClientRecord.active.is_(True))
            if text:
                cond = text_filter(s, ClientRecord.search_text, text)
                if cond is not None:
                    stmt = stmt.where(cond)
            return [client_view(r) for r in s.execute(stmt).scalars()]

    def get_client(self, actor: Actor, *, client_id: int | None = None, code: str | None = None) -> ClientView:
        """One client by id or code; outside a technician's scope, « introuvable » (CHR-GOV-001 §01)."""
        with self.db.read() as s:
            self.authorize(s, actor, Action.VIEW_OWN_ITEMS)
            rec = self._find_client(s, client_id=client_id, code=code,
                                    holder=directory_scope(actor.role, actor.person_id))
            return client_view(rec)

    @staticmethod
    def _find_client(s: Session, *, client_id: int | None = None, code: str | None = None,
                     holder: int | None = None) -> ClientRecord:
        rec = None
        if client_id is not None:
            rec = s.get(ClientRecord, client_id)
        elif code:
            key = lookup_key(code)
            rec = s.execute(select(ClientRecord).where(ClientRecord.code == key)).scalar_one_or_none()
        if rec is not None and holder is not None and not s.execute(
                _held(ItemRecord.client_id, holder).where(ItemRecord.client_id == rec.id).limit(1)).first():
            rec = None  # out of scope: the same answer as an unknown client
        if rec is None:
            raise NotFoundError("Client « {client} » introuvable.", field="client",
                                params={"client": code or client_id})
        return rec

    # -- sites -----------------------------------------------------------------------

    def create_site(
        self, actor: Actor, *, client_id: int, name: str, address: str, sensitivity: Sensitivity | str,
    ) -> SiteView:
        """A client site with its sensitivity level S1–S3 (PROC-INT-005 §01)."""
        with self.db.write() as s:
            self.authorize(s, actor, Action.MANAGE_CLIENTS)
            client = self._find_client(s, client_id=client_id)
            level = _enum(Sensitivity, sensitivity, label="Sensibilité", field="sensitivity")
            rec = SiteRecord(
                client_id=client.id, name=require_text(name, label="Nom du site", field="name"),
                address=require_text(address, label="Adresse", field="address", max_len=ADDRESS_MAX),
                sensitivity=level.value, active=True,  # type: ignore[attr-defined]
            )
            rec.search_text = fold(f"{rec.name} {rec.address} {client.name}")
            s.add(rec)
            s.flush()
            return site_view(rec, client.name)

    def update_site(
        self, actor: Actor, site_id: int, *, name: str | None = None, address: str | None = None,
        sensitivity: Sensitivity | str | None = None, active: bool | None = None,
    ) -> SiteView:
        with self.db.write() as s:
            self.authorize(s, actor, Action.MANAGE_CLIENTS)
            rec = s.get(SiteRecord, site_id)
            if rec is None:
                raise NotFoundError("Site n°{id} introuvable.", field="site", params={"id": site_id})
            client = self._find_client(s, client_id=rec.client_id)
            if name is not None:
                rec.name = require_text(name, label="Nom du site", field="name")
            if address is not None:
                rec.address = require_text(address, label="Adresse", field="address", max_len=ADDRESS_MAX)
            if sensitivity is not None:
                rec.sensitivity = _enum(Sensitivity, sensitivity, label="Sensibilité",
                                        field="sensitivity").value  # type: ignore[attr-defined]
            if active is not None:
                rec.active = active
            rec.search_text = fold(f"{rec.name} {rec.address} {client.name}")
            if name is not None:
                self._reindex_items(s, ItemRecord.site_id == rec.id)
            return site_view(rec, client.name)

    def list_sites(self, actor: Actor, *, client_id: int | None = None, text: str | None = None) -> list[SiteView]:
        """The sites (of *client_id*) matching *text*; a technician's list holds only the sites of
        the items they hold (CHR-GOV-001 §01)."""
        with self.db.read() as s:
            self.authorize(s, actor, Action.VIEW_OWN_ITEMS)
            stmt = (select(SiteRecord, ClientRecord.name).join(ClientRecord, ClientRecord.id == SiteRecord.client_id)
                    .order_by(ClientRecord.name, SiteRecord.name))
            holder = directory_scope(actor.role, actor.person_id)
            if holder is not None:
                stmt = stmt.where(SiteRecord.id.in_(_held(ItemRecord.site_id, holder)))
            if client_id is not None:
                stmt = stmt.where(SiteRecord.client_id == client_id)
            if text:
                cond = text_filter(s, SiteRecord.search_text, text)
                if cond is not None:
                    stmt = stmt.where(cond)
            return [site_view(r, n) for r, n in s.execute(stmt).all()]

    # -- people and users ------------------------------------------------------------

    def create_person(
        self, actor: Actor, *, full_name: str, role: Role | str, badge_uid: str | None = None,
        email: str | None = None, phone: str | None = None, login: str | None = None,
        password: str | None = None,
    ) -> PersonView:
        """A member of staff; with a login and password, also a user of the app (admin only)."""
        with self.db.write() as s:
            self.authorize(s, actor, Action.MANAGE_USERS if login else Action.MANAGE_PEOPLE)
            role_v = _enum(Role, role, label="Rôle", field="role")
            rec = PersonRecord(
                full_name=require_text(full_name, label="Nom complet", field="full_name"),
                role=role_v.value, active=True,  # type: ignore[attr-defined]
                email=clean_email(email), phone=clean_phone(phone),
            )
            self._set_badge(s, rec, badge_uid)
            if login:
                self._set_login(s, rec, login, password)
            rec.search_text = fold(f"{rec.full_name} {rec.login or ''}")
            s.add(rec)
            s.flush()
            return person_view(rec)

    @staticmethod
    def _set_badge(s: Session, rec: PersonRecord, badge_uid: str | None) -> None:
        uid = normalize_uid(badge_uid, field="badge_uid", label="UID du badge Mileo")
        if uid is not None and uid != rec.badge_uid:
            owner = uid_owner(s, uid)
            if owner is not None:
                raise ConflictError("L'UID {uid} est déjà enregistré pour {owner}.", field="badge_uid",
                                    params={"uid": uid, "owner": owner})
        rec.badge_uid = uid

    @staticmethod
    def _set_login(s: Session, rec: PersonRecord, login: str, password: str | None) -> None:
        login_n = normalize_login(login)
        existing = s.execute(select(PersonRecord.id).where(PersonRecord.login == login_n)).scalar_one_or_none()
        if existing is not None and existing != rec.id:
            raise ConflictError("L'identifiant « {login} » est déjà pris.", field="login", params={"login": login_n})
        if not password:
            raise ValidationError("Un mot de passe est obligatoire pour un compte.", field="password")
        rec.login = login_n
        rec.password_hash = hash_password(password)

    def update_person(
        self, actor: Actor, person_id: int, *, full_name: str | None = None, role: Role | str | None = None,
        active: bool | None = None, badge_uid: str | None = None, email: str | None = None,
        phone: str | None = None,
    ) -> PersonView:
        with self.db.write() as s:
            # rights first: an unauthorised caller must not learn whether the person exists
            account_change = role is not None or active is not None
            if not allowed(actor.role, Action.MANAGE_PEOPLE):
                self.authorize(s, actor, Action.MANAGE_USERS if account_change else Action.MANAGE_PEOPLE)
            self.authorize(s, actor, Action.MANAGE_PEOPLE)
            target = self.person_record(s, person_id)
            if account_change and target.login:
                self.authorize(s, actor, Action.MANAGE_USERS)
            if full_name is not None:
                target.full_name = require_text(full_name, label="Nom complet", field="full_name")
            if role is not None:
                target.role = _enum(Role, role, label="Rôle", field="role").value  # type: ignore[attr-defined]
            if active is not None:
                if not active and target.id == actor.person_id:
                    raise RuleViolation("Vous ne pouvez pas désactiver votre propre compte.", code="soi_meme")
                target.active = active
            if badge_uid is not None:
                self._set_badge(s, target, badge_uid or None)
            if email is not None:
                target.email = clean_email(email)
            if phone is not None:
                target.phone = clean_phone(phone)
            target.search_text = fold(f"{target.full_name} {target.login or ''}")
            if full_name is not None:
                self._reindex_items(s, ItemRecord.holder_id == target.id)
            return person_view(target)

    def set_account(self, actor: Actor, person_id: int, *, login: str, password: str) -> PersonView:
        """Give a person a login and password, or reset them (admin)."""
        with self.db.write() as s:
            self.authorize(s, actor, Action.MANAGE_USERS)
            target = self.person_record(s, person_id)
            self._set_login(s, target, login, password)
            target.search_text = fold(f"{target.full_name} {target.login or ''}")
            return person_view(target)

    def change_own_password(self, actor: Actor, *, old_password: str, new_password: str) -> None:
        with self.db.write() as s:
            self.authorize(s, actor, Action.VIEW_OWN_ITEMS)
            me = self.person_record(s, actor.person_id)
            if not check_password(old_password, me.password_hash):
                raise AuthenticationError("Mot de passe actuel incorrect.", field="old_password")
            me.password_hash = hash_password(new_password)

    def list_people(
        self, actor: Actor, *, role: Role | None = None, text: str | None = None, include_inactive: bool = False,
        holders_only: bool = False,
    ) -> list[PersonView]:
        """Staff, filtered. Badge UIDs, e-mails and phones are confidential (SPEC §8): only
        roles that see the registry may list them."""
        with self.db.read() as s:
            self.authorize(s, actor, Action.VIEW_REGISTRY)
            stmt = select(PersonRecord).order_by(PersonRecord.full_name)
            if role is not None:
                stmt = stmt.where(PersonRecord.role == role.value)
            if holders_only:
                stmt = stmt.where(PersonRecord.role.in_([Role.TECHNICIAN.value, Role.SITE_LEAD.value]))
            if not include_inactive:
                stmt = stmt.where(PersonRecord.active.is_(True))
            if text:
                cond = text_filter(s, PersonRecord.search_text, text)
                if cond is not None:
                    stmt = stmt.where(cond)
            return [person_view(r) for r in s.execute(stmt).scalars()]

    def find_person(self, actor: Actor, *, login: str | None = None, person_id: int | None = None) -> PersonView:
        """One person by id or login; anyone may look themselves up, others need the registry."""
        with self.db.read() as s:
            me = self.authorize(s, actor, Action.VIEW_OWN_ITEMS)
            itself = person_id == me.id if person_id is not None else (
                (login or "").strip().lower() == (me.login or ""))
            if not itself:
                self.authorize(s, actor, Action.VIEW_REGISTRY)
            rec = None
            if person_id is not None:
                rec = s.get(PersonRecord, person_id)
            elif login:
                stmt = select(PersonRecord).where(PersonRecord.login == strip_controls(login).strip().lower())
                rec = s.execute(stmt).scalar_one_or_none()
            if rec is None:
                raise NotFoundError("Personne « {person} » introuvable.", field="person",
                                    params={"person": login or person_id})
            return person_view(rec)


