"""Import and export of the registry (CSV for spreadsheets, JSON for scripts).

Import is all or nothing: every row of the file is validated first (against the database
and against the other rows of the file), every bad row is reported with its line number
and a French reason, and nothing is written unless every row is good. The validation runs
in a read transaction (nobody waits for it); the writing is one short write transaction,
which checks again what another station may have changed meanwhile, then inserts the items
and their reception movements in bulk — the same rows as :meth:`RegistryService.receive_item`
(the identity details of :func:`.items.identity_values`, the search text of
:func:`~mileo_desk.persistence.repositories.search_text_of`) and the same hash-chained
movements (:func:`~mileo_desk.persistence.repositories.append_movements`): 50,000 rows in
a few seconds, readers served throughout.

Export writes every item of the registry with the names it refers to. Codes of code keys
are never stored, so they can never be exported.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import functools
import io
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ..domain.clock import format_paris, paris_date
from ..domain.enums import ItemState, ItemType, Keeping, MovementKind
from ..domain.errors import MileoError, ValidationError
from ..domain.identifiers import RegistryIdSequence, check_distinct_uids, normalize_registry_id, normalize_uid
from ..domain.permissions import Action
from ..domain.rules import check_received_on
from ..domain.text import NAME_MAX, clean_text, fold
from ..domain.wording import N_
from ..persistence.records import ClientRecord, ItemRecord, PersonRecord, SiteRecord
from ..persistence.repositories import NewMovement, append_movements, insert_items, search_text_of
from ..persistence.statements import item_select
from .base import ServiceBase, item_view
from .dto import Actor, ImportReport, ItemView, RowError
from .items import STAMPED_MAX, identity_values, taken_registry_ids

#: the columns an import file may fill, in the order of the export
IMPORT_COLUMNS: tuple[str, ...] = (
    "registry_id",
    "client_code",
    "site",
    "type",
    "card_uid",
    "tag_uid",
    "stamped_number",
    "label",
    "received_on",
)
REQUIRED_COLUMNS: tuple[str, ...] = ("client_code", "site", "type")
#: columns the export adds; an import accepts and ignores them (an export re-imports as is)
EXPORT_EXTRA_COLUMNS: tuple[str, ...] = (
    "client_name",
    "site_id",
    "sensitivity",
    "type_label",
    "state",
    "state_label",
    "keeping",
    "holder",
    "held_since",
    "due_at",
    "overdue",
    "original_registry_id",
    "last_seq",
)
EXPORT_COLUMNS: tuple[str, ...] = IMPORT_COLUMNS + EXPORT_EXTRA_COLUMNS
MAX_IMPORT_ROWS = 100_000
MAX_IMPORT_BYTES = 50_000_000
#: a spreadsheet runs a cell starting with one of these as a formula ("CSV injection")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
JSON_FORMAT = "mileo-registry/1"
_T = TypeVar("_T")


# --------------------------------------------------------------------------- reading CSV


@dataclass(frozen=True)
class CsvRow:
    """One record of an import file: the line it starts on and its values by column."""

    line: int
    values: dict[str, str]


@dataclass(frozen=True)
class CsvFile:
    """An import file split into records; ``errors`` are the lines that could not be read."""

    columns: tuple[str, ...]
    rows: tuple[CsvRow, ...]
    errors: tuple[RowError, ...]
    encoding: str = "utf-8"


#: byte order marks, the longest first (UTF-32-LE's begins with UTF-16-LE's)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: a well-formed UTF-8 sequence of two bytes or more: a file holding one is UTF-8 (or mixed)
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
#: a word of three letters or more without a single ASCII letter: not French or English read
#: as Windows-1252 (Cyrillic cp1251 read so gives « Êëþ÷ »)
_FOREIGN_WORD = re.compile(r"[^\W\d_a-zA-Z]{3,}")
_ENCODING_HINT = N_("enregistrez-le en « CSV UTF-8 » ou indiquez son encodage (mileo-desk import items "
                    "--encoding, par exemple cp1251 pour du cyrillique)")


#: control, formatting (bidi overrides), separator, surrogate, private and unassigned characters
_HIDDEN = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})


def visible(text: str) -> str:
    """*text* with its control and invisible formatting characters written as escapes
    (``\\x1b``, ``\\u202e``): a cell quoted in a message never drives the terminal."""
    if text.isprintable():
        return text
    return "".join(c.encode("unicode_escape").decode("ascii") if unicodedata.category(c) in _HIDDEN else c
                   for c in text)


def _line_of(data: bytes, offset: int, codec: str) -> int:
    return data[:offset].decode(codec, errors="replace").count("\n") + 1


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise ValidationError(
            "Ligne {line} : octets illisibles en {name} : le fichier n'est pas entièrement en {name} ; rien n'a "
            "été importé.", field="file", params={"line": _line_of(data, exc.start, codec), "name": name}) from None


def detect_encoding(data: bytes) -> str:
    """The encoding of an import file, found honestly: a byte order mark (UTF-8, UTF-16,
    UTF-32), else the NUL bytes of UTF-16/32 without one (the header is ASCII), else UTF-8
    if the whole file is valid UTF-8, else Windows-1252 (Excel's « CSV ») when the file
    holds no UTF-8 sequence at all and reads as Latin text. Anything else is refused with
    its line: a file mixing UTF-8 and another encoding, or text of another alphabet
    (cp1251…) that only an explicit encoding can read — never stored as mojibake."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    head = data[:4]
    if len(head) == 4:
        if head[0] and head[1:] == b"\0\0\0":
            return "utf-32-le"
        if head[:3] == b"\0\0\0" and head[3]:
            return "utf-32-be"
        if head[0] and not head[1] and head[2] and not head[3]:
            return "utf-16-le"
        if not head[0] and head[1] and not head[2] and head[3]:
            return "utf-16-be"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        bad = exc.start
    if _UTF8_SEQUENCE.search(data):
        raise ValidationError(
            "Ligne {line} : caractère illisible en UTF-8 alors que le reste du fichier est en UTF-8 (fichier "
            "mélangé) ; corrigez cette ligne ou {hint}. Rien n'a été importé.", field="file",
            params={"line": _line_of(data, bad, "utf-8"), "hint": _ENCODING_HINT})
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ValidationError(
            "Ligne {line} : le fichier n'est ni en UTF-8 ni en Windows-1252 ; {hint}.", field="file",
            params={"line": _line_of(data, exc.start, "latin-1"), "hint": _ENCODING_HINT}) from None
    for number, line in enumerate(text.split("\n"), start=1):
        foreign = _FOREIGN_WORD.search(line)
        if foreign:
            raise ValidationError(
                "Ligne {line} : le fichier n'est pas en UTF-8, et lu en Windows-1252 il donne « {sample} » : "
                "l'encodage ne peut pas être deviné ; {hint}.", field="file",
                params={"line": number, "sample": visible(foreign.group()[:20]), "hint": _ENCODING_HINT})
    return "cp1252"


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text of an import file and the encoding it was read with: *encoding* when given
    (a byte order mark of that encoding is dropped), else :func:`detect_encoding`. A byte
    that the encoding cannot read refuses the file with its line."""
    if encoding:
        try:
            info = codecs.lookup(encoding.strip())
            if not getattr(info, "_is_text_encoding", True):  # base64, rot13, zlib…
                raise LookupError(encoding)
            codec = info.name
        except (LookupError, ValueError):
            raise ValidationError("Encodage inconnu : « {encoding} » (exemples : utf-8, utf-16, cp1252, cp1251, "
                                  "iso-8859-15).", field="encoding",
                                  params={"encoding": visible(encoding[:40])}) from None
        if codec == "utf-8":
            codec = "utf-8-sig"
    else:
        codec = detect_encoding(data)
    for bom, bom_codec in _BOMS:  # the mark is not part of the header
        if data.startswith(bom) and bom_codec == codec.removesuffix("-sig"):
            data = data[len(bom):]
            break
    text = _strict(data, codec, _ENCODING_NAMES.get(codec, codec))
    return text.removeprefix("\ufeff"), codec.removesuffix("-sig")


_ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "cp1252": "Windows-1252", "utf-16-le": "UTF-16",
                   "utf-16-be": "UTF-16", "utf-32-le": "UTF-32", "utf-32-be": "UTF-32"}


def _sniff_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ";"


def _csv_error_fr(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        return f"champ trop long (plus de {csv.field_size_limit():,} caractères)".replace(",", " ")
    if "expected after" in text:
        return "guillemet mal placé (un champ entre guillemets doit être suivi du séparateur)"
    if "end of data" in text or "EOF" in text:
        return "guillemet ouvert jamais refermé"
    if "NUL" in text:
        return "caractère nul dans la ligne"
    return "ligne illisible (guillemets ou séparateurs mal formés)"


def read_csv(data: bytes | str, *, encoding: str | None = None) -> CsvFile:
    """Split an import file into records, keeping the line where each one starts.

    The header is line 1; the separator (``;``, ``,`` or tab) is the one the header uses.
    Blank lines and lines of empty cells are skipped. A record that cannot be read
    (bad quoting, too many or too few cells) is an error of its line; the reader goes on
    with the next record so that every bad line is reported. Bytes are decoded with
    *encoding*, or the one :func:`detect_encoding` finds.
    """
    if isinstance(data, bytes):
        text, used = decode(data, encoding)
    else:
        text, used = data.removeprefix("\ufeff"), "utf-8"
    if not text.strip():
        raise ValidationError("Le fichier est vide : la ligne d'en-tête est attendue.", field="file")
    delimiter = _sniff_delimiter(text.splitlines()[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except csv.Error as exc:
        raise ValidationError("Ligne 1 (en-tête) : {error}.", field="file",
                              params={"error": _csv_error_fr(exc)}) from None
    columns = tuple(h.strip().lower() for h in header)
    _check_header(columns)
    rows: list[CsvRow] = []
    errors: list[RowError] = []
    while True:
        line = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            errors.append(RowError(line, _sentence(_csv_error_fr(exc)) + "."))
            continue
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(columns):
            errors.append(RowError(line, f"{len(record)} colonne(s) au lieu de {len(columns)}."))
            continue
        rows.append(CsvRow(line, {c: v for c, v in zip(columns, record, strict=True) if c in IMPORT_COLUMNS}))
        if len(rows) > MAX_IMPORT_ROWS:
            raise ValidationError(
                "Fichier trop grand : plus de {max} lignes ; découpez-le en plusieurs imports.",
                field="file", params={"max": MAX_IMPORT_ROWS},
            )
    return CsvFile(columns, tuple(rows), tuple(errors), used)


def _check_header(columns: tuple[str, ...]) -> None:
    unknown = [visible(c[:40]) or "(vide)" for c in columns if c not in EXPORT_COLUMNS]
    if unknown:
        raise ValidationError(
            "Ligne 1 (en-tête) : colonne(s) inconnue(s) : {unknown}. Colonnes possibles : {columns}.",
            field="file", params={"unknown": ", ".join(unknown), "columns": ", ".join(IMPORT_COLUMNS)},
        )
    seen: set[str] = set()
    for c in columns:
        if c in seen:
            raise ValidationError("Ligne 1 (en-tête) : colonne « {column} » en double.", field="file",
                                  params={"column": visible(c)})
        seen.add(c)
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise ValidationError(
            "Ligne 1 (en-tête) : colonne(s) obligatoire(s) absente(s) : {missing}.", field="file",
            params={"missing": ", ".join(missing)},
        )


def unguard(value: str) -> str:
    """Undo the export's protection against spreadsheet formulas (``'=…`` → ``=…``)."""
    if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_START:
        return value[1:]
    return value


def guard(value: str) -> str:
    """Keep a spreadsheet from running a cell as a formula: prefix it with an apostrophe."""
    return "'" + value if value.startswith(FORMULA_START) else value


@functools.lru_cache(maxsize=256)  # a file repeats a handful of spellings 50,000 times
def parse_item_type(value: str) -> ItemType:
    """An item type by its stored value (``mechanical_key``) or French label (``Clé mécanique``)."""
    key = fold(value).replace("_", " ")
    for item_type in ItemType:
        if key in (fold(item_type.label_fr), item_type.value.replace("_", " ")):
            return item_type
    allowed = ", ".join(f"« {t.label_fr} »" for t in ItemType)
    raise ValidationError("Type inconnu : « {value} » (types : {allowed}).", field="type",
                          params={"value": value[:40], "allowed": allowed})


def parse_date(value: str, *, label: str, field: str) -> date:
    """A date typed as ``JJ/MM/AAAA`` or ISO ``AAAA-MM-JJ``."""
    raw = value.strip()
    try:
        if len(raw) == 10 and raw[2] == raw[5] == "/" and raw.replace("/", "").isdigit():
            # JJ/MM/AAAA as a spreadsheet writes it, without strptime (50,000 rows)
            return date(int(raw[6:]), int(raw[3:5]), int(raw[:2]))
        if "/" in raw:
            return datetime.strptime(raw, "%d/%m/%Y").date()
        return date.fromisoformat(raw)
    except ValueError:
        raise ValidationError(
            "Date invalide pour « {label} » : « {raw} » (attendu JJ/MM/AAAA ou AAAA-MM-JJ).", field=field,
            params={"label": label, "raw": raw[:40]},
        ) from None


# --------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class ImportResult(ImportReport):
    """The import report, with the registry ids created (empty when refused)."""

    registry_ids: tuple[str, ...] = ()
    dry_run: bool = False
    encoding: str = "utf-8"  # what the file was read as


@dataclass(frozen=True)
class ExportedItem:
    """An item as exported, with its client's code and its original (for a copy)."""

    item: ItemView
    client_code: str
    original_registry_id: str | None


