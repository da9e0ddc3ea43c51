"""The six-month history of the demo: the daily traffic of the desk and the stories that
make a registry believable (losses, one reported late, thefts, duplications under
mandate, corrections, the end of a contract)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from datetime import time as dtime
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..domain.clock import PARIS, end_of_paris_day, paris_at, paris_date
from ..domain.enums import ItemState, ItemType
from ..domain.errors import RuleViolation
from ..persistence.records import (
    ItemRecord,
    MovementRecord,
)
from ..services.registry import MandateInput
from .catalog import CLIENTS, DEMO_ITEMS, ENDED_CLIENT, ascii_name
from .desk import Desk, TrackedItem, next_working_day, working_days
from .handwriting import mandate_pdf

if TYPE_CHECKING:
    pass


class Simulation(Desk):
    """Six months of a headquarters desk, played through the services."""

    # -- the story -----------------------------------------------------------------------

    def run(self) -> None:
        days = working_days(self.first_day, self.last_day - timedelta(days=1))
        if len(days) < 30:
            raise RuleViolation("Période de démonstration trop courte.", code="demo")
        self.people(paris_at(days[0] - timedelta(days=7), 9))
        receptions = self.plan_receptions(days)
        n = len(days)
        ended_restitution = days[int(n * 0.88)]
        ended_cutoff = days[int(n * 0.88) - 18]
        specials: dict[date, list[Callable[[date], None]]] = {}

        def at(fraction: float, fn: Callable[[date], None]) -> None:
            specials.setdefault(days[min(n - 1, max(12, int(n * fraction)))], []).append(fn)

        at(0.22, self.story_loss_on_time)
        at(0.28, self.story_master_key_duplication)
        at(0.36, self.story_found)
        at(0.42, self.story_theft)
        at(0.47, self.story_correct_stamped_number)
        at(0.53, self.story_badge_duplication)
        at(0.60, self.story_late_loss)
        at(0.64, self.story_client_requests_items_back)
        at(0.69, self.story_key_copy_without_mandate)
        at(0.74, self.story_late_theft)
        at(0.79, self.story_loss_at_headquarters)
        at(0.84, self.story_technician_reports_loss)
        at(0.93, self.story_extend_due_date)
        at(0.96, self.story_theft_found)
        specials.setdefault(ended_restitution, []).append(self.story_end_of_contract)
        self.temporary_out_day = days[-1]

        for day in days:
            self.start_day(day, 8, self.rng.randint(0, 20))
            for plan in receptions.get(day, []):
                self.receive(plan, "gardien" if self.rng.random() < 0.85 else "exploitation")
            self.jump(day, 8, 45)
            # late items brought back in the morning
            for item in sorted(self.items.values(), key=lambda i: i.id):
                if item.holder is not None and item.return_day == day and item.due and paris_date(item.due) < day:
                    self.give_back(item, note="Retour en retard." if self.rng.random() < 0.5 else None)
            self.jump(day, 9, 0)
            self.morning_attributions(day, ended_cutoff)
            self.jump(day, 11, self.rng.randint(0, 30))
            if self.rng.random() < 0.12:
                self.story_transfer(day)
            for story in specials.get(day, []):
                self.jump(day, 11, 30)
                story(day)
            self.jump(day, 16, self.rng.randint(0, 40))
            for item in sorted(self.items.values(), key=lambda i: (i.due or self.end, i.id)):
                if item.holder is not None and item.return_day == day and item.due and paris_date(item.due) >= day:
                    self.give_back(item, by="gardien" if self.rng.random() < 0.9 else "exploitation")
        self.today()

    def morning_attributions(self, day: date, ended_cutoff: date) -> None:
        rng = self.rng
        # the desk's traffic follows the size of the registry (about 1.8 handovers a day for 220 items)
        rate = self.n_items / DEMO_ITEMS
        count = int(rng.choice((0, 1, 1, 1, 2, 2)) * rate + rng.random())
        temps = int(rng.choice((0, 0, 0, 1, 1, 2)) * rate + rng.random())
        if day == self.temporary_out_day:
            temps = 3
        for want_temp, how_many in ((False, count), (True, temps)):
            def wanted(i: TrackedItem, temp: bool = want_temp) -> bool:
                return (i.available and (i.type is ItemType.TEMPORARY_BADGE) == temp
                        and not (i.client == ENDED_CLIENT and day >= ended_cutoff))

            for _ in range(how_many):
                item = self.pick(wanted)
                if item is None:
                    continue
                holder = rng.choice(self.holders[1:]) if rng.random() < 0.93 else self.holders[0]
                due = self.due_for(item, day)
                self.attribute(item, holder, due)
                if item.type is ItemType.TEMPORARY_BADGE and day == self.temporary_out_day:
                    # PROC-INT-005 §04: these were never brought back; they show as overdue
                    item.return_day, item.never_back = None, True

    def today(self) -> None:
        """Today, up to the end moment: a couple of temporary badges handed out this morning."""
        day = self.last_day
        local = self.end.astimezone(PARIS)
        if day.weekday() >= 5 or not dtime(9, 30) <= local.time() <= dtime(17, 0):
            return
        self.start_day(day, 8, 30)
        for _ in range(2):
            item = self.pick(lambda i: i.available and i.type is ItemType.TEMPORARY_BADGE)
            if item is None:
                return
            due = min(paris_at(day, 18, 30), end_of_paris_day(self.end))
            self.attribute(item, self.rng.choice(self.holders[1:]), due)

    # -- stories ---------------------------------------------------------------------------

    def _held(self, *types: ItemType, day: date) -> TrackedItem | None:
        """An item held today by a technician (not the demo's « technicien » account), of one
        of *types* if there is one, else of any type but a temporary badge."""
        def held(i: TrackedItem) -> bool:
            return (i.holder is not None and i.client != ENDED_CLIENT and i.due is not None
                    and i.due > self.cursor + timedelta(hours=2) and i.return_day != day
                    and i.holder != self.actors["technicien"].person_id)

        return (self.pick(lambda i: held(i) and i.type in types)
                or self.pick(lambda i: held(i) and i.type is not ItemType.TEMPORARY_BADGE))

    def story_transfer(self, day: date) -> None:
        item = self._held(ItemType.BADGE, ItemType.MECHANICAL_KEY, ItemType.CODE_KEY, day=day)
        if item is None or item.due is None:
            return
        others = [h for h in self.holders[1:] if h[0] != item.holder]
        holder = self.rng.choice(others)
        due = paris_at(next_working_day(paris_date(item.due), self.rng.randint(1, 4)), 18)
        self.transfer(item, holder, due, "Reprise de l'intervention par un collègue.")

    def story_loss_on_time(self, day: date) -> None:
        item = self._held(ItemType.MECHANICAL_KEY, ItemType.BADGE, day=day)
        if item is not None:
            self.loss(item, stolen=False, noticed_before=timedelta(minutes=35), reported_before=timedelta(minutes=20),
                      by="exploitation", note="Clé égarée lors de l'intervention en toiture ; recherches en cours. "
                      "Responsable sécurité du client prévenu par téléphone.")
            self.lost_on_time = item

    def story_found(self, day: date) -> None:
        item = self.lost_on_time
        if item is not None and item.state is ItemState.LOST:
            self.tick(10, 30)
            self.svc.registry.mark_found(self.actors["gardien"], item_id=item.id,
                                         note="Retrouvée par le gardien d'immeuble dans le local technique.")
            item.state = ItemState.IN_SERVICE

    def story_theft(self, day: date) -> None:
        item = self._held(ItemType.BADGE, day=day)
        if item is not None:
            self.loss(item, stolen=True, noticed_before=timedelta(minutes=25), reported_before=timedelta(minutes=10),
                      by="exploitation", note="Vol du véhicule d'intervention (plainte déposée). Badge désactivé "
                      "par le client à 8 h 40.")
            self.stolen_item = item

    def story_theft_found(self, day: date) -> None:
        item = self.stolen_item
        if item is not None and item.state is ItemState.STOLEN:
            self.tick(10, 30)
            self.svc.registry.mark_found(self.actors["exploitation"], item_id=item.id,
                                         note="Restitué par le commissariat avec le véhicule retrouvé.")
            item.state = ItemState.IN_SERVICE

    def story_late_loss(self, day: date) -> None:
        item = self._held(ItemType.MECHANICAL_KEY, ItemType.CODE_KEY, day=day)
        if item is not None:
            self.loss(item, stolen=False, noticed_before=timedelta(hours=2, minutes=40),
                      reported_before=timedelta(minutes=15), by="exploitation",
                      note="Signalée tardivement : le technicien a d'abord cherché dans son véhicule.")

    def story_late_theft(self, day: date) -> None:
        item = self._held(ItemType.MECHANICAL_KEY, ItemType.BADGE, day=day)
        if item is not None:
            self.loss(item, stolen=True, noticed_before=timedelta(hours=1, minutes=10),
                      reported_before=timedelta(minutes=5), by="exploitation",
                      note="Sacoche volée sur le chantier ; changement de cylindre demandé au client.")

    def story_loss_at_headquarters(self, day: date) -> None:
        item = self.pick(lambda i: i.available and i.type is ItemType.CODE_KEY and i.client != ENDED_CLIENT)
        if item is not None:
            self.loss(item, stolen=False, noticed_before=timedelta(hours=1), reported_before=timedelta(minutes=40),
                      by="gardien", note="Introuvable dans l'armoire à clés lors du contrôle mensuel.")

    def story_technician_reports_loss(self, day: date) -> None:
        tech = self.actors["technicien"]
        item = self.pick(lambda i: i.available and i.type is ItemType.BADGE and i.client != ENDED_CLIENT)
        if item is None:
            return
        self.attribute(item, (tech.person_id, tech.full_name), paris_at(next_working_day(day, 3), 18))
        self.jump(day, 15, 10)
        self.loss(item, stolen=False, noticed_before=timedelta(minutes=18), reported_before=timedelta(minutes=6),
                  by="technicien", note="Badge perdu sur le parking du site, signalé depuis le chantier.")

    def story_master_key_duplication(self, day: date) -> None:
        item = self.pick(lambda i: i.available and i.type is ItemType.MASTER_KEY and i.client != ENDED_CLIENT)
        if item is None:
            return
        spec = next(c for c in CLIENTS if c.code == item.client)
        self.tick(10, 40)
        reference = f"MD-{day.year}-{self.rng.randint(100, 999)}"
        signed = day - timedelta(days=6)
        self.svc.registry.duplicate_item(
            self.actors["exploitation"], item_id=item.id, copies=2,
            mandate=MandateInput(
                reference=reference, signed_on=signed, signatory=spec.contact[0], copies=2,
                document=mandate_pdf([f"Mandat de reproduction {reference}", f"Client : {ascii_name(spec.name)}",
                                      f"Objet : {item.registry_id} ({ascii_name(item.label)})", "Nombre de copies : 2",
                                      f"Signataire : {ascii_name(spec.contact[0])}, responsable securite",
                                      f"Date : {signed.strftime('%d/%m/%Y')}"]),
                document_name=f"mandat-{reference}.pdf",
            ),
            note="Deux exemplaires supplémentaires pour l'équipe de maintenance du client.",
        )
        self._register_copies(item)

    def story_badge_duplication(self, day: date) -> None:
        item = self.pick(lambda i: i.available and i.type is ItemType.BADGE and i.client != ENDED_CLIENT)
        if item is None:
            return
        spec = next(c for c in CLIENTS if c.code == item.client)
        self.tick(10, 40)
        reference = f"MD-{day.year}-{self.rng.randint(100, 999)}"
        self.svc.registry.duplicate_item(
            self.actors["exploitation"], item_id=item.id, copies=1,
            mandate=MandateInput(reference=reference, signed_on=day - timedelta(days=3),
                                 signatory=spec.contact[0], copies=1),
            note="Réencodage d'un second badge par le prestataire habilité du client.",
        )
        self._register_copies(item)

    def story_key_copy_without_mandate(self, day: date) -> None:
        item = self.pick(lambda i: i.available and i.type is ItemType.MECHANICAL_KEY and i.client != ENDED_CLIENT)
        if item is None:
            return
        self.tick(10, 40)
        self.svc.registry.duplicate_item(self.actors["exploitation"], item_id=item.id, copies=1, mandate=None,
                                         note="Double d'une clé simple (local vélos) demandé par le client.")
        self._register_copies(item)

    def _register_copies(self, original: TrackedItem) -> None:
        with self.svc.db.read() as s:
            rows = s.execute(select(ItemRecord.id, ItemRecord.registry_id, MovementRecord.seq)
                             .join(MovementRecord, MovementRecord.item_id == ItemRecord.id)
                             .where(ItemRecord.original_id == original.id)).all()
        for item_id, rid, seq in rows:
            if item_id not in self.items:
                self.items[item_id] = TrackedItem(item_id, rid, original.type, original.client, original.label, seq,
                                            original.stamped_number)

    def story_correct_stamped_number(self, day: date) -> None:
        item = self.pick(lambda i: i.type is ItemType.MECHANICAL_KEY and bool(i.stamped_number)
                         and i.state is ItemState.IN_SERVICE)
        if item is None or item.stamped_number is None:
            return
        brand, number = item.stamped_number.rsplit(" ", 1)
        fixed = f"{brand} {number[:-2]}{number[-1]}{number[-2]}"
        self.tick(5, 20)
        self.svc.registry.correct_movement(
            self.actors["gardien"], seq=item.reception_seq,
            note="Numéro frappé mal recopié à la réception (deux chiffres inversés).",
            changes={"stamped_number": fixed},
        )
        item.stamped_number = fixed

    def story_client_requests_items_back(self, day: date) -> None:
        spec = self.rng.choice([c for c in CLIENTS if c.code != ENDED_CLIENT])
        items = [i for i in self.items.values() if i.client == spec.code and i.available
                 and i.type in (ItemType.BADGE, ItemType.MECHANICAL_KEY)][:2]
        for item in items:
            self.tick(5, 15)
            self.svc.registry.restitute_item(
                self.actors["chef"], item_id=item.id, note="Accès devenu inutile : site réaménagé par le client.",
                client_signature=self.signatures.sign(spec.contact[0]), client_signatory=spec.contact[0],
            )
            item.state = ItemState.RETURNED_TO_CLIENT

    def story_end_of_contract(self, day: date) -> None:
        spec = next(c for c in CLIENTS if c.code == ENDED_CLIENT)
        self.jump(day, 14, 0)
        for item in sorted(self.items.values(), key=lambda i: i.registry_id):
            if item.client != spec.code or not item.available:
                continue
            self.tick(1, 4)
            self.svc.registry.restitute_item(
                self.actors["chef"], item_id=item.id,
                note="Fin du contrat de maintenance : inventaire contradictoire (PROC-INT-006 §04).",
                client_signature=self.signatures.sign(spec.contact[0]), client_signatory=spec.contact[0],
            )
            item.state = ItemState.RETURNED_TO_CLIENT
        if not any(i.client == spec.code and i.holder is not None for i in self.items.values()):
            self.tick(5, 10)
            self.svc.directory.update_client(self.actors["exploitation"], self.clients[spec.code], active=False)

    def story_extend_due_date(self, day: date) -> None:
        item = self.pick(lambda i: i.holder is not None and i.attribution_seq is not None
                         and i.type is not ItemType.TEMPORARY_BADGE and i.client != ENDED_CLIENT
                         and i.due is not None and i.due > self.cursor + timedelta(hours=3)
                         and not i.never_back)
        if item is None or item.due is None or item.attribution_seq is None:
            return
        new_due = paris_at(next_working_day(paris_date(item.due), 5), 18)
        self.tick(5, 20)
        self.svc.registry.correct_movement(
            self.actors["gardien"], seq=item.attribution_seq, due_at=new_due,
            note="Intervention prolongée d'une semaine à la demande du client.",
        )
        item.due = new_due
        self.schedule_return(item)
