"""The store: the database engine and sessions (:mod:`.database`), the SQLModel tables
(:mod:`.models`), the schema's version check (:mod:`.schema`) and its Alembic migrations."""
