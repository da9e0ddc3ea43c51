"""The registry's rules as a state machine over an item's status (SPEC §2, PROC-INT-006).

Each function takes the current :class:`ItemStatus` and the facts of a proposed movement,
and returns the status after it or raises :class:`RuleViolation` / :class:`ValidationError`
with a French message. No I/O: the services load the facts and persist the result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TypeVar

from . import permissions
from .clock import end_of_paris_day, paris_at, paris_date
from .enums import HOLDER_ROLES, MANDATE_REQUIRED_TYPES, ItemState, ItemType, Keeping, Role
from .errors import MileoError, PermissionDenied, RuleViolation, ValidationError
from .permissions import Action
from .wording import N_

#: a moment as a datetime, or as the microseconds since the epoch that the database stores
#: (hot read paths test overdue on the stored integers)
Moment = TypeVar("Moment", datetime, int)

#: PROC-INT-006 §03: a loss must be reported within 30 minutes of being noticed
LOSS_REPORT_DELAY = timedelta(minutes=30)
LOSS_REPORT_MINUTES = int(LOSS_REPORT_DELAY.total_seconds() // 60)
#: how a late report is named wherever it is shown (CLI, dashboard, reports)
LATE_REPORT_TEXT = f"signalement tardif (plus de {LOSS_REPORT_MINUTES} minutes après la constatation, PROC-INT-006 §03)"
#: how far in the future a due date may be set
MAX_ATTRIBUTION = timedelta(days=366)
#: tolerated clock difference between stations for "reported at" in the future
CLOCK_SKEW = timedelta(minutes=2)
MAX_COPIES = 10
#: an attribution's default expected return: a week later, at 18:00 Paris time
DEFAULT_ATTRIBUTION_DAYS = 7
DEFAULT_RETURN_HOUR = 18

#: item fields a correction may change (besides the due date of a current attribution), with
#: their French label and maximum length: the same as at reception (SPEC §1: a correction is a
#: new movement; the history is never edited)
CORRECTABLE_FIELDS: dict[str, tuple[str, int]] = {
    "stamped_number": ("Numéro frappé", 60),
    "label": ("Désignation", 120),
    "card_uid": ("UID de la carte", 20),
    "tag_uid": ("UID du porte-clés", 20),
}


@dataclass(frozen=True)
class ItemStatus:
    """Where an item is and who holds it."""

    state: ItemState
    keeping: Keeping
    holder_id: int | None = None
    held_since: datetime | None = None
    due_at: datetime | None = None

    @property
    def is_held(self) -> bool:
        return self.keeping is Keeping.TECHNICIAN and self.holder_id is not None

    @property
    def at_headquarters(self) -> bool:
        """In service and kept at headquarters: what may be attributed or restituted."""
        return self.state is ItemState.IN_SERVICE and not self.is_held

    def overdue(self, now: datetime) -> bool:
        """Held past its expected return date (SPEC §2: overdue items are shown)."""
        return is_overdue(self.state, self.keeping, self.due_at, now)


#: no item in the registry predates this year: an earlier reception date is a typing mistake
EARLIEST_RECEPTION_YEAR = 1990


def check_received_on(received: date, today: date) -> date:
    """A reception date is a past or present day (in Paris), not before the registry's time."""
    if received > today:
        raise ValidationError("La date de réception est dans le futur.", field="received_on")
    if received.year < EARLIEST_RECEPTION_YEAR:
        raise ValidationError(
            "La date de réception est invalide (avant {year}).", field="received_on",
            params={"year": EARLIEST_RECEPTION_YEAR},
        )
    return received


def is_overdue(state: ItemState, keeping: Keeping, due_at: Moment | None, now: Moment) -> bool:
    """SPEC §2, PROC-INT-005 §04: an item in service, held by a technician, whose expected
    return date has passed is overdue. (The list filter "en retard" is the same test written
    in SQL over the same three columns, in persistence's item statements.)"""
    return state is ItemState.IN_SERVICE and keeping is Keeping.TECHNICIAN and due_at is not None and due_at < now


def is_late_report(noticed_at: datetime, reported_at: datetime) -> bool:
    """PROC-INT-006 §03: a loss or theft reported more than 30 minutes after it was noticed
    is late (flagged on the declaration, raised by the dashboard and the audit)."""
    return reported_at - noticed_at > LOSS_REPORT_DELAY


