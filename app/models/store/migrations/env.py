"""Alembic environment: always run on the connection the store hands over (never from a URL in a file)."""
from alembic import context

from app.models.store.schema import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
