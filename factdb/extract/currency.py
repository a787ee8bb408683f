"""Currency surfaces → ISO 4217 codes, derived from babel's CLDR data.

Sources: CLDR via babel — English currency symbols (``$``, ``€``, ``HK$``, ``NT$``…), the
locale variants that write ``US$``, and each English-speaking territory's own symbol for its
currency (``RM`` in Malaysia, ``₦`` in Nigeria, ``Ksh`` in Kenya); the English singular/plural
currency names ("US dollars", "euros", "Chinese yuan") and their last word when only one
current currency has it ("ringgit", "shekels", "zloty"); and the list of current ISO codes.
Only the few news aliases, symbols and minor units CLDR lacks are added by hand
(:data:`NEWS_ALIASES`, :data:`NEWS_SYMBOLS`, :data:`SUBUNITS`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

import babel
from babel import Locale
from babel.core import get_global
from babel.numbers import get_currency_symbol, get_territory_currencies

from factdb.extract.compiled import kept_value, source_digest
from factdb.extract.numbers import alternation as _alt
from factdb.extract.unit_lexicon import trie_pattern

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
# English-language locales of territories whose own currency symbol news copy writes.
_TERRITORY_LOCALES = (
    "en_MY", "en_NG", "en_KE", "en_GH", "en_PH", "en_UG", "en_TZ", "en_IL", "en_ZA", "en_PK",
    "en_IN", "en_SG", "en_NZ", "en_ZM", "en_BW", "en_RW",
)  # fmt: skip
# Territory symbols that read as something else before a number: state and road codes
# ("SR 5", "VT 5"), a French article ("Le 14"), "MK" (Milton Keynes).
NOT_SYMBOLS = frozenset(["Le", "SR", "RF", "Ar", "MK", "VT", "Rf", "P", "K", "R"])
# Aliases CLDR does not have, all common in news copy.
NEWS_ALIASES: dict[str, str] = {
    "rmb": "CNY", "renminbi": "CNY", "yuan": "CNY", "dollar": "USD", "dollars": "USD",
    "yen": "JPY", "rupee": "INR", "rupees": "INR", "ruble": "RUB",
    "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "euro": "EUR", "euros": "EUR",
    "won": "KRW",  # after an amount "won" is the currency, never the verb
    "reais": "BRL",  # Portuguese plural, as English copy writes it
    "kronur": "ISK", "kronas": "SEK",  # "krónur" without its accent
}  # fmt: skip
# Last words of CLDR names that are English words or people before they are money
# ("3 marks", "a real", "Peru's sol", "5 drams", "gold"): only their full name is a currency.
NOT_BARE_NAMES = frozenset(
    ["mark", "marks", "real", "reals", "sol", "soles", "kip", "kips", "dram", "drams", "gold",
     "afghani", "afghanis", "tala", "balboa", "balboas", "escudo", "escudos", "pula", "pulas",
     "leone", "leones", "dobra", "dobras", "lek"]
)  # fmt: skip
# Names that are a currency only in context (the rules decide): "5 billion pounds".
CONTEXT_NAMES: dict[str, str] = {"pounds": "GBP", "pounds sterling": "GBP"}
# Names several current currencies share, and the words of a sentence that say whose it is:
# "Norway's fund lost 2.2 trillion crowns" is NOK. With no such word, or words of two owners,
# no currency is guessed and the amount is no sum of money.
SHARED_NAMES: dict[tuple[str, ...], dict[str, tuple[str, ...]]] = {
    ("crown", "crowns", "krone", "kroner"): {
        "NOK": ("Norway", "Norwegian", "Oslo"), "DKK": ("Denmark", "Danish", "Copenhagen"),
        "SEK": ("Sweden", "Swedish", "Stockholm"), "CZK": ("Czech", "Prague"),
    },
    ("dirham", "dirhams"): {
        "AED": ("UAE", "Emirates", "Emirati", "Dubai", "Abu Dhabi"),
        "MAD": ("Morocco", "Moroccan", "Rabat", "Casablanca"),
    },
    ("peso", "pesos"): {
        "MXN": ("Mexico", "Mexican"), "ARS": ("Argentina", "Argentine", "Buenos Aires"),
        "PHP": ("Philippines", "Philippine", "Filipino", "Manila"),
        "CLP": ("Chile", "Chilean", "Santiago"), "COP": ("Colombia", "Colombian", "Bogota"),
    },
    ("dinar", "dinars"): {
        "KWD": ("Kuwait",), "IQD": ("Iraq",), "JOD": ("Jordan",), "BHD": ("Bahrain",),
        "RSD": ("Serbia",), "TND": ("Tunisia",), "DZD": ("Algeria",), "LYD": ("Libya",),
    },
    ("riyal", "riyals"): {
        "SAR": ("Saudi", "Riyadh", "Jeddah", "Tadawul"), "QAR": ("Qatar", "Doha"),
        "OMR": ("Oman", "Muscat"), "YER": ("Yemen", "Sanaa"),
    },
    ("franc", "francs"): {"CHF": ("Swiss", "Switzerland", "Zurich", "Geneva", "Bern")},
    ("shilling", "shillings"): {
        "KES": ("Kenya", "Nairobi"), "UGX": ("Uganda", "Kampala"), "TZS": ("Tanzania",),
    },
}  # fmt: skip
SHARED = frozenset(name for names in SHARED_NAMES for name in names)
Owners = list[tuple[str, re.Pattern[str]]]  # a shared name's (ISO code, its owner's words)
# Symbols English newsrooms write that CLDR's English locales lack.
NEWS_SYMBOLS: dict[str, str] = {
    "S$": "SGD", "C$": "CAD", "NZ$": "NZD", "R$": "BRL", "Rs": "INR", "Rs.": "INR",
    "$US": "USD",  # Australian and French style: "$US5 million"
    "Rp": "IDR",  # Indonesia's rupiah: "Rp 15,000"
    "Tk": "BDT",  # Bangladesh's taka, as its English press writes it: "Tk 170", "Tk 62 crore"
}  # fmt: skip


# Single-letter symbols read only glued to an amount in cents, thousands or a scale
# ("R27.58", "R2.5bn"): apart from one, "R" is a grade, a route or a film rating.
GLUED_SYMBOLS: dict[str, str] = {"R": "ZAR"}


# Minor units after an amount: "1.5 cents", "10 pence" → (ISO code, share of the major unit).
# A bare "cents" is written as the dollar's, as English style guides do.
SUBUNITS: dict[str, tuple[str, float]] = {
    "cent": ("USD", 0.01), "cents": ("USD", 0.01), "us cent": ("USD", 0.01),
    "us cents": ("USD", 0.01), "euro cent": ("EUR", 0.01),
    "euro cents": ("EUR", 0.01), "pence": ("GBP", 0.01), "penny": ("GBP", 0.01),
    "p": ("GBP", 0.01), "sen": ("MYR", 0.01), "paise": ("INR", 0.01), "kopecks": ("RUB", 0.01),
    "kopeks": ("RUB", 0.01), "agorot": ("ILS", 0.01), "kobo": ("NGN", 0.01),
    "satang": ("THB", 0.01),
}  # fmt: skip


def _current_codes() -> list[str]:
    """ISO codes in use today (CLDR lists historic ones too)."""
    in_use: set[str] = set()
    for entries in get_global("territory_currencies").values():
        in_use.update(code for code, _start, end, tender in entries if end is None and tender)
    return sorted(in_use)


@cache
def tables() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(symbol → ISO code, lower-case name → ISO code, ISO codes), built from CLDR (~0.06 s)
    and kept between runs while babel's version and this module's text stay the same."""
    key = f"{babel.__version__} {source_digest(__file__)}"
    return kept_value("currency-tables", key, _tables)