def default_due(item_type: ItemType, now: datetime) -> datetime:
    """The expected return date proposed for an attribution: a temporary site badge comes back
    the same day (PROC-INT-005 §04), at 23:59 Paris time; any other item a week later at 18:00."""
    if ItemType(item_type) is ItemType.TEMPORARY_BADGE:
        return end_of_paris_day(now).replace(second=0, microsecond=0)
    return paris_at(paris_date(now) + timedelta(days=DEFAULT_ATTRIBUTION_DAYS), DEFAULT_RETURN_HOUR)


@dataclass(frozen=True)
class HolderFacts:
    """What the rules need to know about a prospective holder."""

    person_id: int
    name: str
    role: Role
    active: bool


AT_HEADQUARTERS = ItemStatus(ItemState.IN_SERVICE, Keeping.HEADQUARTERS)


def _aware(moment: datetime | None, *, field: str) -> None:
    """Times reach the rules as aware datetimes; a naive one is ambiguous (which zone?)."""
    if moment is not None and moment.tzinfo is None:
        raise ValidationError("Heure sans fuseau horaire : précisez-la (heure de Paris ou UTC).", field=field)


def _state_refusal(label: str, state: ItemState, action: str) -> RuleViolation:
    reasons = {
        ItemState.LOST: N_("est déclaré perdu"),
        ItemState.STOLEN: N_("est déclaré volé"),
        ItemState.RETURNED_TO_CLIENT: N_("a été restitué au client"),
        ItemState.IN_SERVICE: N_("est en service"),
    }
    return RuleViolation("L'objet {label} {reason} : impossible {action:de}.", code="etat",
                         params={"label": label, "reason": reasons[state], "action": action})


def check_holder(holder: HolderFacts) -> None:
    """PROC-INT-006 §01: an item is handed only to an active technician or site lead."""
    if not holder.active:
        raise RuleViolation("{name} n'est plus actif : attribution impossible.", code="inactif",
                            params={"name": holder.name})
    if holder.role not in HOLDER_ROLES:
        raise RuleViolation(
            "{name} ({role}) ne peut pas détenir d'objet : seuls les techniciens et chefs de chantier le peuvent.",
            code="role_detenteur", params={"name": holder.name, "role": holder.role},
        )


def check_due_date(item_type: ItemType, due_at: datetime | None, now: datetime) -> datetime:
    """Every attribution has an expected return date (SPEC §2), in the future; a temporary
    site badge comes back the same day (PROC-INT-005 §04)."""
    if due_at is None:
        raise ValidationError("La date de retour prévue est obligatoire.", field="due_at")
    _aware(due_at, field="due_at")
    if due_at <= now:
        raise ValidationError("La date de retour prévue doit être dans le futur.", field="due_at")
    if due_at > now + MAX_ATTRIBUTION:
        raise ValidationError("La date de retour prévue est à plus d'un an.", field="due_at")
    if item_type is ItemType.TEMPORARY_BADGE and due_at > end_of_paris_day(now):
        raise RuleViolation(
            "Un badge temporaire doit être rendu le jour même, avant de quitter le site "
            "(PROC-INT-005 §04) : retour au plus tard le {latest}.",
            code="badge_temporaire",
            field="due_at",
            params={"latest": end_of_paris_day(now)},
        )
    return due_at


def may_attribute(status: ItemStatus, *, label: str, holder_name_now: str | None = None) -> None:
    """Only an item in service kept at headquarters can be attributed."""
    if status.state is not ItemState.IN_SERVICE:
        raise _state_refusal(label, status.state, N_("l'attribuer"))
    if status.is_held:
        since = status.held_since
        raise RuleViolation(
            "L'objet {label} est déjà détenu par {holder} depuis le {since} : il doit d'abord être rendu.",
            code="deja_attribue",
            params={"label": label, "holder": holder_name_now or N_("un technicien"), "since": since},
        )


def attribute(
    status: ItemStatus,
    *,
    label: str,
    item_type: ItemType,
    holder: HolderFacts,
    holder_name_now: str | None,
    due_at: datetime | None,
    now: datetime,
) -> ItemStatus:
    """Hand an item kept at headquarters to a technician (PROC-INT-006 §01)."""
    may_attribute(status, label=label, holder_name_now=holder_name_now)
    check_holder(holder)
    due = check_due_date(item_type, due_at, now)
    return ItemStatus(ItemState.IN_SERVICE, Keeping.TECHNICIAN, holder.person_id, now, due)


def give_back(status: ItemStatus, *, label: str) -> ItemStatus:
    """The holder returns the item to the headquarters desk."""
    may_give_back(status, label=label)
    return AT_HEADQUARTERS


def may_give_back(status: ItemStatus, *, label: str) -> None:
    """Only a held item can come back to the desk."""
    if status.state is not ItemState.IN_SERVICE:
        raise _state_refusal(label, status.state, N_("enregistrer un retour"))
    if not status.is_held:
        raise RuleViolation("L'objet {label} est déjà au siège : aucun retour à enregistrer.", code="non_attribue",
                            params={"label": label})


