"""A claim's review statuses, in a module of their own so that checking one needs no
database library."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """A claim's review status."""

    UNREVIEWED = "unreviewed"
    VERIFIED = "verified"
    DISPUTED = "disputed"
    REJECTED = "rejected"