def _tables() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    codes = _current_codes()
    symbols: dict[str, str] = {}
    for loc in _SYMBOL_LOCALES:
        for code in codes:
            sym = get_currency_symbol(code, loc)
            # Symbols that are just the code, or plain letters, are handled as codes/names.
            if sym != code and not sym.isalpha() and sym not in symbols:
                symbols[sym] = code
    for sym, code in [*NEWS_SYMBOLS.items(), *_territory_symbols().items()]:
        symbols.setdefault(sym, code)
    names: dict[str, str] = {}
    english = Locale("en")
    plurals = english._data["currency_names_plural"]
    bare: dict[str, set[str]] = {}
    for code in codes:
        forms = [english.currencies.get(code, code), *plurals.get(code, {}).values()]
        for form in forms:
            names.setdefault(form.lower(), code)
            bare.setdefault(form.split()[-1].lower(), set()).add(code)
    for word, owners in bare.items():
        if len(owners) == 1 and word not in NOT_BARE_NAMES:
            names.setdefault(word, next(iter(owners)))
    names.update(NEWS_ALIASES)
    return symbols, names, frozenset(codes)


def _territory_symbols() -> dict[str, str]:
    """Each English-speaking territory's symbol for its own currency ("RM", "₦", "Ksh"), when
    no other territory writes it for another currency and it is not a single letter."""
    owners: dict[str, set[str]] = {}
    for name in _TERRITORY_LOCALES:
        for code in get_territory_currencies(Locale.parse(name).territory or ""):
            symbol = get_currency_symbol(code, name)
            if symbol != code and not (len(symbol) == 1 and symbol.isalpha()):
                owners.setdefault(symbol, set()).add(code)
    return {
        symbol: codes.pop()
        for symbol, codes in owners.items()
        if len(codes) == 1 and symbol not in NOT_SYMBOLS
    }


