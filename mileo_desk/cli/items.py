"""``item`` (the movements of one item: receive, attribute, return, transfer, lost, stolen,
found, restitute, duplicate, correct, show), ``items list`` and ``history``.

Every movement goes through one registry use case; the rules and their French refusals
(PROC-INT-006) are the domain's, the command only names the item and reads the files.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import ValidationError
from ..domain.rules import LATE_REPORT_TEXT
from . import arguments as arg
from .core import (
    ITEM_HEADERS,
    Commands,
    Context,
    UsageError,
    describe_item,
    describe_movement,
    item_row,
    note_option,
    table,
)

if TYPE_CHECKING:
    from ..services.dto import MovementResult


def add_parser(sub: Commands) -> None:
    """``item …``, ``items list`` and ``history``."""
    items = sub.group("item", "mouvements d'un objet (par son identifiant du registre)")
    p = items.command("receive", cmd_item_receive, "réceptionne un objet confié par un client")
    p.add_argument("--client", required=True, metavar="CODE")
    p.add_argument("--site", required=True, metavar="SITE", help="nom ou numéro du site")
    p.add_argument("--type", required=True, type=arg.item_type,
                   help="badge, clé mécanique, clé à code, clé maîtresse, badge temporaire")
    p.add_argument("--registry-id", metavar="ID", help="identifiant du registre (sinon CODE-00001…)")
    p.add_argument("--card-uid", metavar="UID")
    p.add_argument("--tag-uid", metavar="UID")
    p.add_argument("--stamped-number", metavar="N°")
    p.add_argument("--label", metavar="DÉSIGNATION")
    p.add_argument("--received-on", metavar="JJ/MM/AAAA")
    p.add_argument("--in-charge", metavar="PERSONNE", help="responsable (identifiant ou n°)")
    note_option(p)
    p = items.command("attribute", cmd_item_attribute, "attribue un objet à un technicien, qui signe")
    p.add_argument("registry_id", metavar="ID")
    p.add_argument("--to", required=True, metavar="PERSONNE", help="identifiant ou n° du technicien")
    p.add_argument("--due", required=True, metavar="DATE", help="retour prévu, « 23/11/2026 18:00 » ou ISO")
    p.add_argument("--signature", required=True, metavar="FICHIER.json", help="signature mileo-signature/1")
    p.add_argument("--signature-png", metavar="FICHIER.png")
    p.add_argument("--badge", action="store_true", help="technicien identifié par son badge Mileo")
    note_option(p)
    p = items.command("return", cmd_item_return, "enregistre un retour, signé par le technicien et le gardien")
    p.add_argument("registry_id", metavar="ID")
    p.add_argument("--technician-signature", required=True, metavar="FICHIER.json")
    p.add_argument("--technician-signature-png", metavar="FICHIER.png")
    p.add_argument("--custodian-signature", required=True, metavar="FICHIER.json")
    p.add_argument("--custodian-signature-png", metavar="FICHIER.png")
    note_option(p)
    p = items.command("transfer", cmd_item_transfer, "transfère un objet détenu à un autre technicien, qui signe")
    p.add_argument("registry_id", metavar="ID")
    p.add_argument("--to", required=True, metavar="PERSONNE")
    p.add_argument("--due", required=True, metavar="DATE")
    p.add_argument("--signature", required=True, metavar="FICHIER.json")
    p.add_argument("--signature-png", metavar="FICHIER.png")
    note_option(p)
    for name, handler, what in (("lost", cmd_item_lost, "une perte"), ("stolen", cmd_item_stolen, "un vol")):
        p = items.command(name, handler, f"déclare {what} (PROC-INT-006 §03)")
        p.add_argument("registry_id", metavar="ID")
        p.add_argument("--noticed-at", required=True, metavar="DATE", help="constaté le")
        p.add_argument("--reported-at", metavar="DATE", help="signalé le (par défaut : maintenant)")
        note_option(p)
    p = items.command("found", cmd_item_found, "enregistre un objet perdu ou volé retrouvé")
    p.add_argument("registry_id", metavar="ID")
    note_option(p)
    p = items.command("restitute", cmd_item_restitute, "restitue un objet au client (PROC-INT-006 §04)")
    p.add_argument("registry_id", metavar="ID")
    p.add_argument("--client-signature", metavar="FICHIER.json")
    p.add_argument("--client-signature-png", metavar="FICHIER.png")
    p.add_argument("--client-signatory", metavar="NOM", help="représentant du client qui signe")
    note_option(p)
    p = items.command("duplicate", cmd_item_duplicate, "enregistre une duplication sous mandat (PROC-INT-006 §02)")
    p.add_argument("registry_id", metavar="ID")
    p.add_argument("--copies", required=True, type=arg.positive_int, metavar="N")
    p.add_argument("--mandate-ref", metavar="RÉF")
    p.add_argument("--mandate-date", metavar="JJ/MM/AAAA")
    p.add_argument("--mandate-signatory", metavar="NOM")
    p.add_argument("--mandate-copies", type=arg.positive_int, metavar="N", help="copies autorisées (défaut : --copies)")
    p.add_argument("--mandate-document", metavar="FICHIER", help="mandat numérisé (PDF…)")
    p.add_argument("--copy-id", action="append", metavar="ID", help="identifiant de chaque copie (répétable)")
    note_option(p)
    p = items.command("correct", cmd_item_correct, "corrige un mouvement par un nouveau mouvement")
    p.add_argument("registry_id", metavar="ID", nargs="?", help="objet concerné (vérifié)")
    p.add_argument("--seq", required=True, type=int, metavar="N", help="n° du mouvement corrigé")
    p.add_argument("--reason", required=True, metavar="MOTIF")
    p.add_argument("--due", metavar="DATE", help="nouvelle date de retour de l'attribution en cours")
    p.add_argument("--set", action="append", metavar="CHAMP=VALEUR",
                   help="stamped_number, label, card_uid ou tag_uid (répétable)")
    p = items.command("show", cmd_item_show, "affiche un objet et son historique")
    p.add_argument("registry_id", metavar="ID")

    lists = sub.group("items", "listes d'objets")
    p = lists.command("list", cmd_items_list, "liste les objets du registre")
    p.add_argument("--client", metavar="CODE")
    p.add_argument("--site", metavar="SITE", help="nom ou numéro du site")
    p.add_argument("--type", type=arg.item_type)
    p.add_argument("--state", type=arg.state_type, help="in_service, returned_to_client, lost, stolen")
    p.add_argument("--holder", metavar="PERSONNE", help="identifiant ou n° du détenteur")
    p.add_argument("--overdue", action="store_true", help="seulement les objets en retard")
    p.add_argument("--temporary-out", action="store_true", help="seulement les badges temporaires sortis")
    p.add_argument("--search", metavar="TEXTE")
    p.add_argument("--limit", type=arg.positive_int, default=100, metavar="N", help="100 par défaut, 0 : tous")
    p.add_argument("--offset", type=arg.positive_int, default=0, metavar="N")

    p = sub.command("history", cmd_history, "affiche les derniers mouvements (d'un objet ou du registre)")
    p.add_argument("registry_id", metavar="ID", nargs="?")
    p.add_argument("--limit", type=arg.positive_int, default=50, metavar="N")


def _movement_done(ctx: Context, result: MovementResult, headline: str) -> int:
    # the item as it now is, so that the desk sees the result of the movement
    def text() -> str:
        lines = [f"{headline} (mouvement n°{result.movement.seq}).", describe_item(result.item)]
        lines += [f"Copie créée : {c.registry_id}" for c in result.created]
        return "\n".join(lines)

    return ctx.emit(result, text)


def cmd_item_receive(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    client_id = arg.client_id(ctx, a.client)
    received = (arg.calendar_date(a.received_on, field="received_on", label="Date de réception")
                if a.received_on else None)
    in_charge = arg.person(ctx, a.in_charge).id if a.in_charge else None
    result = svc.registry.receive_item(
        actor, client_id=client_id, site_id=arg.site_id(ctx, a.site, client_id), type=a.type,
        registry_id=a.registry_id, card_uid=a.card_uid, tag_uid=a.tag_uid, stamped_number=a.stamped_number,
        label=a.label, received_on=received, in_charge_id=in_charge, note=a.note,
    )
    return _movement_done(ctx, result, f"Objet {result.item.registry_id} réceptionné")


def cmd_item_attribute(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    item = arg.item(ctx, a.registry_id)
    holder = arg.person(ctx, a.to)
    # the rules (who may hold what, the due date, the signature) are the registry service's
    result = svc.registry.attribute_item(
        actor, item_id=item.id, holder_id=holder.id, due_at=arg.due(a.due),
        signature=arg.signature(a.signature, a.signature_png, field="signature"), note=a.note,
        identified_by_badge=a.badge,
    )
    return _movement_done(ctx, result, f"{item.registry_id} attribué à {holder.full_name}")


def cmd_item_return(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    item = arg.item(ctx, a.registry_id)
    result = svc.registry.return_item(
        actor, item_id=item.id,
        technician_signature=arg.signature(a.technician_signature, a.technician_signature_png,
                                        field="technician_signature"),
        custodian_signature=arg.signature(a.custodian_signature, a.custodian_signature_png,
                                       field="custodian_signature"),
        note=a.note,
    )
    return _movement_done(ctx, result, f"Retour de {item.registry_id} enregistré")


def cmd_item_transfer(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    item = arg.item(ctx, a.registry_id)
    holder = arg.person(ctx, a.to)
    result = svc.registry.transfer_item(
        actor, item_id=item.id, to_holder_id=holder.id, due_at=arg.due(a.due),
        signature=arg.signature(a.signature, a.signature_png, field="signature"), note=a.note,
    )
    return _movement_done(ctx, result, f"{item.registry_id} transféré à {holder.full_name}")


def _loss(ctx: Context, *, stolen: bool) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    item = arg.item(ctx, a.registry_id)
    noticed = arg.when(a.noticed_at, field="noticed_at", label="Constaté le")
    reported = arg.when(a.reported_at, field="reported_at", label="Signalé le") if a.reported_at else None
    result = svc.registry.declare_loss(actor, item_id=item.id, stolen=stolen, noticed_at=noticed,
                                       reported_at=reported, note=a.note)
    word = "Vol" if stolen else "Perte"
    headline = f"{word} de {item.registry_id} déclarée"
    # PROC-INT-006 §03: a report past the delay is recorded and flagged, not refused
    if result.movement.details.get("late"):
        headline += f" — {LATE_REPORT_TEXT}"
    return _movement_done(ctx, result, headline)


def cmd_item_lost(ctx: Context) -> int:
    return _loss(ctx, stolen=False)


def cmd_item_stolen(ctx: Context) -> int:
    return _loss(ctx, stolen=True)


def cmd_item_found(ctx: Context) -> int:
    svc, actor = ctx.services(), ctx.actor()
    item = arg.item(ctx, ctx.args.registry_id)
    result = svc.registry.mark_found(actor, item_id=item.id, note=ctx.args.note)
    return _movement_done(ctx, result, f"{item.registry_id} retrouvé")


def cmd_item_restitute(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    item = arg.item(ctx, a.registry_id)
    # a client signature is printed with its signatory's name: both or neither
    if bool(a.client_signature) != bool(a.client_signatory):
        raise UsageError("--client-signature et --client-signatory vont ensemble.")
    result = svc.registry.restitute_item(
        actor, item_id=item.id, note=a.note,
        client_signature=arg.signature(a.client_signature, a.client_signature_png, field="client_signature"),
        client_signatory=a.client_signatory,
    )
    return _movement_done(ctx, result, f"{item.registry_id} restitué au client {item.client_name}")


def cmd_item_duplicate(ctx: Context) -> int:
    from ..services import MandateInput

    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    mandate_opts = (a.mandate_ref, a.mandate_date, a.mandate_signatory)
    mandate = None
    # PROC-INT-006 §02: a mandate names its reference, date and signatory; the service decides
    # whether the item type needs one
    if any(mandate_opts) or a.mandate_document or a.mandate_copies:
        if not all(mandate_opts):
            raise UsageError("Un mandat se décrit par --mandate-ref, --mandate-date et --mandate-signatory.")
        document = (arg.read_bytes(a.mandate_document, field="mandate_document", what="Document du mandat")
                    if a.mandate_document else None)
        mandate = MandateInput(
            reference=a.mandate_ref,
            signed_on=arg.calendar_date(a.mandate_date, field="mandate_signed_on", label="Date du mandat"),
            signatory=a.mandate_signatory, copies=a.mandate_copies or a.copies, document=document,
            document_name=Path(a.mandate_document).name if a.mandate_document else None,
        )
    item = arg.item(ctx, a.registry_id)
    result = svc.registry.duplicate_item(actor, item_id=item.id, copies=a.copies, mandate=mandate,
                                         copy_registry_ids=a.copy_id or None, note=a.note)
    return _movement_done(ctx, result, f"Duplication de {item.registry_id} enregistrée ({a.copies} copie(s))")


def cmd_item_correct(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    changes: dict[str, str | None] = {}
    # --set field=value: the correction names the fields it changes; the service checks them
    for assignment in a.set or ():
        field, sep, value = assignment.partition("=")
        if not sep or not field.strip():
            raise UsageError(f"--set attend champ=valeur, pas « {assignment} ».")
        changes[field.strip()] = value
    if a.registry_id:
        item = arg.item(ctx, a.registry_id)
        # the optional ID guards against a typo in --seq: the movement must be this item's
        seqs = {m.seq for m in svc.queries.history(actor, item_id=item.id, with_signatures=False)}
        if a.seq not in seqs:
            raise ValidationError(f"Le mouvement n°{a.seq} ne concerne pas l'objet {item.registry_id}.", field="seq")
    result = svc.registry.correct_movement(actor, seq=a.seq, note=a.reason,
                                           due_at=arg.due(a.due) if a.due else None, changes=changes or None)
    return _movement_done(ctx, result, f"Correction du mouvement n°{a.seq} enregistrée")


def cmd_item_show(ctx: Context) -> int:
    svc, actor = ctx.services(), ctx.actor()
    item = arg.item(ctx, ctx.args.registry_id)
    history = svc.queries.history(actor, item_id=item.id)

    def text() -> str:
        return "\n".join([describe_item(item), "", "Historique :"] + [describe_movement(m) for m in history])

    return ctx.emit({"item": item, "history": history}, text)


def cmd_items_list(ctx: Context) -> int:
    from ..services.dto import ItemFilter

    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    client_id = arg.client_id(ctx, a.client) if a.client else None
    flt = ItemFilter(
        text=a.search, client_id=client_id, site_id=arg.site_id(ctx, a.site, client_id) if a.site else None,
        type=a.type, state=a.state, holder_id=arg.person(ctx, a.holder).id if a.holder else None,
        overdue_only=a.overdue, temporary_out=a.temporary_out,
    )
    # the overdue and temporary-badge lists are read by urgency, the others by identifier
    page = svc.queries.list_items(actor, flt, limit=a.limit or None, offset=a.offset,
                                  sort="due" if a.overdue or a.temporary_out else "registry_id")

    def text() -> str:
        shown = f"{len(page.items)} objet(s) affiché(s) sur {page.total}"
        if a.offset:
            shown += f" (à partir du {a.offset + 1}e)"
        return table(ITEM_HEADERS, [item_row(i) for i in page.items]) + "\n" + shown + "."

    return ctx.emit({"total": page.total, "offset": a.offset, "items": page.items}, text)


def cmd_history(ctx: Context) -> int:

    svc, actor = ctx.services(), ctx.actor()
    item_id = arg.item(ctx, ctx.args.registry_id).id if ctx.args.registry_id else None
    # the tail of the whole history, as the export reads it (not one of the Services)
    movements = svc.queries.history_tail(actor, item_id=item_id, limit=ctx.args.limit)
    return ctx.emit(movements, lambda: "\n".join(describe_movement(m) for m in movements) or "Aucun mouvement.")
