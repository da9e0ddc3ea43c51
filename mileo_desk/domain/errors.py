"""Typed errors carrying a French message for the user.

Every refusal raised by the domain or the services is a :class:`MileoError`. Its
``message`` is French, shown as is by the CLI and the GUI; its ``code`` is a stable
identifier for tests and scripts. Messages never contain secrets (passwords, codes of
code keys).

A message is written as a template with named parameters (``"L'objet {label} est déjà au
siège."``, ``params={"label": …}``): the French sentence is rendered at once, with French
grammar (:func:`mileo_desk.domain.wording.render`); the template and the parameters stay on
the error, so that the window can show it in another language (the templates are extracted
for Qt Linguist by ``scripts/build_forms.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class MileoError(Exception):
    """Base of every refusal the application explains to the user."""

    code: str = "erreur"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        field: str | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        #: the sentence before its parameters are filled in (what a translation translates)
        self.template = message
        #: the values of the template's named parameters (names, ids, enums, moments)
        self.params: dict[str, Any] = dict(params or {})
        if self.params:
            from .wording import render

            message = render(message, self.params)
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
