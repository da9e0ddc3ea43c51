"""``import items`` (a CSV file, all or nothing, ``--dry-run`` to check it) and ``export
registry`` (CSV or JSON, written atomically, or ``-`` for standard output)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import ValidationError
from . import arguments as arg
from .core import (
    EXIT_OK,
    EXIT_REFUSED,
    Commands,
    Context,
    UsageError,
    jsonable,
)

if TYPE_CHECKING:
    pass


def add_parser(sub: Commands) -> None:
    """``import items`` and ``export registry``."""
    imports = sub.group("import", "import de données")
    p = imports.command("items", cmd_import_items, "importe des objets d'un fichier CSV (tout ou rien)")
    p.add_argument("file", metavar="FICHIER.csv")
    p.add_argument("--dry-run", action="store_true", help="vérifie le fichier sans rien enregistrer")
    p.add_argument("--encoding", metavar="ENCODAGE",
                   help="encodage du fichier (ex. cp1252, cp1251, utf-16) quand il ne peut pas être deviné ; "
                        "par défaut : UTF-8 (avec ou sans BOM), UTF-16/32, ou Windows-1252 d'Excel")
    exports = sub.group("export", "export de données")
    p = exports.command("registry", cmd_export_registry, "exporte tout le registre en CSV ou JSON")
    p.add_argument("file", metavar="FICHIER", help="FICHIER.csv, FICHIER.json, ou - pour la sortie standard")
    p.add_argument("--format", choices=("csv", "json"))


def cmd_import_items(ctx: Context) -> int:

    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    data = arg.read_bytes(a.file, field="file", what="Fichier", limit=60_000_000)
    result = svc.import_export.import_items(actor, data, source=Path(a.file).name, dry_run=a.dry_run,
                                            encoding=a.encoding)
    # all or nothing: one bad line refuses the file, and every line in error is listed
    if not result.ok:
        message = (f"Import refusé : {len({e.line for e in result.errors})} ligne(s) en erreur ; "
                   "rien n'a été enregistré.")
        if ctx.as_json:
            print(json.dumps({"error": {"code": "import_refuse", "message": message, "field": "file",
                                        "rows": jsonable(result.errors)}}, ensure_ascii=False, indent=1),
                  file=ctx.out)
        for e in result.errors:
            print(f"ligne {e.line} : {e.message}", file=ctx.err)
        print(message, file=ctx.err)
        return EXIT_REFUSED
    if result.dry_run:
        return ctx.emit(result, f"Fichier valide : {result.imported} objet(s) seraient importés (rien n'a été "
                                "enregistré, --dry-run).")
    return ctx.emit(result, f"{result.imported} objet(s) importé(s) : "
                            f"{', '.join(result.registry_ids[:10])}{' …' if result.imported > 10 else ''}")


def cmd_export_registry(ctx: Context) -> int:
    from ..services.import_export import registry_csv, registry_json

    a = ctx.args
    fmt = a.format
    # the format from the file name unless --format says it
    if fmt is None:
        suffix = Path(a.file).suffix.lower()
        if suffix not in (".csv", ".json"):
            raise UsageError("Format inconnu : nommez le fichier en .csv ou .json, ou précisez --format.")
        fmt = suffix[1:]
    svc, actor = ctx.services(), ctx.actor()
    export = svc.import_export.export_registry(actor)
    data = registry_csv(export) if fmt == "csv" else registry_json(export)
    if a.file == "-":
        # the bytes exactly as the export encoded them, not re-encoded by the text stream
        stream = getattr(ctx.out, "buffer", None)
        if stream is not None:
            ctx.out.flush()
            stream.write(data)
            stream.flush()
        else:
            ctx.out.write(data.decode("utf-8"))
        return EXIT_OK
    _write_atomically(Path(a.file), data)
    return ctx.emit({"file": str(Path(a.file)), "format": fmt, "items": len(export.items)},
                    f"{len(export.items)} objet(s) exporté(s) dans {a.file} ({fmt.upper()}).")


def _write_atomically(path: Path, data: bytes) -> None:
    """Write the export atomically, readable by its owner only (the composition root's
    :func:`~mileo_desk.app.write_private`, the same modes as the registry's files)."""
    from ..app import write_private

    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise ValidationError(f"Dossier introuvable : {directory}.", field="file")
    write_private(path, data)
