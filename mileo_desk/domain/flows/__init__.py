"""Multi-step procedures as state machines, without Qt (STYLE habit 14, after Electrum's
``electrum/wizard.py``): each step validates what a person entered with the domain's rules and
says which step comes next; the window, the command line or a test drives the same flow.

Today: the handover (attribution, transfer, return). Planned here: the restitution inventory,
the loss procedure, the quarterly audit and the laptop's bring-back and merge.
"""

from .base import Flow, FlowError, Step
from .handover import HandoverFlow, HandoverRequest

__all__ = ["Flow", "FlowError", "HandoverFlow", "HandoverRequest", "Step"]
