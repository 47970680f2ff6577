"""Persistence shared by the catalogue and the scheduler: models, engine, migrations."""
