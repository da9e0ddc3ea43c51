"""Refusals speak the interface's language, and French ones read as French.

Every refusal of the domain and the services is a template with named parameters (issue 10,
items 9 and 10): the window translates the template (context « Messages », extracted into
gui/forms/messages_catalog.py) and fills it with each parameter as the window shows it; the
French sentence gets its elision, articles and agreement from domain.wording.
"""

from __future__ import annotations

import re
import string
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mileo_desk.domain import wording
from mileo_desk.domain.enums import ItemState, ItemType, Keeping, Role
from mileo_desk.domain.errors import RuleViolation, ValidationError
from mileo_desk.domain.permissions import Action
from mileo_desk.domain.rules import (
    AT_HEADQUARTERS,
    HolderFacts,
    ItemFacts,
    ItemStatus,
    available_movements,
    check_holder,
)
from mileo_desk.domain.signature import SignatureCapture, validate
from mileo_desk.gui.forms.messages_catalog import MESSAGES
from mileo_desk.gui.models.labels import error_text
from mileo_desk.gui.settings import apply_language

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import messages_catalog  # noqa: E402 — the extraction script, a sibling of build_forms.py

pytestmark = pytest.mark.gui

HELD = ItemStatus(ItemState.IN_SERVICE, Keeping.TECHNICIAN, 7, datetime(2026, 3, 10, 8, 0, tzinfo=UTC))
#: names that begin with a vowel, accented or not: « de » must elide before them
VOWEL_NAMES = ("Antoine Écuyer", "Inès Ollivier", "Éric Martin", "Ugo Abadie")


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    apply_language("en")
    yield
    apply_language("fr")


def test_a_refusal_is_shown_in_english_with_its_parameters_translated(english) -> None:
    lost = ItemFacts("ECL-00001", ItemType.MASTER_KEY, ItemStatus(ItemState.LOST, Keeping.HEADQUARTERS))
    why = available_movements(lost, role=Role.CUSTODIAN, actor_id=1)[Action.ATTRIBUTE_ITEM]
    assert why is not None
    assert why.message == "L'objet ECL-00001 est déclaré perdu : impossible de l'attribuer."
    assert error_text(why) == "Item ECL-00001 is declared lost: cannot attribute it."
    refused = available_movements(ItemFacts("ECL-00002", ItemType.BADGE, AT_HEADQUARTERS),
                                  role=Role.TECHNICIAN, actor_id=1)[Action.DUPLICATE_ITEM]
    assert refused is not None
    # the action and the role come through their English labels
    assert error_text(refused) == (
        "Action refused: “Record a duplication under mandate” is not permitted to the role “Technician”."
    )
    with pytest.raises(ValidationError) as info:
        validate(SignatureCapture(400, 150, ()), who="Antoine")
    assert info.value.message == "La signature d'Antoine est vide."
    assert error_text(info.value) == "Antoine's signature is empty."
    held = available_movements(ItemFacts("ECL-00003", ItemType.BADGE, HELD, "Thomas Éclair"), role=Role.CUSTODIAN,
                               actor_id=1)[Action.ATTRIBUTE_ITEM]
    assert held is not None
    # a moment is shown in Paris time, as everywhere in the window
    assert error_text(held) == (
        "Item ECL-00003 has been held by Thomas Éclair since 10/03/2026 09:00: it must be returned first."
    )


def test_in_french_the_services_sentence_is_shown_as_is(qapp) -> None:
    apply_language("fr")
    with pytest.raises(RuleViolation) as info:
        check_holder(HolderFacts(3, "Inès Ollivier", Role.TECHNICIAN, False))
    assert error_text(info.value) == info.value.message == "Inès Ollivier n'est plus actif : attribution impossible."


def test_every_message_template_has_an_english_translation() -> None:
    ts = (ROOT / "resources" / "translations" / "mileo_desk_en.ts").read_text(encoding="utf-8")
    context = re.search(r"<name>Messages</name>(.*?)</context>", ts, re.S)
    assert context is not None, "run scripts/build_forms.py --update-ts"
    assert 'type="unfinished"' not in context.group(1)
    assert len(re.findall(r"<message>", context.group(1))) == len(MESSAGES)


