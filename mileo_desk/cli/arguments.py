"""Argument types and look-ups shared by the command groups: roles, item types and states
as typed in French or as stored, dates in Paris time, signature files, and a person, client,
site or item named on the command line.

The parsing rules themselves live in the domain and the services (``parse_item_type``,
``parse_user_datetime``, ``parse_vectors``…); here they only meet argparse.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import MileoError, ValidationError

if TYPE_CHECKING:
    from ..services.dto import ItemView, PersonView
    from .core import Context


def role_type(value: str) -> Any:
    from ..domain.enums import Role
    from ..domain.text import fold

    # the French words people type, besides the stored values and the labels
    aliases = {"gardien": Role.CUSTODIAN, "exploitation": Role.OPERATIONS_MANAGER, "chef": Role.SITE_LEAD,
               "technicien": Role.TECHNICIAN, "admin": Role.ADMIN, "administrateur": Role.ADMIN}
    # accents, case and underscores ignored: « Chef de site », chef_de_site and site_lead all match
    key = fold(value).replace("_", " ")
    for role in Role:
        if key in (role.value.replace("_", " "), fold(role.label_fr)):
            return role
    if key in aliases:
        return aliases[key]
    names = ", ".join(r.value for r in Role)
    raise argparse.ArgumentTypeError(f"rôle inconnu « {value} » (gardien, exploitation, chef, technicien, admin ou "
                                     f"{names})")


def item_type(value: str) -> Any:
    from ..services.import_export import parse_item_type

    try:
        # the import and the command line accept the same spellings (services.import_export)
        return parse_item_type(value)
    except MileoError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def state_type(value: str) -> Any:
    from ..domain.enums import ItemState
    from ..domain.text import fold

    key = fold(value).replace("_", " ")
    for state in ItemState:
        if key in (state.value.replace("_", " "), fold(state.label_fr)):
            return state
    raise argparse.ArgumentTypeError(f"état inconnu « {value} » ({', '.join(s.value for s in ItemState)})")


def positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"nombre entier invalide : « {value} »") from None
    # 0 is meaningful (« --limit 0 »: all), negatives are not
    if n < 0:
        raise argparse.ArgumentTypeError(f"nombre négatif : {n}")
    return n


def when(text: str, *, field: str, label: str) -> datetime:
    from ..domain.clock import parse_user_datetime

    return parse_user_datetime(text, field=field, label=label)


def due(text: str) -> datetime:
    """A due date; a bare date means the end of that day in Paris."""
    from ..domain.clock import end_of_paris_day

    moment = when(text, field="due_at", label="Retour prévu")
    raw = text.strip()
    # no time given: the item may come back until midnight of that day
    if ":" not in raw and "T" not in raw:
        return end_of_paris_day(moment)
    return moment


def calendar_date(text: str, *, field: str, label: str) -> date:
    from ..services.import_export import parse_date

    return parse_date(text, field=field, label=label)


def read_bytes(path: str, *, field: str, what: str, limit: int = 20_000_000) -> bytes:
    p = Path(path)
    try:
        # refused before reading: a wrong file must not fill the memory
        if p.stat().st_size > limit:
            raise ValidationError(f"{what} trop lourd : {path}.", field=field)
        return p.read_bytes()
    except FileNotFoundError:
        raise ValidationError(f"{what} introuvable : {path}.", field=field) from None
    except IsADirectoryError:
        raise ValidationError(f"{what} : {path} est un dossier.", field=field) from None
    except PermissionError:
        raise ValidationError(f"{what} illisible (droits insuffisants) : {path}.", field=field) from None


def signature(path: str | None, png_path: str | None, *, field: str) -> Any:
    """A signature file in the ``mileo-signature/1`` format, with its PNG if given."""
    from ..domain.signature import parse_vectors

    if path is None:
        return None
    raw = read_bytes(path, field=field, what="Fichier de signature", limit=5_000_000)
    png = read_bytes(png_path, field=field, what="Image de signature") if png_path else None
    try:
        # utf-8-sig: files saved by Windows editors start with a BOM
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(f"Fichier de signature illisible : {path}.", field=field) from None
    return parse_vectors(text, png=png)


def person(ctx: Context, value: str) -> PersonView:
    """A person by id (digits) or by login."""
    svc, actor = ctx.services(), ctx.actor()
    # digits: a person number (people without an account have no login); else a login
    if value.strip().isdigit():
        return svc.directory.find_person(actor, person_id=int(value))
    return svc.directory.find_person(actor, login=value)


def client_id(ctx: Context, code: str) -> int:
    return ctx.services().directory.get_client(ctx.actor(), code=code).id


def site_id(ctx: Context, value: str, client_id: int | None) -> int:
    """A site by id, or by name among the client's sites (accents and case ignored)."""
    from ..domain.errors import NotFoundError
    from ..domain.text import fold

    if value.strip().isdigit():
        return int(value)
    sites = ctx.services().directory.list_sites(ctx.actor(), client_id=client_id)
    # a name must designate one site: an ambiguous one is refused, never guessed
    matches = [s for s in sites if fold(s.name) == fold(value)]
    if len(matches) == 1:
        return matches[0].id
    if not matches:
        raise NotFoundError(f"Site « {value} » introuvable.", field="site")
    raise ValidationError(f"Plusieurs sites s'appellent « {value} » : donnez son numéro ou --client.", field="site")


def item(ctx: Context, registry_id: str) -> ItemView:
    return ctx.services().queries.get_item(ctx.actor(), registry_id=registry_id)
