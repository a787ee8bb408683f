"""The unit lexicon: every unit surface pint knows that is safe to read in news copy.

Source: pint's default registry (its unit names, aliases and symbols, its SI prefixes) with
factdb's news definitions (:mod:`factdb.extract.units`). What is added here is only the
grammar news writes around them (plurals, "square"/"sq"/"²", "per" and "/", "-" and " " for
"_") and the filter that keeps a surface from claiming ordinary words: pint's "in" is an inch,
its "a" a year and its "point" a printer's point, none of which a reporter means after a number.

Word forms ("miles", "kilowatt-hours") match in any case; symbols ("MW", "kt", "mAh") match
exactly, so "5G" is never five grams nor "SEC" seconds.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Iterator, Mapping
from dataclasses import dataclass

import pint

# Surfaces that name something else in news copy (the reason is the comment). Checked after
# every surface is generated, so a prefixed or plural form is dropped as well.
NEWS_UNSAFE: frozenset[str] = frozenset(
    # English words pint reads as units: "in" inch, "at" technical atmosphere, "a" annum,
    # "are" the area unit, "or", "is", "an", "th" thou ("5th"), "pp"/"bp" printer's points
    # (percentage and basis points in news), "pc" parsec ("5pc" is percent), "mil" (million)
    ["in", "at", "a", "are", "an", "or", "is", "th", "pp", "bp", "pc", "mil", "oct", "den",
     "fur", "bag", "bags", "cup", "cups", "cp", "shot", "shots", "jig", "quarter", "quarters",
     "stone", "stones", "hand", "hands", "link", "links", "li", "rod", "rods", "pole", "poles",
     "perch", "chain", "chains", "league", "leagues", "section", "sections", "fifth", "fifths",
     "point", "points", "dot", "dots", "pel", "count", "counts", "turn", "turns", "cycle",
     "cycles", "circle", "circles", "revolution", "revolutions", "grade", "grades", "strain",
     "particle", "particles", "molecule", "molecules", "slug", "slugs", "blob", "kip",
     "gamma", "shake", "nit", "rem", "rads", "rad", "octave", "octaves", "barn", "barns",
     "bar", "bars", "quad", "toe", "gal", "Gal", "dr", "gr", "gi", "pk", "bu", "pt", "ct", "cd",
     "sr", "eu", "au", "AU", "Da", "St", "Ba", "Bd", "Bi", "Fr", "Mx", "Oe", "Cl", "Ry", "Rd",
     "Ly", "Ta", "Tt", "Tj", "Td", "Ne", "Nm", "Gb", "VA", "lm", "cal", "mol", "bit", "bits",
     "bps", "tex", "jute", "aberdeen", "pica", "didot", "cicero", "franklin", "henry", "gilbert",
     "debye", "buckingham", "lambert", "langley", "darcy", "rutherford", "faraday", "curie",
     "maxwell", "weber", "tesla", "siemens", "gauss", "stokes", "poise", "reyn", "rhe", "biot",
     "stilb", "minim", "scruple", "hogshead", "thou", "are", "stere", "candle", "candles",
     "amp", "fermi", "micron", "mho", "pond", "kat", "statute", "svedberg", "planck",
     "sverdrup", "sv", "galileo", "dyn", "erg", "ergs", "pi", "decade", "decades",
     # times of day: "11pm" is no picometre, "9am" no attometre
     "pm", "am", "PM", "AM",
     # "m" is metres or millions by context (the metre rules decide)
     # Single letters other than those below: "8 B users", "5G", "3D", "1980s", "Class 5 A",
     # and "p", the video-lines rule's ("3 p.m.")
     "A", "B", "b", "c", "C", "d", "D", "e", "F", "G", "H", "J", "k", "K", "l", "M", "N",
     "m", "p", "P", "R", "s", "S", "t", "T", "u", "U", "V", "%", "‰", "µ", "μ", "ℓ", "kn"],
)  # fmt: skip
# Symbols whose meaning pint splits: the newsroom one wins (pint also reads "kt" as a
# kilotonne and "min" as a milli-inch, "dB" as a decibyte, "cc" as centi-lightspeed).
NEWS_MEANING: dict[str, str] = {
    "kt": "knot", "min": "minute", "dB": "decibel", "cc": "cubic_centimeter", "sec": "second",
    "Nm": "newton_meter", "mcg": "microgram",
}  # fmt: skip
# Prefixes each unit takes in news copy; a unit not listed takes none ("Mg" is magnesium,
# "ks" nobody writes). Symbols then names are generated from pint's prefix definitions.
_BIG = ("kilo", "mega", "giga", "tera", "peta", "exa")
_SMALL = ("milli", "micro", "nano", "pico")
PREFIXES: dict[str, tuple[str, ...]] = {
    "meter": ("kilo", "centi", *_SMALL),
    "gram": ("kilo", *_SMALL),
    "second": _SMALL,
    "liter": ("centi", "deci", "hecto", "milli", "micro"),
    "metric_ton": ("kilo", "mega", "giga"),
    "watt": (*_BIG, "milli"),
    "watt_hour": _BIG,
    "joule": (*_BIG, "milli"),
    "electron_volt": (*_BIG,),
    "calorie": ("kilo",),
    "mole": ("milli", "micro", "nano"),  # blood tests: "6.5 mmol/L"
    "hertz": (*_BIG,),
    "pascal": ("kilo", "mega", "giga", "hecto"),
    "volt": ("kilo", "mega", "milli"),
    "ampere": ("kilo", "milli"),
    "ampere_hour": ("milli",),
    "ohm": ("kilo", "mega"),
    "byte": (*_BIG, "zetta"),  # "zettabytes" of data
    "flop": (*_BIG, "zetta"),  # "0.23 zettaflops"
    "gray": ("milli",),
    "sievert": ("milli", "micro"),
    "becquerel": ("kilo", "mega", "giga"),
    "year": ("mega", "giga"),
    "newton": ("kilo", "mega"),
}
# Prefix symbols pint writes differently from news copy ("µ" and "μ" are both written).
_PREFIX_SYMBOL_VARIANTS: dict[str, tuple[str, ...]] = {"micro": ("µ", "μ", "mc")}
# The name a prefixed unit is built on when pint's name is two words ("kilotonne").
_PREFIX_BASE = {"metric_ton": "tonne"}
# Length units that make an area or a volume ("square metres", "m2", "cu ft").
SQUARABLE = (
    "meter", "kilometer", "centimeter", "millimeter", "foot", "inch", "yard", "mile",
)  # fmt: skip
# Symbols the filter drops alone that are unambiguous inside "m2", "sq m", "m/s", "mg/l".
_IN_COMPOUNDS: dict[str, list[str]] = {
    "meter": ["m"], "second": ["s"], "liter": ["l"], "metric_ton": ["t"], "inch": ["in"],
}  # fmt: skip
# The units that make compound rates with "/" or "per" ("km/h", "mg/L", "GB/s", "micrograms
# per cubic metre"); a denominator of a day or longer is left to the rate rules ("tonnes a
# year" is a rate whose noun says "per year").
RATE_NUMERATORS = frozenset(
    ["meter", "kilometer", "centimeter", "millimeter", "mile", "foot", "liter", "gallon",
     "barrel", "cubic_meter", "gram", "kilogram", "milligram", "microgram", "nanogram",
     "metric_ton", "kilowatt_hour", "watt", "megabyte", "gigabyte"]
)  # fmt: skip
RATE_DENOMINATORS = (
    "second", "minute", "hour", "liter", "deciliter", "cubic_meter", "square_meter", "kilogram",
)  # fmt: skip
# Denominators also written in words: "kilometres per hour", "litres per second".
_SPOKEN_DENOMINATORS = ("second", "minute", "hour")
# How a denominator symbol may be written: "m3" or "m³", never "cu.m" or "m^3" after a "/".
_PLAIN_DENOMINATOR = re.compile(r"^[^\s.^]+$")
# Multi-word names that pint spells with "_" but that are not units a reporter writes.
_NOT_NEWS_NAME = re.compile(
    r"constant|planck|atomic|conventional|number|density|quantum|magneton|radius|factor"
    r"|_H2O|_Hg|international|x_unit|tex_|imperial_|US_|UK_|survey|dry_|_star|wien|zeta"
    r"|_mass|_g_|gravity|impedance|thomson|klitzing|josephson|bohr"
    r"|sidereal|tropical|synodic|gregorian|julian|common_|leap_|delta_|reciprocal|apothecary"
    r"|refractive|absorbance|sound_pressure|peak_sun|cables|square_survey|unit_pole|biot_"
    r"|enzyme|entropy|statute|_90|^stat|^ab|force_|_force|per_pixel|pixels_per|printers"
    r"|LMH|RKM|decibel[a-z]|ton_TNT|tonne_of|atmosphere_liter|_horsepower|refrigeration"
    r"|cooling|standard_|speed_of|avogadro|boltzmann|faraday|molar|elementary|vacuum"
    r"|coulomb_constant|stefan|rydberg|hartree|angstrom_star|gamma_mass|fluid_scruple"
    r"|beer_|oil_|long_|short_|board_|circular|scaled|css_|number_|milliarcsecond"
)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Surfaces → canonical pint unit name: ``words`` are looked up lower-cased, ``symbols``
    exactly."""

    words: dict[str, str]
    symbols: dict[str, str]

    def lookup(self, surface: str) -> str | None:
        """The canonical unit of ``surface``, or None."""
        s = " ".join(surface.replace("\u00a0", " ").split())
        return self.symbols.get(s) or self.words.get(s.lower())


