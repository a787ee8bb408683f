"""Numbers that are names, not amounts: the exclusion rules that run before any amount rule.

Each entry is (rule name, pattern, :class:`~factdb.extract.gates.Gate`). A match takes its
text, so no amount rule may read a claim there, and its rule name says why ("name.index":
"FTSE 100" names an index). Patterns are compiled verbose and case-insensitive by
:mod:`factdb.extract.rules`; a ``(?-i:…)`` part is case-sensitive.
"""

from __future__ import annotations

import re

from factdb.extract import gates
from factdb.extract.gates import Gate
from factdb.extract.numbers import alternation as _alt

# Market indexes and company lists named with a number, and their numbers: "FTSE 100",
# "S&P 500", "Nikkei 225", "Fortune 500".
INDEXES: dict[str, tuple[str, ...]] = {
    "FTSE": ("100", "250", "350"), "S&P": ("500", "400", "600", "100"),
    "S&P/ASX": ("200", "50"), "S&P/TSX": ("60",), "Nasdaq": ("100",), "NASDAQ": ("100",),
    "Nikkei": ("225",), "CAC": ("40",), "DAX": ("40", "30"), "IBEX": ("35",), "ASX": ("200",),
    "Stoxx": ("50", "600"), "STOXX": ("50", "600"), "Euro Stoxx": ("50",),
    "Russell": ("1000", "2000", "3000"), "Nifty": ("50",), "NIFTY": ("50",),
    "KOSPI": ("200",), "Sensex": ("30",), "AEX": ("25",), "OMXS": ("30",),
    # Company lists: "Fortune 500 companies", "the Forbes Global 2000".
    "Fortune": ("500", "1000", "100"), "Global": ("500", "2000"), "Forbes": ("400",),
}  # fmt: skip
# Product lines named by a number: "iPhone 15", "Windows 11", "Falcon 9", "Llama 3", "RTX 4090";
# and flights: "Flight 93".
PRODUCT_LINES = (
    "iPhone", "iPad", "Galaxy", "Pixel", "Windows", "PlayStation", "Xbox", "Model",
    "Falcon", "Soyuz", "Shenzhou", "Tianzhou", "Chang’e", "Chang'e", "Artemis", "Apollo",
    "Llama", "GPT", "Gemini", "Qwen", "Claude", "Mate", "Kirin", "Snapdragon", "Ryzen",
    "Core", "Series", "Formula", "Covid", "COVID", "Sora", "Kling", "Ernie", "RTX", "GTX",
    "Radeon", "Xeon", "Flight",
)  # fmt: skip
# Boeing's airliners by model number, when a model name or a singular noun follows: "a 737
# Max", "787 Dreamliners", "the 737 fleet".
_BOEING = r"7[1-8]7"
_MODEL_SUFFIX = r"(?-i:MAX|Max|Dreamliners?|ER|LR|X|F)"
# US state codes before a ZIP code: "Beverly Hills, CA 90210".
_STATES = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
    "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
    "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
    "VT", "VA", "WA", "WV", "WI", "WY",
]  # fmt: skip
_AU_STATES = ["NSW", "VIC", "QLD", "SA", "WA", "TAS", "ACT", "NT"]
# Street types after a house number: "10 Downing Street", "14 Elm Grove".
_STREET_TYPES = (
    "Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Boulevard", "Blvd", "Drive",
    "Square", "Place", "Terrace", "Crescent", "Way", "Grove", "Close", "Court", "Gardens",
    "Mews", "Parade", "Row", "Walk",
)  # fmt: skip
# Roads and transit lines numbered as names: "Route 66", "Interstate 95", "Highway 101".
_ROUTE_WORDS = ("Route", "Highway", "Hwy", "Interstate", "Motorway", "Freeway", "Line")
# Emergency and service numbers: "call 999", "dial 911", "ring 101" (not "call 300 staff").
_SHORT_NUMBERS = ("999", "911", "112", "101", "111", "000", "988", "211", "311", "119", "110")
# Numbers that do not open an amount after the name: not "Windows 10 million", "FTSE 100-share".
_WHOLE = r"(?!\d|[,.]\d|[ \u00a0-](?:thousand|million|billion|trillion|bn|m|k)\b)"


def _indexes() -> str:
    """ "FTSE[ -](100|250|350)|S&P[ -](500|…)|…", each name case-sensitive."""
    pieces = []
    for name, numbers in INDEXES.items():
        words = r"\s+".join(re.escape(w) for w in name.split())
        pieces.append(f"(?-i:{words})[\\s-](?:{_alt(numbers)})")
    return "|".join(pieces)