@dataclass(frozen=True)
class RegistryExport:
    """Every item of the registry at one moment."""

    exported_at: datetime
    exported_by: str
    items: tuple[ExportedItem, ...] = field(default=())


@dataclass
class _Planned:
    line: int
    client_id: int
    client_code: str
    site_id: int
    type: ItemType
    registry_id: str | None  # None until generated, after every row is checked
    card_uid: str | None
    tag_uid: str | None
    stamped_number: str | None
    label: str | None
    received_on: date


class _Rollback(Exception):
    """Raised inside the import's transaction to roll it back while returning a report."""

    def __init__(self, result: ImportResult) -> None:
        super().__init__("import rolled back")
        self.result = result


@functools.lru_cache(maxsize=4096)
def _folded(value: str) -> str:
    return fold(value)


class _Sites:
    """A client's sites by id and by folded name (looked up once per row of the file)."""

    def __init__(self) -> None:
        self.by_id: dict[int, SiteRecord] = {}
        self.by_name: dict[str, list[SiteRecord]] = {}

    def add(self, site: SiteRecord) -> None:
        self.by_id[site.id] = site
        self.by_name.setdefault(fold(site.name), []).append(site)


def _chunks(values: Sequence[_T], size: int = 500) -> Iterable[Sequence[_T]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


# --------------------------------------------------------------------------- service


class ImportExportService(ServiceBase):
    """CSV import of items, export of the registry (CSV or JSON)."""

    def import_items(
        self, actor: Actor, data: bytes | str, *, source: str = "import.csv", dry_run: bool = False,
        encoding: str | None = None,
    ) -> ImportResult:
        """Import the items of a CSV file, all or nothing (see :data:`IMPORT_COLUMNS`).

        Returns a report with every bad row (line number, French reason) and nothing
        written, or the registry ids created. With *dry_run*, the file is only checked.
        The file is read with *encoding* when given, else the one found by
        :func:`detect_encoding` (a file that cannot be read honestly is refused, never stored
        as mojibake). Values quoted in the messages show control characters as escapes.
        Raises :class:`ValidationError` for a file that cannot be read at all (empty,
        bad header, not text) and :class:`PermissionDenied` for a role that may not import.
        """
        if len(data) > MAX_IMPORT_BYTES:
            raise ValidationError("Fichier trop lourd (plus de 50 Mo).", field="file")
        source_name = (clean_text(source.replace("\\", "/").rsplit("/", 1)[-1][:100], label="Fichier",
                                  field="file", required=False) or "import.csv")
        with self.db.read() as s:
            self.authorize(s, actor, Action.IMPORT_ITEMS)
        # reading and checking the file takes no lock: other stations read and write meanwhile
        parsed = read_csv(data, encoding=encoding)
        with self.db.read(snapshot=True) as s:
            planned, errors = self._validate(s, parsed)
            if not errors:
                self._generate_ids(s, planned)
        if errors or not planned:
            if not errors:
                errors = [RowError(1, "Aucune ligne à importer.")]
            return ImportResult(False, 0, _shown(errors), encoding=parsed.encoding)
        ids = tuple(p.registry_id or "" for p in planned)
        if dry_run:
            return ImportResult(True, len(planned), (), ids, True, parsed.encoding)
        try:
            # one write transaction, as short as can be: checks of what may have changed since
            # the validation, then the rows in bulk
            with self.db.write() as s:
                actor_rec = self.authorize(s, actor, Action.IMPORT_ITEMS)
                self.db.lock_chain(s)
                self._check_unchanged(s, planned)
                self._write(s, actor, actor_rec, planned, source_name)
        except _Rollback as rollback:
            return dataclasses.replace(rollback.result, errors=_shown(list(rollback.result.errors)),
                                       encoding=parsed.encoding)
        return ImportResult(True, len(planned), (), ids, encoding=parsed.encoding)

    # -- validation ---------------------------------------------------------------

    def _validate(self, s: Session, parsed: CsvFile) -> tuple[list[_Planned], list[RowError]]:
        errors = list(parsed.errors)
        clients = {c.code: c for c in s.execute(select(ClientRecord)).scalars()}
        codes = {(r.values.get("client_code") or "").strip().upper() for r in parsed.rows}
        client_ids = [clients[c].id for c in codes if c in clients]
        sites: dict[int, _Sites] = {}
        if client_ids:
            for site_rec in s.execute(select(SiteRecord).where(SiteRecord.client_id.in_(client_ids))).scalars():
                sites.setdefault(site_rec.client_id, _Sites()).add(site_rec)

        # what the database already holds, for the ids and UIDs the file mentions
        rid_candidates: list[str] = []
        uid_candidates: list[str] = []
        for r in parsed.rows:
            raw_rid = unguard((r.values.get("registry_id") or "").strip()).upper()
            if raw_rid:
                rid_candidates.append(raw_rid)
            for col in ("card_uid", "tag_uid"):
                try:
                    uid = normalize_uid(unguard((r.values.get(col) or "").strip()) or None)
                except ValidationError:
                    continue  # reported with its row below
                if uid is not None:
                    uid_candidates.append(uid)
        existing_rids = self._existing_registry_ids(s, rid_candidates)
        uid_owners = self._uid_owners(s, uid_candidates)

        seen_rids: dict[str, int] = {}
        seen_uids: dict[str, tuple[int, str]] = {}
        planned: list[_Planned] = []
        today = paris_date(self.now())
        for row in parsed.rows:
            row_errors: list[str] = []

            def check(fn: Any, *args: Any, _errs: list[str] = row_errors, **kwargs: Any) -> Any:
                try:
                    return fn(*args, **kwargs)
                except MileoError as exc:
                    _errs.append(exc.message)
                    return None

            v = {k: unguard(val.strip()) for k, val in row.values.items()}
            # registry id: optional (generated), unique in the file and in the registry
            rid: str | None = None
            if v.get("registry_id"):
                rid = check(normalize_registry_id, v["registry_id"])
                if rid is not None:
                    if rid in seen_rids:
                        row_errors.append(f"identifiant {rid} en double dans le fichier (déjà ligne {seen_rids[rid]}).")
                    elif rid in existing_rids:
                        row_errors.append(f"l'identifiant {rid} existe déjà dans le registre.")
                    seen_rids.setdefault(rid, row.line)
            # client and site
            code = (v.get("client_code") or "").upper()
            client = clients.get(code)
            site: SiteRecord | None = None
            if not code:
                row_errors.append("le code client est obligatoire.")
            elif client is None:
                row_errors.append(f"client inconnu : « {code[:40]} ».")
            elif not client.active:
                row_errors.append(f"le client {client.name} est archivé.")
            else:
                site = check(self._find_site, sites.get(client.id) or _Sites(), v.get("site") or "", client)
            item_type = check(parse_item_type, v.get("type") or "") if v.get("type") else None
            if not v.get("type"):
                row_errors.append("le type est obligatoire.")
            # physical identifiers: well formed, unique in the file and in the registry
            uids: dict[str, str | None] = {}
            for col, label in (("card_uid", "UID de la carte"), ("tag_uid", "UID du porte-clés")):
                uid = check(normalize_uid, v.get(col) or None, field=col, label=label)
                uids[col] = uid
                if uid is None:
                    continue
                if uid in seen_uids and seen_uids[uid][0] != row.line:
                    first_line, first_col = seen_uids[uid]
                    row_errors.append(f"l'UID {uid} ({col}) figure déjà dans le fichier (ligne {first_line}, "
                                      f"{first_col}).")
                elif uid in uid_owners and uid not in seen_uids:
                    row_errors.append(f"l'UID {uid} ({col}) est déjà enregistré pour {uid_owners[uid]}.")
                seen_uids.setdefault(uid, (row.line, col))
            check(check_distinct_uids, uids["card_uid"], uids["tag_uid"])
            stamped = check(clean_text, v.get("stamped_number"), label="Numéro frappé", field="stamped_number",
                            max_len=STAMPED_MAX, required=False)
            label = check(clean_text, v.get("label"), label="Désignation", field="label", max_len=NAME_MAX,
                          required=False)
            received: date | None = None
            if v.get("received_on"):
                received = check(parse_date, v["received_on"], label="Date de réception", field="received_on")
                if received is not None:
                    check(check_received_on, received, today)
            if row_errors or client is None or site is None or item_type is None:
                errors.extend(RowError(row.line, _sentence(m)) for m in row_errors)
                continue
            planned.append(_Planned(row.line, client.id, client.code, site.id, item_type, rid, uids["card_uid"],
                                    uids["tag_uid"], stamped, label, received or today))
        return planned, errors

    @staticmethod
    def _find_site(candidates: _Sites, value: str, client: ClientRecord) -> SiteRecord:
        if not value:
            raise ValidationError("le site est obligatoire.", field="site")
        if value.isdigit():
            site = candidates.by_id.get(int(value))
            if site is None:
                raise ValidationError("le site n°{value} n'appartient pas au client {client}.", field="site",
                                      params={"value": value, "client": client.code})
        else:
            matches = candidates.by_name.get(_folded(value), [])
            if not matches:
                raise ValidationError("site « {value} » inconnu pour le client {client}.", field="site",
                                      params={"value": value[:60], "client": client.code})
            if len(matches) > 1:
                raise ValidationError(
                    "plusieurs sites « {value} » pour le client {client} : indiquez le numéro du site.",
                    field="site", params={"value": value[:60], "client": client.code},
                )
            site = matches[0]
        if not site.active:
            raise ValidationError("le site {name} est archivé.", field="site", params={"name": site.name})
        return site

    @staticmethod
    def _existing_registry_ids(s: Session, candidates: list[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(sorted(set(candidates))):
            found.update(s.execute(select(ItemRecord.registry_id).where(ItemRecord.registry_id.in_(chunk))).scalars())
        return found

    @staticmethod
    def _uid_owners(s: Session, candidates: list[str]) -> dict[str, str]:
        owners: dict[str, str] = {}
        for chunk in _chunks(sorted(set(candidates))):
            for rid, card, tag in s.execute(
                select(ItemRecord.registry_id, ItemRecord.card_uid, ItemRecord.tag_uid).where(
                    ItemRecord.card_uid.in_(chunk) | ItemRecord.tag_uid.in_(chunk))
            ).all():
                for uid in (card, tag):
                    if uid in chunk:
                        owners[uid] = f"l'objet {rid}"
            for name, badge in s.execute(
                select(PersonRecord.full_name, PersonRecord.badge_uid).where(PersonRecord.badge_uid.in_(chunk))
            ).all():
                owners[badge] = f"le badge professionnel de {name}"
        return owners

    # -- writing ------------------------------------------------------------------

    def _generate_ids(self, s: Session, planned: list[_Planned]) -> None:
        """Registry ids for the rows without one: the same rule as reception (the domain's
        sequence), never an id another row of the file names."""
        reserved = {p.registry_id for p in planned if p.registry_id}
        sequences: dict[int, RegistryIdSequence] = {}
        for p in planned:
            if p.registry_id:
                continue
            seq = sequences.get(p.client_id)
            if seq is None:
                seq = sequences[p.client_id] = RegistryIdSequence(p.client_code, taken_registry_ids(s, p.client_code))
                for rid in reserved:
                    seq.reserve(rid)
            p.registry_id = seq.next()

    def _check_unchanged(self, s: Session, planned: list[_Planned]) -> None:
        """In the write transaction: what another station may have written since the
        validation (an id, a UID, an archived client or site) refuses the import whole."""
        errors: list[RowError] = []
        taken = self._existing_registry_ids(s, [p.registry_id or "" for p in planned])
        owners = self._uid_owners(s, [u for p in planned for u in (p.card_uid, p.tag_uid) if u])
        client_ids = sorted({p.client_id for p in planned})
        site_ids = sorted({p.site_id for p in planned})
        active_clients: set[int] = set()
        active_sites: set[int] = set()
        for chunk in _chunks(client_ids):
            active_clients.update(s.execute(select(ClientRecord.id).where(
                ClientRecord.id.in_(chunk), ClientRecord.active.is_(True))).scalars())
        for chunk in _chunks(site_ids):
            active_sites.update(s.execute(select(SiteRecord.id).where(
                SiteRecord.id.in_(chunk), SiteRecord.active.is_(True))).scalars())
        for p in planned:
            if p.registry_id in taken:
                errors.append(RowError(p.line, f"L'identifiant {p.registry_id} vient d'être enregistré par un "
                                               "autre poste : relancez l'import."))
            for uid in (p.card_uid, p.tag_uid):
                if uid and uid in owners:
                    errors.append(RowError(p.line, f"L'UID {uid} vient d'être enregistré pour {owners[uid]} : "
                                                   "relancez l'import."))
            if p.client_id not in active_clients or p.site_id not in active_sites:
                errors.append(RowError(p.line, "Le client ou le site vient d'être archivé : relancez l'import."))
        if errors:
            raise _Rollback(ImportResult(False, 0, tuple(errors)))

    def _write(self, s: Session, actor: Actor, actor_rec: PersonRecord, planned: list[_Planned],
               source: str) -> None:
        """The items and their reception movements, in bulk: the rows ``new_item`` and
        ``append_movement`` would write, one after the other, for each row of the file."""
        clients = {c.id: c.name for c in s.execute(select(ClientRecord).where(
            ClientRecord.id.in_({p.client_id for p in planned}))).scalars()}
        site_names: dict[int, str] = {}
        for chunk in _chunks(sorted({p.site_id for p in planned})):
            site_names.update((i, n) for i, n in s.execute(select(SiteRecord.id, SiteRecord.name).where(
                SiteRecord.id.in_(chunk))).tuples())
        rows: list[dict[str, Any]] = []
        for p in planned:
            assert p.registry_id is not None
            rows.append({
                "registry_id": p.registry_id, "client_id": p.client_id, "site_id": p.site_id, "type": p.type.value,
                "card_uid": p.card_uid, "tag_uid": p.tag_uid, "stamped_number": p.stamped_number, "label": p.label,
                "received_on": p.received_on, "in_charge_id": actor_rec.id, "keeping": Keeping.HEADQUARTERS.value,
                "holder_id": None, "held_since_us": None, "due_us": None, "state": ItemState.IN_SERVICE.value,
                "original_id": None, "mandate_id": None, "last_seq": 0,
                "search_text": search_text_of(p.registry_id, p.card_uid, p.tag_uid, p.stamped_number, p.label,
                                              clients[p.client_id], site_names[p.site_id], None, p.type.label_fr),
            })
        # inserted in registry id order: each item then takes its search rank right after its
        # predecessor (SQLite, persistence.search_order) instead of halving a gap between two
        # neighbours row after row, which runs out of ranks and makes every later insert slow
        order = sorted(range(len(rows)), key=lambda k: rows[k]["registry_id"])
        inserted = insert_items(s, [rows[k] for k in order])
        item_ids = [0] * len(rows)
        for k, item_id in zip(order, inserted, strict=True):
            item_ids[k] = item_id
        now_us = self.now_us()
        append_movements(s, [
            NewMovement(
                kind=MovementKind.RECEPTION.value, item_id=item_id, at_us=now_us, actor_id=actor.person_id,
                station=actor.station, note=f"Import du fichier {source}, ligne {p.line}.",
                details=identity_values(
                    registry_id=row["registry_id"], type=row["type"], client_id=p.client_id, site_id=p.site_id,
                    card_uid=p.card_uid, tag_uid=p.tag_uid, stamped_number=p.stamped_number, label=p.label,
                    received_on=p.received_on),
            )
            for p, row, item_id in zip(planned, rows, item_ids, strict=True)
        ])

    # -- export -------------------------------------------------------------------

    def export_registry(self, actor: Actor) -> RegistryExport:
        """Every item of the registry, in registry id order (permission ``export_registry``)."""
        original = aliased(ItemRecord, name="original")
        with self.db.read() as s:
            person = self.authorize(s, actor, Action.EXPORT_REGISTRY)
            stmt = (
                item_select()
                .add_columns(ClientRecord.code, original.registry_id)
                .outerjoin(original, original.id == ItemRecord.original_id)
                .order_by(ItemRecord.registry_id)
            )
            now_us = self.now_us()
            items = tuple(
                ExportedItem(item_view(row, now_us), row[6], row[7]) for row in s.execute(stmt).yield_per(2000)
            )
            return RegistryExport(self.now(), person.login or actor.login, items)


def _shown(errors: list[RowError]) -> tuple[RowError, ...]:
    """The row errors in line order, control characters of the quoted cells escaped."""
    return tuple(RowError(e.line, visible(e.message)) for e in sorted(errors, key=lambda e: e.line))


def _sentence(message: str) -> str:
    """Messages built for a row start lower-case; the report shows them as sentences."""
    return message[:1].upper() + message[1:] if message else message


# --------------------------------------------------------------------------- writing files


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def export_record(entry: ExportedItem, *, for_csv: bool) -> dict[str, Any]:
    """One item as a flat record keyed by :data:`EXPORT_COLUMNS`.

    CSV values are text for a French spreadsheet (dates JJ/MM/AAAA, times in Paris);
    JSON values are typed (ISO dates, UTC times, numbers, booleans, null).
    """
    it = entry.item
    if for_csv:
        return {
            "registry_id": it.registry_id, "client_code": entry.client_code, "site": guard(it.site_name),
            "type": it.type.value, "card_uid": it.card_uid or "", "tag_uid": it.tag_uid or "",
            "stamped_number": guard(it.stamped_number or ""), "label": guard(it.label or ""),
            "received_on": it.received_on.strftime("%d/%m/%Y"), "client_name": guard(it.client_name),
            "site_id": str(it.site_id), "sensitivity": it.sensitivity.value, "type_label": it.type.label_fr,
            "state": it.state.value, "state_label": it.state.label_fr, "keeping": it.keeping.value,
            "holder": guard(it.holder_name or ""), "held_since": format_paris(it.held_since),
            "due_at": format_paris(it.due_at), "overdue": "oui" if it.overdue else "non",
            "original_registry_id": entry.original_registry_id or "", "last_seq": str(it.last_seq),
        }
    return {
        "registry_id": it.registry_id, "client_code": entry.client_code, "site": it.site_name,
        "type": it.type.value, "card_uid": it.card_uid, "tag_uid": it.tag_uid,
        "stamped_number": it.stamped_number, "label": it.label, "received_on": it.received_on.isoformat(),
        "client_name": it.client_name, "site_id": it.site_id, "sensitivity": it.sensitivity.value,
        "type_label": it.type.label_fr, "state": it.state.value, "state_label": it.state.label_fr,
        "keeping": it.keeping.value, "holder": it.holder_name, "held_since": _iso(it.held_since),
        "due_at": _iso(it.due_at), "overdue": it.overdue,
        "original_registry_id": entry.original_registry_id, "last_seq": it.last_seq,
    }


def registry_csv(export: RegistryExport) -> bytes:
    """The export as CSV for Excel: UTF-8 with BOM, ``;`` separator, CRLF line ends.

    Cells that a spreadsheet would run as a formula are prefixed with an apostrophe
    (the import removes it again).
    """
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS, delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    for entry in export.items:
        writer.writerow(export_record(entry, for_csv=True))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def registry_json(export: RegistryExport) -> bytes:
    """The export as a JSON document (UTF-8, ``format`` ``mileo-registry/1``)."""
    doc = {
        "format": JSON_FORMAT,
        "exported_at": export.exported_at.isoformat(),
        "exported_by": export.exported_by,
        "count": len(export.items),
        "items": [export_record(e, for_csv=False) for e in export.items],
    }
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
