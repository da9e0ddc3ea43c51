"""Passwords (scrypt) and log-in."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from ..domain.errors import ValidationError

# scrypt cost: ~50 ms per check on the reference 2-core machine
_N, _R, _P = 2**14, 8, 1
MIN_PASSWORD = 8


def hash_password(password: str) -> str:
    """``scrypt$N$r$p$salt$hash`` (base64), a slow salted hash."""
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            "Le mot de passe doit compter au moins {min} caractères.", field="password",
            params={"min": MIN_PASSWORD},
        )
    salt = secrets.token_bytes(16)
    key = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, maxmem=64 * 1024 * 1024, dklen=32)
    enc = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${enc(salt).decode()}${enc(key).decode()}"


def check_password(password: str, stored: str | None) -> bool:
    """Constant-time check of *password* against a stored hash (False for None)."""
    if not stored:
        # spend the same time as a real check so that unknown logins are not revealed
        hashlib.scrypt(password.encode(), salt=b"0" * 16, n=_N, r=_R, p=_P, maxmem=64 * 1024 * 1024)
        return False
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(key)
        actual = hashlib.scrypt(
            password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
            maxmem=64 * 1024 * 1024, dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)
