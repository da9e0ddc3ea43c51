"""Alembic environment: the connection is handed over by mileo_desk.persistence.migrate."""

from alembic import context

from mileo_desk.persistence.records import Base

config = context.config
target_metadata = Base.metadata

connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for developers running alembic by hand
    from sqlalchemy import create_engine

    from mileo_desk.persistence.db import default_url

    connection = create_engine(default_url()).connect()

context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
