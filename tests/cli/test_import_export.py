"""``mileo-desk import items`` (all or nothing, every bad row reported with its line) and
``mileo-desk export registry`` (CSV for Excel, JSON), read back."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mileo_desk.cli.core import EXIT_AUTH, EXIT_REFUSED, EXIT_USAGE
from mileo_desk.domain.clock import PARIS
from mileo_desk.services import Services
from mileo_desk.services.import_export import EXPORT_COLUMNS, IMPORT_COLUMNS, read_csv
from tests.conftest import snapshot

from .conftest import CliRunner

HEADER = ";".join(IMPORT_COLUMNS)
SQL = "Robert'); DROP TABLE items;--"
MARKUP = '<script>alert("x")</script><b>gras</b>'
FORMULA = "=CMD|' /C calc'!A0"


def row(*cells: str) -> str:
    """One properly quoted CSV line (``;`` separator)."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="").writerow(cells)
    return buffer.getvalue()


def write(tmp_path: Path, name: str, lines: list[str], *, encoding: str = "utf-8", bom: bool = False) -> str:
    path = tmp_path / name
    data = "\r\n".join(lines) + "\r\n"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data.encode(encoding))
    return str(path)


def tomorrow() -> str:
    return (datetime.now(PARIS) + timedelta(days=1)).strftime("%d/%m/%Y")


def test_import_writes_every_row_in_one_go(cli: CliRunner, demo_url: str, tmp_path: Path,
                                           services: Callable[[str], Services]) -> None:
    path = write(tmp_path, "objets.csv", [
        HEADER,
        row("IMP-0001", "HSA", "Clinique des Lilas", "Badge", "04:11:22:33:44:55:66", "", "", SQL, "01/09/2026"),
        row("", "hsa", "clinique des lilas", "clé mécanique", "", "E0 04 99 88 77 66 55 44", "VACHETTE 12345", MARKUP,
            "2026-09-02"),
        ';VAL;Entrepôt de Corbas;code_key;;;C-0001;"Clé ""Armoire"" ; local 2";',
        row("", "VAL", "Entrepôt de Corbas", "Badge temporaire", "CAFE0001", "", "", "'" + FORMULA, ""),
        "",
        ";;;;;;;;",
        "imp-0002;DCN;Datacenter Saint-Denis DC1;Clé maîtresse;;;PG-Z99;Passe général DC1;",
    ], bom=True)
    svc = services(demo_url)
    before = cli("verify", "--json", user="exploitation").json["last_seq"]
    run = cli("import", "items", path, "--json", user="exploitation")
    assert run.code == 0, run.err
    result = run.json
    assert result["ok"] is True and result["imported"] == 5 and result["errors"] == []
    ids = result["registry_ids"]
    assert ids[0] == "IMP-0001" and ids[4] == "IMP-0002"
    assert ids[1].startswith("HSA-") and ids[2].startswith("VAL-") and ids[3].startswith("VAL-")
    assert len(set(ids)) == 5

    admin = svc.session.login("exploitation", "demo-mileo")
    items = {rid: svc.queries.get_item(admin, registry_id=rid) for rid in ids}
    assert items["IMP-0001"].label == SQL and items["IMP-0001"].card_uid == "04112233445566"
    assert str(items["IMP-0001"].received_on) == "2026-09-01"
    assert items[ids[1]].label == MARKUP and items[ids[1]].tag_uid == "E004998877665544"
    assert items[ids[2]].label == 'Clé "Armoire" ; local 2'
    assert items[ids[3]].label == FORMULA  # the export's apostrophe is taken off again
    assert items["IMP-0002"].type.value == "master_key"
    # one reception movement each, in the chain, saying where it comes from
    history = svc.queries.history(admin, item_id=items["IMP-0001"].id)
    assert [m.kind.value for m in history] == ["reception"]
    assert history[0].note == "Import du fichier objets.csv, ligne 2."
    assert history[0].seq == before + 1
    after = cli("verify", "--json", user="exploitation").json
    assert after["ok"] and after["last_seq"] == before + 5


