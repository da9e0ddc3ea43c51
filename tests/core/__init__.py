"""Core tests: domain rules and services on SQLite and PostgreSQL."""
