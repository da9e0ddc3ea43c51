"""OS and vendor driver material, and the virtual devices used in development, demos and tests.

Not part of the installed package: run the virtual devices from a source checkout
(``python -m drivers.virtual.vpcd_card``, ``python -m drivers.virtual.nfc_tag_emulator``).
"""
