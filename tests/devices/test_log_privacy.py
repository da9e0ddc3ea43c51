"""Issue 10 item 21: badge and tag UIDs never reach the log, not even at DEBUG.

A UID identifies a person's badge or an item's key tag. The readers are driven through the
real stacks (pcscd + vpcd, nfcpy's udp transport) with the app's loggers at DEBUG; only the
masked form (first 2 bytes + length, :func:`mileo_desk.domain.identifiers.mask_uid`) may show.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest

from drivers.virtual.nfc_tag_emulator import text_message
from drivers.virtual.pcscd_private import PrivatePcscd
from drivers.virtual.vpcd_card import VirtualCard
from mileo_desk.devices.keytag import StaticKeyProvider
from mileo_desk.devices.nfc import NfcBackend
from mileo_desk.devices.pcsc import PcscBackend
from mileo_desk.devices.protocols import CardPresence, DeviceState, ReaderStatus, ReadEvent
from mileo_desk.domain.identifiers import mask_uid

from .conftest import TARGETS, Recorder, TagProcess

pytestmark = pytest.mark.timeout(60)


def app_log(caplog: pytest.LogCaptureFixture) -> str:
    """Everything the app's own loggers wrote (messages formatted, exceptions included)."""
    return "\n".join(
        f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in caplog.records if r.name.startswith("mileo_desk")
    )


def test_mask_uid_keeps_two_bytes_and_the_length() -> None:
    assert mask_uid("04A2B3C4D5E680") == "04A2…(7 bytes)"
    assert mask_uid("04:a2:b3:c4") == "04A2…(4 bytes)"
    assert mask_uid(None) == "(none)"
    assert "B3C4" not in mask_uid("04A2B3C4D5E680")


@pytest.mark.pcsc
def test_pcsc_read_logs_a_masked_uid(
    caplog: pytest.LogCaptureFixture, pcsc: PrivatePcscd, cards: Callable[..., VirtualCard], events: Recorder
) -> None:
    caplog.set_level(logging.DEBUG, logger="mileo_desk")
    uid = "04A2B3C4D5E680"
    backend = PcscBackend()
    backend.start(events)
    try:
        events.wait_for(ReaderStatus, lambda s: s.reader == pcsc.readers[0] and s.state is DeviceState.PRESENT)
        card = cards("desfire", uid=uid)
        card.insert()
        assert events.wait_for(ReadEvent).uid == uid
        card.remove()
        events.wait_for(CardPresence, lambda e: not e.present)
    finally:
        backend.stop()
    text = app_log(caplog)
    assert mask_uid(uid) in text  # the read was logged at DEBUG…
    assert uid not in text and uid[4:] not in text  # …without the UID


@pytest.mark.nfc
def test_nfc_read_logs_a_masked_uid(
    caplog: pytest.LogCaptureFixture, tags: Callable[..., TagProcess], events: Recorder
) -> None:
    caplog.set_level(logging.DEBUG, logger="mileo_desk")
    uid = "04C1D2E3F40506"
    tag = tags("2", uid=uid, ndef=text_message("Clé portail"))
    backend = NfcBackend(tag.path, targets=TARGETS["2"], keys=StaticKeyProvider(b"k" * 32))
    backend.start(events)
    try:
        assert events.wait_for(ReadEvent).uid == uid
        tag.remove()
        events.wait_for(CardPresence, lambda e: not e.present)
    finally:
        backend.stop()
    text = app_log(caplog)
    assert mask_uid(uid) in text
    assert uid not in text and uid[4:] not in text
