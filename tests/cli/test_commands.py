"""Every command of ``mileo-desk`` end to end on a temporary SQLite registry: human and
``--json`` output, exit statuses (0 done, 1 refused, 2 usage, 3 log-in or rights, 4 broken
history), and that a refused command changes nothing."""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from mileo_desk.cli import build_parser
from mileo_desk.cli.core import EXIT_AUTH, EXIT_INTEGRITY, EXIT_REFUSED, EXIT_USAGE
from mileo_desk.demo import DEMO_PASSWORD, DEMO_USERS
from mileo_desk.domain.clock import PARIS
from mileo_desk.domain.enums import ItemState, ItemType, Keeping, Role
from mileo_desk.domain.permissions import Action, markdown_table
from mileo_desk.domain.rules import ItemFacts, ItemStatus, refusal
from mileo_desk.domain.signature import digest
from mileo_desk.services import Services
from tests.conftest import counts

from .conftest import ADMIN_PASSWORD, CliRunner

PROJECT = Path(__file__).resolve().parents[2]
NEW_PASSWORD = "nouveau-Mileo-2026"


def later(days: int = 3, hour: str = "18:00") -> str:
    """A due date typed the French way, *days* from now."""
    return (datetime.now(PARIS) + timedelta(days=days)).strftime(f"%d/%m/%Y {hour}")


def ago(**delta: float) -> str:
    return (datetime.now(PARIS) - timedelta(**delta)).isoformat(timespec="seconds")


@pytest.fixture
def fresh(cli: CliRunner, empty_url: str) -> dict[str, Any]:
    """A small registry built with the command line only: accounts, a client, sites, technicians."""
    env = {"MILEO_DESK_ADMIN_PASSWORD": ADMIN_PASSWORD}
    assert cli("init", "--admin-name", "Alice Martin", env=env).code == 0
    new = {"MILEO_DESK_NEW_PASSWORD": NEW_PASSWORD}
    for login, name, role in (("claire", "Claire Dubois", "gardien"), ("olivier", "Olivier Lefèvre", "exploitation"),
                              ("thomas", "Thomas Éclair", "technicien")):
        run = cli("user", "add", login, "--name", name, "--role", role, "--json", user="admin",
                  password=ADMIN_PASSWORD, env=new)
        assert run.code == 0, run.err
    run = cli("client", "add", "ECL", "--name", "Société des Écluses", "--contact-name", "Marc Lemaire",
              "--contact-phone", "+33 1 23 45 67 89", "--contact-email", "securite@ecluses.fr", "--level", "premium",
              "--json", user="olivier", password=NEW_PASSWORD)
    assert run.code == 0, run.err
    sites = {}
    for name, address, level in (("Entrepôt de Pantin", "12 quai de l'Ourcq, 93500 Pantin", "S1"),
                                 ("Salle des serveurs", "3 rue de l'Écluse, 75010 Paris", "S3")):
        run = cli("site", "add", "--client", "ECL", "--name", name, "--address", address, "--sensitivity", level,
                  "--json", user="olivier", password=NEW_PASSWORD)
        assert run.code == 0, run.err
        sites[name] = run.json["id"]
    run = cli("person", "add", "--name", "Noël Dupré", "--badge-uid", "0a:0b:0c:0d", "--phone", "+33 6 12 34 56 78",
              "--json", user="olivier", password=NEW_PASSWORD)
    assert run.code == 0, run.err
    return {"url": empty_url, "sites": sites, "noel": run.json["id"]}


def as_claire(cli: CliRunner) -> Callable[..., Any]:
    return lambda *argv: cli(*argv, user="claire", password=NEW_PASSWORD)


# --------------------------------------------------------------------------- init, roles