def transfer(
    status: ItemStatus,
    *,
    label: str,
    item_type: ItemType,
    holder: HolderFacts,
    due_at: datetime | None,
    now: datetime,
) -> ItemStatus:
    """Hand a held item directly from its holder to another technician."""
    may_transfer(status, label=label)
    check_new_holder(status, holder, label=label)
    check_holder(holder)
    due = check_due_date(item_type, due_at, now)
    return ItemStatus(ItemState.IN_SERVICE, Keeping.TECHNICIAN, holder.person_id, now, due)


def check_new_holder(status: ItemStatus, holder: HolderFacts, *, label: str) -> None:
    """A transfer goes to someone else than the current holder."""
    if holder.person_id == status.holder_id:
        raise RuleViolation("{name} détient déjà l'objet {label}.", code="meme_detenteur",
                            params={"name": holder.name, "label": label})


def may_transfer(status: ItemStatus, *, label: str) -> None:
    """Only a held item can pass from its holder to another technician."""
    if status.state is not ItemState.IN_SERVICE:
        raise _state_refusal(label, status.state, N_("le transférer"))
    if not status.is_held:
        raise RuleViolation(
            "L'objet {label} est au siège : utilisez une attribution, pas un transfert.",
            code="non_attribue", params={"label": label},
        )


@dataclass(frozen=True)
class LossFacts:
    """Times of a loss/theft declaration and whether the report was late."""

    noticed_at: datetime
    reported_at: datetime
    late: bool


def may_declare_loss(status: ItemStatus, *, label: str) -> None:
    """Only an item in service can be declared lost or stolen."""
    if status.state is not ItemState.IN_SERVICE:
        raise _state_refusal(label, status.state, N_("le déclarer perdu ou volé"))


def check_declarant(role: Role, actor_id: int | None, status: ItemStatus) -> None:
    """PROC-INT-006 §03: the technician reports the loss of what he holds; the desk and the
    operations manager record any."""
    if role is Role.TECHNICIAN and (actor_id is None or status.holder_id != actor_id):
        raise PermissionDenied("Un technicien ne peut déclarer perdu que ce qu'il détient.")


def declare_loss(
    status: ItemStatus,
    *,
    label: str,
    stolen: bool,
    noticed_at: datetime | None,
    reported_at: datetime | None,
    now: datetime,
) -> tuple[ItemStatus, LossFacts]:
    """A loss or theft: the item leaves service; a report later than 30 minutes after the
    loss was noticed is flagged (PROC-INT-006 §03)."""
    may_declare_loss(status, label=label)
    if noticed_at is None:
        raise ValidationError("L'heure de constatation est obligatoire.", field="noticed_at")
    _aware(noticed_at, field="noticed_at")
    _aware(reported_at, field="reported_at")
    reported = reported_at or now
    if noticed_at > now + CLOCK_SKEW:
        raise ValidationError("L'heure de constatation est dans le futur.", field="noticed_at")
    if reported > now + CLOCK_SKEW:
        raise ValidationError("L'heure de signalement est dans le futur.", field="reported_at")
    if reported < noticed_at:
        raise ValidationError(
            "L'heure de signalement précède l'heure de constatation.", field="reported_at"
        )
    late = is_late_report(noticed_at, reported)
    state = ItemState.STOLEN if stolen else ItemState.LOST
    return ItemStatus(state, Keeping.HEADQUARTERS), LossFacts(noticed_at, reported, late)


def found(status: ItemStatus, *, label: str) -> ItemStatus:
    """A lost or stolen item is back; the loss stays in the history (SPEC §3)."""
    may_mark_found(status, label=label)
    return AT_HEADQUARTERS


def may_mark_found(status: ItemStatus, *, label: str) -> None:
    """Only a lost or stolen item can be found again."""
    if status.state not in (ItemState.LOST, ItemState.STOLEN):
        raise RuleViolation("L'objet {label} n'est ni perdu ni volé.", code="etat", params={"label": label})


def restitute(status: ItemStatus, *, label: str) -> ItemStatus:
    """The item goes back to its client (PROC-INT-006 §04)."""
    may_restitute(status, label=label)
    return replace(status, state=ItemState.RETURNED_TO_CLIENT, keeping=Keeping.HEADQUARTERS)


