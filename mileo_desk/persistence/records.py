"""SQLAlchemy 2 typed mappings. Times are integer microseconds since the epoch, UTC
(``*_us`` columns): identical on SQLite and PostgreSQL, and hashed as is by the chain."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ClientRecord(Base):
    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    contact_name: Mapped[str] = mapped_column(String(120))
    contact_phone: Mapped[str | None] = mapped_column(String(40))
    contact_email: Mapped[str | None] = mapped_column(String(120))
    contract_level: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_us: Mapped[int] = mapped_column(BigInteger)


class SiteRecord(Base):
    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(String(300))
    sensitivity: Mapped[str] = mapped_column(String(2))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    search_text: Mapped[str] = mapped_column(Text, default="")


class PersonRecord(Base):
    """A member of staff; with a login and a password hash, also a user of the app."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(24))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    badge_uid: Mapped[str | None] = mapped_column(String(20), unique=True)
    email: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(40))
    login: Mapped[str | None] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    search_text: Mapped[str] = mapped_column(Text, default="")


class MandateRecord(Base):
    """The client's written duplication mandate (PROC-INT-006 §02); one per reference."""

    __tablename__ = "mandates"
    __table_args__ = (UniqueConstraint("client_id", "reference"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    reference: Mapped[str] = mapped_column(String(120))
    signed_on: Mapped[date] = mapped_column(Date)
    signatory: Mapped[str] = mapped_column(String(120))
    copies: Mapped[int] = mapped_column(Integer)
    document_name: Mapped[str | None] = mapped_column(String(200))
    document: Mapped[bytes | None] = mapped_column(LargeBinary)
    document_digest: Mapped[str | None] = mapped_column(String(64))


class ItemRecord(Base):
    """The current state of an item: a projection of its movements, kept in the same
    transaction as each movement."""

    __tablename__ = "items"
    __table_args__ = (Index("ix_items_state_due", "state", "due_us"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    registry_id: Mapped[str] = mapped_column(String(32), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), index=True)
    type: Mapped[str] = mapped_column(String(24), index=True)
    card_uid: Mapped[str | None] = mapped_column(String(20), unique=True)
    tag_uid: Mapped[str | None] = mapped_column(String(20), unique=True)
    stamped_number: Mapped[str | None] = mapped_column(String(60))
    label: Mapped[str | None] = mapped_column(String(120))
    received_on: Mapped[date] = mapped_column(Date)
    in_charge_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    keeping: Mapped[str] = mapped_column(String(16))
    holder_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    held_since_us: Mapped[int | None] = mapped_column(BigInteger)
    due_us: Mapped[int | None] = mapped_column(BigInteger)
    state: Mapped[str] = mapped_column(String(24))
    original_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"))
    mandate_id: Mapped[int | None] = mapped_column(ForeignKey("mandates.id"))
    last_seq: Mapped[int] = mapped_column(BigInteger)
    search_text: Mapped[str] = mapped_column(Text, default="")


class MovementRecord(Base):
    """One link of the append-only, hash-chained history. ``seq`` is the chain position.

    The hashed columns are listed in :data:`mileo_desk.domain.chain.FIELDS`.
    """

    __tablename__ = "movements"
    __table_args__ = (Index("ix_movements_item_seq", "item_id", "seq"),)

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(24))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    at_us: Mapped[int] = mapped_column(BigInteger, index=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    station: Mapped[str] = mapped_column(String(64))
    holder_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    due_us: Mapped[int | None] = mapped_column(BigInteger)
    corrects_seq: Mapped[int | None] = mapped_column(BigInteger)
    note: Mapped[str | None] = mapped_column(Text)
    details: Mapped[str | None] = mapped_column(Text)
    signatures: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class SignatureRecord(Base):
    """A handwritten signature bound to a movement by its digest."""

    __tablename__ = "signatures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    movement_seq: Mapped[int] = mapped_column(ForeignKey("movements.seq"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    signer_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    signer_name: Mapped[str] = mapped_column(String(120))
    vectors: Mapped[str] = mapped_column(Text)
    png: Mapped[bytes] = mapped_column(LargeBinary)
    digest: Mapped[str] = mapped_column(String(64))


class ChainHeadRecord(Base):
    """The single row that serialises appends to the chain (locked FOR UPDATE on
    PostgreSQL; SQLite serialises writers with BEGIN IMMEDIATE)."""

    __tablename__ = "chain_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger)
    last_hash: Mapped[str] = mapped_column(String(64))


class SettingRecord(Base):
    """Installation-wide settings (e.g. the station names seen, the demo flag)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