def test_init_creates_the_database_and_the_first_admin_once(cli: CliRunner, empty_url: str) -> None:
    run = cli("init", "--admin-login", "Chef.IT", "--json", env={"MILEO_DESK_ADMIN_PASSWORD": ADMIN_PASSWORD})
    assert run.code == 0, run.err
    data = run.json
    assert data["initialised"] is True
    assert data["admin"]["login"] == "chef.it" and data["admin"]["role"] == "admin"
    assert Path(empty_url.removeprefix("sqlite:///")).exists()
    # again: the schema is up to date, the accounts are kept
    again = cli("init")
    assert again.code == 0 and "déjà" in again.out
    # demo data only go into an empty registry
    demo = cli("init", "--demo", "--json")
    assert demo.code == EXIT_REFUSED
    assert demo.json["error"]["code"] == "deja_initialise"
    assert "registre vide" in demo.err
    assert cli("dashboard", user="chef.it", password=ADMIN_PASSWORD).code == 0


def test_init_refuses_a_short_admin_password(cli: CliRunner, empty_url: str, services: Callable[[str], Services]
                                             ) -> None:
    run = cli("init", env={"MILEO_DESK_ADMIN_PASSWORD": "court"})
    assert run.code == EXIT_REFUSED
    assert "au moins 8 caractères" in run.err
    assert not services(empty_url).setup.has_users()


def test_roles_prints_the_readme_table(cli: CliRunner) -> None:
    run = cli("roles")
    assert run.code == 0
    assert run.out.strip() == markdown_table()
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    assert markdown_table() in readme
    data = cli("roles", "--json").json
    by_action = {row["action"]: row["roles"] for row in data}
    assert by_action["duplicate_item"] == ["operations_manager"]
    assert by_action["import_items"] == ["operations_manager", "admin"]
    assert all(row["label"] for row in data)


# --------------------------------------------------------------------------- log-in


def test_login_problems_exit_with_status_3(cli: CliRunner, demo_url: str) -> None:
    missing = cli("dashboard")
    assert missing.code == EXIT_AUTH
    assert "--user" in missing.err
    wrong = cli("dashboard", "--json", user="gardien", password="pas-le-bon")
    assert wrong.code == EXIT_AUTH
    assert wrong.json == {"error": {"code": "authentification", "message": "Identifiant ou mot de passe incorrect.",
                                    "field": None}}
    assert "pas-le-bon" not in wrong.out + wrong.err
    no_password = cli("dashboard", env={"MILEO_DESK_USER": "gardien"})
    assert no_password.code == EXIT_AUTH
    assert "MILEO_DESK_PASSWORD" in no_password.err
    refused = cli("client", "add", "ZZZ", "--name", "X", "--contact-name", "Y", "--json", user="technicien")
    assert refused.code == EXIT_AUTH
    assert refused.json["error"]["code"] == "droits"
    assert "Technicien" in refused.err


def test_global_options_go_before_or_after_the_command(cli: CliRunner, demo_url: str, tmp_path: Path) -> None:
    other = f"sqlite:///{tmp_path / 'elsewhere.sqlite3'}"
    before = cli("--db", demo_url, "--json", "items", "list", "--limit", "1", user="gardien")
    after = cli("items", "list", "--limit", "1", "--json", "--db", demo_url, user="gardien")
    assert before.code == after.code == 0
    assert before.json["total"] == after.json["total"] > 100
    # --db wins over MILEO_DESK_DB: a new, empty database has no such account
    assert cli("dashboard", "--db", other, user="gardien").code == EXIT_AUTH


# --------------------------------------------------------------------------- accounts and staff


