"""Op factories of the documents (habit 3): what the window asks the report services for."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..context import GuiContext


def receipt(ctx: GuiContext, seq: int) -> Callable[[], Any]:
    """The bon de remise (PDF) of handover movement *seq*, for the preview."""
    actor, reports = ctx.require_actor(), ctx.services.reports
    return lambda: reports.handover_receipt(actor, seq=seq)


__all__ = ["receipt"]
