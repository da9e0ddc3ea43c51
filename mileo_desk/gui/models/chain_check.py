"""The chain status shown in the item panel (SPEC §1: "any station can verify the whole chain
and points at the first broken link").

A full verification walks every movement of the registry (seconds at 2,000,000 movements), so
the panel does not wait for it: :func:`check_item_history` re-computes the hash of each of the
item's own movements from what the services returned, checks the links between consecutive
movements of the chain, and the integrity of each stored signature. The window adds the
result of the last full verification, when one has been run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QCoreApplication

from ...domain import chain
from ...domain.clock import to_us
from ...services.dto import MovementView, VerifyReport

_CTX = "ChainStatus"


@dataclass(frozen=True)
class ItemChainStatus:
    """Result of checking one item's movements: ok, or the first broken one."""

    ok: bool
    checked: int
    first_break_seq: int | None = None
    reason: str | None = None  # "edited" | "relinked" | "signature"

    def message(self) -> str:
        translate = QCoreApplication.translate
        if self.ok:
            return translate("ChainStatus", "Historique intègre (%n mouvement(s) de l'objet)", "", self.checked)
        seq = str(self.first_break_seq)
        if self.reason == "signature":
            text = translate("ChainStatus", "Premier maillon rompu : signature du mouvement n°%1 altérée")
        elif self.reason == "relinked":
            text = translate("ChainStatus", "Premier maillon rompu : lien après le mouvement n°%1")
        else:
            text = translate("ChainStatus", "Premier maillon rompu : mouvement n°%1 modifié")
        return text.replace("%1", seq)


def movement_values(m: MovementView) -> tuple[object, ...]:
    """The hashed fields of a movement (:data:`mileo_desk.domain.chain.FIELDS` order)."""
    return (
        m.seq, m.kind.value, m.item_id, to_us(m.at), m.actor_id, m.station, m.holder_id,
        to_us(m.due_at) if m.due_at is not None else None, m.corrects_seq, m.note or None,
        chain.canonical_details(m.details),
        chain.canonical_signatures((s.role, s.digest) for s in m.signatures),
        m.prev_hash,
    )


def check_item_history(movements: Sequence[MovementView]) -> ItemChainStatus:
    """Check an item's movements (oldest first): contents, links between neighbours, signatures."""
    ordered = sorted(movements, key=lambda m: m.seq)
    for m in ordered:
        if chain.movement_hash(movement_values(m)) != m.hash:
            return ItemChainStatus(False, len(ordered), m.seq, "edited")
        if any(not s.intact for s in m.signatures):
            return ItemChainStatus(False, len(ordered), m.seq, "signature")
    for a, b in pairwise(ordered):
        if b.seq == a.seq + 1 and b.prev_hash != a.hash:
            return ItemChainStatus(False, len(ordered), a.seq, "relinked")
    return ItemChainStatus(True, len(ordered))


def global_status_text(report: VerifyReport | None) -> str | None:
    """One line about the last full verification, or None if none ran this session."""
    if report is None:
        return None
    translate = QCoreApplication.translate
    if report.ok:
        return translate("ChainStatus", "Chaîne complète intègre (%n mouvement(s))", "", report.checked)
    return translate("ChainStatus", "Chaîne complète rompue au mouvement n°%1").replace(
        "%1", str(report.first_break_seq))
