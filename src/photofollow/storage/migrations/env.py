"""Alembic environment for the library: runs on the connection `storage.migrate` hands over (never a URL)."""

from alembic import context

from photofollow.storage.schema import metadata

connection = context.config.attributes["connection"]
# render_as_batch: SQLite alters most columns by copying the table; batch mode does that for later revisions.
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
