"""factdb: a claim fact-tracking and citation database.

Floors, lowest first (each imports only from those below it; ``lint-imports`` checks):
``extract`` (rules, no database) < ``store`` (engine, tables, migrations) < ``claims``
(reading, reviewing, identity) < ``facts`` / ``ingest`` / ``export`` < ``evaluate`` < ``cli``;
the review app, ``tui``, sits on top. ``errors`` is shared by all.
"""

__version__ = "0.1.0"
