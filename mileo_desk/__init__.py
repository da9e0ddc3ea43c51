"""Mileo Desk — registry of the access items (badges, keys, code keys, master keys)
that Mileo Technology's clients entrust to it (PROC-INT-006)."""

__version__ = "0.1.0"
