"""Typed errors carrying a French message for the user.

Every refusal raised by the domain or the services is a :class:`MileoError`. Its
``message`` is French, shown as is by the CLI and the GUI; its ``code`` is a stable
identifier for tests and scripts. Messages never contain secrets (passwords, codes of
code keys).
"""

from __future__ import annotations


class MileoError(Exception):
    """Base of every refusal the application explains to the user."""

    code: str = "erreur"

    def __init__(self, message: str, *, code: str | None = None, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        #: the input field the error is about, when there is one (the GUI focuses it)
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(MileoError):
    """An input is malformed (empty name, wrong date, oversized note…)."""

    code = "saisie_invalide"


class NotFoundError(MileoError):
    """The referenced client, site, person, item or movement does not exist."""

    code = "introuvable"


class RuleViolation(MileoError):
    """A registry rule (SPEC §2, PROC-INT-006) refuses the action."""

    code = "regle"


class ConflictError(MileoError):
    """A uniqueness constraint would be broken (registry id, UID, login)."""

    code = "doublon"


class PermissionDenied(MileoError):
    """The acting user's role may not perform this action."""

    code = "droits"


class AuthenticationError(MileoError):
    """Wrong login or password, or a deactivated account."""

    code = "authentification"


class IntegrityFailure(MileoError):
    """The tamper-evident history is broken."""

    code = "integrite"
