"""The desk station's dialogs: each runs ONE service call through ``ctx.ops`` and shows a
refusal in French inside the dialog, keeping what the user typed and signed.

Every dialog has ``completed = Signal(object)``, emitted with the service's result before it
closes with ``accept()``.

The window opens them by class (``dialogs.AttributeDialog``), but a dialog module is imported
the first time its class is asked for (PEP 562): the station's cold start does not pay for
the ~30 ms of dialogs nobody has opened yet.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .base import OpDialog
    from .correction import CorrectionDialog
    from .directory import ClientDialog, PersonDialog, SiteDialog
    from .duplication import DuplicateDialog
    from .handover import AttributeDialog, ReturnDialog, TransferDialog
    from .lifecycle import FoundDialog, LossDialog, RestituteDialog
    from .reception import ReceiveDialog

#: each dialog class and the module that defines it
_MODULES = {
    "OpDialog": "base",
    "CorrectionDialog": "correction",
    "ClientDialog": "directory",
    "PersonDialog": "directory",
    "SiteDialog": "directory",
    "DuplicateDialog": "duplication",
    "AttributeDialog": "handover",
    "ReturnDialog": "handover",
    "TransferDialog": "handover",
    "FoundDialog": "lifecycle",
    "LossDialog": "lifecycle",
    "RestituteDialog": "lifecycle",
    "ReceiveDialog": "reception",
}

__all__ = [
    "AttributeDialog",
    "ClientDialog",
    "CorrectionDialog",
    "DuplicateDialog",
    "FoundDialog",
    "LossDialog",
    "OpDialog",
    "PersonDialog",
    "ReceiveDialog",
    "RestituteDialog",
    "ReturnDialog",
    "SiteDialog",
    "TransferDialog",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # once imported, an ordinary attribute
    return value
