"""Alembic migrations of the store's schema; `newscheck.store.migrate` runs them."""