def may_restitute(status: ItemStatus, *, label: str) -> None:
    """Only an item in service kept at headquarters goes back to the client."""
    if status.state is not ItemState.IN_SERVICE:
        raise _state_refusal(label, status.state, N_("le restituer"))
    if status.is_held:
        raise RuleViolation(
            "L'objet {label} est détenu par un technicien : il doit d'abord être rendu au siège.",
            code="deja_attribue", params={"label": label},
        )


def may_duplicate(status: ItemStatus, *, label: str, item_type: ItemType) -> None:
    """PROC-INT-006 §02, PROC-INT-005 §04: an item in service may be duplicated (under mandate
    when its type requires one); a temporary site badge never."""
    if status.state is not ItemState.IN_SERVICE:
        raise _state_refusal(label, status.state, N_("le dupliquer"))
    if item_type is ItemType.TEMPORARY_BADGE:
        raise RuleViolation("Un badge temporaire ne se duplique jamais.", code="duplication_interdite")


def check_duplication(
    status: ItemStatus, *, label: str, item_type: ItemType, has_mandate: bool, copies: int
) -> None:
    """PROC-INT-006 §02: master keys, encoded badges and code keys are never copied without
    the client's written mandate; temporary site badges are never copied."""
    may_duplicate(status, label=label, item_type=item_type)
    if item_type in MANDATE_REQUIRED_TYPES and not has_mandate:
        raise RuleViolation(
            "Duplication refusée : un objet de type « {item_type} » ne peut être reproduit "
            "que sur mandat écrit du responsable sécurité du client (PROC-INT-006 §02).",
            code="mandat_requis", params={"item_type": item_type},
        )
    if not 1 <= copies <= MAX_COPIES:
        raise ValidationError("Nombre de copies invalide (1 à {max}).", field="copies", params={"max": MAX_COPIES})


# --------------------------------------------------------------------------- what may happen now
#
# The window enables its item actions from this answer and shows the reason of each refusal;
# the command line refuses with the same sentence; the services check the same preconditions
# inside their transaction. One answer, asked everywhere.


@dataclass(frozen=True)
class ItemFacts:
    """What the rules need to know of an item to say which movements it can undergo."""

    label: str  #: its registry id, as the messages name it
    item_type: ItemType
    status: ItemStatus
    holder_name: str | None = None


#: the movements of one item, in the order the menus list them, each guarded by the
#: permission of the same name (PROC-INT-006 §01–§04)
ITEM_MOVEMENTS: tuple[Action, ...] = (
    Action.ATTRIBUTE_ITEM,
    Action.RETURN_ITEM,
    Action.TRANSFER_ITEM,
    Action.DECLARE_LOSS,
    Action.MARK_FOUND,
    Action.RESTITUTE_ITEM,
    Action.DUPLICATE_ITEM,
)

_PRECONDITIONS: dict[Action, Callable[[ItemFacts], None]] = {
    Action.ATTRIBUTE_ITEM: lambda f: may_attribute(f.status, label=f.label, holder_name_now=f.holder_name),
    Action.RETURN_ITEM: lambda f: may_give_back(f.status, label=f.label),
    Action.TRANSFER_ITEM: lambda f: may_transfer(f.status, label=f.label),
    Action.DECLARE_LOSS: lambda f: may_declare_loss(f.status, label=f.label),
    Action.MARK_FOUND: lambda f: may_mark_found(f.status, label=f.label),
    Action.RESTITUTE_ITEM: lambda f: may_restitute(f.status, label=f.label),
    Action.DUPLICATE_ITEM: lambda f: may_duplicate(f.status, label=f.label, item_type=f.item_type),
}


def check_movement(action: Action, item: ItemFacts, *, role: Role, actor_id: int | None) -> None:
    """Raise the French refusal of *action* on *item* for a user of *role* (permission first,
    then the item's state), or return when the movement may be started. What the movement
    still needs (a holder, a due date, a signature, a mandate) is checked when it is recorded."""
    permissions.require(role, action)
    _PRECONDITIONS[action](item)
    if action is Action.DECLARE_LOSS:
        check_declarant(role, actor_id, item.status)


def refusal(action: Action, item: ItemFacts, *, role: Role, actor_id: int | None) -> MileoError | None:
    """The refusal :func:`check_movement` would raise, or None when *action* is possible."""
    try:
        check_movement(action, item, role=role, actor_id=actor_id)
    except MileoError as err:
        return err
    return None


def available_movements(item: ItemFacts, *, role: Role, actor_id: int | None) -> dict[Action, MileoError | None]:
    """For each movement of :data:`ITEM_MOVEMENTS`: None when it may be started now, or the
    refusal (French message, code) that says why not."""
    return {action: refusal(action, item, role=role, actor_id=actor_id) for action in ITEM_MOVEMENTS}
