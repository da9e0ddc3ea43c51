"""Text helpers: accent folding for search, field validation."""

from __future__ import annotations

import re
import unicodedata

from .errors import ValidationError

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 .()-]{6,20}$")
_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")

NAME_MAX = 120
NOTE_MAX = 2000
ADDRESS_MAX = 300


def strip_controls(text: str) -> str:
    """Remove control characters (NUL included) from user input used for lookups and search:
    they can never match stored text, and some databases refuse them outright."""
    return _CONTROL.sub("", text.replace("\t", " ").replace("\n", " ").replace("\r", " "))


def has_controls(text: str) -> bool:
    """Whether *text* holds control characters other than tab and line breaks."""
    return _CONTROL.search(text) is not None


class _Uncombined(dict[int, str | None]):
    """``str.translate`` table dropping combining characters, filled as characters are met
    (the look-up of a known character stays in C: a bulk import folds 50,000 texts)."""

    def __missing__(self, code: int) -> str | None:
        kept = None if unicodedata.combining(chr(code)) else chr(code)
        self[code] = kept
        return kept


_UNCOMBINED = _Uncombined()


def fold(text: str) -> str:
    """Lower-case, accent-free form of *text* used by the search (``Écluse`` → ``ecluse``)."""
    if text.isascii():  # nothing to decompose nor to drop: the same result, faster
        return " ".join(strip_controls(text).casefold().split())
    decomposed = unicodedata.normalize("NFKD", strip_controls(text))
    # NFKD splits « é » into « e » + a combining accent, which is dropped; ligatures that
    # NFKD keeps (œ, æ) are spelled out so that « oeuvre » finds « Œuvre »
    stripped = decomposed.translate(_UNCOMBINED)
    return " ".join(stripped.casefold().replace("œ", "oe").replace("æ", "ae").split())


def clean_text(
    value: str | None, *, label: str, field: str, max_len: int = NAME_MAX, required: bool = True
) -> str | None:
    """Strip *value* and check it: no control characters, bounded length, present if required.

    Markup and SQL are kept as plain text (they are stored through bound parameters and
    shown as text); only what cannot be displayed or stored safely is refused.
    """
    text = (value or "").strip()
    if not text:
        if required:
            raise ValidationError("Le champ « {label} » est obligatoire.", field=field, params={"label": label})
        return None
    # names and labels are one line (they go into table cells and PDFs); only notes, whose
    # maximum is longer, may hold line breaks
    if ("\n" in text or "\t" in text) and max_len <= NAME_MAX:
        raise ValidationError("Le champ « {label} » doit tenir sur une ligne.", field=field, params={"label": label})
    if _CONTROL.search(text):
        raise ValidationError("Le champ « {label} » contient des caractères de contrôle.", field=field,
                              params={"label": label})
    if len(text) > max_len:
        raise ValidationError(
            "Le champ « {label} » dépasse {max_len} caractères ({length}).", field=field,
            params={"label": label, "max_len": max_len, "length": len(text)},
        )
    return text


def require_text(value: str | None, *, label: str, field: str, max_len: int = NAME_MAX) -> str:
    """Like :func:`clean_text` for a mandatory field; never returns None."""
    text = clean_text(value, label=label, field=field, max_len=max_len, required=True)
    assert text is not None
    return text


def clean_note(value: str | None) -> str | None:
    """A free note (multi-line allowed), at most NOTE_MAX characters."""
    return clean_text(value, label="Note", field="note", max_len=NOTE_MAX, required=False)


def clean_email(value: str | None, *, required: bool = False) -> str | None:
    text = clean_text(value, label="E-mail", field="email", required=required)
    if text is not None and not _EMAIL.match(text):
        raise ValidationError("Adresse e-mail invalide : « {text} ».", field="email", params={"text": text})
    return text


def clean_phone(value: str | None, *, required: bool = False) -> str | None:
    text = clean_text(value, label="Téléphone", field="phone", required=required)
    if text is not None and not _PHONE.match(text):
        raise ValidationError("Numéro de téléphone invalide : « {text} ».", field="phone", params={"text": text})
    return text


def normalize_login(value: str | None) -> str:
    """Logins: lower-case letters, digits, dot, dash, underscore; 2 to 64 characters."""
    login = (value or "").strip().lower()
    if not _LOGIN.match(login):
        raise ValidationError(
            "Identifiant invalide : lettres minuscules, chiffres, point, tiret (2 à 64).", field="login"
        )
    return login