def test_a_bad_file_is_refused_whole_with_every_bad_line(cli: CliRunner, demo_url: str, tmp_path: Path,
                                                         services: Callable[[str], Services]) -> None:
    svc = services(demo_url)
    actor = svc.session.login("gardien", "demo-mileo")
    existing = svc.queries.list_items(actor, limit=1).items[0]
    card_owner = next(i for i in svc.queries.list_items(actor, limit=None).items if i.card_uid)
    badge = next(p.badge_uid for p in svc.directory.list_people(actor) if p.badge_uid)
    lines = [
        HEADER,
        "IMP-1;HSA;Clinique des Lilas;badge;AABBCCDD;;;Bon;",                   # 2 good
        "IMP-1;HSA;Clinique des Lilas;badge;;;;Doublon d'identifiant;",        # 3 id twice in the file
        ";HSA;Clinique des Lilas;badge;;aa:bb:cc:dd;;UID déjà ligne 2;",        # 4 UID twice in the file
        f"{existing.registry_id};HSA;Clinique des Lilas;badge;;;;;",            # 5 id already in the registry
        f";HSA;Clinique des Lilas;badge;{card_owner.card_uid};;;;",             # 6 UID of an item
        f";HSA;Clinique des Lilas;badge;{badge};;;;",                           # 7 UID of a Mileo badge
        ";XYZ;Nulle part;badge;;;;;",                                           # 8 unknown client
        ";HSA;Site inconnu;badge;;;;;",                                         # 9 unknown site
        ";HSA;Clinique des Lilas;soucoupe;;;;;",                                # 10 unknown type
        ";HSA;Clinique des Lilas;badge;;;;;31/02/2026",                         # 11 impossible date
        f";HSA;Clinique des Lilas;badge;;;;;{tomorrow()}",                      # 12 future date
        ";HSA;Clinique des Lilas;badge;;;;" + "x" * 121 + ";",                  # 13 label too long
        ";HSA;Clinique des Lilas;clé mécanique;;;" + "9" * 61 + ";;",           # 14 stamped number too long
        "ID-BEAUCOUP-TROP-LONG-POUR-LE-REGISTRE;HSA;Clinique des Lilas;badge;;;;;",  # 15 id too long
        ";HSA;Clinique des Lilas;badge;XYZ;;;;",                                # 16 not a UID
        ";HSA;Clinique des Lilas;badge;;;;en trop;;",                           # 17 too many cells
        ";HSA;Clinique des Lilas;badge",                                        # 18 too few cells
        ';HSA;Clinique des Lilas;"badge"x;;;;;',                                # 19 misplaced quote
        ";HSA;Clinique des Lilas;badge;;;;\x1b[31mrouge;",                     # 20 control character
        row("", "HSA", "Clinique des Lilas", "badge", "", "", "", SQL, ""),     # 21 good (hostile text is fine)
        ";;Clinique des Lilas;;;;;;",                                           # 22 client and type missing
        ";HSA;Clinique des Lilas;badge;11223344;11223344;;;",                   # 23 same UID card and tag
    ]
    path = write(tmp_path, "mauvais.csv", lines)
    before = snapshot(svc)
    run = cli("import", "items", path, user="exploitation")
    assert run.code == EXIT_REFUSED
    assert snapshot(svc) == before, "a refused import wrote to the database"
    expected = {
        3: "en double dans le fichier (déjà ligne 2)",
        4: "figure déjà dans le fichier (ligne 2, card_uid)",
        5: "existe déjà dans le registre",
        6: f"déjà enregistré pour l'objet {card_owner.registry_id}",
        7: "badge professionnel",
        8: "Client inconnu : « XYZ »",
        9: "Site « Site inconnu » inconnu pour le client HSA",
        10: "Type inconnu : « soucoupe »",
        11: "Date invalide",
        12: "dans le futur",
        13: "dépasse 120 caractères",
        14: "dépasse 60 caractères",
        15: "Identifiant du registre invalide",
        16: "UID de la carte invalide",
        17: "10 colonne(s) au lieu de 9",
        18: "4 colonne(s) au lieu de 9",
        19: "Guillemet mal placé",
        20: "caractères de contrôle",
        22: "code client est obligatoire",
        23: "identiques",
    }
    reported = [line.split(" : ", 1) for line in run.err.splitlines() if line.startswith("ligne ")]
    by_line: dict[int, list[str]] = {}
    for where, message in reported:
        by_line.setdefault(int(where.removeprefix("ligne ")), []).append(message)
    assert set(by_line) == set(expected), by_line
    for line, fragment in expected.items():
        assert any(fragment in m for m in by_line[line]), (line, by_line[line])
    assert any("type est obligatoire" in m for m in by_line[22])
    assert f"{len(expected)} ligne(s) en erreur" in run.err and "rien n'a été enregistré" in run.err

    as_json = cli("import", "items", path, "--json", user="exploitation")
    assert as_json.code == EXIT_REFUSED
    error = as_json.json["error"]
    assert error["code"] == "import_refuse"
    assert {row["line"] for row in error["rows"]} == set(expected)
    assert snapshot(svc) == before


