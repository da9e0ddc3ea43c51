"""The demonstration registry: believable, complete (every kind of movement, every type of
item), built through the real services (the chain verifies), deterministic, quick."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from mileo_desk.demo import (
    DEMO_CARD_UID,
    DEMO_PASSWORD,
    DEMO_USERS,
    DemoService,
    SignatureBook,
    handwriting,
    mandate_pdf,
)
from mileo_desk.domain.clock import PARIS, paris_date
from mileo_desk.domain.enums import ItemState, ItemType, MovementKind, Role
from mileo_desk.domain.errors import RuleViolation
from mileo_desk.domain.signature import validate
from mileo_desk.services import Services, open_services
from mileo_desk.services.dto import ItemFilter

from .conftest import CliRunner


@pytest.fixture
def demo(demo_url: str, services: Callable[[str], Services]) -> Services:
    return services(demo_url)


def test_init_demo_prints_the_logins(demo_template: tuple[Path, str]) -> None:
    _, printed = demo_template
    assert "Comptes de démonstration" in printed and DEMO_PASSWORD in printed
    for user in DEMO_USERS:
        assert user.login in printed and user.role.label_fr in printed
    seconds = float(printed.split(" mouvements (")[1].split(" s)")[0])
    assert seconds < 30  # about 3 s on the reference machine; generous for loaded CI runners


def test_every_demo_account_logs_in_with_its_role(demo: Services) -> None:
    for user in DEMO_USERS:
        actor = demo.session.login(user.login, DEMO_PASSWORD)
        assert actor.role is user.role and actor.full_name == user.full_name


def test_demo_reference_data(demo: Services) -> None:
    admin = demo.session.login("admin", DEMO_PASSWORD)
    clients = demo.directory.list_clients(admin, include_inactive=True)
    assert len(clients) == 8
    assert {c.contract_level.value for c in clients} == {"premium", "standard"}
    assert all(c.contact_name and c.contact_phone and c.contact_email for c in clients)
    assert [c.code for c in clients if not c.active] == ["LSA"]  # contract ended, registry archived
    sites = demo.directory.list_sites(admin)
    per_client = Counter(s.client_id for s in sites)
    assert all(2 <= n <= 4 for n in per_client.values()) and len(per_client) == 8
    assert {s.sensitivity.value for s in sites} == {"S1", "S2", "S3"}
    assert all(any(ch.isdigit() for ch in s.address[:5]) or s.address.startswith("ZI") for s in sites)
    technicians = demo.directory.list_people(admin, role=Role.TECHNICIAN)
    assert len(technicians) >= 12
    assert all(t.badge_uid for t in technicians)
    assert demo.directory.list_people(admin, role=Role.TECHNICIAN, include_inactive=True) != technicians


def test_demo_history_has_everything(demo: Services) -> None:
    manager = demo.session.login("exploitation", DEMO_PASSWORD)
    history = demo.queries.history(manager, with_signatures=False)
    kinds = Counter(m.kind for m in history)
    assert set(kinds) == set(MovementKind), set(MovementKind) - set(kinds)
    assert kinds[MovementKind.RECEPTION] >= 200
    assert kinds[MovementKind.ATTRIBUTION] >= 150 and kinds[MovementKind.RETURN] >= 150
    # time only moves forward, over about six months, up to now
    moments = [m.at for m in history]
    assert moments == sorted(moments)
    assert 170 <= (moments[-1] - moments[0]).days <= 200
    assert moments[-1] <= datetime.now(UTC)
    # working hours in Paris, on working days
    assert all(m.at.astimezone(PARIS).weekday() < 5 and 7 <= m.at.astimezone(PARIS).hour < 20 for m in history[20:])

    losses = [m for m in history if m.kind in (MovementKind.LOSS, MovementKind.THEFT)]
    assert any(m.details["late"] for m in losses) and any(not m.details["late"] for m in losses)
    assert any(m.actor_name == "Julien Moreau" for m in losses)  # a technician reports his own loss
    duplications = [m for m in history if m.kind is MovementKind.DUPLICATION]
    with_mandate = [m for m in duplications if m.details["mandate"]]
    assert with_mandate and any(m.details["mandate"]["document_digest"] for m in with_mandate)
    assert sum(len(m.details["copies"]) for m in duplications) == kinds[MovementKind.COPY_CREATION]
    corrections = [m for m in history if m.kind is MovementKind.CORRECTION]
    assert all(m.corrects_seq and m.note for m in corrections)
    assert any(m.due_at for m in corrections) and any("changes" in m.details for m in corrections)
    restitutions = [m for m in history if m.kind is MovementKind.RESTITUTION]
    assert all(m.details.get("client_signatory") for m in restitutions)
    assert any(m.details.get("late") for m in history if m.kind is MovementKind.RETURN)


def test_demo_now(demo: Services) -> None:
    manager = demo.session.login("exploitation", DEMO_PASSWORD)
    items = demo.queries.list_items(manager, limit=None).items
    assert 200 <= len(items) <= 300
    assert set(Counter(i.type for i in items)) == set(ItemType)
    states = Counter(i.state for i in items)
    assert set(states) == set(ItemState)
    assert all(i.state is ItemState.RETURNED_TO_CLIENT for i in items if i.client_name == "Logistique Seine-Amont"
               and i.state not in (ItemState.LOST, ItemState.STOLEN))
    board = demo.queries.dashboard(manager)
    assert len(board.overdue) >= 2 and len(board.temporary_out) >= 2
    assert any(i.due_at and paris_date(i.due_at) < paris_date(datetime.now(UTC)) for i in board.temporary_out)
    assert board.late_loss_reports
    held = [i for i in items if i.holder_id is not None]
    assert any(not i.overdue for i in held)
    technician = demo.session.login("technicien", DEMO_PASSWORD)
    assert demo.queries.list_items(technician).total >= 0
    assert all(i.card_uid or i.tag_uid or i.type is ItemType.CODE_KEY or i.original_id for i in items)
    assert len({i.card_uid for i in items if i.card_uid}) == sum(1 for i in items if i.card_uid)


def test_demo_chain_and_signatures_verify(demo: Services) -> None:
    custodian = demo.session.login("gardien", DEMO_PASSWORD)
    report = demo.integrity.verify(custodian, signatures=True)
    assert report.ok, report.message
    assert report.signatures_checked > 300
    assert DemoService(demo.db, demo.clock).is_demo()


def test_demo_only_goes_into_an_empty_registry(demo: Services) -> None:
    admin = demo.session.login("admin", DEMO_PASSWORD)
    with pytest.raises(RuleViolation, match="registre vide"):
        DemoService(demo.db, demo.clock).populate(admin)


def _build(tmp_path: Path, name: str, end: datetime, *, items: int) -> Iterator[Services]:
    svc = open_services(f"sqlite:///{tmp_path / name}", clock=lambda: end)
    try:
        svc.setup.create_first_admin(full_name="Camille Rousseau", login="admin", password=DEMO_PASSWORD)
        admin = svc.session.login("admin", DEMO_PASSWORD)
        DemoService(svc.db, lambda: end).populate(admin, items=items)
        yield svc
    finally:
        svc.close()


def test_demo_is_deterministic(tmp_path: Path) -> None:
    """The same seed and end give the same history, hashes included — even built on the
    night the clocks go forward, a Sunday."""
    end = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    hashes = []
    for name in ("a.sqlite3", "b.sqlite3"):
        for svc in _build(tmp_path, name, end, items=40):
            admin = svc.session.login("admin", DEMO_PASSWORD)
            history = svc.queries.history(admin, with_signatures=False)
            assert history[-1].at <= end
            hashes.append([m.hash for m in history])
    assert hashes[0] == hashes[1]


def test_demo_built_in_the_afternoon_has_badges_out_today(tmp_path: Path) -> None:
    end = datetime(2026, 11, 23, 13, 0, tzinfo=UTC)  # a Monday, 14:00 in Paris
    for svc in _build(tmp_path, "c.sqlite3", end, items=40):
        admin = svc.session.login("admin", DEMO_PASSWORD)
        assert svc.integrity.verify(admin, signatures=True).ok
        out = svc.queries.list_items(admin, ItemFilter(temporary_out=True)).items
        today = [i for i in out if i.held_since and paris_date(i.held_since) == paris_date(end)]
        assert today and not any(i.overdue for i in today)
        assert any(i.overdue for i in out)  # and the ones never brought back on Friday


def test_signatures_look_handwritten() -> None:
    book = SignatureBook(7)
    first, second, other = book.sign("Julien Moreau"), book.sign("Julien Moreau"), book.sign("Lucie Fontaine")
    for capture in (first, second, other):
        validate(capture, who="test")
        assert capture.png is not None and capture.png.startswith(b"\x89PNG")
        assert 2 <= len(capture.strokes) <= 3 and capture.point_count > 60
        assert capture.ink_length() > 300
        assert len({p for s in capture.strokes for (_, _, _, p) in s}) > 10  # pressure varies
    assert first.strokes != second.strokes != other.strokes
    assert book.sign("Julien Moreau") is first  # a few variants per person, rendered once
    assert handwriting(42, 1) == handwriting(42, 1)


def test_mandate_document_is_a_pdf() -> None:
    pdf = mandate_pdf(["Mandat de reproduction MD-2026-001", "Nombre de copies : 2 (ok)"])
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "MD-2026-001" in text and "(ok)" in text


def test_status_creates_nothing_on_an_empty_registry_then_reports(cli: CliRunner, empty_url: str,
                                                                    services: Callable[[str], Services]) -> None:
    """``status`` on an empty database given by URL: no demo account (issue 10, item 4), the
    notice points to ``init`` (status 1); on a registry with accounts it only reports."""
    empty = cli("status")
    assert empty.code == 1 and "mileo-desk init" in empty.err and "demo-mileo" not in empty.out + empty.err
    assert not services(empty_url).setup.has_users()
    assert cli("init", env={"MILEO_DESK_ADMIN_PASSWORD": "admin-Mileo-2026"}).code == 0
    run = cli("status")
    assert run.code == 0 and "--user" in run.out
    logged = cli("status", user="admin", password="admin-Mileo-2026")
    assert logged.code == 0 and "Historique intègre : 0 mouvement(s)" in logged.out


def test_the_demo_card_opens_a_demo_badge(demo: Services) -> None:
    # the demo mode's virtual card carries DEMO_CARD_UID (gui/device_setup.py): tapping it
    # must designate an item of the demo registry, not offer to register an unknown card
    gardien = next(u for u in DEMO_USERS if u.login == "gardien")
    actor = demo.session.login(gardien.login, DEMO_PASSWORD, station="DEMO")
    resolution = demo.queries.resolve_uid(actor, DEMO_CARD_UID)
    assert resolution.kind == "item" and resolution.item is not None
    assert resolution.item.card_uid == DEMO_CARD_UID
