"""SQLite: the full-text index keyed in registry id order.

``items_fts`` was keyed by item id: the first page of a search had to read every hit and sort
them by registry id (5–7 ms for a word found in 10,000 items). It is now contentless and keyed
by a search rank that grows with the registry id (``item_search_order``, see
:mod:`mileo_desk.persistence.search_order`), so the first page reads the first hits in FTS
order and stops. The two covering indexes of 0002 served the old ranking and go.

PostgreSQL ranks its trigram hits in one statement and is left as it is.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 12:40:00
"""

from alembic import op

from mileo_desk.persistence import search_order


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

_OLD_TRIGGERS = (
    "CREATE TRIGGER items_fts_ai AFTER INSERT ON items BEGIN "
    "INSERT INTO items_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER items_fts_ad AFTER DELETE ON items BEGIN "
    "INSERT INTO items_fts(items_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER items_fts_au AFTER UPDATE OF search_text ON items BEGIN "
    "INSERT INTO items_fts(items_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO items_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
)


def _drop_search() -> None:
    for trigger in search_order.TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS items_fts")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _drop_search()
    op.execute("DROP INDEX IF EXISTS ix_items_search_walk")
    op.execute("DROP INDEX IF EXISTS ix_items_id_registry")
    for statement in (*search_order.TABLES, *search_order.renumber_statements(),
                      *search_order.TRIGGERS.values()):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _drop_search()
    op.execute("DROP TABLE IF EXISTS item_search_order")
    op.execute("CREATE VIRTUAL TABLE items_fts USING fts5(search_text, content='items', "
               "content_rowid='id', tokenize='trigram')")
    op.execute("INSERT INTO items_fts(items_fts) VALUES ('rebuild')")
    for statement in _OLD_TRIGGERS:
        op.execute(statement)
    op.execute("CREATE INDEX IF NOT EXISTS ix_items_search_walk ON items (registry_id, search_text, card_uid)")
    op.execute("CREATE INDEX IF NOT EXISTS ix_items_id_registry ON items (id, registry_id)")