def plurals(word: str) -> list[str]:
    """English plurals of a unit word ("inch" → "inches", "century" → "centuries")."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return [word + "es"] if not word.endswith(("s", "x", "z")) else []
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return [word[:-1] + "ies"]
    return [word + "s"]


def _word_forms(name: str) -> Iterator[str]:
    """A pint name as written: "light_year" → "light year", "light-year", "light years"…"""
    parts = name.split("_")
    for joiner in (" ", "-") if len(parts) > 1 else ("",):
        yield joiner.join(parts)
        for plural in plurals(parts[-1]):
            yield joiner.join([*parts[:-1], plural])
        if len(parts) > 1 and (parts[1] == "per" or parts[1][:1].isupper()):
            # "degrees Celsius", "miles per hour"
            for plural in plurals(parts[0]):
                yield joiner.join([plural, *parts[1:]])


def _is_symbol(surface: str) -> bool:
    """Whether a pint alias is written as a symbol (matched exactly) rather than a word."""
    return len(surface) < 4 or not surface.isalpha() or not surface.islower()


def _camel(alias: str) -> bool:
    """pint's programmer spellings ("degreeCelsius", "degC"), which no reporter writes."""
    return len(alias) >= 4 and alias.isalpha() and not (alias.islower() or alias.isupper())


