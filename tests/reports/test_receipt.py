"""The bon de remise: a real PDF read back with pypdf (text, fingerprint, signatures)."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader

from mileo_desk.domain.enums import ItemType
from mileo_desk.domain.errors import RuleViolation
from mileo_desk.domain.signature import SignatureCapture
from mileo_desk.services import Services, open_services

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def _sig(wave: int = 6) -> SignatureCapture:
    stroke = tuple((i * 12, 20 + i * 9.0, 60 + (i % wave) * 7.0, 0.4 + (i % 3) * 0.1) for i in range(35))
    return SignatureCapture(420, 160, (stroke,), device="pen")


@pytest.fixture
def svc(tmp_path) -> Services:  # type: ignore[no-untyped-def]
    services = open_services(f"sqlite:///{tmp_path / 'r.sqlite3'}", clock=lambda: NOW)
    yield services
    services.close()


def _handover(svc: Services):  # type: ignore[no-untyped-def]
    svc.setup.create_first_admin(full_name="Admin", login="admin", password="admin-pass-1")
    admin = svc.session.login("admin", "admin-pass-1", station="ADM")
    d = svc.directory
    d.create_person(admin, full_name="Olivia Exploitation", role="operations_manager", login="olivia",
                    password="password-1")
    d.create_person(admin, full_name="Claire Gardienne", role="custodian", login="claire", password="password-1")
    tech = d.create_person(admin, full_name="Théo Lefèvre", role="technician")
    ops = svc.session.login("olivia", "password-1", station="DESK-01")
    client = d.create_client(ops, code="ECL", name="Écluses & Cie", contact_name="Jeanne Durand")
    site = d.create_site(ops, client_id=client.id, name="Entrepôt de Pantin", address="3 quai de l'Ourcq",
                         sensitivity="S3")
    cust = svc.session.login("claire", "password-1", station="DESK-01")
    item = svc.registry.receive_item(cust, client_id=client.id, site_id=site.id, type=ItemType.MASTER_KEY,
                                     label="Passe général <bâtiment A>").item
    given = svc.registry.attribute_item(cust, item_id=item.id, holder_id=tech.id,
                                        due_at=NOW + timedelta(days=2), signature=_sig())
    back = svc.registry.return_item(cust, item_id=item.id, technician_signature=_sig(5),
                                    custodian_signature=_sig(4))
    return cust, item, given, back


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_attribution_receipt_states_the_handover_in_french(svc: Services) -> None:
    cust, item, given, _ = _handover(svc)
    doc = svc.reports.handover_receipt(cust, seq=given.movement.seq)
    assert doc.pdf.startswith(b"%PDF")
    text = _text(doc.pdf)
    assert "Bon de remise" in text
    assert item.registry_id in text
    assert "Écluses & Cie" in text  # accents and markup-like text rendered as text
    assert "Passe général <bâtiment A>" in text
    assert "Théo Lefèvre" in text
    assert "23/11/2026 10:30:00" in text  # 09:30 UTC shown in Europe/Paris
    assert doc.fingerprint in text.replace("\n", "")
    assert given.movement.hash in text.replace("\n", "")
    reader = PdfReader(io.BytesIO(doc.pdf))
    images = [img for page in reader.pages for img in page.images]
    assert len(images) == 1  # the technician's signature


def test_return_receipt_carries_both_signatures(svc: Services) -> None:
    cust, _, _, back = _handover(svc)
    doc = svc.reports.handover_receipt(cust, seq=back.movement.seq)
    text = _text(doc.pdf)
    assert "Bon de retour" in text
    assert "Technicien : Théo Lefèvre" in text
    assert "Gardien : Claire Gardienne" in text
    reader = PdfReader(io.BytesIO(doc.pdf))
    assert sum(len(page.images) for page in reader.pages) == 2


def test_same_movement_gives_same_fingerprint(svc: Services) -> None:
    cust, _, given, _ = _handover(svc)
    a = svc.reports.handover_receipt(cust, seq=given.movement.seq)
    b = svc.reports.handover_receipt(cust, seq=given.movement.seq)
    assert a.fingerprint == b.fingerprint


def test_reception_has_no_receipt(svc: Services) -> None:
    cust, item, _, _ = _handover(svc)
    first = svc.queries.history(cust, item_id=item.id)[0]
    with pytest.raises(RuleViolation, match="pas une remise"):
        svc.reports.handover_receipt(cust, seq=first.seq)
