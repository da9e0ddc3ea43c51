"""The device layer: card readers, NFC readers, keyboard-wedge scanners, signature pads.

An adapter (STYLE "The house"): GUI-neutral, no Qt, no database. The composition root
builds a :class:`~.manager.DeviceManager`, the Qt bridge subscribes to its events
(:mod:`.protocols` documents them and the thread each callback runs on), and a resolver
injected from outside says what a read designates.

Importing this package imports neither pyscard nor nfcpy: each backend's library gate
loads its library when the backend starts, so a missing library is a status.
"""

from .keytag import KeyProvider, KeyringKeyProvider, KeyTagError, KeyUnavailable, StaticKeyProvider
from .manager import DeviceManager
from .protocols import (
    BackendStatus,
    CardPresence,
    DeviceEvent,
    DeviceFamily,
    DeviceState,
    KeyTagCheck,
    KeyTagState,
    KeyTagWriteResult,
    NdefRecordInfo,
    ReaderBackend,
    ReaderStatus,
    ReadEvent,
    ReadFailed,
    ReadKind,
    ReadResolution,
    Resolver,
    Subscriber,
)
from .wedge import WedgeClassifier, WedgeConfig

__all__ = [
    "BackendStatus",
    "CardPresence",
    "DeviceEvent",
    "DeviceFamily",
    "DeviceManager",
    "DeviceState",
    "KeyProvider",
    "KeyTagCheck",
    "KeyTagError",
    "KeyTagState",
    "KeyTagWriteResult",
    "KeyUnavailable",
    "KeyringKeyProvider",
    "NdefRecordInfo",
    "ReadEvent",
    "ReadFailed",
    "ReadKind",
    "ReadResolution",
    "ReaderBackend",
    "ReaderStatus",
    "Resolver",
    "StaticKeyProvider",
    "Subscriber",
    "WedgeClassifier",
    "WedgeConfig",
]
