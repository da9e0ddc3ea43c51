"""Verification of the tamper-evident history (SPEC §1)."""

from __future__ import annotations

import time

from sqlalchemy import select

from ..domain import chain
from ..domain.permissions import Action
from ..domain.signature import digest
from ..persistence.records import ChainHeadRecord, SignatureRecord
from ..persistence.repositories import chain_rows
from .base import ServiceBase
from .dto import Actor, VerifyReport


class IntegrityService(ServiceBase):
    """Walks the hash chain and names the first broken link."""

    def verify(self, actor: Actor, *, signatures: bool = False) -> VerifyReport:
        """Recompute every movement's hash in chain order, check each link, and compare the
        end of the chain with the chain head. With *signatures*, also re-hash every stored
        signature (vectors + PNG) against the digest its movement carries."""
        started = time.perf_counter()
        with self.db.read() as s:
            self.authorize(s, actor, Action.VERIFY_HISTORY)
            head = s.get(ChainHeadRecord, 1)
            assert head is not None
            brk, last_seq, last_hash = chain.verify_rows(chain_rows(s))
            checked = last_seq
            if brk is None and (head.last_seq != last_seq or head.last_hash != last_hash):
                if head.last_seq > last_seq:
                    brk = chain.truncated(head.last_seq)
                else:
                    brk = chain.ChainBreak(
                        last_seq, "inserted",
                        f"Mouvement n°{last_seq} inséré après la fin enregistrée de la chaîne (n°{head.last_seq}).",
                    )
            sig_checked = 0
            if brk is None and signatures:
                brk, sig_checked = self._verify_signatures(s)
        seconds = time.perf_counter() - started
        if brk is None:
            return VerifyReport(True, checked, last_seq, None, None,
                                f"Historique intègre : {checked} mouvement(s) vérifié(s).", seconds, sig_checked)
        return VerifyReport(False, checked, last_seq, brk.seq, brk.reason, brk.message, seconds, sig_checked)

    @staticmethod
    def _verify_signatures(s) -> tuple[chain.ChainBreak | None, int]:  # type: ignore[no-untyped-def]
        from ..persistence.records import MovementRecord

        n = 0
        stmt = (select(SignatureRecord.movement_seq, SignatureRecord.role, SignatureRecord.vectors,
                       SignatureRecord.png, SignatureRecord.digest, MovementRecord.signatures)
                .join(MovementRecord, MovementRecord.seq == SignatureRecord.movement_seq)
                .order_by(SignatureRecord.movement_seq, SignatureRecord.id))
        for seq, role, vectors, png, stored, bound in s.execute(stmt).yield_per(2000):
            n += 1
            if digest(vectors, png) != stored or f"{role}:{stored}" not in (bound or ""):
                return chain.ChainBreak(seq, "signature",
                                        f"Signature du mouvement n°{seq} modifiée ou remplacée."), n
        return None, n