def test_the_catalog_is_what_the_sources_raise_and_no_refusal_is_an_f_string() -> None:
    assert messages_catalog.build(check=True), "run scripts/build_forms.py"
    assert messages_catalog.fstring_refusals() == []


def _sample(name: str, spec: str, item_type: ItemType, person: str) -> object:
    """A value for a template's parameter, by its name: people begin with a vowel."""
    if spec in ("le", "du", "e") or name == "item_type":
        return item_type
    if name in ("who", "name", "holder", "signatory", "client", "site", "owner", "custodian"):
        return person
    if name == "signed_on":
        return "01/03/2026"
    if name in ("since", "latest"):
        return datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
    if name == "role":
        return Role.TECHNICIAN
    if name == "action":
        return Action.ATTRIBUTE_ITEM
    if name == "kind":
        return "Attribution"
    return 1 if name in ("id", "seq", "copies", "allowed", "used", "given", "max", "min", "max_len", "length",
                         "year") else "BDN-00001"  # an id or a code: what people are, ids are not


#: French elision: « de », « le », « la », « que », « je », « ne », « se » before a vowel
_NO_ELISION = re.compile(r"(?<![\w'-])(de|le|la|que|je|ne|se) (?=[aeiouàâéèêëîïôûAEIOUÀÂÉÈÊËÎÏÔÛ])")


@pytest.mark.parametrize("item_type", list(ItemType))
def test_every_template_renders_as_french_with_every_type_and_vowel_names(item_type: ItemType) -> None:
    templates = [t for t in MESSAGES if "{" in t]
    assert len(templates) > 40
    for person in VOWEL_NAMES:
        for template in templates:
            fields = [(f, spec or "") for _, f, spec, _ in string.Formatter().parse(template) if f]
            params = {f: _sample(f, spec, item_type, person) for f, spec in fields}
            text = wording.render(template, params)
            assert "{" not in text and "None" not in text, (template, text)
            assert not _NO_ELISION.search(text), f"no elision in: {text}"
            assert " de le " not in text and " à le " not in text and " de les " not in text, text


@pytest.mark.parametrize("item_type", list(ItemType))
def test_the_signed_texts_agree_with_every_type_and_vowel_names(item_type: ItemType) -> None:
    for person in VOWEL_NAMES:
        texts = [
            wording.attribution_statement(holder=person, item_type=item_type, registry_id="X-1"),
            wording.transfer_statement(holder=person, item_type=item_type, registry_id="X-1", previous=person),
            wording.return_statement(holder=person, item_type=item_type, registry_id="X-1"),
            wording.return_countersignature(custodian=person, holder=person, item_type=item_type, registry_id="X-1"),
            wording.restitution_statement(client=person, item_type=item_type, registry_id="X-1", signatory=None),
            wording.restitution_statement(client=person, item_type=item_type, registry_id="X-1", signatory=person),
        ]
        for text in texts:
            assert not _NO_ELISION.search(text.replace("Je soussigné(e) ", "")), text
            assert " de le " not in text and " de la le " not in text, text
    feminine = item_type in (ItemType.MECHANICAL_KEY, ItemType.CODE_KEY, ItemType.MASTER_KEY)
    restituted = wording.restitution_statement(client="Alpha", item_type=item_type, registry_id="X-1", signatory=None)
    assert ("restituée au client" in restituted) is feminine


def test_plural_and_elision_helpers() -> None:
    assert [wording.plural(n, "objet volé", "objets volés") for n in (0, 1, 2)] == [
        "0 objet volé", "1 objet volé", "2 objets volés"]
    assert [wording.de(n) for n in ("Thomas", "Antoine", "Éric", "Yann", "Hugo", "Œdipe")] == [
        "de Thomas", "d'Antoine", "d'Éric", "de Yann", "de Hugo", "d'Œdipe"]