def test_user_commands(cli: CliRunner, fresh: dict[str, Any]) -> None:
    admin: dict[str, Any] = {"user": "admin", "password": ADMIN_PASSWORD}
    listed = cli("user", "list", "--json", **admin).json
    assert {u["login"] for u in listed} == {"admin", "claire", "olivier", "thomas"}
    assert all(u["login"] for u in listed)
    text = cli("user", "list", **admin).out
    assert "Claire Dubois" in text and "Gardien des clés" in text

    # only an administrator manages accounts
    denied = cli("user", "add", "eve", "--name", "Eve", "--role", "gardien", user="claire", password=NEW_PASSWORD,
                 env={"MILEO_DESK_NEW_PASSWORD": NEW_PASSWORD})
    assert denied.code == EXIT_AUTH
    bad_role = cli("user", "add", "eve", "--name", "Eve", "--role", "pilote", **admin)
    assert bad_role.code == EXIT_USAGE and "rôle inconnu" in bad_role.err

    changed = cli("user", "set-password", "claire", **admin, env={"MILEO_DESK_NEW_PASSWORD": "autre-Mileo-2026"})
    assert changed.code == 0, changed.err
    assert cli("dashboard", user="claire", password=NEW_PASSWORD).code == EXIT_AUTH
    assert cli("dashboard", user="claire", password="autre-Mileo-2026").code == 0
    # one's own password, without the right to manage accounts
    own = cli("user", "set-password", "claire", user="claire", password="autre-Mileo-2026",
              env={"MILEO_DESK_NEW_PASSWORD": NEW_PASSWORD})
    assert own.code == 0, own.err
    assert cli("dashboard", user="claire", password=NEW_PASSWORD).code == 0

    off = cli("user", "deactivate", "claire", "--json", **admin)
    assert off.code == 0 and off.json["active"] is False
    assert cli("dashboard", user="claire", password=NEW_PASSWORD).code == EXIT_AUTH
    assert "claire" not in {u["login"] for u in cli("user", "list", "--json", **admin).json}
    assert "claire" in {u["login"] for u in cli("user", "list", "--all", "--json", **admin).json}
    self_off = cli("user", "deactivate", "admin", **admin)
    assert self_off.code == EXIT_REFUSED and "propre compte" in self_off.err
    assert cli("user", "activate", "claire", **admin).code == 0
    assert cli("dashboard", user="claire", password=NEW_PASSWORD).code == 0


def test_person_commands(cli: CliRunner, fresh: dict[str, Any]) -> None:
    manager: dict[str, Any] = {"user": "olivier", "password": NEW_PASSWORD}
    people = cli("person", "list", "--role", "technicien", "--json", **manager).json
    assert {p["full_name"] for p in people} == {"Thomas Éclair", "Noël Dupré"}
    noel = next(p for p in people if p["full_name"] == "Noël Dupré")
    assert noel["badge_uid"] == "0A0B0C0D" and noel["login"] is None
    # a badge UID already carried by someone else
    dup = cli("person", "add", "--name", "Inès Morel", "--badge-uid", "0A0B0C0D", "--json", **manager)
    assert dup.code == EXIT_REFUSED and dup.json["error"]["code"] == "doublon"
    updated = cli("person", "update", str(fresh["noel"]), "--phone", "+33 7 00 00 00 00", "--inactive", "--json",
                  **manager)
    assert updated.code == 0, updated.err
    assert updated.json["phone"] == "+33 7 00 00 00 00" and updated.json["active"] is False
    assert "Noël" not in cli("person", "list", **manager).out
    assert "Noël" in cli("person", "list", "--all", "--search", "noel", **manager).out
    by_login = cli("person", "update", "thomas", "--badge-uid", "04A1B2C3D4E5F6", "--json", **manager)
    assert by_login.code == 0 and by_login.json["badge_uid"] == "04A1B2C3D4E5F6"


