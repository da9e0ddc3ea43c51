"""Issue 10, what a shared station and an attacker hit on the command line: tables without a
stray column (item 12), a password in ``--db`` never repeated (item 20), a technician's
directory reads on a need-to-know basis (item 23)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mileo_desk.app import ENV_DB, DatabaseURLError, check_database_url, safe_url
from mileo_desk.cli.core import EXIT_AUTH, EXIT_REFUSED, EXIT_USAGE

from .conftest import CliRunner, Run


def columns(text: str) -> list[tuple[str, int, int]]:
    """The columns of the first table in *text*: (header, start, end), read from its dashes line."""
    lines = text.splitlines()
    [at] = [i for i, line in enumerate(lines) if line and set(line) <= {"-", " "}][:1]
    header, dashes = lines[at - 1], lines[at]
    spans, start = [], 0
    for run in dashes.split("  "):
        spans.append((header[start:start + len(run)].strip(), start, start + len(run)))
        start += len(run) + 2
    return spans


def test_item_tables_have_a_header_over_every_column(cli: CliRunner, demo_url: str) -> None:
    listed = cli("items", "list", "--overdue", user="gardien")
    assert listed.code == 0, listed.err
    spans = columns(listed.out)
    assert all(name for name, _, _ in spans), spans
    assert [name for name, _, _ in spans][-1] == "Retard"
    assert "EN RETARD" in listed.out
    board = cli("dashboard", user="gardien")
    assert board.code == 0
    assert all(name for name, _, _ in columns(board.out.split("Objets en retard", 1)[1]))


# --------------------------------------------------------------------------- item 20

SECRET = "PgSecret-77"
MALFORMED = {
    # a password with an unencoded « @ »: every parser ends the password at the first one
    "at sign": f"postgresql+psycopg://mileo:Pg@{SECRET}@127.0.0.1:1/reg",
    "port not a number": f"postgresql+psycopg://mileo:{SECRET}@127.0.0.1:54x2/reg",
    "port out of range": f"postgresql+psycopg://mileo:{SECRET}@127.0.0.1:70000/reg",
    "IPv6 bracket unclosed": f"postgresql+psycopg://mileo:{SECRET}@[::1/reg",
    "IPv6 bracket unclosed with port": f"postgresql+psycopg://mileo:{SECRET}@[::1:5432/reg",
    "no URL at all": f"mileo:{SECRET}",
}
UNREACHABLE = {
    "password": f"postgresql+psycopg://mileo:{SECRET}@127.0.0.1:1/reg",
    "encoded at sign": f"postgresql+psycopg://mileo:Pg%40{SECRET}@127.0.0.1:1/reg",
    "password as a parameter": f"postgresql+psycopg://mileo@127.0.0.1:1/reg?password={SECRET}",
}


def no_secret(run: Run) -> None:
    for text in (run.out, run.err):
        assert SECRET not in text and "Secret" not in text, text
        assert "Traceback" not in text and "ValueError" not in text


@pytest.mark.parametrize("name", sorted(MALFORMED))
@pytest.mark.parametrize("as_json", [False, True])
def test_a_malformed_db_url_is_a_usage_error_that_never_repeats_the_password(
        cli: CliRunner, name: str, as_json: bool) -> None:
    url = MALFORMED[name]
    for argv in (["--db", url, "status"], ["dashboard", "--db", url]):
        run = cli(*argv, *(["--json"] if as_json else []), user="gardien")
        assert run.code == EXIT_USAGE, (run.out, run.err)
        no_secret(run)
        assert "erreur :" in run.err
        if as_json:
            assert run.json["error"]["code"] == "usage"
    # the same through the environment
    run = cli("status", env={ENV_DB: url})
    assert run.code == EXIT_USAGE
    no_secret(run)


@pytest.mark.parametrize("name", sorted(UNREACHABLE))
@pytest.mark.parametrize("as_json", [False, True])
def test_an_unreachable_server_is_named_without_its_password(cli: CliRunner, name: str, as_json: bool) -> None:
    run = cli("--db", UNREACHABLE[name], "status", *(["--json"] if as_json else []))
    assert run.code == EXIT_REFUSED, (run.out, run.err)
    no_secret(run)
    assert "Base de données inaccessible (postgresql+psycopg://mileo" in run.err
    assert "127.0.0.1:1/reg" in run.err
    if as_json:
        assert run.json["error"]["code"] == "base_injoignable"


def test_safe_url_and_the_check_never_quote_a_secret() -> None:
    for url in (*MALFORMED.values(), *UNREACHABLE.values()):
        assert SECRET not in safe_url(url)
        try:
            check_database_url(url)
        except DatabaseURLError as exc:
            assert SECRET not in exc.message and exc.code == "usage"
    assert safe_url(UNREACHABLE["password"]) == "postgresql+psycopg://mileo:***@127.0.0.1:1/reg"
    assert safe_url(UNREACHABLE["password as a parameter"]).endswith("/reg?password=***")
    assert safe_url(MALFORMED["at sign"]) == "URL illisible"


# --------------------------------------------------------------------------- item 23


def test_a_technician_reads_only_the_clients_and_sites_of_what_they_hold(cli: CliRunner, demo_url: str) -> None:
    """CHR-GOV-001 §01: ``client list``, ``client show`` and ``site list`` are scoped; outside the
    scope, « introuvable » with status 1, as the README says; staff lists are a refusal (3)."""
    held = cli("items", "list", "--limit", "0", "--json", user="technicien").json["items"]
    assert held, "the demo technician holds items"
    clients = {i["client_name"] for i in held}
    sites = {(i["client_name"], i["site_name"]) for i in held}
    listed = cli("client", "list", "--all", "--json", user="technicien")
    assert listed.code == 0 and {c["name"] for c in listed.json} == clients
    assert {(s["client_name"], s["name"]) for s in cli("site", "list", "--json", user="technicien").json} == sites
    everyone = cli("client", "list", "--all", "--json", user="gardien").json
    assert len(everyone) > len(clients)
    mine = next(c for c in everyone if c["name"] in clients)
    other = next(c for c in everyone if c["name"] not in clients)
    shown = cli("client", "show", mine["code"], user="technicien")
    assert shown.code == 0 and mine["contact_name"] in shown.out
    for code in (other["code"], "ZZZ"):
        refused = cli("client", "show", code, "--json", user="technicien")
        assert refused.code == EXIT_REFUSED
        assert refused.json["error"] == {"code": "introuvable", "message": f"Client « {code} » introuvable.",
                                         "field": "client"}
        assert other["contact_name"] not in refused.out + refused.err
    text = cli("client", "list", user="technicien").out
    assert other["contact_name"] not in text and other["name"] not in text
    assert cli("person", "list", user="technicien").code == EXIT_AUTH
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "hors de la portée d'un technicien\nest « introuvable » : code 1" in readme
