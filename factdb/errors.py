"""The library's small, named exceptions; the CLI turns each into a one-line error."""


class FactdbError(Exception):
    """Base class: the message is one line naming the file or object and the problem."""


class InputError(FactdbError):
    """A file or folder given to factdb cannot be used (missing, binary, undecodable...)."""


class DatabaseError(FactdbError):
    """The database cannot be opened or used."""


class NotFoundError(FactdbError):
    """A claim, article or source id that does not exist."""


class ConflictError(FactdbError):
    """A write based on a stale version of a claim (another reviewer changed it first)."""


class ValidationError(FactdbError):
    """A value given by a person is not acceptable (bad status, unit, number...)."""