@cache
def patterns() -> tuple[str, str, str]:
    """Regexes of (symbols, names, codes), each a prefix tree (a few character tests per
    position, not one per currency); the names include :data:`SHARED_NAMES`."""
    symbols, names, codes = tables()
    shared = [name for group in SHARED_NAMES for name in group]
    return trie_pattern(symbols), trie_pattern([*names, *shared]), trie_pattern([*codes, "RMB"])


# "¥" is the yen's sign in English style guides and the yuan's in copy about China: a text
# that names China and not Japan writes the yuan with it.
_YUAN_TEXT = re.compile(r"\b(?:China|Chinese|yuan|RMB|renminbi)\b")
_YEN_TEXT = re.compile(r"\b(?:Japan|Japanese|yen)\b")


def writes_yuan_as_yen_sign(text: str) -> bool:
    """Whether ``text`` writes the yuan as "¥": it names China and not Japan."""
    return _YUAN_TEXT.search(text) is not None and _YEN_TEXT.search(text) is None


# The text being read, whose owner of a shared name its sentence leaves unnamed is the one
# the text names first ("312 billion dirhams" in a story that opened on "the UAE's lender").
_TEXT: ContextVar[str] = ContextVar("currency_text", default="")


@contextmanager
def reading_text(text: str) -> Iterator[None]:
    """Within it, :func:`to_iso` reads ``text`` for a shared name's owner its sentence lacks."""
    token = _TEXT.set(text)
    try:
        yield
    finally:
        _TEXT.reset(token)


def to_iso(surface: str, before: str = "", after: str = "") -> str | None:
    """ISO 4217 code of a currency symbol, code or name, e.g. "HK$" → "HKD"; a name several
    currencies share is its owner's whom the sentence names nearest to it (the text
    ``before`` and ``after`` it, see :data:`SHARED_NAMES`), else whom the text being read
    (:func:`reading_text`) names first; None if unknown."""
    if owners := _shared_owners().get(surface.lower()):
        return _nearest_owner(owners, before, after) or _nearest_owner(owners, "", _TEXT.get())
    symbols, names, codes = tables()
    s = " ".join(surface.split())
    if s in symbols:
        return symbols[s]
    if s.lower() in _folded_symbols():  # the rules read symbols in any case: "KSh" is "Ksh"
        return _folded_symbols()[s.lower()]
    if s.upper() in codes:
        return s.upper()
    return names.get(s.lower()) or CONTEXT_NAMES.get(s.lower())


@cache
def _folded_symbols() -> dict[str, str]:
    """Lower-cased symbol → ISO code, for symbols of letters whose case copy varies."""
    folded: dict[str, str] = {}
    for symbol, code in tables()[0].items():
        folded.setdefault(symbol.lower(), code)
    return folded


@cache
def _shared_owners() -> dict[str, Owners]:
    """Each shared name → (ISO code, pattern of the words that name its owner)."""
    return {
        name: [(code, re.compile(rf"\b(?:{_alt(cues)})")) for code, cues in owners.items()]
        for names, owners in SHARED_NAMES.items()
        for name in names
    }


def _nearest_owner(owners: Owners, before: str, after: str) -> str | None:
    """The code whose words the sentence names last before the name, else first after it."""
    last = {code: max((m.end() for m in cue.finditer(before)), default=-1) for code, cue in owners}
    code, end = max(last.items(), key=lambda item: item[1])
    if end >= 0:
        return code
    first = {code: m.start() for code, cue in owners if (m := cue.search(after))}
    return min(first, key=first.__getitem__) if first else None
