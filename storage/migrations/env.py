"""Alembic environment: the engine is handed in by storage.db, never read from a file."""

from alembic import context
from sqlalchemy import Engine

from storage.models import Base

engine: Engine = context.config.attributes["engine"]

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