NAME_PATTERNS: tuple[tuple[str, str, Gate], ...] = (
    (
        "name.index",  # "the FTSE 100 fell", "S&P 500 futures": an index, in any position
        rf"(?<![\w&/-])(?:{_indexes()})\b(?!,\d)",
        gates.pattern(
            r"FTSE|S&P|Nasdaq|NASDAQ|Nikkei|CAC|DAX|IBEX|ASX|Stoxx|STOXX|Russell|Nifty|NIFTY"
            r"|KOSPI|Sensex|AEX|OMXS|Fortune|Global|Forbes"
        ),
    ),
    (
        "name.product",  # "iPhone 15 handsets", "Windows 11 runs", "Falcon 9 rockets"
        rf"(?<![\w-])(?-i:{_alt(PRODUCT_LINES)})[\s-]\d{{1,4}}{_WHOLE}\b",
        gates.pattern(_alt(PRODUCT_LINES)),
    ),
    (
        "name.aircraft_model",  # "a 737 Max", "787 Dreamliners", "the 737 fleet", "737-800"
        rf"""(?<![\w.,-]){_BOEING}(?:-\d{{1,3}}\b|[\s-]?{_MODEL_SUFFIX}\b
        |(?=\s+(?:(?-i:[a-z]+)(?<!s)|was|is|has)\b|\s*[,.;:)]|\s*$))""",
        gates.pattern(r"7[1-8]7"),
    ),
    (
        "name.postcode",  # "ZIP code 90210", "CA 90210", "NSW 2000", "LS6 2AB"
        rf"""(?:\bzip(?:\s*code)?|\bpostal\s+code|\bpost\s*code)\s+\d{{4,5}}(?:-\d{{4}})?\b(?![,.]\d)
        |\b(?-i:{_alt(_STATES)})\s+\d{{5}}(?:-\d{{4}})?\b(?![,.]\d)
        |\b(?-i:{_alt(_AU_STATES)})\s+\d{{4}}\b(?![,.]\d)
        |\b(?-i:[A-Z]{{1,2}}\d[A-Z\d]?\s\d[A-Z]{{2}})\b""",
        gates.pattern(r"[A-Z](?<!\w.)[A-Z]{0,2}(?:\s+\d{4}|\d)", 0, "zip", "post"),
    ),
    (
        "name.house_number",  # "10 Downing Street", "on 14 Elm Grove, Leeds"
        rf"""(?<![\w.,/:$€£¥₹₩-])\d{{1,5}}[A-Za-z]?\s+(?-i:(?:[A-Z][\w’'-]*\s+){{1,3}}
        (?:{_alt(_STREET_TYPES)}))\b""",
        gates.pattern(r"\d\w?\s+[A-Z]"),
    ),
    (
        "name.phone_number",  # "call 101", "dial 911": a service's short number
        rf"\b(?:call|dial|ring|phone|text)(?:s|ed|ing)?\s+(?:on\s+)?(?:{_alt(_SHORT_NUMBERS)})\b"
        r"(?![,.]\d|\s+(?-i:[a-z]+s)\b)",
        gates.words("call", "dial", "ring", "phone", "text"),
    ),
    (
        "name.video_format",  # "4K TVs", "filmed in 8K": a resolution's name, not 4,000
        r"""(?<![\w.,$€£-])(?-i:[248]K)(?:(?=[\s-]+(?:TVs?|televisions?|video|resolution|screens?
        |displays?|monitors?|streaming|HDR|cameras?|UHD|Ultra|content|footage|movies?|films?)\b)
        |(?<=\bin\s[248]K)\b(?![,.]\d))""",
        gates.pattern(r"[248]K"),
    ),
    (
        "name.zero_idiom",  # "absolute zero", "ground zero", "zero tolerance": no amount
        r"(?<=\babsolute\s)zero\b|(?<=\bground\s)zero\b|\bzero(?=[\s-](?:tolerance|sum)\b)",
        gates.words("zero"),
    ),
    (
        "name.route",  # "Route 66", "Interstate 95", "Highway 101", "Line 2"
        rf"(?<![\w-])(?-i:(?:US\s+|State\s+)?(?:{_alt(_ROUTE_WORDS)}))\s+\d{{1,3}}[A-Z]?"
        rf"{_WHOLE}\b",
        gates.pattern(_alt(_ROUTE_WORDS)),
    ),
)
