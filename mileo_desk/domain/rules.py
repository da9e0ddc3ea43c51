"""The registry's rules as a state machine over an item's status (SPEC §2, PROC-INT-006).

Each function takes the current :class:`ItemStatus` and the facts of a proposed movement,
and returns the status after it or raises :class:`RuleViolation` / :class:`ValidationError`
with a French message. No I/O: the services load the facts and persist the result.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from .clock import end_of_paris_day, format_paris
from .enums import HOLDER_ROLES, MANDATE_REQUIRED_TYPES, ItemState, ItemType, Keeping, Role
from .errors import RuleViolation, ValidationError

#: PROC-INT-006 §03: a loss must be reported within 30 minutes of being noticed
LOSS_REPORT_DELAY = timedelta(minutes=30)
#: how far in the future a due date may be set
MAX_ATTRIBUTION = timedelta(days=366)
#: tolerated clock difference between stations for "reported at" in the future
CLOCK_SKEW = timedelta(minutes=2)
MAX_COPIES = 10


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
        ItemState.LOST: "est déclaré perdu",
        ItemState.STOLEN: "est déclaré volé",
        ItemState.RETURNED_TO_CLIENT: "a été restitué au client",
        ItemState.IN_SERVICE: "est en service",
    }
    return RuleViolation(f"L'objet {label} {reasons[state]} : impossible de {action}.", code="etat")


def _check_holder(holder: HolderFacts) -> None:
    if not holder.active:
        raise RuleViolation(f"{holder.name} n'est plus actif : attribution impossible.", code="inactif")
    if holder.role not in HOLDER_ROLES:
        raise RuleViolation(
            f"{holder.name} ({holder.role.label_fr}) ne peut pas détenir d'objet : seuls les "
            "techniciens et chefs de chantier le peuvent.",
            code="role_detenteur",
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
            f"(PROC-INT-005 §04) : retour au plus tard le {format_paris(end_of_paris_day(now))}.",
            code="badge_temporaire",
            field="due_at",
        )
    return due_at


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
    if status.state is not ItemState.IN_SERVICE:
        raise _state_refusal(label, status.state, "l'attribuer")
    if status.is_held:
        since = format_paris(status.held_since)
        raise RuleViolation(
            f"L'objet {label} est déjà détenu par {holder_name_now or 'un technicien'} depuis le "
            f"{since} : il doit d'abord être rendu.",
            code="deja_attribue",
        )
    _check_holder(holder)
    due = check_due_date(item_type, due_at, now)
    return ItemStatus(ItemState.IN_SERVICE, Keeping.TECHNICIAN, holder.person_id, now, due)


def give_back(status: ItemStatus, *, label: str) -> ItemStatus:
    """The holder returns the item to the headquarters desk."""
    if status.state is not ItemState.IN_SERVICE:
        raise _state_refusal(label, status.state, "enregistrer un retour")
    if not status.is_held:
        raise RuleViolation(f"L'objet {label} est déjà au siège : aucun retour à enregistrer.", code="non_attribue")
    return AT_HEADQUARTERS


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
    if status.state is not ItemState.IN_SERVICE:
        raise _state_refusal(label, status.state, "le transférer")
    if not status.is_held:
        raise RuleViolation(
            f"L'objet {label} est au siège : utilisez une attribution, pas un transfert.",
            code="non_attribue",
        )
    if holder.person_id == status.holder_id:
        raise RuleViolation(f"{holder.name} détient déjà l'objet {label}.", code="meme_detenteur")
    _check_holder(holder)
    due = check_due_date(item_type, due_at, now)
    return ItemStatus(ItemState.IN_SERVICE, Keeping.TECHNICIAN, holder.person_id, now, due)


@dataclass(frozen=True)
class LossFacts:
    """Times of a loss/theft declaration and whether the report was late."""

    noticed_at: datetime
    reported_at: datetime
    late: bool


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
    if status.state is not ItemState.IN_SERVICE:
        raise _state_refusal(label, status.state, "le déclarer perdu ou volé")
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
    late = reported - noticed_at > LOSS_REPORT_DELAY
    state = ItemState.STOLEN if stolen else ItemState.LOST
    return ItemStatus(state, Keeping.HEADQUARTERS), LossFacts(noticed_at, reported, late)


def found(status: ItemStatus, *, label: str) -> ItemStatus:
    """A lost or stolen item is back; the loss stays in the history (SPEC §3)."""
    if status.state not in (ItemState.LOST, ItemState.STOLEN):
        raise RuleViolation(f"L'objet {label} n'est ni perdu ni volé.", code="etat")
    return AT_HEADQUARTERS


def restitute(status: ItemStatus, *, label: str) -> ItemStatus:
    """The item goes back to its client (PROC-INT-006 §04)."""
    if status.state is not ItemState.IN_SERVICE:
        raise _state_refusal(label, status.state, "le restituer")
    if status.is_held:
        raise RuleViolation(
            f"L'objet {label} est détenu par un technicien : il doit d'abord être rendu au siège.",
            code="deja_attribue",
        )
    return replace(status, state=ItemState.RETURNED_TO_CLIENT, keeping=Keeping.HEADQUARTERS)


def check_duplication(
    status: ItemStatus, *, label: str, item_type: ItemType, has_mandate: bool, copies: int
) -> None:
    """PROC-INT-006 §02: master keys, encoded badges and code keys are never copied without
    the client's written mandate; temporary site badges are never copied."""
    if status.state is not ItemState.IN_SERVICE:
        raise _state_refusal(label, status.state, "le dupliquer")
    if item_type is ItemType.TEMPORARY_BADGE:
        raise RuleViolation("Un badge temporaire ne se duplique jamais.", code="duplication_interdite")
    if item_type in MANDATE_REQUIRED_TYPES and not has_mandate:
        raise RuleViolation(
            f"Duplication refusée : un objet de type « {item_type.label_fr} » ne peut être reproduit "
            "que sur mandat écrit du responsable sécurité du client (PROC-INT-006 §02).",
            code="mandat_requis",
        )
    if not 1 <= copies <= MAX_COPIES:
        raise ValidationError(f"Nombre de copies invalide (1 à {MAX_COPIES}).", field="copies")
