"""The pure domain: state machine, signature validation, text helpers, time, chain format.

No database here; the same rules are exercised through the services, on both databases,
in the other modules of this package.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime, timedelta

import pytest

from mileo_desk.domain import chain, identifiers, rules, text
from mileo_desk.domain import signature as sig_mod
from mileo_desk.domain.clock import end_of_paris_day, format_paris, from_us, paris_date, parse_user_datetime, to_us
from mileo_desk.domain.enums import ItemState, ItemType, Keeping, Role
from mileo_desk.domain.errors import RuleViolation, ValidationError
from mileo_desk.domain.rules import AT_HEADQUARTERS, HolderFacts, ItemStatus
from mileo_desk.domain.signature import SignatureCapture
from tests.conftest import dot_sig, empty_sig, short_sig, sig

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)  # 10:00 in Paris
TECH = HolderFacts(7, "Thomas Éclair", Role.TECHNICIAN, True)
HELD = ItemStatus(ItemState.IN_SERVICE, Keeping.TECHNICIAN, 7, NOW - timedelta(days=1), NOW + timedelta(days=6))


def _attribute(status: ItemStatus = AT_HEADQUARTERS, *, holder: HolderFacts = TECH,
               item_type: ItemType = ItemType.BADGE, due: datetime | None = NOW + timedelta(days=7)) -> ItemStatus:
    return rules.attribute(status, label="ECL-00001", item_type=item_type, holder=holder,
                           holder_name_now="Noël Dupré", due_at=due, now=NOW)


# --------------------------------------------------------------------------- attribution


def test_attribute_from_headquarters_hands_the_item_over() -> None:
    after = _attribute()
    assert after == ItemStatus(ItemState.IN_SERVICE, Keeping.TECHNICIAN, 7, NOW, NOW + timedelta(days=7))
    assert after.is_held


@pytest.mark.parametrize(
    ("due", "fragment"),
    [
        (None, "obligatoire"),
        (NOW, "dans le futur"),
        (NOW - timedelta(minutes=1), "dans le futur"),
        (NOW + timedelta(days=367), "plus d'un an"),
    ],
)
def test_due_date_is_required_future_and_within_a_year(due: datetime | None, fragment: str) -> None:
    with pytest.raises(ValidationError, match=fragment) as info:
        _attribute(due=due)
    assert info.value.field == "due_at"


def test_due_date_one_year_ahead_is_accepted() -> None:
    assert _attribute(due=NOW + timedelta(days=365)).due_at == NOW + timedelta(days=365)


def test_temporary_badge_comes_back_the_same_paris_day() -> None:
    # PROC-INT-005 §04: 23:59 in Paris is the last moment, 00:00 the next day is refused
    last = end_of_paris_day(NOW)
    assert format_paris(last) == "10/03/2026 23:59"
    assert _attribute(item_type=ItemType.TEMPORARY_BADGE, due=last).due_at == last
    with pytest.raises(RuleViolation, match="PROC-INT-005 §04") as info:
        _attribute(item_type=ItemType.TEMPORARY_BADGE, due=last + timedelta(microseconds=1))
    assert info.value.code == "badge_temporaire"
    assert "10/03/2026 23:59" in info.value.message


def test_already_held_names_the_holder() -> None:
    with pytest.raises(RuleViolation, match="déjà détenu par Noël Dupré depuis le 09/03/2026 10:00") as info:
        _attribute(HELD)
    assert info.value.code == "deja_attribue"


@pytest.mark.parametrize(
    ("state", "fragment"),
    [(ItemState.LOST, "perdu"), (ItemState.STOLEN, "volé"), (ItemState.RETURNED_TO_CLIENT, "restitué au client")],
)
def test_items_out_of_service_cannot_be_attributed(state: ItemState, fragment: str) -> None:
    with pytest.raises(RuleViolation, match=fragment) as info:
        _attribute(ItemStatus(state, Keeping.HEADQUARTERS))
    assert info.value.code == "etat"


@pytest.mark.parametrize(
    ("holder", "code"),
    [
        (HolderFacts(8, "Inès Morel", Role.TECHNICIAN, False), "inactif"),
        (HolderFacts(9, "Paul Girard", Role.OPERATIONS_MANAGER, True), "role_detenteur"),
        (HolderFacts(10, "Claire Dubois", Role.CUSTODIAN, True), "role_detenteur"),
        (HolderFacts(11, "Alice Martin", Role.ADMIN, True), "role_detenteur"),
    ],
)
def test_holder_must_be_an_active_technician_or_site_lead(holder: HolderFacts, code: str) -> None:
    with pytest.raises(RuleViolation, match=holder.name) as info:
        _attribute(holder=holder)
    assert info.value.code == code


def test_site_lead_may_hold_items() -> None:
    lead = HolderFacts(12, "Sophie Garnier", Role.SITE_LEAD, True)
    assert _attribute(holder=lead).holder_id == 12


# --------------------------------------------------------------------------- return, transfer


def test_give_back_returns_to_headquarters() -> None:
    assert rules.give_back(HELD, label="X") == AT_HEADQUARTERS
    with pytest.raises(RuleViolation, match="déjà au siège") as info:
        rules.give_back(AT_HEADQUARTERS, label="X")
    assert info.value.code == "non_attribue"
    with pytest.raises(RuleViolation) as info:
        rules.give_back(ItemStatus(ItemState.LOST, Keeping.HEADQUARTERS), label="X")
    assert info.value.code == "etat"


def test_transfer_rules() -> None:
    noel = HolderFacts(8, "Noël Dupré", Role.TECHNICIAN, True)
    due = NOW + timedelta(days=2)
    after = rules.transfer(HELD, label="X", item_type=ItemType.BADGE, holder=noel, due_at=due, now=NOW)
    assert (after.holder_id, after.held_since, after.due_at) == (8, NOW, due)
    cases = [
        (AT_HEADQUARTERS, noel, due, RuleViolation, "non_attribue"),
        (HELD, TECH, due, RuleViolation, "meme_detenteur"),
        (HELD, HolderFacts(8, "Inès Morel", Role.TECHNICIAN, False), due, RuleViolation, "inactif"),
        (HELD, noel, None, ValidationError, "saisie_invalide"),
        (ItemStatus(ItemState.STOLEN, Keeping.HEADQUARTERS), noel, due, RuleViolation, "etat"),
    ]
    for status, holder, due_at, exc, code in cases:
        with pytest.raises(exc) as info:
            rules.transfer(status, label="X", item_type=ItemType.BADGE, holder=holder, due_at=due_at, now=NOW)
        assert info.value.code == code


# --------------------------------------------------------------------------- loss, found, restitution


@pytest.mark.parametrize(
    ("noticed_minutes_ago", "late"), [(0, False), (29, False), (30, False), (31, True), (600, True)]
)
def test_loss_reported_more_than_30_minutes_after_noticing_is_late(noticed_minutes_ago: int, late: bool) -> None:
    # PROC-INT-006 §03
    noticed = NOW - timedelta(minutes=noticed_minutes_ago)
    status, facts = rules.declare_loss(HELD, label="X", stolen=False, noticed_at=noticed, reported_at=None, now=NOW)
    assert status == ItemStatus(ItemState.LOST, Keeping.HEADQUARTERS)
    assert facts == rules.LossFacts(noticed, NOW, late)


def test_theft_marks_the_item_stolen() -> None:
    status, _ = rules.declare_loss(AT_HEADQUARTERS, label="X", stolen=True, noticed_at=NOW, reported_at=NOW, now=NOW)
    assert status.state is ItemState.STOLEN and not status.is_held


@pytest.mark.parametrize(
    ("noticed", "reported", "field", "fragment"),
    [
        (None, None, "noticed_at", "obligatoire"),
        (NOW + timedelta(minutes=3), NOW + timedelta(minutes=3), "noticed_at", "futur"),
        (NOW, NOW + timedelta(minutes=3), "reported_at", "futur"),
        (NOW - timedelta(minutes=5), NOW - timedelta(minutes=10), "reported_at", "précède"),
    ],
)
def test_loss_times_are_checked(noticed: datetime | None, reported: datetime | None, field: str,
                                fragment: str) -> None:
    with pytest.raises(ValidationError, match=fragment) as info:
        rules.declare_loss(HELD, label="X", stolen=False, noticed_at=noticed, reported_at=reported, now=NOW)
    assert info.value.field == field


def test_loss_of_an_item_out_of_service_is_refused() -> None:
    with pytest.raises(RuleViolation, match="déclaré perdu") as info:
        rules.declare_loss(ItemStatus(ItemState.LOST, Keeping.HEADQUARTERS), label="X", stolen=True,
                           noticed_at=NOW, reported_at=None, now=NOW)
    assert info.value.code == "etat"


def test_found_only_for_lost_or_stolen() -> None:
    for state in (ItemState.LOST, ItemState.STOLEN):
        assert rules.found(ItemStatus(state, Keeping.HEADQUARTERS), label="X") == AT_HEADQUARTERS
    for status in (AT_HEADQUARTERS, HELD, ItemStatus(ItemState.RETURNED_TO_CLIENT, Keeping.HEADQUARTERS)):
        with pytest.raises(RuleViolation, match="ni perdu ni volé"):
            rules.found(status, label="X")


def test_restitution_needs_the_item_at_headquarters() -> None:
    assert rules.restitute(AT_HEADQUARTERS, label="X").state is ItemState.RETURNED_TO_CLIENT
    with pytest.raises(RuleViolation, match="rendu au siège"):
        rules.restitute(HELD, label="X")
    with pytest.raises(RuleViolation, match="restitué"):
        rules.restitute(ItemStatus(ItemState.RETURNED_TO_CLIENT, Keeping.HEADQUARTERS), label="X")


# --------------------------------------------------------------------------- duplication (PROC-INT-006 §02)


@pytest.mark.parametrize("item_type", [ItemType.MASTER_KEY, ItemType.BADGE, ItemType.CODE_KEY])
def test_protected_types_need_a_written_mandate(item_type: ItemType) -> None:
    with pytest.raises(RuleViolation, match="PROC-INT-006 §02") as info:
        rules.check_duplication(AT_HEADQUARTERS, label="X", item_type=item_type, has_mandate=False, copies=1)
    assert info.value.code == "mandat_requis"
    assert item_type.label_fr in info.value.message
    rules.check_duplication(AT_HEADQUARTERS, label="X", item_type=item_type, has_mandate=True, copies=1)


def test_plain_mechanical_key_needs_no_mandate_and_temporary_badge_is_never_copied() -> None:
    rules.check_duplication(AT_HEADQUARTERS, label="X", item_type=ItemType.MECHANICAL_KEY, has_mandate=False,
                            copies=rules.MAX_COPIES)
    with pytest.raises(RuleViolation) as info:
        rules.check_duplication(AT_HEADQUARTERS, label="X", item_type=ItemType.TEMPORARY_BADGE, has_mandate=True,
                                copies=1)
    assert info.value.code == "duplication_interdite"
    for copies in (0, rules.MAX_COPIES + 1):
        with pytest.raises(ValidationError, match="copies"):
            rules.check_duplication(AT_HEADQUARTERS, label="X", item_type=ItemType.MECHANICAL_KEY,
                                    has_mandate=False, copies=copies)


# --------------------------------------------------------------------------- signatures (SPEC §2)


def test_valid_signature_passes_and_round_trips() -> None:
    capture = sig(0)
    sig_mod.validate(capture, who="Thomas")
    vectors = sig_mod.vectors_json(capture)
    doc = json.loads(vectors)
    assert doc["format"] == "mileo-signature/1" and doc["device"] == "pen"
    assert list(doc) == sorted(doc), "canonical JSON has sorted keys"
    again = sig_mod.parse_vectors(vectors)
    assert sig_mod.vectors_json(again) == vectors
    png = sig_mod.render_png(capture)
    assert png.startswith(sig_mod.PNG_MAGIC)
    assert sig_mod.digest(vectors, png) != sig_mod.digest(vectors, png + b"\x00")
    assert sig_mod.digest(vectors, png) != sig_mod.digest(sig_mod.vectors_json(sig(1)), png)


@pytest.mark.parametrize(
    ("capture", "fragment"),
    [
        (empty_sig(), "est vide"),
        (dot_sig(), "trop courte"),
        (short_sig(), "trop courte"),
        (SignatureCapture(400, 150, ((),)), "est vide"),
        (SignatureCapture(400, 150, sig().strokes, device="scanner"), "périphérique inconnu"),
        (SignatureCapture(5, 150, sig().strokes), "dimensions"),
        (SignatureCapture(400, 150, sig().strokes, png=b"GIF89a"), "pas un PNG"),
        (SignatureCapture(400, 150, (((0, 10.0, 10.0, 1.5), *sig().strokes[0][1:]),)), "pression"),
        (SignatureCapture(400, 150, (((0, float("nan"), 10.0, 0.5), *sig().strokes[0][1:]),)), "point invalide"),
        (SignatureCapture(400, 150, (((0, 900.0, 10.0, 0.5), *sig().strokes[0][1:]),)), "hors de la zone"),
        (SignatureCapture(400, 150, (((9999, 10.0, 10.0, 0.5), *sig().strokes[0][1:]),)), "horodatage"),
    ],
)
def test_bad_signatures_are_refused(capture: SignatureCapture, fragment: str) -> None:
    with pytest.raises(ValidationError, match=fragment) as info:
        sig_mod.validate(capture, who="Thomas Éclair")
    assert info.value.field == "signature"
    assert "Thomas Éclair" in info.value.message


def test_unreadable_signature_file_is_refused() -> None:
    for bad in ("", "{}", '{"format": "other"}', "[1, 2]", '{"format": "mileo-signature/1", "strokes": [[["a"]]]}'):
        with pytest.raises(ValidationError, match="illisible"):
            sig_mod.parse_vectors(bad)


# --------------------------------------------------------------------------- text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("04:a2:b3:c4:d5:e6:80", "04A2B3C4D5E680"),
        ("04 A2 B3 C4", "04A2B3C4"),
        ("de-ad-be-ef", "DEADBEEF"),
        ("0102030405060708090A", "0102030405060708090A"),
        ("", None),
        ("  ", None),
        (None, None),
    ],
)
def test_uids_are_normalised(raw: str | None, expected: str | None) -> None:
    assert identifiers.normalize_uid(raw) == expected


@pytest.mark.parametrize(
    "raw", ["XYZ12345", "010203", "0102030", "0102030405060708090A0B", "04A2;B3C4", "０４Ａ２Ｂ３Ｃ４"]
)
def test_bad_uids_are_refused(raw: str) -> None:
    with pytest.raises(ValidationError, match="4 à 10 octets") as info:
        identifiers.normalize_uid(raw, field="card_uid")
    assert info.value.field == "card_uid"


def test_fold_removes_accents_and_case() -> None:
    assert text.fold("Société des  ÉCLUSES") == "societe des ecluses"
    assert text.fold("Œuvre Ærienne") == "oeuvre aerienne"
    assert text.fold("Noël Dupré") == "noel dupre"


@pytest.mark.parametrize("bad", ["a\x00b", "a\x1bb", "a\x1fb", "a\x7fb", "a\rb"])
def test_control_characters_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError, match="caractères de contrôle"):
        text.clean_text(bad, label="Nom", field="name")
    with pytest.raises(ValidationError, match="caractères de contrôle"):
        text.clean_note(bad)


def test_clean_text_rules() -> None:
    assert text.clean_text("  Clé portail  ", label="Désignation", field="label") == "Clé portail"
    assert text.clean_text("", label="Désignation", field="label", required=False) is None
    with pytest.raises(ValidationError, match="obligatoire"):
        text.require_text("   ", label="Nom", field="name")
    with pytest.raises(ValidationError, match="tenir sur une ligne"):
        text.clean_text("a\nb", label="Nom", field="name")
    with pytest.raises(ValidationError, match="dépasse 120 caractères"):
        text.clean_text("x" * 121, label="Nom", field="name")
    assert text.clean_note("ligne 1\nligne 2\tfin") == "ligne 1\nligne 2\tfin"
    assert text.clean_note("n" * text.NOTE_MAX) == "n" * text.NOTE_MAX
    with pytest.raises(ValidationError, match="dépasse 2000 caractères"):
        text.clean_note("n" * (text.NOTE_MAX + 1))
    # markup and SQL are plain text
    assert text.clean_note("<script>alert(1)</script>") == "<script>alert(1)</script>"
    assert text.clean_text("'; DROP TABLE items; --", label="Nom", field="n") == "'; DROP TABLE items; --"


def test_registry_ids_email_and_phone() -> None:
    assert identifiers.normalize_registry_id(" ecl-00001 ") == "ECL-00001"
    for bad in ("", "AB", "-ABC", "ÉCL-1", "ECL 1", "X" * 33):
        with pytest.raises(ValidationError):
            identifiers.normalize_registry_id(bad)
    assert text.clean_email("rssi@banquedunord.fr") == "rssi@banquedunord.fr"
    with pytest.raises(ValidationError, match="e-mail invalide"):
        text.clean_email("pas-une-adresse")
    assert text.clean_phone("+33 1 23 45 67 89") == "+33 1 23 45 67 89"
    with pytest.raises(ValidationError, match="téléphone invalide"):
        text.clean_phone("appelez-moi")


# --------------------------------------------------------------------------- time


def test_microseconds_round_trip_and_paris_days() -> None:
    moment = datetime(2026, 3, 29, 0, 30, 0, 123456, tzinfo=UTC)  # the night of the DST change
    assert from_us(to_us(moment)) == moment
    with pytest.raises(ValueError, match="naive"):
        to_us(datetime(2026, 1, 1))  # a naive datetime, on purpose
    assert paris_date(datetime(2026, 3, 10, 23, 30, tzinfo=UTC)) == date(2026, 3, 11)
    # 29 March 2026: Paris goes from UTC+1 to UTC+2, the day ends at 21:59:59 UTC
    assert end_of_paris_day(moment) == datetime(2026, 3, 29, 21, 59, 59, 999999, tzinfo=UTC)


def test_parse_user_datetime() -> None:
    assert parse_user_datetime("23/11/2026 14:05", field="d", label="Date") == datetime(2026, 11, 23, 13, 5,
                                                                                      tzinfo=UTC)
    assert parse_user_datetime("2026-07-01T12:00", field="d", label="Date") == datetime(2026, 7, 1, 10, 0, tzinfo=UTC)
    assert parse_user_datetime("2026-07-01T12:00Z", field="d", label="Date") == datetime(2026, 7, 1, 12, tzinfo=UTC)
    with pytest.raises(ValidationError, match="Date invalide"):
        parse_user_datetime("demain", field="d", label="Date")
    with pytest.raises(ValidationError, match="obligatoire"):
        parse_user_datetime(" ", field="d", label="Date")


# --------------------------------------------------------------------------- chain format


def test_canonical_serialisation() -> None:
    assert chain.canonical_details(None) is None and chain.canonical_details({}) is None
    assert chain.canonical_details({"b": 1, "a": "é"}) == '{"a":"é","b":1}'
    assert chain.canonical_signatures([("technician", "bb"), ("custodian", "aa")]) == "custodian:aa,technician:bb"
    assert chain.canonical_signatures([]) is None
    values = (1, "reception", 1, 0, 1, "poste", None, None, None, None, None, None, chain.GENESIS)
    assert len(values) == len(chain.FIELDS)
    expected = hashlib.sha256(
        ("MD1\x1f" + "\x1f".join("" if v is None else str(v) for v in values)).encode()
    ).hexdigest()
    assert chain.movement_hash(values) == expected
    # None and the empty string hash alike; any other change changes the hash
    assert chain.movement_hash((*values[:9], "", *values[10:])) == expected
    assert chain.movement_hash((*values[:9], "x", *values[10:])) != expected


def test_verify_rows_walks_a_clean_chain() -> None:
    rows = []
    prev = chain.GENESIS
    for seq in range(1, 4):
        values = (seq, "reception", seq, seq, 1, "poste", None, None, None, None, None, None, prev)
        h = chain.movement_hash(values)
        rows.append((*values, h))
        prev = h
    assert chain.verify_rows(rows) == (None, 3, prev)
