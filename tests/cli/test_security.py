"""Issue 10, what a shared station and an attacker hit on the command line: tables without a
stray column (item 12), a password in ``--db`` never repeated (item 20)."""

from __future__ import annotations

from mileo_desk.cli.core import EXIT_USAGE

from .conftest import CliRunner


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