def test_file_level_problems(cli: CliRunner, demo_url: str, tmp_path: Path,
                             services: Callable[[str], Services]) -> None:
    svc = services(demo_url)
    before = snapshot(svc)
    cases = {
        "vide.csv": ([""], "vide"),
        "entete.csv": (["registry_id;client;site;type", "x;HSA;1;badge"], "colonne(s) inconnue(s) : client"),
        "manque.csv": (["registry_id;client_code;label", ";HSA;x"], "obligatoire(s) absente(s) : site, type"),
        "double.csv": (["client_code;site;type;type", "HSA;1;badge;badge"], "« type » en double"),
        "rien.csv": ([HEADER, ";;;;;;;;"], "Aucune ligne à importer"),
    }
    for name, (lines, message) in cases.items():
        run = cli("import", "items", write(tmp_path, name, lines), "--json", user="exploitation")
        assert run.code == EXIT_REFUSED, name
        assert message in json.dumps(run.json, ensure_ascii=False), (name, run.out)
    missing = cli("import", "items", str(tmp_path / "absent.csv"), user="exploitation")
    assert missing.code == EXIT_REFUSED and "introuvable" in missing.err
    custodian = cli("import", "items", write(tmp_path, "ok.csv", [HEADER, ";HSA;Clinique des Lilas;badge;;;;;"]),
                    user="gardien")
    assert custodian.code == EXIT_AUTH and "Importer des objets" in custodian.err
    dry = cli("import", "items", str(tmp_path / "ok.csv"), "--dry-run", "--json", user="exploitation")
    assert dry.code == 0 and dry.json["dry_run"] is True and dry.json["imported"] == 1
    assert snapshot(svc) == before


def test_windows_excel_files_and_commas(tmp_path: Path) -> None:
    """Excel's « CSV (séparateur : point-virgule) » is Windows-1252; other tools use commas."""
    cp1252 = ("client_code;site;type;label\r\nHSA;Clinique des Lilas;Clé à code;Clé « armoire » n°2\r\n"
              .encode("cp1252"))
    parsed = read_csv(cp1252)
    assert parsed.rows[0].values["label"] == "Clé « armoire » n°2" and parsed.rows[0].line == 2
    commas = read_csv('client_code,site,type,label\nHSA,1,badge,"a, b"\n')
    assert commas.rows[0].values == {"client_code": "HSA", "site": "1", "type": "badge", "label": "a, b"}
    multiline = read_csv('client_code;site;type;label\nHSA;1;badge;"deux\nlignes"\nHSA;1;badge;x\n')
    assert [r.line for r in multiline.rows] == [2, 4]


# --------------------------------------------------------------------------- export


def test_export_csv_for_excel_and_json(cli: CliRunner, demo_url: str, tmp_path: Path) -> None:
    total = cli("items", "list", "--limit", "1", "--json", user="gardien").json["total"]
    done = cli("export", "registry", str(tmp_path / "registre.csv"), "--json", user="gardien")
    assert done.code == 0, done.err
    assert done.json == {"file": str(tmp_path / "registre.csv"), "format": "csv", "items": total}
    raw = (tmp_path / "registre.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    text = raw.decode("utf-8-sig")
    assert "\r\n" in text
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))
    assert len(rows) == total
    assert tuple(rows[0]) == EXPORT_COLUMNS
    assert any(r["client_name"] == "Groupe Hospitalier Saint-Aubin" for r in rows)
    assert any(r["state_label"] == "Restitué au client" for r in rows)
    assert any(r["overdue"] == "oui" and r["holder"] for r in rows)
    assert all(r["received_on"][2] == "/" for r in rows)
    copies = [r for r in rows if r["original_registry_id"]]
    assert len(copies) >= 3

    assert cli("export", "registry", str(tmp_path / "registre.json"), user="exploitation").code == 0
    doc = json.loads((tmp_path / "registre.json").read_text(encoding="utf-8"))
    assert doc["format"] == "mileo-registry/1" and doc["count"] == total == len(doc["items"])
    assert doc["exported_by"] == "exploitation"
    by_id = {i["registry_id"]: i for i in doc["items"]}
    assert set(by_id) == {r["registry_id"] for r in rows}
    sample = rows[0]
    assert by_id[sample["registry_id"]]["label"] == (sample["label"] or None)
    assert isinstance(by_id[sample["registry_id"]]["site_id"], int)

    to_stdout = cli("export", "registry", "-", "--format", "json", user="gardien")
    assert to_stdout.code == 0 and json.loads(to_stdout.out)["count"] == total
    assert cli("export", "registry", str(tmp_path / "registre.xlsx"), user="gardien").code == EXIT_USAGE
    assert cli("export", "registry", str(tmp_path / "registre.csv"), user="technicien").code == EXIT_AUTH
    assert cli("export", "registry", str(tmp_path / "absent" / "r.csv"), user="gardien").code == EXIT_REFUSED


