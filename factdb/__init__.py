"""factdb: a claim fact-tracking and citation database."""

__version__ = "0.1.0"
