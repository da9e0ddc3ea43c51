"""Widgets of the desk station: the item panel, the signature pad and its viewer."""
