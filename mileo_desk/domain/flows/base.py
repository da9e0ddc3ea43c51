"""The machinery every flow shares: named steps, each with the check of what it accepts and the
choice of the next step, a history to go back through, and a state that can be saved and
restored (an inventory must resume after a crash or a closed laptop, SPEC §5).

A step's ``accept`` raises a :class:`~mileo_desk.domain.errors.MileoError` (French message,
the field it is about) and the flow stays where it was, its data untouched: a refused input
changes nothing, as a refused service call writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import RuleViolation

#: a step's check: the flow and the values entered; raises to refuse them
Accept = Callable[["Flow", Mapping[str, Any]], None]
#: the next step's name, fixed or chosen from the flow's data; None ends the flow
Next = str | Callable[["Flow"], str | None] | None


class FlowError(RuleViolation):
    """A flow driven out of order (a value submitted after the end, going back from the start)."""

    code = "etape"


@dataclass(frozen=True)
class Step:
    """One step of a flow: its name, the fields it takes, its check and what follows."""

    name: str
    fields: tuple[str, ...] = ()
    accept: Accept | None = None
    next: Next = None


class Flow:
    """A procedure as a sequence of :class:`Step` (Electrum's ``AbstractWizard`` ``navmap``,
    without any view: the driver shows what ``current`` asks and submits what the person gave)."""

    #: the steps by name, in the order a reader expects them
    steps: Mapping[str, Step] = {}
    first: str = ""

    def __init__(self) -> None:
        self.data: dict[str, Any] = {}
        self._path: list[str] = [self.first]
        self._finished = False

    # -- where we are

    @property
    def current(self) -> str | None:
        """The step waiting for input, or None once the flow has ended."""
        return None if self._finished else self._path[-1]

    @property
    def finished(self) -> bool:
        return self._finished

    @property
    def path(self) -> tuple[str, ...]:
        """The steps walked so far, the current one last."""
        return tuple(self._path)

    def is_last(self) -> bool:
        """Whether the current step ends the flow once accepted (the driver labels its button)."""
        step = self._step()
        return self._resolve(step.next) is None

    # -- moving

    def submit(self, **values: Any) -> str | None:
        """Give the current step its values: checked by the step (refused: nothing changes),
        then kept, and the flow moves on. Returns the next step, or None when it has ended."""
        step = self._step()
        unknown = set(values) - set(step.fields)
        if unknown:
            raise FlowError("Étape « {step} » : champ(s) inattendu(s) {fields}.",
                            params={"step": step.name, "fields": ", ".join(sorted(unknown))})
        if step.accept is not None:
            step.accept(self, values)
        self.data.update(values)
        following = self._resolve(step.next)
        if following is None:
            self._finished = True
        else:
            self._path.append(following)
        return following

    def back(self) -> str:
        """Return to the previous step; what it had accepted is kept for the person to change."""
        if self._finished:
            self._finished = False
            return self._path[-1]
        if len(self._path) < 2:  # the first step: nothing to go back to
            raise FlowError("Première étape : impossible de revenir en arrière.")
        self._path.pop()
        return self._path[-1]

    # -- saving and resuming

    def state(self) -> dict[str, Any]:
        """What a driver stores to resume the flow later (values must be storable as they are)."""
        return {"path": list(self._path), "finished": self._finished, "data": dict(self.data)}

    def restore(self, state: Mapping[str, Any]) -> None:
        """Resume from :meth:`state`; an unknown step refuses the whole state."""
        path = [str(p) for p in state.get("path", ())]
        if not path or any(p not in self.steps for p in path):
            raise FlowError("État de procédure illisible : impossible de la reprendre.")
        self._path = path
        self._finished = bool(state.get("finished"))
        self.data = dict(state.get("data", {}))

    # -- internals

    def _step(self) -> Step:
        if self._finished:
            raise FlowError("La procédure est terminée.")
        return self.steps[self._path[-1]]

    def _resolve(self, following: Next) -> str | None:
        return following(self) if callable(following) else following