def test_client_and_site_commands(cli: CliRunner, fresh: dict[str, Any]) -> None:
    manager: dict[str, Any] = {"user": "olivier", "password": NEW_PASSWORD}
    clients = cli("client", "list", "--json", **manager).json
    assert [c["code"] for c in clients] == ["ECL"]
    assert clients[0]["contract_level"] == "premium" and clients[0]["contact_name"] == "Marc Lemaire"
    bad = cli("client", "add", "X", "--name", "Trop court", "--contact-name", "Y", "--json", **manager)
    assert bad.code == EXIT_REFUSED and bad.json["error"]["field"] == "code"
    email = cli("client", "add", "BDN", "--name", "Banque du Nord", "--contact-name", "Jeanne Petit",
                "--contact-email", "pas-un-email", **manager)
    assert email.code == EXIT_REFUSED and "e-mail invalide" in email.err
    assert cli("client", "update", "ECL", "--level", "standard", "--contact-phone", "+33 1 00 00 00 00",
               **manager).code == 0
    shown = cli("client", "show", "ECL", "--json", **manager).json
    assert shown["client"]["contract_level"] == "standard"
    assert {s["name"] for s in shown["sites"]} == set(fresh["sites"])
    assert shown["items"]["in_service"] == 0
    text = cli("client", "show", "ECL", **manager).out
    assert "Marc Lemaire" in text and "Salle des serveurs" in text and "S3" in text

    site_id = str(fresh["sites"]["Salle des serveurs"])
    assert cli("site", "update", site_id, "--sensitivity", "S2", "--address", "4 rue de l'Écluse, 75010 Paris",
               **manager).code == 0
    sites = cli("site", "list", "--client", "ECL", "--json", **manager).json
    assert {(s["name"], s["sensitivity"]) for s in sites} == {("Entrepôt de Pantin", "S1"),
                                                              ("Salle des serveurs", "S2")}
    assert cli("site", "list", "--search", "ourcq", "--json", **manager).json[0]["name"] == "Entrepôt de Pantin"
    assert cli("site", "add", "--client", "ECL", "--name", "X", "--address", "Y", "--sensitivity", "S4",
               **manager).code == EXIT_USAGE
    assert cli("client", "update", "ECL", "--archive", **manager).code == 0
    assert cli("client", "list", "--json", **manager).json == []
    assert cli("client", "list", "--all", "--json", **manager).json[0]["active"] is False


# --------------------------------------------------------------------------- an item's life


