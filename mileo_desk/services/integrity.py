"""Verification of the tamper-evident history (SPEC §1)."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy.orm import Session

from ..domain import chain
from ..domain.permissions import Action
from ..domain.signature import digest
from ..persistence.repositories import chain_head, chain_rows, signature_rows
from .base import ServiceBase
from .dto import Actor, VerifyReport
from .verify_parallel import MIN_PARALLEL, verify_chain


class IntegrityService(ServiceBase):
    """Walks the hash chain and names the first broken link."""

    def verify(self, actor: Actor, *, signatures: bool = False, parallel: bool | None = None) -> VerifyReport:
        """Recompute every movement's hash in chain order, check each link, and compare the
        end of the chain with the chain head. With *signatures*, also re-hash every stored
        signature (vectors + PNG) against the digest its movement carries.

        Long chains (≥ 200,000 movements) are walked in parallel ranges, one process per
        core; the verdict is the same as the sequential walk's.
        """
        started = time.perf_counter()
        with self.db.read(snapshot=True) as s:
            self.authorize(s, actor, Action.VERIFY_HISTORY)
            head_seq, head_hash = chain_head(s)
            use_parallel = parallel if parallel is not None else (
                isinstance(head_seq, int) and head_seq >= MIN_PARALLEL
                and self.db.url.database not in (None, "", ":memory:")
            )
            if use_parallel:
                check = verify_chain(self.db.url.render_as_string(hide_password=False), min_parallel=0)
                brk, last_seq = check.brk, check.last_seq
            else:
                brk, last_seq, last_hash = chain.verify_rows(chain_rows(s))
                if brk is None:
                    brk = _head_break(last_seq, last_hash, head_seq, head_hash)
            sig_checked = 0
            if brk is None and signatures:
                brk, sig_checked = self._verify_signatures(s)
        seconds = time.perf_counter() - started
        if brk is None:
            return VerifyReport(True, last_seq, last_seq, None, None,
                                f"Historique intègre : {last_seq} mouvement(s) vérifié(s).", seconds, sig_checked)
        return VerifyReport(False, last_seq, last_seq, brk.seq, brk.reason, brk.message, seconds, sig_checked)

    @staticmethod
    def _verify_signatures(s: Session) -> tuple[chain.ChainBreak | None, int]:
        """Every stored signature must match its digest, and that digest must be the one its
        movement's hashed content binds (so neither can be swapped)."""
        n = 0
        for seq, role, vectors, png, stored, bound, _id in signature_rows(s):
            n += 1
            if not (isinstance(vectors, str) and isinstance(png, bytes) and isinstance(stored, str)) or any(
                    chain.is_unreadable(v) for v in (vectors, role, stored, bound)):
                # an image or a trace turned into text (or anything else) by raw SQL
                return chain.ChainBreak(seq, "signature",
                                        f"Signature du mouvement n°{seq} illisible : l'image ou le tracé "
                                        "enregistré a été modifié hors de l'application."), n
            if digest(vectors, png) != stored or f"{role}:{stored}" not in (bound or "").split(","):
                return chain.ChainBreak(seq, "signature",
                                        f"Signature du mouvement n°{seq} modifiée ou remplacée."), n
        return None, n


def _head_break(last_seq: int, last_hash: str, head_seq: Any, head_hash: Any) -> chain.ChainBreak | None:
    """The end of the walk against the chain head; a head that is not a number any more is
    a broken end of chain at the last movement."""
    if type(head_seq) is not int:
        return chain.ChainBreak(last_seq, "unreadable",
                                f"Tête de chaîne illisible après le mouvement n°{last_seq} : elle a été "
                                "modifiée hors de l'application.")
    return chain.head_break(last_seq, last_hash, head_seq, head_hash)