def _add(lexicon: Lexicon, surface: str, unit: str) -> None:
    if surface in NEWS_UNSAFE or (surface.lower() in NEWS_UNSAFE and not _is_symbol(surface)):
        return
    if _is_symbol(surface) and not (" " in surface or "-" in surface):
        lexicon.symbols.setdefault(surface, unit)
    else:
        lexicon.words.setdefault(surface.lower(), unit)


def _defined(ureg: pint.UnitRegistry) -> Iterator[tuple[str, Iterable[str], Iterable[str]]]:
    """(name, word surfaces, symbol surfaces) of each unit in the registry fit for news."""
    for key, definition in ureg._units.items():
        name = definition.name
        if key != name or _NOT_NEWS_NAME.search(name):
            continue
        aliases = [a for a in definition.aliases if ("_" not in a or a.islower()) and not _camel(a)]
        words = [
            f for n in (name, *[a for a in aliases if not _is_symbol(a)]) for f in _word_forms(n)
        ]
        symbols = [a for a in (definition.symbol, *aliases) if a and _is_symbol(a) and "_" not in a]
        yield name, words, symbols


def _prefixed(ureg: pint.UnitRegistry) -> Iterator[tuple[str, Iterable[str], Iterable[str]]]:
    """The prefixed forms of :data:`PREFIXES`: "kilowatt-hours", "kWh", "µm", "mcg"."""
    for unit, prefixes in PREFIXES.items():
        definition = ureg._units[unit]
        spelt = (unit, *definition.aliases)
        unit_symbols = [  # "l" and "L" for litres: "ml", "mL"; "mmol", "kcal"
            a for a in (definition.symbol, *definition.aliases) if a and len(a) <= 3 and a != "µ"
        ]
        for prefix in prefixes:
            p = ureg._prefixes[prefix]
            p_symbols = _PREFIX_SYMBOL_VARIANTS.get(prefix, (p.symbol,))
            yield (
                prefix + _PREFIX_BASE.get(unit, unit),
                [prefix + form for n in spelt if n.islower() for form in _word_forms(n)],
                [s + u for s in p_symbols for u in unit_symbols],
            )