def test_an_item_through_every_movement(cli: CliRunner, fresh: dict[str, Any],
                                        signature_files: Callable[[int], tuple[str, str]],
                                        services: Callable[[str], Services]) -> None:
    claire = as_claire(cli)
    manager: dict[str, Any] = {"user": "olivier", "password": NEW_PASSWORD}
    received = claire("item", "receive", "--client", "ECL", "--site", "entrepot de pantin", "--type", "Clé mécanique",
                      "--tag-uid", "e0:04:01:50:12:34:56:78", "--stamped-number", "K-1234", "--label", "Clé portail",
                      "--received-on", "02/03/2026", "--json")
    assert received.code == 0, received.err
    item = received.json["item"]
    rid = item["registry_id"]
    assert rid == "ECL-00001"
    assert item["tag_uid"] == "E004015012345678" and item["received_on"] == "2026-03-02"
    assert received.json["movement"]["kind"] == "reception"

    vectors, png = signature_files(1)
    given = claire("item", "attribute", rid, "--to", "thomas", "--due", later(3), "--signature", vectors,
                   "--signature-png", png, "--badge", "--json")
    assert given.code == 0, given.err
    movement = given.json["movement"]
    assert given.json["item"]["holder_name"] == "Thomas Éclair"
    assert movement["details"] == {"badge": True}
    [signature] = movement["signatures"]
    assert signature["role"] == "technician" and signature["intact"] is True
    assert signature["digest"] == digest(Path(vectors).read_text(encoding="utf-8"), Path(png).read_bytes())
    assert "vectors" not in signature and "png" not in signature

    again = claire("item", "attribute", rid, "--to", str(fresh["noel"]), "--due", later(2),
                   "--signature", signature_files(2)[0])
    assert again.code == EXIT_REFUSED and "déjà détenu par Thomas Éclair" in again.err

    moved = claire("item", "transfer", rid, "--to", str(fresh["noel"]), "--due", later(5), "--signature",
                   signature_files(3)[0], "--note", "Reprise du chantier", "--json")
    assert moved.code == 0, moved.err
    assert moved.json["item"]["holder_name"] == "Noël Dupré"
    transfer_seq = moved.json["movement"]["seq"]

    # the due date of the current attribution is corrected by a new movement
    fixed = claire("item", "correct", rid, "--seq", str(transfer_seq), "--reason", "Prolongation",
                   "--due", later(6).split()[0], "--json")
    assert fixed.code == 0, fixed.err
    assert fixed.json["movement"]["corrects_seq"] == transfer_seq
    assert fixed.json["item"]["due_at"][:10] == (datetime.now(PARIS) + timedelta(days=6)).date().isoformat()

    t_sig, t_png = signature_files(4)
    back = claire("item", "return", rid, "--technician-signature", t_sig, "--technician-signature-png", t_png,
                  "--custodian-signature", signature_files(5)[0], "--json")
    assert back.code == 0, back.err
    assert back.json["item"]["keeping"] == "headquarters"
    assert {s["role"] for s in back.json["movement"]["signatures"]} == {"technician", "custodian"}

    lost = cli("item", "lost", rid, "--noticed-at", ago(hours=2), "--reported-at", ago(minutes=5), **manager)
    assert lost.code == 0, lost.err
    assert "signalement tardif" in lost.out
    assert cli("item", "found", rid, "--note", "Dans le véhicule", **manager).code == 0

    stamped = claire("item", "correct", "--seq", str(received.json["movement"]["seq"]), "--reason",
                     "Numéro mal recopié", "--set", "stamped_number=K-1243", "--json")
    assert stamped.code == 0, stamped.err
    assert stamped.json["item"]["stamped_number"] == "K-1243"
    assert stamped.json["movement"]["details"]["changes"]["stamped_number"] == {"before": "K-1234",
                                                                                 "after": "K-1243"}

    copied = cli("item", "duplicate", rid, "--copies", "1", "--json", **manager)
    assert copied.code == 0, copied.err
    assert [c["original_id"] for c in copied.json["created"]] == [item["id"]]

    history = claire("history", rid, "--json").json
    assert [m["kind"] for m in history] == ["reception", "attribution", "transfer", "correction", "return", "loss",
                                            "found", "correction", "duplication"]
    assert history[5]["details"]["late"] is True
    shown = claire("item", "show", rid)
    assert "Clé portail" in shown.out and "Déclaration de perte" in shown.out and "K-1243" in shown.out

    done = cli("item", "restitute", rid, "--client-signature", signature_files(6)[0], "--client-signatory",
               "Marc Lemaire", "--json", **manager)
    assert done.code == 0, done.err
    assert done.json["item"]["state"] == "returned_to_client"
    assert done.json["movement"]["details"] == {"client_signatory": "Marc Lemaire"}

    # a restituted item cannot be handed out: refused, and nothing written
    svc = services(fresh["url"])
    before = counts(svc)
    refused = claire("item", "attribute", rid, "--to", "thomas", "--due", later(1), "--signature",
                     signature_files(7)[0], "--json")
    assert refused.code == EXIT_REFUSED
    assert refused.json["error"]["code"] == "etat"
    assert "restitué au client" in refused.err
    # the very sentence the window shows on its grey « Attribuer » (the domain's one answer)
    shown = refusal(Action.ATTRIBUTE_ITEM, ItemFacts(rid, ItemType.MECHANICAL_KEY, ItemStatus(
        ItemState.RETURNED_TO_CLIENT, Keeping.HEADQUARTERS)), role=Role.CUSTODIAN, actor_id=None)
    assert shown is not None and refused.json["error"]["message"] == shown.message
    assert counts(svc) == before

    verified = claire("verify", "--signatures", "--json")
    assert verified.code == 0
    assert verified.json["ok"] is True and verified.json["signatures_checked"] == 5


