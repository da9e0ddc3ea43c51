"""``mileo-desk readers`` and ``mileo-desk readers watch``: the readers (the devices
package) from the command line.

:func:`add_parser` registers the command with :func:`cmd_readers` as its handler, which
runs :func:`run_readers` with a resolver when a user is given (what a read designates is a
database look-up, which the device layer does not do). :func:`add_readers_parser` and
:func:`run_readers` also work on any argparse parser, which the device tests use::

    readers = add_readers_parser(subparsers)
    ...
    args = parser.parse_args()
    return args.func(args, resolver=my_resolver)   # resolver optional

- ``mileo-desk readers`` lists every reader with its state (and why a family is
  unusable: pyscard missing, pcscd stopped, no NFC device…);
- ``mileo-desk readers watch [--json] [--seconds N]`` prints every read: reader, kind,
  UID, technology, NDEF records, key-tag verdict (copied / forged flagged) and, with a
  resolver, what the read designates. ``--json`` prints one JSON object per line.

Options shared by both: ``--no-pcsc``, ``--nfc PATH`` (repeatable, default ``usb``),
``--no-nfc``, ``--nfc-targets 106A,212F``.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from datetime import datetime
from enum import Enum
from typing import Any, TextIO

from ..devices.keytag import KeyProvider, KeyringKeyProvider
from ..devices.manager import DeviceManager
from ..devices.messages import STATE_LABELS
from ..devices.protocols import (
    BackendStatus,
    CardPresence,
    DeviceEvent,
    DeviceState,
    ReaderStatus,
    ReadEvent,
    ReadFailed,
    ReadResolution,
    Resolver,
)
from .core import ENV_USER, Commands, Context

FAMILY_NAMES = {"pcsc": "PC/SC", "nfc": "NFC", "wedge": "Clavier", "pen": "Signature", "simulated": "Simulé"}
KIND_NAMES = {"card_uid": "carte", "nfc_tag": "étiquette NFC", "wedge_uid": "UID clavier", "barcode": "code"}
KEYTAG_NAMES = {
    "valid": "authentique",
    "copied": "COPIÉE",
    "forged": "FALSIFIÉE",
    "unverifiable": "non vérifiable",
    "not_key_tag": "pas une étiquette Mileo",
}


def add_readers_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``readers`` (and ``readers watch``) to the main CLI's subparsers."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "readers",
        help="lecteurs de cartes et d'étiquettes NFC",
        description="Liste les lecteurs et leur état, ou affiche les lectures (« watch »).",
    )
    _add_common(parser)
    sub = parser.add_subparsers(dest="readers_command", metavar="{watch}")
    watch = sub.add_parser("watch", help="affiche chaque lecture", description="Affiche chaque lecture en direct.")
    _add_common(watch)
    watch.add_argument("--json", action="store_true", help="une ligne JSON par événement")
    watch.add_argument("--seconds", type=float, default=None, help="s'arrêter après N secondes")
    parser.set_defaults(func=run_readers)
    return parser


def add_parser(sub: Commands) -> None:
    """``readers`` in the main command line. It keeps its own options (not the general
    ones): ``--json`` there means one JSON line per read."""
    # the raw sub-parsers: the readers' parser predates the command table and tests build it alone
    p = add_readers_parser(sub.action)
    p.set_defaults(handler=cmd_readers)


def cmd_readers(ctx: Context) -> int:
    """``readers``; with a user, reads are resolved to items and people."""
    args = ctx.args
    resolver = None
    # without a user the reads are only printed; logging in is not needed to test a reader
    if getattr(args, "user", None) or os.environ.get(ENV_USER):
        svc, actor = ctx.services(), ctx.actor()

        def resolver(event: ReadEvent) -> Any:
            key = event.lookup_key
            return svc.queries.resolve_uid(actor, key) if key else None

    status: int = args.func(args, resolver=resolver, out=ctx.out)
    return status


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-pcsc", action="store_true", default=argparse.SUPPRESS, help="sans les lecteurs PC/SC")
    parser.add_argument(
        "--nfc",
        action="append",
        metavar="CHEMIN",
        default=argparse.SUPPRESS,
        help="lecteur NFC nfcpy (usb, usb:054c:06c3, tty:USB0:pn532, udp:hôte:port) ; répétable",
    )
    parser.add_argument("--no-nfc", action="store_true", default=argparse.SUPPRESS, help="sans lecteur NFC")
    parser.add_argument("--nfc-targets", default=argparse.SUPPRESS, help="technologies NFC, ex. 106A,212F")
    parser.add_argument(
        "--settle",
        type=float,
        default=argparse.SUPPRESS,
        help="attente de la découverte des lecteurs en secondes (défaut 1)",
    )


def build_manager(
    args: argparse.Namespace, *, keys: KeyProvider | None = None, resolver: Resolver | None = None
) -> DeviceManager:
    """The manager the ``readers`` commands use, from the parsed options."""
    nfc_paths: list[str] = [] if getattr(args, "no_nfc", False) else list(getattr(args, "nfc", None) or ["usb"])
    targets_text = getattr(args, "nfc_targets", None)
    targets = [t.strip() for t in targets_text.split(",") if t.strip()] if targets_text else None
    return DeviceManager.discover(
        pcsc=not getattr(args, "no_pcsc", False),
        nfc_paths=nfc_paths,
        nfc_targets=targets,
        keys=keys if keys is not None else KeyringKeyProvider(),
        resolver=resolver,
    )


def run_readers(
    args: argparse.Namespace,
    *,
    resolver: Resolver | None = None,
    out: TextIO | None = None,
    manager: DeviceManager | None = None,
    stop: threading.Event | None = None,
) -> int:
    """Handler of ``readers`` / ``readers watch``; returns the exit status.

    *resolver* tells what a read designates (items, people: the DB lookup lives
    outside the device layer); *manager* and *stop* let tests drive the command.
    """
    out = out or sys.stdout
    manager = manager or build_manager(args, resolver=resolver)
    if resolver is not None:
        manager.resolver = resolver
    if getattr(args, "readers_command", None) == "watch":
        return watch(
            manager,
            out=out,
            as_json=bool(getattr(args, "json", False)),
            seconds=getattr(args, "seconds", None),
            stop=stop,
        )
    return list_readers(manager, out=out, settle=float(getattr(args, "settle", 1.0)))


# --------------------------------------------------------------------------- list


def _settled(manager: DeviceManager) -> bool:
    for backend in manager.backends:
        status = backend.status()
        if status.state is DeviceState.ABSENT and backend.is_alive():
            return False
        if status.state is DeviceState.PRESENT and not backend.readers() and status.reason_fr is None:
            return False
    return True


def list_readers(manager: DeviceManager, *, out: TextIO, settle: float = 1.0) -> int:
    """Start the manager, wait for discovery (at most *settle* s), print every reader."""
    manager.start()
    try:
        deadline = time.monotonic() + settle
        while time.monotonic() < deadline and not _settled(manager):
            time.sleep(0.02)
        rows: list[tuple[str, str, str]] = []
        for backend in manager.backends:
            status = backend.status()
            family = FAMILY_NAMES.get(str(backend.family), str(backend.family))
            readers = backend.readers()
            if status.state is not DeviceState.PRESENT or not readers:
                state = STATE_LABELS[str(status.state)]
                rows.append((family, "—", f"{state} : {status.reason_fr}" if status.reason_fr else state))
            for status_of in readers:
                state = STATE_LABELS[str(status_of.state)]
                rows.append(
                    (family, status_of.reader, f"{state} : {status_of.reason_fr}" if status_of.reason_fr else state)
                )
        if not rows:
            print("Aucun lecteur configuré.", file=out)
            return 0
        width = max(len(r[1]) for r in rows)
        for family, name, state in rows:
            print(f"{family:<8} {name:<{width}}  {state}", file=out)
        return 0
    finally:
        manager.stop()


# --------------------------------------------------------------------------- watch


def _jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in fields(value) if f.name != "mono"}
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    return value


def event_as_dict(event: DeviceEvent, resolution: ReadResolution | None = None) -> dict[str, Any]:
    """A JSON-ready dict of *event* (``type`` = class name), with the resolution if any."""
    data: dict[str, Any] = {"type": type(event).__name__, **_jsonable(event)}
    if isinstance(event, ReadEvent):
        data["suspicious"] = bool(event.key_tag and event.key_tag.is_suspicious)
        if resolution is not None:
            data["resolution"] = {"kind": resolution.kind, "uid": resolution.uid, "label": _label(resolution)}
    return data


def _label(resolution: ReadResolution) -> str | None:
    for attr in ("label", "title", "name"):
        value = getattr(resolution, attr, None)
        if isinstance(value, str) and value:
            return value
    for inner, attrs in (("item", ("registry_id", "label")), ("person", ("full_name",))):
        obj = getattr(resolution, inner, None)
        if obj is not None:
            parts = [str(getattr(obj, a)) for a in attrs if getattr(obj, a, None)]
            if parts:
                return " — ".join(parts)
    return None


def describe_event(event: DeviceEvent, resolution: ReadResolution | None = None) -> str:
    """One French line for a person watching the readers."""
    family = FAMILY_NAMES.get(str(event.family), str(event.family))
    if isinstance(event, ReadEvent):
        parts = [f"[{family}] {event.reader} : {KIND_NAMES.get(str(event.kind), str(event.kind))}"]
        if event.uid:
            parts.append(f"UID {event.uid}")
        if event.technology:
            parts.append(event.technology)
        if event.registry_id:
            parts.append(f"registre {event.registry_id}")
        if event.text and not event.uid and not event.registry_id:
            parts.append(f"« {event.text} »")
        for record in event.ndef_records:
            parts.append(f"NDEF {record.type}" + (f" « {record.text} »" if record.text else ""))
        if event.ndef_error_fr:
            parts.append(event.ndef_error_fr)
        if event.key_tag is not None:
            verdict = KEYTAG_NAMES.get(str(event.key_tag.state), str(event.key_tag.state))
            parts.append(f"étiquette Mileo : {verdict}")
            if event.key_tag.is_suspicious:
                parts.append("⚠ " + (event.key_tag.reason_fr or ""))
        if resolution is not None:
            label = _label(resolution)
            parts.append(f"→ {resolution.kind}" + (f" {label}" if label else ""))
        return " ; ".join(parts)
    if isinstance(event, ReadFailed):
        return f"[{family}] {event.reader} : lecture échouée — {event.reason_fr}"
    if isinstance(event, CardPresence):
        return f"[{family}] {event.reader} : {'carte posée' if event.present else 'carte retirée'}"
    if isinstance(event, ReaderStatus):
        state = STATE_LABELS[str(event.state)]
        return f"[{family}] {event.reader} : {state}" + (f" — {event.reason_fr}" if event.reason_fr else "")
    assert isinstance(event, BackendStatus)
    state = STATE_LABELS[str(event.state)]
    return f"[{family}] {state}" + (f" — {event.reason_fr}" if event.reason_fr else "")


def watch(
    manager: DeviceManager,
    *,
    out: TextIO,
    as_json: bool = False,
    seconds: float | None = None,
    stop: threading.Event | None = None,
) -> int:
    """Print every event until *seconds* elapse, *stop* is set, or Ctrl-C."""
    stop = stop or threading.Event()
    lock = threading.Lock()

    def on_event(event: DeviceEvent) -> None:
        resolution = manager.resolve(event) if isinstance(event, ReadEvent) else None
        line = (
            json.dumps(event_as_dict(event, resolution), ensure_ascii=False)
            if as_json
            else describe_event(event, resolution)
        )
        with lock:
            print(line, file=out, flush=True)

    unsubscribe = manager.subscribe(on_event)
    previous: Callable[..., Any] | int | None = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGINT, lambda *_: stop.set())
    manager.start()
    try:
        stop.wait(seconds)
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
        manager.stop()
        unsubscribe()
    return 0
