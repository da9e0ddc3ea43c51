"""Persistence adapter: SQLAlchemy 2 records, the engine, migrations and repositories."""