def test_duplication_needs_the_written_mandate(cli: CliRunner, fresh: dict[str, Any], tmp_path: Path,
                                               services: Callable[[str], Services]) -> None:
    claire = as_claire(cli)
    manager: dict[str, Any] = {"user": "olivier", "password": NEW_PASSWORD}
    rid = claire("item", "receive", "--client", "ECL", "--site", str(fresh["sites"]["Salle des serveurs"]),
                 "--type", "master_key", "--registry-id", "ecl-mk-01", "--json").json["item"]["registry_id"]
    assert rid == "ECL-MK-01"
    svc = services(fresh["url"])
    before = counts(svc)
    refused = cli("item", "duplicate", rid, "--copies", "2", "--json", **manager)
    assert refused.code == EXIT_REFUSED
    assert refused.json["error"]["code"] == "mandat_requis"
    assert "PROC-INT-006 §02" in refused.err
    half = cli("item", "duplicate", rid, "--copies", "2", "--mandate-ref", "M-1", **manager)
    assert half.code == EXIT_USAGE
    custodian = claire("item", "duplicate", rid, "--copies", "1", "--mandate-ref", "M-1", "--mandate-date",
                       "01/03/2026", "--mandate-signatory", "Marc Lemaire")
    assert custodian.code == EXIT_AUTH
    assert counts(svc) == before

    document = tmp_path / "mandat.pdf"
    document.write_bytes(b"%PDF-1.4 mandat signe")
    done = cli("item", "duplicate", rid, "--copies", "2", "--mandate-ref", "MD-2026-014", "--mandate-date",
               "2026-03-01", "--mandate-signatory", "Marc Lemaire", "--mandate-document", str(document),
               "--copy-id", "ECL-MK-01-C1", "--copy-id", "ECL-MK-01-C2", "--json", **manager)
    assert done.code == 0, done.err
    assert [c["registry_id"] for c in done.json["created"]] == ["ECL-MK-01-C1", "ECL-MK-01-C2"]
    mandate = done.json["movement"]["details"]["mandate"]
    assert mandate["reference"] == "MD-2026-014" and mandate["copies"] == 2
    assert mandate["signed_on"] == "2026-03-01" and len(mandate["document_digest"]) == 64


def test_bad_arguments(cli: CliRunner, demo_url: str, signature_files: Callable[[int], tuple[str, str]],
                       tmp_path: Path) -> None:
    unknown = cli("fly")
    assert unknown.code == EXIT_USAGE and "choix invalide" in unknown.err
    as_json = cli("fly", "--json")
    assert as_json.code == EXIT_USAGE and as_json.json["error"]["code"] == "usage"
    group = cli("item")
    assert group.code == EXIT_USAGE and "attribute" in group.err
    assert cli("item", "attribute", "HSA-00001", user="gardien").code == EXIT_USAGE
    bad_date = cli("item", "attribute", "HSA-00001", "--to", "technicien", "--due", "demain",
                   "--signature", signature_files(1)[0], "--json", user="gardien")
    assert bad_date.code == EXIT_REFUSED
    assert bad_date.json["error"]["field"] == "due_at" and "Date invalide" in bad_date.err
    no_file = cli("item", "attribute", "HSA-00001", "--to", "technicien", "--due", later(1),
                  "--signature", str(tmp_path / "absent.json"), user="gardien")
    assert no_file.code == EXIT_REFUSED and "introuvable" in no_file.err
    not_a_signature = tmp_path / "x.json"
    not_a_signature.write_text('{"format": "autre"}', encoding="utf-8")
    wrong_format = cli("item", "attribute", "HSA-00001", "--to", "technicien", "--due", later(1),
                       "--signature", str(not_a_signature), user="gardien")
    assert wrong_format.code == EXIT_REFUSED and "mileo-signature/1" in wrong_format.err
    missing = cli("item", "show", "NOPE-404", "--json", user="gardien")
    assert missing.code == EXIT_REFUSED and missing.json["error"]["code"] == "introuvable"
    bad_set = cli("item", "correct", "--seq", "1", "--reason", "x", "--set", "label", user="gardien")
    assert bad_set.code == EXIT_USAGE and "champ=valeur" in bad_set.err
    first_seq = cli("history", "HSA-00001", "--json", user="gardien").json[0]["seq"]
    other_item = cli("item", "correct", "HSA-00002", "--seq", str(first_seq), "--reason", "x", user="gardien")
    assert other_item.code == EXIT_REFUSED and "ne concerne pas" in other_item.err
    bad_url = cli("dashboard", "--db", "pas-une-url", user="gardien")
    assert bad_url.code == EXIT_USAGE and "URL" in bad_url.err
    help_run = cli("items", "list", "--help")
    assert help_run.code == 0 and "--temporary-out" in help_run.out


# --------------------------------------------------------------------------- reading the registry


