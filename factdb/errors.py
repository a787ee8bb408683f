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


def describe_error(error: BaseException) -> str:
    """One line saying what went wrong, in the same words for the CLI and the review app.

    A database driver's error is reduced to its first line (SQLAlchemy appends the statement
    and a link); anything else unexpected is named by its type.
    """
    if isinstance(error, FactdbError):
        return str(error)
    # SQLAlchemy's DBAPIError wraps the driver's error as ``orig``; read it without importing
    # SQLAlchemy, which a command that never opens a database should not pay for.
    driver_error = getattr(error, "orig", None)
    if driver_error is not None:
        return "database error: " + _first_line(str(driver_error))
    if type(error).__module__.startswith("sqlalchemy"):
        return "database error: " + _first_line(str(error))
    return f"{type(error).__name__}: {_first_line(str(error))}"


def _first_line(message: str) -> str:
    lines = message.strip().splitlines()
    return lines[0] if lines else ""
