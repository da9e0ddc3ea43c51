"""Qt models of the GUI: the id-based registry model, the per-item chain check, labels."""

from .registry_model import Column, ItemRole, RegistryDelegate, RegistryModel

__all__ = ["Column", "ItemRole", "RegistryDelegate", "RegistryModel"]
