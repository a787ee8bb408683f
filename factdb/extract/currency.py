"""Currency surfaces → ISO 4217 codes, derived from babel's CLDR data.

Sources: CLDR via babel — English currency symbols (``$``, ``€``, ``HK$``, ``NT$``…) and the
locale variants that write ``US$``, the English singular/plural currency names
("US dollars", "euros", "Chinese yuan") and the list of current ISO codes. Only the few news
aliases and symbols CLDR lacks are added by hand (:data:`NEWS_ALIASES`, :data:`NEWS_SYMBOLS`).
"""

from __future__ import annotations

from functools import cache

from babel import Locale
from babel.core import get_global
from babel.numbers import get_currency_symbol

from factdb.extract.numbers import alternation as _alt

# Locales whose symbols an English-language newsroom uses; earlier ones win a clash, so a
# bare "$" stays USD and "¥" stays JPY as English style guides write them.
_SYMBOL_LOCALES = (
    "en",
    "en_US",
    "en_GB",
    "en_HK",
    "en_AU",
    "en_CA",
    "en_SG",
    "en_IN",
    "zh_Hant_HK",
)
# Aliases CLDR does not have, all common in news copy.
NEWS_ALIASES: dict[str, str] = {
    "rmb": "CNY", "renminbi": "CNY", "yuan": "CNY", "dollar": "USD", "dollars": "USD",
    "yen": "JPY", "rupee": "INR", "rupees": "INR", "ruble": "RUB",
    "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "euro": "EUR", "euros": "EUR",
    "won": "KRW",  # after an amount "won" is the currency, never the verb
}  # fmt: skip
# Names that are a currency only in context (the rules decide): "5 billion pounds".
CONTEXT_NAMES: dict[str, str] = {"pounds": "GBP", "pounds sterling": "GBP"}
# Symbols English newsrooms write that CLDR's English locales lack.
NEWS_SYMBOLS: dict[str, str] = {
    "S$": "SGD", "C$": "CAD", "NZ$": "NZD", "R$": "BRL", "Rs": "INR", "Rs.": "INR",
}  # fmt: skip


# Minor units after an amount: "1.5 cents", "10 pence" → (ISO code, share of the major unit).
# A bare "cents" is written as the dollar's, as English style guides do.
SUBUNITS: dict[str, tuple[str, float]] = {
    "cent": ("USD", 0.01), "cents": ("USD", 0.01), "euro cent": ("EUR", 0.01),
    "euro cents": ("EUR", 0.01), "pence": ("GBP", 0.01), "penny": ("GBP", 0.01),
    "p": ("GBP", 0.01),
}  # fmt: skip


def _current_codes() -> list[str]:
    """ISO codes in use today (CLDR lists historic ones too)."""
    in_use: set[str] = set()
    for entries in get_global("territory_currencies").values():
        in_use.update(code for code, _start, end, tender in entries if end is None and tender)
    return sorted(in_use)


@cache
def tables() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(symbol → ISO code, lower-case name → ISO code, ISO codes), built once from CLDR."""
    codes = _current_codes()
    symbols: dict[str, str] = {}
    for loc in _SYMBOL_LOCALES:
        for code in codes:
            sym = get_currency_symbol(code, loc)
            # Symbols that are just the code, or plain letters, are handled as codes/names.
            if sym != code and not sym.isalpha() and sym not in symbols:
                symbols[sym] = code
    for sym, code in NEWS_SYMBOLS.items():
        symbols.setdefault(sym, code)
    names: dict[str, str] = {}
    english = Locale("en")
    plurals = english._data["currency_names_plural"]
    for code in codes:
        names.setdefault(english.currencies.get(code, code).lower(), code)
        if code in plurals:
            for form in plurals[code].values():
                names.setdefault(form.lower(), code)
    names.update(NEWS_ALIASES)
    return symbols, names, frozenset(codes)


@cache
def patterns() -> tuple[str, str, str]:
    """Regex alternations: (symbols, names, codes)."""
    symbols, names, codes = tables()
    return _alt(list(symbols)), _alt(list(names)), _alt([*codes, "RMB"])


def to_iso(surface: str) -> str | None:
    """ISO 4217 code of a currency symbol, code or name, e.g. "HK$" → "HKD"; None if unknown."""
    symbols, names, codes = tables()
    s = " ".join(surface.split())
    if s in symbols:
        return symbols[s]
    if s.upper() in codes:
        return s.upper()
    return names.get(s.lower()) or CONTEXT_NAMES.get(s.lower())