def _areas(lexicon: Lexicon) -> Iterator[tuple[str, Iterable[str], Iterable[str]]]:
    """Areas and volumes of the :data:`SQUARABLE` lengths in every spelling news uses."""
    for unit in SQUARABLE:
        words = [w for w, u in lexicon.words.items() if u == unit and "-" not in w]
        symbols = [s for s, u in lexicon.symbols.items() if u == unit] + _IN_COMPOUNDS.get(unit, [])
        for word, short, after, marks in (
            ("square", "sq", "squared", ("2", "²", "^2")),
            ("cubic", "cu", "cubed", ("3", "³", "^3")),
        ):
            yield (
                f"{word}_{unit}",
                [f"{head} {w}" for head in (word, short, f"{short}.") for w in words]
                + [f"{w} {after}" for w in (*words, *symbols)]  # "4 km squared"
                + [f"{word}-{w}" for w in words]
                + [f"{short} {s}" for s in symbols]
                + [f"{short}.{s}" for s in symbols],
                [s + mark for s in symbols for mark in marks]
                + ([f"{short}{symbols[0]}"] if word == "square" and symbols else []),
            )


def _compounds(
    lexicon: Lexicon, defined: Container[str]
) -> Iterator[tuple[str, Iterable[str], Iterable[str]]]:
    """Rates of one unit per another: "km/h", "km/hr", "m/s", "mg/L", "kilometres per hour",
    named as pint names them when it does ("kilometer_per_hour"), else "kilometer/hour"."""
    symbols = {**lexicon.symbols, **{s: u for u, ss in _IN_COMPOUNDS.items() for s in ss}}
    num_symbols = [(s, u) for s, u in symbols.items() if u in RATE_NUMERATORS]
    num_words = [(w, u) for w, u in lexicon.words.items() if u in RATE_NUMERATORS]
    for den in RATE_DENOMINATORS:
        name = {num: _compound_name(num, den, defined) for num in RATE_NUMERATORS if num != den}
        den_symbols = [s for s, u in symbols.items() if u == den and _PLAIN_DENOMINATOR.match(s)]
        den_words = [w for w, u in lexicon.words.items() if u == den and w.isalpha()]
        for num_symbol, num in num_symbols:
            if num in name:
                yield name[num], [], [f"{num_symbol}/{d}" for d in den_symbols]
        for num_word, num in num_words if den in _SPOKEN_DENOMINATORS else ():
            if num in name:
                yield name[num], [f"{num_word} per {w}" for w in den_words], []


def _compound_name(num: str, den: str, defined: Container[str]) -> str:
    name = f"{num}_per_{den}"
    return name if name in defined else f"{num}/{den}"


def build(ureg: pint.UnitRegistry, extra: Mapping[str, Iterable[str]]) -> Lexicon:
    """The lexicon of ``ureg`` plus ``extra`` (canonical unit → surfaces pint lacks, which
    win over pint's own reading)."""
    lexicon = Lexicon({}, {})
    for unit, surfaces in [*extra.items(), *((u, [s]) for s, u in NEWS_MEANING.items())]:
        for surface in surfaces:
            if _is_symbol(surface) and not (" " in surface or "-" in surface):
                lexicon.symbols[surface] = unit
                if "/" in surface:  # also a word, so that a word ("mmol") never ends "mmol/L"
                    lexicon.words.setdefault(surface.lower(), unit)
            else:
                lexicon.words[surface.lower()] = unit
    for source in (_defined(ureg), _prefixed(ureg)):
        for unit, words, symbols in source:
            for surface in (*words, *symbols):
                _add(lexicon, surface, unit)
    defined = set(ureg._units)
    for source in (_areas(lexicon), _compounds(lexicon, defined)):
        for unit, words, symbols in list(source):
            for surface in (*words, *symbols):
                _add(lexicon, surface, unit)
    return lexicon


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first, written as a prefix tree so a large
    lexicon costs a few character tests per position instead of one test per word. A space
    in a word matches any run of white space."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_pattern(root)


def _node_pattern(node: dict[str, dict]) -> str:
    branches = []
    for ch, child in sorted(node.items(), key=lambda kv: kv[0], reverse=True):
        if ch:
            head = r"\s+" if ch == " " else re.escape(ch)
            branches.append(head + _node_pattern(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body
