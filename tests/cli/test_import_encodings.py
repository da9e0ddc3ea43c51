"""The import reads a file's encoding honestly, or refuses it with its line (issue 10 item 18).

A corpus of the same rows written in every encoding a desk meets (UTF-8 with and without
BOM, UTF-16 and UTF-32 in both byte orders with and without BOM, Excel's Windows-1252,
Cyrillic Windows-1251), files mixing two encodings, ESC sequences and naughty strings.
What is stored is always exactly what was written — never mojibake — and what is refused
writes nothing and says which line and why; a cell quoted in a message never reaches the
terminal as a control sequence.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from mileo_desk.cli.core import EXIT_REFUSED
from mileo_desk.services import Services
from mileo_desk.services.import_export import detect_encoding, visible
from tests.conftest import snapshot

from .conftest import CliRunner

HEADER = "registry_id;client_code;site;type;label"
LABELS = ("Clé « été » n°2 — armoire", "Passe général œuvre Ça", "Badge à l'accueil")
NAUGHTY = (
    "Robert'); DROP TABLE items;--",
    '<img src=x onerror=alert(1)>',
    "𝕿𝖍𝖊 𝖖𝖚𝖎𝖈𝖐 🔑🏨",
    "مفتاح الخزانة",
    "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫ ğ̨ͅo̫̿",
    "田中さんの鍵",
    "ÅÍÎÏ˝ÓÔ\uf8ffÒÚÆ☃",
    "null",
    "1E+02",
    "' OR '1'='1",
    "\u200bzéro\u200blargeur",
    "﷽",
)


def lines(site: str | int, labels: tuple[str, ...], prefix: str = "ENC") -> list[str]:
    rows = [HEADER]
    for n, label in enumerate(labels, start=1):
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=";", lineterminator="").writerow([f"{prefix}-{n:03d}", "HSA", site, "badge",
                                                                       label])
        rows.append(buffer.getvalue())
    return rows


def write(tmp_path: Path, name: str, rows: list[str], encoding: str, *, bom: bytes = b"") -> str:
    path = tmp_path / name
    path.write_bytes(bom + ("\r\n".join(rows) + "\r\n").encode(encoding))
    return str(path)


def stored_labels(svc: Services, count: int, prefix: str = "ENC") -> list[str | None]:
    actor = svc.session.login("exploitation", "demo-mileo")
    return [svc.queries.get_item(actor, registry_id=f"{prefix}-{n:03d}").label for n in range(1, count + 1)]


def site_id(svc: Services) -> int:
    actor = svc.session.login("exploitation", "demo-mileo")
    client = svc.directory.get_client(actor, code="HSA")
    return next(s.id for s in svc.directory.list_sites(actor, client_id=client.id) if s.name == "Clinique des Lilas")


UNICODE_FILES = {
    "utf8": ("utf-8", b""),
    "utf8-bom": ("utf-8", codecs.BOM_UTF8),
    "utf16le-bom": ("utf-16-le", codecs.BOM_UTF16_LE),
    "utf16be-bom": ("utf-16-be", codecs.BOM_UTF16_BE),
    "utf16le": ("utf-16-le", b""),
    "utf16be": ("utf-16-be", b""),
    "utf32le-bom": ("utf-32-le", codecs.BOM_UTF32_LE),
    "utf32be-bom": ("utf-32-be", codecs.BOM_UTF32_BE),
    "utf32le": ("utf-32-le", b""),
    "utf32be": ("utf-32-be", b""),
}


@pytest.mark.parametrize("name", list(UNICODE_FILES))
def test_unicode_files_with_or_without_bom_are_stored_exactly(
        name: str, cli: CliRunner, demo_url: str, tmp_path: Path, services: Callable[[str], Services]) -> None:
    encoding, bom = UNICODE_FILES[name]
    svc = services(demo_url)
    labels = LABELS + NAUGHTY
    # the site given by its id, as in the report (nothing else in the row to catch mojibake)
    path = write(tmp_path, f"{name}.csv", lines(site_id(svc), labels), encoding, bom=bom)
    run = cli("import", "items", path, "--json", user="exploitation")
    assert run.code == 0, run.out + run.err
    assert run.json["imported"] == len(labels)
    assert stored_labels(svc, len(labels)) == list(labels)
    assert "\x00" not in run.out + run.err


def test_excel_windows_1252_with_and_without_encoding(cli: CliRunner, demo_url: str, tmp_path: Path,
                                                      services: Callable[[str], Services]) -> None:
    svc = services(demo_url)
    guessed = write(tmp_path, "excel.csv", lines(site_id(svc), LABELS), "cp1252")
    run = cli("import", "items", guessed, "--json", user="exploitation")
    assert run.code == 0, run.err
    assert run.json["encoding"] == "cp1252"
    assert stored_labels(svc, len(LABELS)) == list(LABELS)
    told = write(tmp_path, "excel2.csv", lines("Clinique des Lilas", LABELS, prefix="WIN"), "cp1252")
    run = cli("import", "items", told, "--encoding", "windows-1252", user="exploitation")
    assert run.code == 0, run.err
    assert stored_labels(svc, len(LABELS), prefix="WIN") == list(LABELS)
    # told the wrong encoding: refused at the first line it cannot read, nothing written
    before = snapshot(svc)
    wrong = cli("import", "items", guessed, "--encoding", "utf-8", user="exploitation")
    assert wrong.code == EXIT_REFUSED and "Ligne 2 : octets illisibles en UTF-8" in wrong.err, wrong.err
    assert snapshot(svc) == before


def test_cyrillic_windows_1251_needs_its_encoding(cli: CliRunner, demo_url: str, tmp_path: Path,
                                                  services: Callable[[str], Services]) -> None:
    svc = services(demo_url)
    labels = ("Ключ от склада", "Пропуск № 5")
    path = write(tmp_path, "cyrillique.csv", lines(site_id(svc), labels), "cp1251")
    before = snapshot(svc)
    refused = cli("import", "items", path, user="exploitation")
    assert refused.code == EXIT_REFUSED
    assert "Ligne 2 :" in refused.err and "--encoding" in refused.err and "cp1251" in refused.err, refused.err
    assert snapshot(svc) == before, "a file of unknown encoding was stored"
    run = cli("import", "items", path, "--encoding", "cp1251", user="exploitation")
    assert run.code == 0, run.err
    assert stored_labels(svc, len(labels)) == list(labels)


def test_a_mixed_file_is_refused_at_its_line(cli: CliRunner, demo_url: str, tmp_path: Path,
                                             services: Callable[[str], Services]) -> None:
    """UTF-8 with one Windows-1252 byte: once decoded whole as Windows-1252 and stored as
    « ClÃ© Ã©tÃ© »; now refused at the line of that byte."""
    svc = services(demo_url)
    rows = lines(site_id(svc), ("Clé été", "Badge d'entrée", "ok"))
    data = ("\r\n".join(rows) + "\r\n").encode("utf-8").replace("d'entrée".encode(), "d'entrée".encode("cp1252"))
    path = tmp_path / "melange.csv"
    path.write_bytes(data)
    before = snapshot(svc)
    run = cli("import", "items", str(path), "--json", user="exploitation")
    assert run.code == EXIT_REFUSED
    message = run.json["error"]["message"]
    assert message.startswith("Ligne 3 :") and "mélangé" in message, message
    assert snapshot(svc) == before
    # with an explicit encoding that reads every byte, each character is what that encoding says
    assert cli("import", "items", str(path), "--encoding", "no-such-codec", user="exploitation").code == EXIT_REFUSED
    base64 = cli("import", "items", str(path), "--encoding", "base64", user="exploitation")
    assert base64.code == EXIT_REFUSED and "Encodage inconnu" in base64.err
    assert snapshot(svc) == before


def test_control_sequences_in_cells_never_reach_the_terminal(cli: CliRunner, demo_url: str,
                                                            tmp_path: Path) -> None:
    esc = "\x1b[2J\x1b]0;pwned\x07"
    cells = [
        ["ESC-001", f"{esc}HSA", "Clinique des Lilas", "badge", "x"],            # unknown client, quoted
        ["ESC-002", "HSA", "Clinique des Lilas", f"bad{esc}ge", "x"],            # unknown type, quoted
        ["ESC-003", "HSA", f"Site \u202egnp.exe{esc}", "badge", "x"],           # unknown site, bidi override
        ["ESC-004", "HSA", "Clinique des Lilas", "badge", "rouge \x1b[31m"],     # label refused
    ]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\n").writerows(cells)
    rows = [HEADER, *buffer.getvalue().splitlines()]
    for encoding in ("utf-8", "utf-16"):
        path = write(tmp_path, f"esc-{encoding}.csv", rows, encoding)
        run = cli("import", "items", path, user="exploitation")
        assert run.code == EXIT_REFUSED
        shown = run.out + run.err
        assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown, shown
        assert "\\x1b[2J" in shown and "\\u202e" in shown
        assert {line.split(" : ")[0] for line in run.err.splitlines() if line.startswith("ligne ")} == {
            "ligne 2", "ligne 3", "ligne 4", "ligne 5"}
        as_json = cli("import", "items", path, "--json", user="exploitation")
        assert "\\u001b" not in as_json.out and "\x1b" not in as_json.out
        assert all("\x1b" not in r["message"] for r in json.loads(as_json.out)["error"]["rows"])
    header = write(tmp_path, "entete.csv", [f"client_code;site;type;{esc}", "HSA;1;badge;x"], "utf-8")
    run = cli("import", "items", header, user="exploitation")
    assert run.code == EXIT_REFUSED and "\x1b" not in run.err and "colonne(s) inconnue(s)" in run.err


@pytest.mark.parametrize(("data", "expected"), [
    (b"client_code;site\r\n", "utf-8"),
    (codecs.BOM_UTF8 + b"a", "utf-8"),
    ("client_code".encode("utf-16-le"), "utf-16-le"),
    ("client_code".encode("utf-16-be"), "utf-16-be"),
    ("client_code".encode("utf-32-le"), "utf-32-le"),
    ("client_code".encode("utf-32-be"), "utf-32-be"),
    ("client_code".encode("utf-16"), "utf-16-le"),
    ("client_code".encode("utf-32"), "utf-32-le"),
    ("Clé;à".encode("cp1252"), "cp1252"),
])
def test_detect_encoding(data: bytes, expected: str) -> None:
    assert detect_encoding(data) == expected


def test_visible_escapes_what_drives_a_terminal() -> None:
    assert visible("Clé « été »\u00a0n°2") == "Clé « été »\u00a0n°2"
    assert visible("a\x1b[31mb\x00\u202e\u2028") == "a\\x1b[31mb\\x00\\u202e\\u2028"