def test_items_list_filters(cli: CliRunner, demo_url: str) -> None:
    def items(*argv: str) -> dict[str, Any]:
        run = cli("items", "list", "--json", "--limit", "0", *argv, user="gardien")
        assert run.code == 0, run.err
        data: dict[str, Any] = run.json
        assert data["total"] == len(data["items"])
        return data

    everything = items()
    assert everything["total"] > 150
    overdue = items("--overdue")["items"]
    assert overdue and all(i["overdue"] and i["holder_name"] for i in overdue)
    temporary = items("--temporary-out")["items"]
    assert temporary and all(i["type"] == "temporary_badge" and i["keeping"] == "technician" for i in temporary)
    assert {i["client_name"] for i in items("--client", "hsa")["items"]} == {"Groupe Hospitalier Saint-Aubin"}
    lost = items("--state", "perdu")["items"]
    assert lost and all(i["state"] == "lost" for i in lost)
    assert all(i["type"] == "master_key" for i in items("--type", "Clé maîtresse")["items"])
    held = items("--holder", "technicien")["items"]
    assert all(i["holder_name"] == "Julien Moreau" for i in held)
    site = items("--client", "VAL", "--site", "Entrepôt de Corbas")["items"]
    assert site and {i["site_name"] for i in site} == {"Entrepôt de Corbas"}
    assert items("--search", "saint aubin")["total"] == items("--client", "HSA")["total"]
    first = cli("items", "list", "--limit", "3", "--json", user="gardien").json
    second = cli("items", "list", "--limit", "3", "--offset", "3", "--json", user="gardien").json
    assert len(first["items"]) == 3 and first["total"] == everything["total"]
    assert [i["registry_id"] for i in first["items"] + second["items"]] == [
        i["registry_id"] for i in everything["items"][:6]]
    text = cli("items", "list", "--overdue", user="gardien").out
    assert "EN RETARD" in text and f"sur {len(overdue)}" in text
    # a technician sees only what they hold
    mine = cli("items", "list", "--json", user="technicien").json
    assert all(i["holder_name"] == "Julien Moreau" for i in mine["items"])


def test_history_dashboard_and_show(cli: CliRunner, demo_url: str) -> None:
    last = cli("history", "--limit", "5", "--json", user="gardien").json
    assert len(last) == 5
    seqs = [m["seq"] for m in last]
    assert seqs == sorted(seqs) and seqs[-1] == cli("verify", "--json", user="gardien").json["last_seq"]
    assert "n°" in cli("history", "--limit", "3", user="gardien").out

    board = cli("dashboard", "--json", user="exploitation").json
    assert board["overdue"] and board["temporary_out"] and board["lost_or_stolen"]
    assert board["late_loss_reports"]
    assert all(m["details"]["late"] for m in board["late_loss_reports"])
    text = cli("dashboard", user="exploitation").out
    assert "Objets en retard" in text and "PROC-INT-005 §04" in text
    assert cli("dashboard", user="technicien").code == EXIT_AUTH

    rid = board["overdue"][0]["registry_id"]
    shown = cli("item", "show", rid, "--json", user="gardien").json
    assert shown["item"]["registry_id"] == rid and shown["item"]["overdue"] is True
    kinds = [m["kind"] for m in shown["history"]]
    assert kinds[0] in ("reception", "copy_creation") and kinds[-1] in ("attribution", "transfer", "correction")
    item_history = cli("history", rid, "--json", user="gardien").json
    assert [m["seq"] for m in item_history] == [m["seq"] for m in shown["history"]][-50:]


def test_verify_names_the_first_broken_link(cli: CliRunner, demo_url: str) -> None:
    ok = cli("verify", "--signatures", user="exploitation")
    assert ok.code == 0 and "Historique intègre" in ok.out
    path = demo_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER movements_no_update")
        conn.execute("UPDATE movements SET note = 'réécrit' WHERE seq = 42")
    conn.close()
    broken = cli("verify", user="exploitation")
    assert broken.code == EXIT_INTEGRITY
    assert "n°42" in broken.err and "modifié" in broken.err
    as_json = cli("verify", "--json", user="exploitation")
    assert as_json.code == EXIT_INTEGRITY
    assert as_json.json["error"]["code"] == "integrite"
    assert as_json.json["report"]["first_break_seq"] == 42


