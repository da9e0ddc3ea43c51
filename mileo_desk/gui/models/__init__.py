"""Qt models of the GUI: the id-based registry model, the per-item chain check, labels."""

from .registry_model import Column, ItemRole, RegistryModel

__all__ = ["Column", "ItemRole", "RegistryModel"]
