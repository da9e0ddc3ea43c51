"""Op factories of the directory: clients, sites, people (habit 3).

Same shape as :mod:`.items`: called on the GUI thread, they return the callable run on the
DB worker. The directory services return plain views, so what changed is said here, once:
:data:`CLIENTS_CHANGED` (names shown in every list) and :data:`PEOPLE_CHANGED`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ...domain.enums import ContractLevel, Role, Sensitivity
from ...services.dto import Changes, ClientView, PersonView, SiteView

if TYPE_CHECKING:
    from ..context import GuiContext

#: a client or a site was created or edited (sites are shown with their client)
CLIENTS_CHANGED = Changes(clients=True)
#: a person (technician, account) was created or edited
PEOPLE_CHANGED = Changes(people=True)


def create_client(ctx: GuiContext, *, code: str, name: str, contact_name: str, contact_phone: str,
                  contact_email: str, contract_level: ContractLevel) -> Callable[[], ClientView]:
    actor, directory = ctx.require_actor(), ctx.services.directory
    return lambda: directory.create_client(actor, code=code, name=name, contact_name=contact_name,
                                           contact_phone=contact_phone, contact_email=contact_email,
                                           contract_level=contract_level)


def update_client(ctx: GuiContext, client_id: int, *, name: str, contact_name: str, contact_phone: str,
                  contact_email: str, contract_level: ContractLevel, active: bool) -> Callable[[], ClientView]:
    actor, directory = ctx.require_actor(), ctx.services.directory
    return lambda: directory.update_client(actor, client_id, name=name, contact_name=contact_name,
                                           contact_phone=contact_phone, contact_email=contact_email,
                                           contract_level=contract_level, active=active)


def create_site(ctx: GuiContext, *, client_id: int, name: str, address: str,
                sensitivity: Sensitivity) -> Callable[[], SiteView]:
    actor, directory = ctx.require_actor(), ctx.services.directory
    return lambda: directory.create_site(actor, client_id=client_id, name=name, address=address,
                                         sensitivity=sensitivity)


def update_site(ctx: GuiContext, site_id: int, *, name: str, address: str, sensitivity: Sensitivity,
                active: bool) -> Callable[[], SiteView]:
    actor, directory = ctx.require_actor(), ctx.services.directory
    return lambda: directory.update_site(actor, site_id, name=name, address=address, sensitivity=sensitivity,
                                         active=active)


def create_person(ctx: GuiContext, *, full_name: str, role: Role, badge_uid: str | None, email: str | None,
                  phone: str | None, login: str | None, password: str | None) -> Callable[[], PersonView]:
    actor, directory = ctx.require_actor(), ctx.services.directory
    return lambda: directory.create_person(actor, full_name=full_name, role=role, badge_uid=badge_uid, email=email,
                                           phone=phone, login=login, password=password)


def update_person(ctx: GuiContext, person_id: int, *, full_name: str, role: Role | None, active: bool | None,
                  badge_uid: str, email: str, phone: str, account: tuple[str, str] | None) -> Callable[[], PersonView]:
    """Edit a person; *account* = (login, password) also sets the account (a second call:
    the service has no single call for "edit and set the account")."""
    actor, directory = ctx.require_actor(), ctx.services.directory

    def run() -> PersonView:
        view = directory.update_person(actor, person_id, full_name=full_name, role=role, active=active,
                                       badge_uid=badge_uid, email=email, phone=phone)
        if account is not None:
            view = directory.set_account(actor, person_id, login=account[0], password=account[1])
        return view

    return run


__all__ = ["CLIENTS_CHANGED", "PEOPLE_CHANGED", "create_client", "create_person", "create_site", "update_client",
           "update_person", "update_site"]
