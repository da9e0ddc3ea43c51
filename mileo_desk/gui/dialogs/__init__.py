"""The desk station's dialogs: each runs ONE service call through ``ctx.ops`` and shows a
refusal in French inside the dialog, keeping what the user typed and signed.

Every dialog has ``completed = Signal(object)``, emitted with the service's result before it
closes with ``accept()``.
"""

from .base import OpDialog
from .correction import CorrectionDialog
from .directory import ClientDialog, PersonDialog, SiteDialog
from .duplication import DuplicateDialog
from .handover import AttributeDialog, ReturnDialog, TransferDialog
from .lifecycle import FoundDialog, LossDialog, RestituteDialog
from .reception import ReceiveDialog

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