def test_readers_command_is_registered(cli: CliRunner) -> None:
    run = cli("readers", "--help")
    assert run.code == 0
    assert "watch" in run.out


# --------------------------------------------------------------------------- the program itself


def test_status_on_first_start_creates_no_account_and_points_to_init(tmp_path: Path) -> None:
    """``mileo-desk status`` on a new machine: demo accounts (public password) only when asked
    (issue 10, item 4): the French notice names ``mileo-desk init``, status 1, no account; then
    ``init --demo``, and the status of the demo registry."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}
    first = subprocess.run([sys.executable, "-m", "mileo_desk", "status"], env=env, capture_output=True, text=True,
                           timeout=120, check=False)
    assert first.returncode == EXIT_REFUSED, first.stderr
    database = tmp_path / "data" / "MileoDesk" / "registre.sqlite3"
    assert "mileo-desk init" in first.stderr and "Le registre est vide" in first.stderr
    assert "demo-mileo" not in first.stdout + first.stderr
    with sqlite3.connect(database) as conn:
        assert conn.execute("SELECT count(*) FROM people").fetchone() == (0,)
    as_json = subprocess.run([sys.executable, "-m", "mileo_desk", "status", "--json"], env=env, capture_output=True,
                             text=True, timeout=60, check=False)
    assert as_json.returncode == EXIT_REFUSED
    assert '"code": "registre_vide"' in as_json.stdout
    made = subprocess.run([sys.executable, "-m", "mileo_desk", "init", "--demo"], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert made.returncode == 0, made.stderr
    assert "demo-mileo" in made.stdout and "gardien" in made.stdout
    # second start: nothing to create, no log-in given
    second = subprocess.run([sys.executable, "-m", "mileo_desk", "status"], env=env, capture_output=True, text=True,
                            timeout=60, check=False)
    assert second.returncode == 0, second.stderr
    assert "mileo-desk init" not in second.stderr and "--user" in second.stdout
    with_user = subprocess.run([sys.executable, "-m", "mileo_desk", "status", "--user", "exploitation"],
                               env={**env, "MILEO_DESK_PASSWORD": "demo-mileo"}, capture_output=True, text=True,
                               timeout=60, check=False)
    assert with_user.returncode == 0, with_user.stderr
    assert "Laurent Mercier" in with_user.stdout and "en retard" in with_user.stdout
    helped = subprocess.run([sys.executable, "-m", "mileo_desk", "--help"], env=env, capture_output=True,
                            text=True, timeout=60, check=False)
    assert helped.returncode == 0 and "Codes de sortie" in helped.stdout


def test_readme_documents_every_command() -> None:
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- cli:start -->")[1].split("<!-- cli:end -->")[0]
    parser = build_parser()
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    documented = []
    for name, sub in commands.choices.items():
        actions = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
        if name != "readers" and actions:
            documented += [f"mileo-desk {name} {action}" for action in actions[0].choices]
        else:
            documented.append(f"mileo-desk {name}")
    missing = [c for c in documented if f"`{c}" not in section]
    assert not missing, missing
    for variable in ("MILEO_DESK_DB", "MILEO_DESK_USER", "MILEO_DESK_PASSWORD", "MILEO_DESK_NEW_PASSWORD",
                     "MILEO_DESK_ADMIN_PASSWORD"):
        assert variable in section
    for column in ("registry_id", "client_code", "site", "type", "card_uid", "tag_uid", "stamped_number", "label",
                   "received_on"):
        assert f"| `{column}` |" in section
    demo = readme.split("<!-- demo:start -->")[1].split("<!-- demo:end -->")[0]
    assert DEMO_PASSWORD in demo
    for user in DEMO_USERS:
        assert f"| `{user.login}` | {user.full_name} | {user.role.label_fr} |" in demo