def test_export_guards_formulas_and_reimports_verbatim(cli: CliRunner, demo_url: str, tmp_path: Path,
                                                        services: Callable[[str], Services]) -> None:
    svc = services(demo_url)
    manager = svc.session.login("exploitation", "demo-mileo")
    svc.directory.create_client(manager, code="NEW", name="Nouveau client", contact_name="Jeanne Petit")
    client = svc.directory.get_client(manager, code="NEW")
    svc.directory.create_site(manager, client_id=client.id, name="Siège", address="1 rue de la Paix, 75002 Paris",
                              sensitivity="S2")
    source = write(tmp_path, "source.csv", [
        HEADER,
        row("NEW-A", "NEW", "Siège", "badge", "DEADBEEF01", "", "", FORMULA, "01/10/2026"),
        row("NEW-B", "NEW", "Siège", "clé mécanique", "", "", "-12", SQL, ""),
        row("NEW-C", "NEW", "Siège", "clé maîtresse", "", "", "", MARKUP, ""),
    ])
    assert cli("import", "items", source, user="exploitation").code == 0
    assert cli("export", "registry", str(tmp_path / "tout.csv"), user="exploitation").code == 0
    text = (tmp_path / "tout.csv").read_text(encoding="utf-8-sig")
    rows = {r["registry_id"]: r for r in csv.DictReader(io.StringIO(text, newline=""), delimiter=";")}
    assert rows["NEW-A"]["label"] == "'" + FORMULA  # Excel shows it as text, never runs it
    assert rows["NEW-B"]["stamped_number"] == "'-12"
    assert rows["NEW-B"]["label"] == SQL and rows["NEW-C"]["label"] == MARKUP

    # the export of these rows re-imports as is into a registry that lacks them
    ours = [line for line in text.splitlines() if line.startswith("NEW-")]
    svc_b_dir = tmp_path / "b"
    svc_b_dir.mkdir()
    url_b = f"sqlite:///{svc_b_dir / 'b.sqlite3'}"
    assert cli("init", "--db", url_b, env={"MILEO_DESK_ADMIN_PASSWORD": "admin-Mileo-2026"}).code == 0
    b = services(url_b)
    admin = b.session.login("admin", "admin-Mileo-2026")
    new = b.directory.create_client(admin, code="NEW", name="Nouveau client", contact_name="Jeanne Petit")
    b.directory.create_site(admin, client_id=new.id, name="Siège", address="1 rue", sensitivity="S2")
    again = write(tmp_path, "again.csv", [text.splitlines()[0], *ours])
    run = cli("import", "items", again, "--db", url_b, "--json", user="admin", password="admin-Mileo-2026")
    assert run.code == 0, run.err
    assert sorted(run.json["registry_ids"]) == ["NEW-A", "NEW-B", "NEW-C"]
    for rid in ("NEW-A", "NEW-B", "NEW-C"):
        a_item = svc.queries.get_item(manager, registry_id=rid)
        b_item = b.queries.get_item(admin, registry_id=rid)
        assert (b_item.type, b_item.label, b_item.stamped_number, b_item.card_uid, b_item.received_on) == (
            a_item.type, a_item.label, a_item.stamped_number, a_item.card_uid, a_item.received_on)
    # and a second time it is refused whole: every row is already there
    twice = cli("import", "items", again, "--db", url_b, user="admin", password="admin-Mileo-2026")
    assert twice.code == EXIT_REFUSED and twice.err.count("existe déjà dans le registre") == 3


@pytest.mark.parametrize("value", ["=1+1", "+33 1", "-12", "@SUM(A1)", "ok"])
def test_guard_and_unguard_are_inverse(value: str) -> None:
    from mileo_desk.services.import_export import guard, unguard

    assert unguard(guard(value)) == value
    assert guard(value).startswith("'") == (value[0] in "=+-@")
