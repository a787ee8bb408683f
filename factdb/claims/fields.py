"""A claim's fields as the reviewer left them: a correction wins over what the rules found.

No database library is imported here, so a listing read with the standard library's sqlite3
shows values exactly as one read through the models does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factdb.store.models import Claim

CORRECTED_FIELDS = ("value", "value_max", "unit", "noun")  # each stored as corrected_<name>


def effective(claim: object, name: str) -> Any:
    """A field as the reviewer left it: the correction if there is one, else the extraction."""
    corrected = getattr(claim, f"corrected_{name}")
    return corrected if corrected is not None else getattr(claim, name)


def effective_normalized(claim: Claim) -> tuple[float | None, str | None]:
    """The claim's normalised value and unit as the reviewer left it: the extractor's when
    value and unit are uncorrected, else the corrected value normalised the way the extractor
    normalises (20 years in seconds; a unit corrected to a currency code is money)."""
    if claim.corrected_value is None and claim.corrected_unit is None:
        return claim.normalized_value, claim.normalized_unit
    # Only a correction needs the extractor's vocabularies (pint, CLDR): loaded on first use.
    from pint.errors import PintError

    from factdb.extract.currency import tables as currency_tables
    from factdb.extract.extractor import normalized_quantity
    from factdb.extract.units import DISPLAY_NAMES

    value, unit = effective(claim, "value"), effective(claim, "unit")
    if unit is None:
        return normalized_quantity(value, None, claim.kind)
    kind = "money" if unit in currency_tables()[2] else claim.kind
    # Claims store a unit's display name ("tonne", "degC"); the extractor works on pint's.
    pint_names = {shown: name for name, shown in DISPLAY_NAMES.items()}
    try:
        return normalized_quantity(value, pint_names.get(unit, unit), kind)
    except (PintError, ValueError):  # a unit no validation let in (an old or hand-made row)
        return None, None
