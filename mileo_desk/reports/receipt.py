"""Bon de remise: the receipt of a handover (attribution, return, transfer, restitution),
with the signatures bound to the movement (SPEC §2)."""

from __future__ import annotations

import io
from dataclasses import asdict, dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, Spacer, Table, TableStyle

from ..domain.text import fold
from .base import COMPANY, PdfDocument, build, fingerprint, styles


@dataclass(frozen=True)
class ReceiptSignature:
    role_label: str
    signer_name: str
    digest: str
    png: bytes


@dataclass(frozen=True)
class ReceiptData:
    """Everything the receipt states (already formatted for display, Paris time)."""

    title: str
    movement_label: str
    seq: int
    movement_hash: str
    at_paris: str
    station: str
    actor_name: str
    registry_id: str
    item_type: str
    item_label: str
    client_name: str
    site_name: str
    holder_name: str
    due_paris: str
    statements: tuple[str, ...]  #: the sentences signed, as the dialog showed them
    note: str
    signatures: tuple[ReceiptSignature, ...]


def _esc(text: str) -> str:
    # Paragraph parses a mini-markup: a label such as « Passe <bâtiment A> » must print as typed
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_receipt(data: ReceiptData) -> PdfDocument:
    """The receipt as PDF bytes, with its fingerprint printed in the footer."""
    st = styles()
    content = asdict(data)
    for sig in content["signatures"]:
        # the signature's digest (over its vectors and image, bound to the movement's hash)
        # stands for the image: the fingerprint stays small and canonical
        sig.pop("png")
    digest = fingerprint(content)
    rows = [
        ("Objet", f"{data.registry_id} — {data.item_type}" + (f" — {data.item_label}" if data.item_label else "")),
        ("Client", data.client_name),
        ("Site", data.site_name),
        ("Mouvement", f"{data.movement_label} (n°{data.seq})"),
        ("Date", data.at_paris),
        ("Détenteur", data.holder_name or "—"),
        ("Retour prévu", data.due_paris or "—"),
        ("Enregistré par", f"{data.actor_name} — poste {data.station}"),
    ]
    if data.note:  # an empty row would read as a note erased
        rows.append(("Note", data.note))
    table = Table(
        [[Paragraph(_esc(k), st["cellb"]), Paragraph(_esc(v), st["cell"])] for k, v in rows],
        colWidths=[38 * mm, 136 * mm],
    )
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#BBBBBB")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F1F3F6")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story = [
        Paragraph(_esc(data.title), st["title"]),
        Paragraph(_esc(COMPANY), st["subtitle"]),
        Spacer(1, 6 * mm),
        table,
        Spacer(1, 5 * mm),
        *(Paragraph(_esc(text), st["body"]) for text in data.statements),
        Spacer(1, 4 * mm),
    ]
    cells = []
    for sig in data.signatures:
        img = Image(io.BytesIO(sig.png), width=70 * mm, height=26 * mm, kind="proportional")
        cells.append([
            Paragraph(f"<b>{_esc(sig.role_label)}</b> : {_esc(sig.signer_name)}", st["cell"]),
            img,
            # half the digest is enough to compare by eye; the full one is in the history
            Paragraph(f"Empreinte : {sig.digest[:32]}…", st["small"]),
        ])
    if cells:
        # signers side by side (technician | custodian), each column: name, image, digest
        sig_table = Table([list(col) for col in zip(*cells, strict=True)], colWidths=[87 * mm] * len(cells))
        sig_table.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.4, colors.HexColor("#BBBBBB")),
            ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#DDDDDD")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]))
        story += [Paragraph("Signatures", st["h2"]), sig_table]
    story += [
        Spacer(1, 6 * mm),
        Paragraph(
            f"Empreinte du mouvement dans l'historique infalsifiable : {data.movement_hash}. "
            "Toute modification ultérieure du registre serait détectée par la vérification de la chaîne.",
            st["small"],
        ),
    ]
    pdf = build(story, title=data.title, footer=f"Mileo Desk — {data.title} — {data.registry_id} — "
                f"mouvement n°{data.seq}", digest=digest)
    # the file is named as the document is titled (« Bon de retour » → bon-de-retour-…)
    name = "-".join(fold(data.title).split())
    return PdfDocument(f"{name}-{data.registry_id}-{data.seq}.pdf", pdf, digest)
