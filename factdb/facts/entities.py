"""Who or what a figure is about ("China", "Gogoro", "DJI"), read from the claim's sentence.

Rules, in order: a country or territory named in the sentence (CLDR's English territory
names via babel, plus the short forms and demonyms news copy uses) nearest before the number;
else the nearest capitalised name before the number that is not a function word, a month or
weekday, a title, a currency, or part of the counted noun, with the territory nearest after
the number if any ("Rival Kymco operates 1,500 stations in Taiwan": "Kymco (Taiwan)"); else
that territory. A name
that opens the sentence counts only if it has an inner capital ("DJI", "iPhone"), is followed
by one of :data:`ACTOR_VERBS` ("Wuhan recently budgeted…"), or is known as a name from
elsewhere in the corpus (written capitalised after a lower-case word or a comma), since most
capitalised opening words are just words. No subject is better than a wrong one, so anything
else leaves it empty.

The rules run once per distinct (sentence, figure, noun) and are cached: their result,
:class:`SubjectRule`, says which opening word (if any) the corpus's names decide, so the
names can change without running the rules again.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Container, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from babel import Locale
from babel.languages import get_official_languages
from countryinfo import CountryInfo

from factdb.extract.attribution import OUTLET_NOUN, is_outlet, named_outlet
from factdb.extract.currency import tables, to_iso
from factdb.extract.unit_lexicon import trie_pattern
from factdb.extract.units import canonical_unit

# Short forms news copy uses for territories, mapped to CLDR's English name.
TERRITORY_ALIASES: dict[str, str] = {
    "US": "United States", "U.S.": "United States", "USA": "United States",
    "U.S.A.": "United States", "America": "United States", "UK": "United Kingdom",
    "U.K.": "United Kingdom", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "EU": "European Union", "Hong Kong": "Hong Kong", "Macau": "Macao",
    "South Korea": "South Korea", "Korea": "South Korea",
    # Adjectives countryinfo's demonyms lack ("South Korean" is there): see _peoples
    "Korean": "South Korea", "European": "European Union",
    "Turkey": "Türkiye",
    # English names news copy uses that CLDR words otherwise
    "Czech Republic": "Czechia", "Ivory Coast": "Côte d’Ivoire", "Côte d'Ivoire": "Côte d’Ivoire",
    "Myanmar": "Myanmar (Burma)", "Burma": "Myanmar (Burma)", "Holland": "Netherlands",
    "DRC": "Congo - Kinshasa", "DR Congo": "Congo - Kinshasa",
    "Democratic Republic of Congo": "Congo - Kinshasa",
    "Democratic Republic of the Congo": "Congo - Kinshasa",
    "Republic of Congo": "Congo - Brazzaville", "East Timor": "Timor-Leste",
    "Palestine": "Palestinian Territories", "Swaziland": "Eswatini",
    "Macedonia": "North Macedonia", "Vatican": "Vatican City",
    "UAE": "United Arab Emirates", "Bosnia": "Bosnia & Herzegovina",
    "Bosnia and Herzegovina": "Bosnia & Herzegovina",
    # the United Kingdom's nations, each its own place: a Scottish figure is part of Britain's
    # (not England: "the Bank of England" is no place's figure)
    "Scotland": "Scotland", "Wales": "Wales", "Northern Ireland": "Northern Ireland",
    "Africa": "Africa", "North America": "North America", "South America": "South America",
    "Central America": "Central America", "Caribbean": "Caribbean", "East Africa": "East Africa",
    "West Africa": "West Africa", "Southern Africa": "Southern Africa",
    # Regions news copy names as markets: Europe is, for a figure, the EU's market.
    "Europe": "European Union", "Middle East": "Middle East", "Central Asia": "Central Asia",
    "Southeast Asia": "Southeast Asia", "Latin America": "Latin America",
    "Southeast Asian": "Southeast Asia", "Latin American": "Latin America",
    "Middle Eastern": "Middle East", "Central Asian": "Central Asia",
}  # fmt: skip
# Capitalised words that open sentences or name times, never a figure's subject.
_NOT_SUBJECT_WORDS = """
    a an the this that these those there here it its they their we our he she his her i you
    in on at by for from with of to as and but or so yet if when while since after before
    now then today yesterday last next this about over under more less nearly almost around
    some many most few all each every one two three four five six seven eight nine ten
    according meanwhile however also still even only just both per my your i'm i’m
    not no nor yes everybody everyone somebody someone nobody anyone anybody
    within across among amid during despite without beyond inside outside through throughout
    toward towards via upon against between behind below above under into
    because although though unless whether once until whereas
    decades years months weeks days hours minutes centuries
    hundreds thousands millions billions dozens
    estimates figures numbers tallies counts totals
    chief founder cofounder co-founder spokesperson spokesman spokeswoman
    first second third finally firstly lastly very full early important take consider compare
    i'll i’ll i've i’ve i'd i’d we'll we’ll we're we’re we've we’ve we'd we’d
    they're they’re they've they’ve they'll they’ll you're you’re it's it’s that's that’s
    there's there’s here's here’s let's let’s
    ceo cto cfo chairman president minister mr ms mrs dr why how what who where which
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    prosecutors analysts officials researchers experts critics regulators authorities police
    investigators economists scientists lawmakers executives observers residents industry others"""
NOT_SUBJECTS = frozenset(_NOT_SUBJECT_WORDS.split())
# Words that make a territory's name another place's: "Inner Mongolia" is in China.
_OTHER_PLACE_WORDS = ("Inner", "Outer", "New", "Upper", "Lower", "Northern", "Southern")
# Territory codes that are not places a figure is about ("world", "unknown region"...).
_SKIP_CODES = frozenset({"001", "ZZ", "QO", "EZ", "UN"})
# A run of capitalised words ("Lantau Group", "BYD", "Hong Kong"), joined by spaces.
_INNER_CAPITAL = re.compile(r"^\w+[A-Z]")
# A capitalised word after a lower-case word or comma: inside a sentence, so a name.
_WORD_IN_SENTENCE = re.compile(r"(?<=[a-z,] )[A-Z][\w&-]*")
_POSSESSIVE = re.compile(r"[’']s$")
# ("Frost & Sullivan", "Johnson & Johnson": one name)
_CAPITALS = r"[A-Z][\w&.’'-]*(?:\s+(?:&\s+)?[A-Z][\w&.’'-]*)*"
# A run of capitalised words, with an institution's "of" / "for" part ("Bank of England",
# "Ministry of Industry and Information Technology", "Department for Transport").
# Words that end an institution's name: "the Nursing and Midwifery Council" is one name.
_NAME_ENDS = (
    r"(?:Council|Commission|Agency|Board|Authority|Institute|Association|Union|Society"
    r"|Foundation|Trust|Services?|Department|Ministry|Bank|Fund|Corporation|Company|Group"
    r"|Centre|Center|Organi[sz]ation|Federation|Alliance|Administration|Bureau|Office"
    r"|Committee|Chamber|League)"
)
_NAME = re.compile(
    # a university with its campus: "the University of Nevada, Las Vegas"
    rf"\bUniversity\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s+{_CAPITALS}(?=[,.;)]|\s+[a-z]|$)"
    rf"|\b{_CAPITALS}(?:\s+and\s+(?=(?:[A-Z][\w&.’'-]*\s+){{0,3}}{_NAME_ENDS}\b){_CAPITALS})?"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_CAPITALS}(?:\s+and\s+{_CAPITALS})?)?"
)


@lru_cache(maxsize=1 << 12)  # an article's texts are read by mentions, then by aliases
def _name_matches(text: str) -> tuple[re.Match[str], ...]:
    """The :data:`_NAME` matches of ``text``: one scan for :func:`mentions` and :func:`aliases`."""
    return tuple(_NAME.finditer(text))


# A wire story's dateline: where it was filed, and by whom ("LONDON, Nov 11 (Reuters) —").
_DATELINE = re.compile(
    r"""[A-Z]{2}[A-Z .’'-]*  # the city, in capitals
    (?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=,\s*[A-Z][a-z]{2,8}\.?\s+\d))?  # ", China"
    (?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?  # the date: ", Nov 11"
    \s*(?P<agency>\([^)]{1,40}\))?  # the agency: "(Reuters)"
    \s+[—–-]{1,2}\s+""",
    re.VERBOSE,
)
# A figure next: "… 13,600", "… more than $5 billion".
_FIGURE_NEXT = (
    r"(?:(?:about|around|roughly|nearly|almost|over|more\s+than|some|just|only|a\s+record)\s+)?"
    r"[$€£¥\d]"
)
# A label in capitals opening a sentence: "WHAT WE FOUND: Of the 100 longest tokens, …".
# (or a brief's heading in capitals run into its text: "HE JIANKUI'S NEXT ACT. The scientist …";
# or a bullet's label of a few plain words: "Short video: Kuaishou … reported", "Network size:
# some 12,500 swap points")
_LABEL = re.compile(
    r"[A-Z][A-Z’' -]{2,40}:\s+|[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+)+\.\s+(?=[A-Z])"
    rf"|[A-Z][a-z]+(?:\s+[a-z][\w-]*){{1,3}}:\s+(?=[A-Z]|{_FIGURE_NEXT})"
    # a headline's kind of piece: "Review: 'The Chinese Computer' and …", "Analysis: Why …"
    r"|(?:Review|Analysis|Opinion|Explainer|Exclusive|Update|Comment|Commentary|Interview"
    r"|Editorial|Briefing|Brief|Factbox|Feature|Insight|Preview|Profile|Essay|Column"
    r"|Perspective|Correction|Podcast|Newsletter):\s+"
    # an interview's question or answer: "A: Videos of up to two minutes"
    r"|[QA]:\s+"
)
# A figure's own unit written in capitals: "280 EFLOPS", "7.4 GW".
_AFTER_NUMBER = re.compile(r"\d(?:\s?|\s+(?:hundred|thousand|million|billion|trillion)\s+)$")
# One name in the plural: products, counted ("GoStations", "Teslas"), not a name's acronym.
_PRODUCTS = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)*[a-z]s")
_PLURAL_NEXT = re.compile(r"\s+[a-z]+s\b")
# Up to two words after a name, the last in the plural: "GoStation swap stations".
_COUNTED_NEXT = re.compile(r"(?:\s+[a-z][\w-]*)?\s+([a-z]+)s\b")


def _brand_of_counted(name: str, sentence: str, end: int) -> bool:
    """Whether ``name`` is the brand of the things its next words count, its last part their
    noun ("12,500 — GoStation swap stations"; not "Tesla cars")."""
    counted = _COUNTED_NEXT.match(sentence, end)
    return (
        counted is not None
        and " " not in name
        and len(counted.group(1)) >= 4
        and name.casefold().endswith(counted.group(1))
        and name.casefold() != counted.group(1)
    )


# After a figure's unit in capitals, what follows a noun phrase ("61,000 BTC from her"; not
# "3 BYD plants": a name modifying the noun counted).
_UNIT_NEXT = re.compile(
    r"\s*(?:[.,;:)]|$)|\s+(?:from|in|of|to|at|on|and|or|worth|for|was|were|is|are|per|each"
    # a participle: "61,000 BTC linked to her", "280 EFLOPS installed"
    r"|[a-z]+ed)\b"
)
_QUOTE_OPENS = re.compile(r"[“\"‘]\s*$")
_CODED_AMOUNT = re.compile(r"(?:[A-Z]{1,3}\$?)\d[\d.,]*(?:bn|mn|m|k|tn|b)?[\W]*")
# Verbs whose subject is someone who acts (a city budgets, a company ships), so a capitalised
# word opening the sentence right before one (an "-ly" adverb may come between) is a name.
# State verbs ("is", "has", "rose") are left out: "Sales rose 5%" has no named subject.
ACTOR_VERBS = """
    announced budgeted invested spent said says plans planned pledged reported raised sold
    shipped built hired launched unveiled aims expects approved allocated ordered bought
    acquired produced delivered employs operates issued earmarked awarded"""
_ACTOR_VERB = re.compile(
    r"""\s+(?:[a-z]+ly\s+)?  # an optional adverb: "recently", "quietly"
    (?:{})\b""".format("|".join(ACTOR_VERBS.split())),
    re.VERBOSE,
)
# A name with an apposition after it: "Autel, a smaller rival, holds…", "Kuaishou, maker of
# the Kling video model, reported…" (it closes: "Instead,
# the government will …" has none).
_APPOSITION = re.compile(
    r",\s+(?:a|an|another|the|its|one of|[A-Z][\w-]*['’]s|(?:already\s+)?home\s+to"
    r"|(?:maker|owner|parent|operator|developer|creator|publisher|founder|backer)\s+of)"
    r"\s[^,.;:]{1,60}[,—–(]"
)
# A capital named as its government ("Beijing has set up the fund", "Beijing's stated aim";
# "in Beijing" is where, not a name): a figure of its country too (see match.whom_of).
GOVERNS = {
    "beijing": "china", "washington": "united states", "moscow": "russia",
    "brussels": "european union", "tokyo": "japan", "seoul": "south korea",
    "new delhi": "india", "pyongyang": "north korea", "tehran": "iran", "kyiv": "ukraine",
}  # fmt: skip
_OPENS_WHERE = re.compile(r"(?:In|At|From|Across|Around|Near|Outside)\s")
OPENING_PUNCTUATION = " “\"'‘("
# A short phrase before a sentence's subject: "In mid-2024 Gogoro said it had…", "Last
# month, the ministry said its…".
_FRONTED = re.compile(
    r"(?:(?:In|On|At|By|Since|As\s+of|Last|This|Earlier|Later|Back\s+in)\b[^,;]{0,30}?,?"
    r"|[^,;]{1,60},)\s+"
    # what the name is: "Houston-based remittance app RemesaYa said …", "Budget carrier X …"
    r"|(?:[A-Z][\w-]*-(?:based|headquartered|listed|owned|backed)\s+|[A-Z][a-z]+\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}(?:app|startup|company|firm|group|bank|lender|carrier|airline"
    r"|insurer|miner|retailer|operator|developer|platform|maker|rival|brand|chain|utility)\s+"
)


@cache
def territory_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern over every territory surface and its surface → canonical name table."""
    names: dict[str, str] = {}
    for code, name in Locale("en").territories.items():
        if code not in _SKIP_CODES and not code.isdigit():
            names[name] = name
            names.setdefault(_news_name(name), _news_name(name))
    names.update(TERRITORY_ALIASES)
    for language, territory in _national_languages().items():
        names.setdefault(language, territory)
    for demonym, territory in _peoples().items():
        names.setdefault(demonym, territory)
    # Its people: "Americans", "Belarusians", "Koreans", "Icelanders".
    for demonym, territory in list(names.items()):
        if demonym.endswith(("an", "i")) and " " not in demonym and demonym != territory:
            names.setdefault(demonym + "s", territory)
        elif demonym.endswith("land") and " " not in demonym:
            names.setdefault(demonym + "ers", territory)
    # Longest first, grouped by first character (the order kept within each group): only one
    # group can match at a position, so the engine tries that group's surfaces, not every one.
    by_first: dict[str, list[str]] = {}
    for surface in sorted(names, key=len, reverse=True):
        by_first.setdefault(surface[0], []).append(re.escape(surface[1:]))
    alternation = "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in by_first.items())
    # The lookahead rejects most positions at once: every surface starts with a capital.
    # "Inner Mongolia", "New Mexico": another place, named after the territory.
    other = "".join(rf"(?<!{word} )" for word in _OTHER_PLACE_WORDS)
    # "US$2.3 billion", "14 US cents", "450,000 Swiss francs": a currency, not the place.
    money = {name.split()[-1] for name in tables()[1]} | {"cent", "cents"}
    currency = rf"(?!\s+(?:{trie_pattern(money)})\b)"
    return re.compile(rf"(?=[A-Z])(?<![\w.]){other}(?:{alternation})(?![\w$]){currency}"), names


def _news_name(name: str) -> str:
    """A CLDR territory name as news copy writes it: "Hong Kong SAR China" is "Hong Kong"."""
    return name.split(" SAR ")[0]


def _peoples() -> dict[str, str]:
    """Each country's people's adjective, from countryinfo ("Italian", "Swiss", "Nigerian"),
    with its country's name; one several countries share is the most populous one's
    ("Dominican": the Dominican Republic, not Dominica)."""
    english = Locale("en").territories
    found: dict[str, tuple[int, str]] = {}
    for info in CountryInfo.all().values():
        demonym, code = info.get("demonym"), info.get("ISO", {}).get("alpha2", "")
        if demonym and code in english and code not in _SKIP_CODES:
            population = info.get("population") or 0
            if population > found.get(demonym, (-1, ""))[0]:
                found[demonym] = (population, _news_name(english[code]))
    return {demonym: name for demonym, (_, name) in found.items()}


def _national_languages() -> dict[str, str]:
    """Languages official in one territory only, by English name, with that territory: news
    copy writes its people's adjective the same way ("a Belarusian banker")."""
    english = Locale("en")
    found: dict[str, set[str]] = defaultdict(set)
    for code in map(str, english.territories):
        if len(code) == 2 and code not in _SKIP_CODES:
            for language in get_official_languages(code, de_facto=True):
                found[language].add(code)
    return {
        name: _news_name(english.territories[code])
        for language, (code, *others) in found.items()
        if not others
        and (name := english.languages.get(language, ""))
        and name not in _NOT_NATIONAL
    }


# Languages official in one territory whose name says another place: Catalonia, Canton.
_NOT_NATIONAL = frozenset({"Catalan", "Cantonese"})


@cache
def languages() -> frozenset[str]:
    """Languages' English names (CLDR via babel): "English" is no one's name; a demonym that
    names a country ("Chinese") is read as its territory first."""
    return frozenset(Locale("en").languages.values())


@lru_cache(maxsize=1 << 17)
def _names_in(sentence: str) -> frozenset[str]:
    return frozenset(m.group() for m in _WORD_IN_SENTENCE.finditer(sentence))


# A title's possessive is a name whatever the title's case: "Wuhan's smart-road bet".
_TITLE_POSSESSIVE = re.compile(r"\b[A-Z][\w&-]*(?=[’']s\b)")


@lru_cache(maxsize=1 << 16)
def _names_of_title(title: str) -> frozenset[str]:
    return frozenset(_TITLE_POSSESSIVE.findall(title))


# A lower-case word inside a sentence: a word of the language, not a name.
_LOWER_IN_SENTENCE = re.compile(r"(?<=[a-z,] )[a-z][a-z-]*")


def known_names(sentences: Iterable[str], titles: Iterable[str] = ()) -> frozenset[str]:
    """Capitalised words seen other than at a sentence's start: names, not opening words
    (unless the corpus writes the word in lower case more often: "Coal" of "Murray Coal"
    names nothing in "Coal generated 61%", nor "Nurses" of "the Union of Nurses" in "Nurses
    at the hospital worked 56 hours"); and the possessives of ``titles``."""
    unique = set(sentences)
    written: Counter[str] = Counter()
    for sentence in unique:
        written.update(_names_in(sentence))
    folded = {name.lower() for name in written}
    # One scan of all the text: a call per sentence would cost twice as much.
    lowered = Counter(
        word for word in _LOWER_IN_SENTENCE.findall("\n".join(unique)) if word in folded
    )
    names = frozenset(name for name, n in written.items() if lowered[name.lower()] <= n)
    return names.union(*map(_names_of_title, set(titles)))


@dataclass(frozen=True, slots=True)
class SubjectRule:
    """The subject rules' answer for one figure, before the counted noun and the corpus's
    names are known: a ``territory`` before the figure, else the first of ``names`` (nearest
    first) that is not part of the noun, else the name opening the sentence: ``if_known`` if
    ``opening`` is a known name of the corpus, else ``plain`` — with the territory ``after``
    the figure if there is one ("Gogoro (India)"); else that territory."""

    territory: str = ""
    after: str = ""
    names: tuple[str, ...] = ()
    opening: str = ""
    plain: str = ""
    if_known: str = ""

    def resolve(self, noun: str, known: bool) -> str:
        """The subject for a figure counting ``noun`` (case-folded)."""
        if self.territory:
            return self.territory
        for name in self.names:
            if name.casefold() not in noun:
                return self._named(name)
        name = self.if_known if self.opening and known else self.plain
        return self._named(name) if name and name.casefold() not in noun else self.after

    def _named(self, name: str) -> str:
        # "Gogoro opened 1,200 stations in India": Gogoro's figure for India, not Gogoro's.
        return f"{name} ({self.after})" if self.after else name


def subject(
    sentence: str, start: int, end: int, noun: str = "", names: frozenset[str] = frozenset()
) -> str:
    """The subject of the figure at ``sentence[start:end]``, or "" if none is clear;
    ``names`` are the corpus's :func:`known_names`."""
    rule = subject_rule(sentence, start, end)
    return rule.resolve(noun.casefold(), rule.opening in names)


@lru_cache(maxsize=1 << 17)
def territories_in(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """Where ``sentence`` names a territory: (start, end, canonical name), in order."""
    pattern, territories = territory_names()
    return tuple((m.start(), m.end(), territories[m.group()]) for m in pattern.finditer(sentence))


@lru_cache(maxsize=1 << 17)
def territories_placed(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """:func:`territories_in` but those in the name of the outlet ``sentence`` cites or of its
    dateline's agency: "according to the South China Morning Post", "WUHAN, Dec 10 (China
    Tech Dispatch) -" say who reports, not where the figure is."""
    found = territories_in(sentence)
    if not found:
        return found
    outlet = named_outlet(sentence)
    spans = [m.span() for m in re.finditer(re.escape(outlet), sentence)] if outlet else []
    dateline = _DATELINE.match(sentence)
    if dateline and dateline.group("agency"):
        spans.append(dateline.span("agency"))
    return tuple(t for t in found if not any(lo <= t[0] < hi for lo, hi in spans))


def named_by_name(sentence: str) -> frozenset[str]:
    """The territories ``sentence`` names by name, case-folded, not by an adjective alone
    ("some Icelandic and Scandinavian people" names a people, not where a thing is)."""
    return frozenset(
        name.casefold()
        for begin, end, name in territories_in(sentence)
        if not _ADJECTIVE.fullmatch(sentence, begin, end)
    )


@lru_cache(maxsize=1 << 17)
def subject_rule(sentence: str, start: int, end: int) -> SubjectRule:
    """The subject rules for the figure at ``sentence[start:end]``."""
    before: str | None = None
    after: str | None = None
    for at, until, name in territories_placed(sentence):
        if _COMPARED.search(sentence, max(0, at - 24), at):
            continue  # "South Korea, which has pushed harder than China, had 34,000"
        if until <= start:
            before = name
        elif at >= end and after is None and not _OTHER_CLAUSE.search(sentence, end, at):
            after = name
    if before:
        return SubjectRule(territory=before)
    return _name_before(sentence, sentence[:start], after or "")


def _name_before(sentence: str, text: str, after: str) -> SubjectRule:
    # A dateline's city and agency ("WUHAN, Dec 10 (Reuters) -") name no subject.
    dateline = _DATELINE.match(text)
    begins = dateline.end() if dateline else 0
    opening_at = len(text) - len(text[begins:].lstrip(OPENING_PUNCTUATION))
    names: list[str] = []
    for match in reversed(list(_NAME.finditer(text, begins))):
        words = match.group().split()
        if match.start() != opening_at:
            name = _clean(words)
            if name:
                names.append(name)
            continue
        # The leftmost name, opening the sentence: the only one the corpus's names decide.
        if len(words) == 1 and _VERB_FORM.fullmatch(words[0]):
            break  # "Oddly, the in-app help page promises …": an adverb
        if _INNER_CAPITAL.search(words[0]) or (
            len(words) == 1 and _names_follow(sentence, match.end(), words[0])
        ):
            return SubjectRule(names=tuple(names), plain=_clean(words), after=after)
        plain, known = _clean(words[1:]), _clean(words)
        if plain == known:
            return SubjectRule(names=tuple(names), plain=plain, after=after)
        return SubjectRule(
            names=tuple(names), opening=words[0], plain=plain, if_known=known, after=after
        )
    return SubjectRule(names=tuple(names), after=after)


# A subject set against another's by an aside after it: "Hangzhou, by comparison, is planning
# 20,000 such spaces", "Kymco, for its part, runs 3,000", "Zambézia, further south, has …".
CONTRASTED = re.compile(
    r",\s+(?:(?:by|in)\s+(?:comparison|contrast)|for\s+(?:its|their|his|her)\s+part"
    # ("Zambézia, further south, has recorded 5,400 cases of its own")
    r"|(?:further|farther|just|also)\s+(?:north|south|east|west|inland|upriver|downriver)"
    r"|next\s+door|across\s+the\s+border),"
)


def _names_follow(sentence: str, at: int, word: str) -> bool:
    """Whether what follows ``sentence[:at]`` (ending with ``word``) says it ends with a name:
    an actor verb ("Wuhan recently budgeted"), an apposition ("Autel, a smaller rival,") or,
    after a word that may name someone, an aside setting it against another
    (:data:`CONTRASTED`)."""
    return bool(
        _ACTOR_VERB.match(sentence, at)
        or _APPOSITION.match(sentence, at)
        or (CONTRASTED.match(sentence, at) and word.casefold() not in NOT_SUBJECTS)
    )


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word).rstrip(".’'")


# Pronouns that are also surnames: before a given name ("He Jiankui", "He Xiaopeng"), or
# given another name in brackets ("made He (or JK) famous"), a name.
_SURNAMES = frozenset({"He"})


def _clean(words: list[str]) -> str:
    """The name ``words`` make without leading function words, or "" if it is no subject."""
    words = list(words)
    while words and words[0].casefold().strip(".’'") in NOT_SUBJECTS:
        if words[0] in _SURNAMES and len(words) > 1:
            break  # "He Jiankui"
        words.pop(0)
    name = _bare(" ".join(words))
    if (
        name
        and name.casefold() not in NOT_SUBJECTS
        and not _currency(name)  # "RMB", "Yuan" are units, not subjects
    ):
        return name
    return ""


@lru_cache(maxsize=1 << 16)
def _currency(name: str) -> bool:
    # A currency's name ("RMB", "Yuan"), not a word that is only its ISO code: "NIO" the
    # carmaker (the córdoba's code); a code beside its amount is read as a unit before this.
    iso = to_iso(name)
    return iso is not None and iso != name.upper()


# Capitalised words that are no one's name: acronyms of things, not of companies or people.
NOT_NAMES = frozenset(
    {"ev", "evs", "ai", "gdp", "ipo", "app", "5g", "4g", "ceo", "rival", "rivals", "dna", "rna",
     "ivf", "hiv", "covid", "hd", "full hd", "uhd", "hdr", "4k", "8k",
     # a fact check's verdicts: "FALSE.", "Mostly false"
     "false", "true", "misleading", "unproven", "mostly false", "mostly true", "half true",
     "wrong", "correct", "accurate", "inaccurate", "exaggerated", "verdict", "claim", "rating"}
)  # fmt: skip
# Words naming the subject of an earlier sentence: a company ("the company", "the firm",
# "the short-video platform", "it", "she"), a city ("the central Chinese city": cities are
# read as names, there being no offline gazetteer) or a place ("the island", "the country").
# (One word boundary for all, where a word starts: under IGNORECASE the engine tries the
# alternatives at far fewer places, 14 -> 5 us a sentence.)
_REFERS_TO_ORG = re.compile(
    r"""\b(?=\w)(?:(?:the|this|its|that)\s+(?:[\w-]+\s+){0,2}?
        (?:company|firm|group|startup|maker|platform|app|giant|carmaker|automaker|operator
          |brand|chipmaker|manufacturer|business|businesswoman|businessman
          # (institutions and companies of other trades, as news of them calls them)
          |utility|airline|carrier|lender|insurer|retailer|developer|miner|producer
          |supplier|exporter|chain|conglomerate|provider|broadcaster|publisher|hospital
          |port|airport|charity|bank|agency|union|team|club|university
          |city|town|municipality|metropolis|county|district|region|prefecture)\b
    | (?:it|its|she|her|he|his)\b
    | (?:this|that)\s+one(?:[’']s)?\b  # this one's worth $47.5 billion
    )""",
    re.VERBOSE | re.IGNORECASE,
)
# A place's institution as a sentence's subject: "the US government", "British police".
_GOVERNED = re.compile(
    r"\b(?:[A-Z][\w.]*\s+){1,3}(?:government|authorities|state|administration|police"
    r"|regulators?|military|army|navy|courts?|prosecutors)\b"
)


def _refers_to_org(sentence: str) -> bool:
    """Whether ``sentence`` refers to a company, city or person named before it ("the
    company", "its"), not to a place's institution it names first ("the US government, for
    example, controls roughly 200,000 bitcoins from its own seizures")."""
    found = _REFERS_TO_ORG.search(sentence)
    if found is None or _GOVERNED.search(sentence, 0, found.start()) is not None:
        return False
    # "the island wants to become a drone hub; its manufacturers hold less than 1%": the
    # place's, named just before
    return not (
        found.group().lower().startswith("its")
        and _REFERS_TO_PLACE.search(sentence, 0, found.start()) is not None
    )


# Words before where a figure happens: "properties in London", "In Europe, …".
_PLACE_PREPOSITIONS = ("in", "at", "from", "into", "near", "across", "around", "outside")
_WHERE = re.compile(rf"\b(?:{'|'.join(_PLACE_PREPOSITIONS)})\s+(?:the\s+)?$")
# A part of a place named after it is where too: "bicycles on the streets of Beijing".
_WHERE_OF = re.compile(
    rf"\b(?:{'|'.join(_PLACE_PREPOSITIONS)}|on|through|throughout|along)\s+the\s+(?:[a-z]+\s+)?"
    r"(?:streets|roads|skies|outskirts|suburbs|centre|center|heart|rest|north|south|east|west"
    r"|coast|city|cities)\s+of\s+$"
)
# What a disaster struck is where it happened: "the earthquake that struck Hualien".
_STRUCK = re.compile(
    r"\b(?:earthquake|quake|tremor|typhoon|hurricane|cyclone|storm|floods?|tsunami|wildfire"
    r"|landslide)s?\s+(?:(?:that\s+|which\s+)?(?:struck|hit|rocked|jolted|shook|battered"
    r"|lashed|swept|devastated|ravaged)\s+(?:(?:off|near|along)\s+)?"
    r"|off\s+|near\s+|along\s+)(?:the\s+)?"  # "the 7.4-magnitude earthquake off Hualien"
    # "the quake struck off the eastern county of Hualien"
    r"(?:(?:[a-z]+\s+)?(?:coast|county|province|prefecture|district|region|island)\s+of\s+)?$"
)
# A name's first word that makes it a place or an example ("In Europe", "Like OpenAI's Sora").
_ASIDE_OPENERS = frozenset((*_PLACE_PREPOSITIONS, "like", "unlike"))
# Where something was posted, not whom it is about: "a post shared widely on Weibo and X".
_POSTED_ON = re.compile(
    r"\b(?:posted|shared|circulated|circulating|viral|trending|spread|widely)\s+(?:[a-z]+\s+)?"
    r"on\s+$"
)
# A thing's former name, not whom a figure is about: "the platform formerly known as
# Twitter" (its name now, "now called X", is).
_RENAMED = re.compile(r"\b(?:formerly|previously)\s+(?:(?:known\s+as|called|named)\s+)?$")
# Another party named by its tie to the subject: "data shared with its grid partner Enel X"
# (a rival is named as a subject: "Its rival Kymco runs 1,500").
_PARTNER = re.compile(
    r"\b(?:its|their|the\s+(?:company|firm)[’']s)\s+(?:[\w-]+\s+){0,2}?(?:partner|supplier"
    r"|customer|client|investor|backer|lender|adviser|advisor)s?\s+$"
)
# Words before a name something is set beside, not whom a figure is about: "released a week
# after Kling", "bigger than Gogoro", "second only to DJI".
_SET_BESIDE = re.compile(
    r"\b(?:than|after|before|behind|ahead\s+of|second\s+only\s+to|unlike|versus|vs\.?"
    # "the spec sheet read like a challenge to OpenAI: clips of up to two minutes"
    r"|compared\s+(?:with|to)|(?:challenge|rival|answer|threat|alternative|response)s?\s+to"
    # "should be used for compensation rather than kept by the Treasury"
    r"|rather\s+than\s+(?:[a-z]+\s+)?(?:by|to|with|for)|instead\s+of\s+(?:[a-z]+\s+)?(?:by|to))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Words before examples, which are not whom a figure is about: "cities like Beijing and
# Shanghai", "nine carmakers, including BYD".
_EXAMPLES = re.compile(
    r"\b(?:like|such\s+as|including|among\s+(?:them|which|whom|those))\s+(?:the\s+|an?\s+)?$"
)
# An example or a name set beside given its own figure: "rivals such as Autel Robotics, which
# holds around 7%", "compared with PlusToken, another Chinese crypto scheme, which drew some 2
# million investors".
_WHICH_HOLDS = re.compile(
    r"(?:,[^,;.\d]{1,60})?,\s+which\s+(?:now\s+|still\s+)?(?:has|had|holds|held|runs|ran|owns"
    r"|owned|controls|controlled|sells|sold|makes|made|accounts\s+for|accounted\s+for|drew"
    r"|draws|attracted|attracts|lured|raised|raises)\b"
)
# A territory naming an unnamed city's country, not where a figure happens: "the central
# Chinese city", "the Taiwanese capital" (but "the Chinese city of Wuhan" is in China).
_CITY_OF = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:city|capital|town|port|province|metropolis)\b(?!\s+of\s+[A-Z])"
)
# After a name, a city it describes: "the Hubei capital", "the Guangdong port city".
_NAMES_A_CITY = re.compile(r"(?:\s+[a-z]+)?\s+(?:city|capital|town|port|metropolis)\b(?!\s+of\b)")
# Who says a figure, not whom it is about: "according to Bloomberg", "told Reuters", and a
# name inside the sentence before a reporting verb ("…, analysts at Jefferies said").
_SOURCE_BEFORE = re.compile(
    # past a trade or two: "per market researcher Skyquest", "citing research firm AeroData"
    r"\b(?:according\s+to|citing|per)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$"
    r"|\b(?:told|(?:reported|seen|obtained|reviewed|compiled|published"
    r"|released|issued|prepared|commissioned)\s+by|attributed\s+to|said|says"
    # whom a source answers or hands its figures: "when contacted by Asia Pacific Newswire",
    # "data submitted to the Taiwan Power Company"
    r"|(?:contacted|asked|approached)\s+by|(?:described|submitted|provided|sent|supplied)\s+to"
    r"|(?:talked|spoke|speaking)\s+(?:to|with)|interviewed"
    r"|estimates|estimated|notes"
    # "by the estimate of Austin Wang", "in the count of the ministry"
    r"|(?:by|in)\s+the\s+(?:[\w-]+\s+)?(?:estimate|count|reckoning|tally|calculation)s?\s+of"
    r"|noted|argues|argued|adds|added|writes|wrote|explains|explained)\s+(?:the\s+)?$"
)
# After a name a reporting verb comes before, the verb of the clause it reports: "the company
# says Kling has attracted" is about Kling.
_CLAUSE_SUBJECT = re.compile(
    r"\s+(?:now\s+|still\s+|already\s+)?(?:has|have|had|is|are|was|were|will|would)\s"
    r"(?!(?:said|told|reported|estimated|noted|written)\b)"
)
_SOURCE_AFTER = re.compile(
    # past an apposition without a figure ("AeroData, a research house, said"; one with a
    # figure is the name's own: "Kuaishou, which reported 600 million users, said"), or
    # itself one before a verb of counting ("Another market researcher, Skyline Analytics, put
    # …"; a verb of saying may come before its speaker: "now called X, estimates Austin Wang")
    r"(?:\s*,[^.;\d]{1,120}?,|,(?=\s+(?:(?:has|have|had)\s+)?(?:said|says|added|noted|wrote|told"
    r"|claimed|argued)\b)"
    r"|,(?=\s+(?:put|puts|pegged|lists|listed|sizes|sized|values|valued|reckons|reckoned"
    r"|counted|tallied|calculated|uses|used|gave|gives|found|finds|showed|shows)\b))?"
    # "Drone Industry Insights … is more conservative and puts its share nearer 74%"
    r"(?:\s+(?:is|was|are|were)\s+(?:[\w-]+\s+){1,3}?and)?"
    # one of its people speaking: "A Taiwan Power official gave a lower figure"
    r"(?:\s+(?:officials?|spokes(?:person|man|woman)|executives?|representatives?|sources?"
    r"|insiders?))?"
    # when: "a briefing paper circulated by the Commerce Department this year put …"
    r"(?:\s+(?:this|last|earlier\s+this|late\s+last)\s+(?:year|month|week|spring|summer|autumn"
    r"|fall|winter))?"
    r"\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+)?(?:since\s+|now\s+|also\s+|already\s+)?"
    r"(?:said|says|reported|reports|told|estimates|estimated|argues|argued|notes|noted"
    r"|reckons|reckoned"
    r"|adds|added|explains|explained|claims|claimed|insists|insisted|predicts|predicted|wrote"
    r"|tallied|counted|calculated|found|finds|showed|shows|sized|sizes|disputes|disputed|contests"
    r"|lists|listed"  # "the standard Kangxi dictionary lists about 47,000"
    # "The data firm QuestMobile, however, counts only around 480 million" (not "It counts
    # more than 650,000 riders": its own)
    r"|counts(?=\s+(?:only|just)\b)"
    r"|contested|questions|questioned|rejects|rejected|denies|denied"
    # "A draft plan circulated by the National Data Administration implies slower growth"
    r"|implies|implied|suggests|suggested|indicates|indicated"
    # "research firm SkyMetrics forecasts it will reach $7bn" (not "Tesla expects to deliver")
    r"|(?:forecasts|forecast|projects|projected|expects|expected)(?!\s+to\b)"
    # "AeroData pegged the 2024 US market at $4.1 billion": a figure given, not had.
    r"|(?:put|puts|pegged|pegs|placed|places|values|valued)"
    # ("H2Data put the mid-2024 fleet closer to 25,000")
    r"(?=\s+(?:[\w’'-]+,?\s+){1,12}?(?:at|closer\s+to|nearer)\b)"
    # "The ministry gave a figure of 230 exaflops", "… has offered a more modest figure",
    # "… has published a rack figure for the same period"
    r"|(?:gave|given|gives|had|has|cited|cites|offered|offers|uses|used|published|publishes|released"
    r"|releases|issued|issues|provided|provides|produced|produces)"
    r"(?=\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:figure|estimate|number|count|tally"
    r"|total)\b))\b"
)
# A count or report of someone's: "a tally by Huaxin Research", "a count published by the
# ministry", "Taipower's own post-incident report", "MIIT's annual bulletin".
_REPORT = (
    r"(?:(?:tally|count|re-?count|re-?analysis|report|review|survey|study|analysis|estimate"
    r"|pass|look|re-?check|scan"
    r"|census|poll|audit|bulletin|filing|figure|statistic|assessment|list|register|registry"
    r"|summary|summaries|document|presentation|memo|briefing"
    r"|database|dataset|log)s?"
    r"|records)"  # (not "record": "BYD's record quarter")
)
# ("figures published last month by MIT Technology Review", "data compiled by the society")
_REPORT_BY = re.compile(
    rf"\b(?:{_REPORT})\s+(?:[\w-]+\s+){{0,3}}?(?:by|from)\s+(?:the\s+|an?\s+)?"
    # "a recount by a group of Tsinghua University students"
    r"(?:(?:group|team|pair|panel)\s+(?:of|at|from)\s+)?"
    # "a tally by consultancy Shanghai Hydrogen Insight", "a survey by research house EV Tank"
    r"(?:[a-z][\w-]*\s+){0,2}$"
)
# Who acted on a figure's subject in the law's name: "61,000 bitcoins, confiscated by the
# Metropolitan Police", "was fined by the regulator" (the figure is the subject's).
_ENFORCED_BY = re.compile(
    r"\b(?:seized|confiscated|impounded|frozen|arrested|detained|fined|charged|prosecuted|jailed"
    r"|convicted|sentenced|raided)\s+(?:[\w-]+\s+){0,2}?by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)
# "California Energy Commission data show …", "Dataforce's registration data put …": the
# name whose data say a figure.
_DATA_SHOW = re.compile(
    r"(?:[’']s)?\s+(?:[\w-]+\s+)?(?:data|figures|statistics|numbers|records|register|filings"
    r"|dictionary|dictionaries|registry|database|catalogue|catalog|census|documents?"
    r"|posts?|threads?)"  # "A widely shared Weibo post claimed the figure was 60"
    r"\s+(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated|put|puts"
    r"|list|lists|listed|claim|claims|claimed|said|says|refers?|referred|mentions?|mentioned)\b"
)
_REPORT_OF = re.compile(rf"(?:(?<=[’']s)|[’']s)\s+(?:[\w-]+\s+){{0,2}}?(?:{_REPORT})\b")
# "a Frost & Sullivan report released in 2024 put its share at 80 per cent", "a Reuters tally
# found": the name whose report it is.
_REPORT_AFTER = re.compile(rf"\s+(?:{_REPORT}|notes?|papers?)\b")
# A sentence opening on who says it is about them when they speak of themselves or state
# their own results: "Gogoro said it had 12,500 stations", "Kuaishou reported 714 million
# users", "Jiumei told the publication last year that she earns".
_OWN = re.compile(
    # ("Hellobike told me it runs about 5,000": whom it told aside)
    r"(?:\s+(?:me|us|him|her|them|reporters|journalists|investors|analysts))?"
    # ("Kansai Hoshino said on Wednesday it would cut about 2,000 jobs": when it said it)
    r"(?:\s+(?:on\s+[A-Z]\w+|in\s+an?\s+(?:statement|filing|release|report)|last\s+\w+"
    r"|this\s+\w+|yesterday|today|earlier))?"
    r"\s*,?\s*(?:that\s+)?"
    r"(?:it|its|they|their|we|our|she|her|he|his|the\s+(?:company|firm|group))\b"
    # "The alliance says its own survey put the US market at …": a count of something else
    # ("… its bottom-up count of 2024 sales"; not "its network counts more than 13,600")
    rf"(?!\s+(?:own\s+)?(?:[\w-]+\s+)?{_REPORT}\b(?!\s+{_FIGURE_NEXT}))"
    r"|\s+(?:[\w’'-]+\s+){1,5}?that\s+(?:it|its|they|their|we|our|she|her|he|his"
    r"|the\s+(?:company|firm|group))\b"
    rf"|\s+{_FIGURE_NEXT}"
)
# A name an outlet's kind follows: "When Personage magazine profiled her", "a report on Hubei
# provincial television".
_OUTLET_AFTER = re.compile(
    rf"\s+(?:(?:state|provincial|local|national|public|trade|industry|literary|business"
    rf"|financial|economic|tech|technology|online|evening|morning)\s+)?"
    # "writing in a Beijing literary weekly", "a Shanghai business daily", "a Taipei tech blog"
    rf"(?:{OUTLET_NOUN}|television|TV|radio|weekly|daily|paper|blog)\b"
)
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
# A people by where they are from: "some Icelanders and Scandinavians", "Koreans".
_PEOPLES = re.compile(r"[A-Z][a-z]+(?:ians|icans|eans|landers)")
_OF_A_KIND = re.compile(
    r"-(?:based|made|built|owned|backed|led|run|linked|style|like|born|language|speaking|brand"
    r"|heritage|[a-z]+(?:ed|ive|ic|al|ous|ful))$"  # "Alzheimer's-protective", "China-centric"
)
# A name that names a thing after it: "Alzheimer's disease", "Duchenne muscular dystrophy".
_NAMED_THING = re.compile(
    r"(?:[’']s)?\s+(?:[a-z]+\s+)?(?:disease|syndrome|dystrophy|virus|fever|law|effect|index)\b"
)
# A city or region naming where an unnamed institution is: "a Beijing consultancy", "a
# Shenzhen court", "a Taipei polling firm" are about the consultancy, court or firm.
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
# An institution a place names before its own name: "Washington consultancy AeroMetrics" (not
# "Kuaishou executive Li Wei": the company's own people).
_NAMED_INSTITUTION = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:consultancy|agency|think\s+tank|brokerage|tracker|newspaper"
    r"|research\s+(?:firm|house|group)|data\s+(?:firm|provider))\b"
)
# ("an independent Beijing developer": past an adjective)
_OF_A_PLACE = re.compile(
    r"\b(?:a|an|one|of|the|some|several|many|other)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE
)


def _of_a_place(sentence: str, at: int) -> bool:
    """Whether the name at ``at`` follows an article, or one and an adjective
    (:data:`_OF_A_PLACE`): "a Hong Kong university", "an independent Beijing developer"."""
    return _OF_A_PLACE.search(sentence, max(0, at - 24), at) is not None


_ARTICLE = re.compile(r"^(?:The|An?)\s+")
_INSTITUTION = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:court|consultancy|agency|firm|university|think\s+tank|group"
    r"|newspaper|outlet|magazine|paper|broadcaster|publication|tabloid|news\s+agency"
    r"|bank|lab|laboratory|hospital|officials?|regulator|researchers?|team"
    r"|start-?ups?|analysts?|institute|company|engineers?|scientists?|developers?|economists?"
    r"|house|brokerage|broker|insurer|tracker|lawyers?|attorneys?|prosecutors?|judges?"
    r"|dealers?|traders?|reporters?|journalists?|professors?|experts?|consultants?"
    r"|executives?|association|commentators?|commentary|editorial|column|observers?|insiders?"
    r"|lexicographers?|linguists?|scholars?|academics?|historians?|critics?"
    r"|(?:web)?sites?"
    r"|blogs?|bloggers?)\b"
)
# A territory saying where a company it names is from: "The Chinese EV leader BYD",
# "Taiwanese scooter maker Gogoro".
_COMPANY_OF = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:company|firm|group|leader|giant|maker|carmaker|automaker"
    r"|startup|chipmaker|manufacturer|brand|platform|operator|businesswoman|businessman"
    r"|billionaire|tycoon|entrepreneur)\s+[A-Z]"
)
# A non-restrictive relative clause describing something, up to a territory in it: ", which
# sits inside a customs union with the EU".
_ASIDE = re.compile(r",\s+(?:which|where|whose)\s[^,;\d]*$")
_NO_FIGURE_TO_CLAUSE_END = re.compile(r"[^,;\d]*(?:[,;]|$)")
# A figure in words, which makes an aside one with a figure ("TSMC, which brought several
# hundred engineers from Taiwan to staff its new Arizona chip plant, …").
_FIGURE_WORD = re.compile(
    r"\b(?:hundreds?|thousands?|millions?|billions?|dozens?|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|half)\b",
    re.IGNORECASE,
)
# An adjective of a people or region: "Scandinavian people", "a Nordic bank", "Western rivals".
_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|ic|ern)")
_LOWER_NEXT = re.compile(r"\s+[a-z]")
# Diseases news copy names by their eponym alone ("an Alzheimer's treatment").
_DISEASES = frozenset(
    {"alzheimer", "parkinson", "huntington", "crohn", "asperger", "tourette", "hodgkin",
     "duchenne", "lyme"}
)  # fmt: skip
# The next name of a list after a place: "corridors in Hebei, Shandong and Inner Mongolia".
_TO_AFTER_FROM = re.compile(r"\s+to\s+")
_FROM_PLACE = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$")
# (a name may open on a token with a digit: "GoPro and 3D Robotics")
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:[\w-]*\d[\w-]*\s+)?")
# More of a list after a name: "Shandong, Henan and …", "Shandong and …" (not "In Guangzhou,
# Huang Xueqin, who …", "In Taiwan, Kymco, Gogoro's rival, …").
_LIST_GOES_ON = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?[A-Z][\w-]*\b(?![’']s\b)|\s+(?:and|or)\s+")
_REFERS_TO_PLACE = re.compile(r"\bthe\s+(island|country|nation|mainland)\b", re.IGNORECASE)
REGIONS = frozenset({"state", "province"})
# "there" after a noun, where something is ("Core office vacancy there was about 5.2%"), not
# the "there" that says something exists ("officials said there were 5,000").
_NOT_BEFORE_THERE = """
    and but or nor that which who why when where while if whether so as since because though
    although then now again alone still also even yet far ago today currently here out up down
    over it is are was were be been being not will would could can may might must should shall
    than of in on at to for with from by into get got go went year years month months week weeks
    day days time times said says say show shows showed shown found find finds mean means meant
    claim claims claimed realized realised know knew knows think thinks thought believe believes
    believed estimate estimates estimated expect expects expected note notes noted add adds added"""
_THERE = re.compile(rf"\b(?!(?:{'|'.join(_NOT_BEFORE_THERE.split())})\s)[a-z]+\s+(there)\b(?![’'])")
# "The state's network", "the province": a territory named before, unless the sentence
# names one ("California's partnership … in the state"), not the state as government.
_REFERS_TO_REGION = re.compile(
    r"\bthe\s+(state|province)(?:’s|'s)?(?!-)\b(?!\s+(?:council|media|government|utility|broadcaster"
    r"|grid|bank|agency|news|prosecutor|firm|company|railway|carrier|lender|insurer)s?\b)",
    re.IGNORECASE,
)
# Territories an "island" can be (the rest are "the country").
ISLANDS = frozenset(
    {"taiwan", "japan", "united kingdom", "ireland", "iceland", "singapore", "sri lanka", "cuba",
     "madagascar", "new zealand", "philippines", "indonesia", "hong kong", "macao", "jamaica",
     "cyprus", "malta", "bahrain"}
)  # fmt: skip


# An opening word that reads as a verb or an adverb ("Announced plans called for …",
# "Reportedly, …"): capitalised elsewhere in a title, not a name.
# (an adverb of a consonant's stem however short: "Oddly, the help page promises …"; not
# "Kelly", "Emily")
_VERB_FORM = re.compile(r"[A-Z][a-z]{4,}(?:ed|ing|ly)|[A-Z][a-z]*[b-df-hj-km-np-tv-z]ly")

_NO_NAMES: frozenset[str] = frozenset()


def _frozen(names: set[str]) -> frozenset[str]:
    """``names`` frozen, none as the one empty set (every claim's clue keeps its sentence's)."""
    return frozenset(names) if names else _NO_NAMES


@dataclass(frozen=True, slots=True)
class Mentions:
    """Whom a sentence names: companies, people or cities (``orgs``, case-folded; a name
    opening the sentence apart, as ``opening``, since most opening capitals are just words),
    territories (``places``, canonical and case-folded), and whether it refers back to a
    company (``the company``, ``it``) or a place (``island`` or ``country``)."""

    orgs: frozenset[str]
    opening: str  # as written: the corpus's known names are
    places: frozenset[str]
    refers_to_org: bool
    refers_to_place: str

    def names(self, known: Container[str]) -> frozenset[str]:
        """The organisations, with the opening name if it is known as a name elsewhere."""
        if self.opening and self.opening in known:
            return self.orgs | {self.opening.casefold()}
        return self.orgs


def _listed(sentence: str, until: int, start: int, end: int) -> bool:
    """Whether the name at ``sentence[start:end]`` continues a list of places that ended at
    ``until``: "in Hebei, Shandong and Inner Mongolia" (a comma alone must be followed by more
    of the list: "In Beijing, Antony Blinken visited", "In Guangzhou, Huang Xueqin, who …" are
    no list)."""
    between = sentence[until:start]
    if _TO_AFTER_FROM.fullmatch(between):  # "from Keelung to Pingtung"
        return _FROM_PLACE.search(sentence, 0, until) is not None
    if not _LISTED.fullmatch(between):
        return False
    return "and" in between or "or" in between or bool(_LIST_GOES_ON.match(sentence, end))


_CONNECTOR = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?")
# A name given another name in brackets: "the Ministry of Industry and Information Technology
# (MIIT)", "He (or JK, as he prefers to be called)".
_ALIAS = re.compile(
    r"\s+\((?:or\s+|also\s+known\s+as\s+|known\s+as\s+|aka\s+)?"
    r"([A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)*)\s*[,;)]"
)
# … or in a clause: "He, who prefers to be called JK, was handed", "Zhang Wei, known as
# Wesley, said".
_CALLED = re.compile(
    r",\s+(?:(?:who|which)\s+(?:prefers|likes)(?:\s+people)?\s+to\s+be\s+called|(?:also\s+)?known"
    r"\s+as|nicknamed|dubbed)\s+([A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)*)\s*[,;.)]"
)


@lru_cache(maxsize=1 << 16)
def aliases(sentence: str) -> tuple[tuple[str, str], ...]:
    """The names ``sentence`` gives another name in brackets or in a clause ("He, who prefers
    to be called JK,"), as (alias, name), case-folded as :func:`mentions` reads them."""
    found = []
    for match in _name_matches(sentence):
        alias = _ALIAS.match(sentence, match.end()) or _CALLED.match(sentence, match.end())
        if not alias:
            continue
        words = match.group().split()
        name = words[0] if words[0] in _SURNAMES and len(words) == 1 else _clean(words)
        other = _clean(alias.group(1).split())
        if name and other and name.casefold() != other.casefold():
            found.append((other.casefold(), name.casefold()))
    return tuple(found)


# An institution's name before its territory: "Bank of Japan", "Ministry of Health of Kenya".
_INSTITUTION_HEAD = re.compile(
    rf"\b(?:{_NAME_ENDS}|University|Government|Parliament|Court|Reserve|Port)$"
)


def _abbreviates_words(sentence: str, start: int, name: str) -> bool:
    """Whether ``name`` (at ``start``) is bracketed letters of the lower-case words before it:
    "twenty-foot equivalent units (TEU)", "non-performing loans (NPLs)"."""
    letters = name.rstrip("s") if name[:-1].isupper() else name
    if not (letters.isupper() and 2 <= len(letters) <= 6 and sentence[start - 1 : start] == "("):
        return False
    words = sentence[: start - 1].split()[-len(letters) :]
    return (
        len(words) == len(letters)
        and all(w[:1].islower() for w in words)
        and "".join(w[0] for w in words) == letters.lower()
    )


def _of_a_territory(name: str) -> bool:
    """Whether ``name`` is an institution's that names its territory ("Bank of Japan")."""
    head, *part = _CONNECTOR.split(name, maxsplit=1)
    return bool(part) and _INSTITUTION_HEAD.search(head) is not None


def _institution(name: str, territories: Container[str]) -> str:
    """``name`` without an "of" part that only names territories ("Half of Russian"): that
    makes no institution's name ("Bank of England" does)."""
    head, *part = _CONNECTOR.split(name, maxsplit=1)
    if (
        part
        and not _INSTITUTION_HEAD.search(head)
        and all(_bare(w) in territories for w in part[0].replace(" and ", " ").split())
    ):
        return head
    return name


# Where a clause of its own starts or ends: "South Korea has 34,000, while Japan runs 160",
# "Ionex has 3,500 stations, and several makers use Gogoro's batteries" (", and" before a
# capital may be the end of a list of names). (Every boundary opens on ";", "," or a space: the
# engine tries the alternatives only there, at half the cost.)
_CLAUSE = re.compile(
    r"(?=[;,\s])(?:"
    r";|,?\s+(?:while|whereas|but)\s+|,\s+(?:though|although)\s+"
    r"|\s+(?:compared\s+(?:with|to)|against)\s+|,\s+alongside\s+"
    # what it comes on top of: "a plant in Turkey, on top of the $490 million it spent in
    # Thailand"
    r"|,\s+(?:on\s+top\s+of|in\s+addition\s+to|as\s+well\s+as)\s+"
    r"|,\s+and\s+(?=[a-z])"
    # one name and its verb: "Russian's Cyrillic alphabet has 33, and Chinese has none"
    # ("…, and Gogoro itself, working with local partners, has opened around 500")
    r"|,\s+and\s+(?=[A-Z][\w’'-]*(?:\s+(?:itself|too|also))?(?:,[^,;]{1,80},)?\s+(?:has|have"
    r"|had|is|are|was|were|uses?|used|holds?|held|runs?|ran|operates?|operated|opened|owns?"
    r"|owned|sells?|sold|builds?|built|reports?|reported|says|said|counts?|counted|claims?"
    r"|claimed|lists|listed|employs|employed)\b)"
    # a people and their verb: "…, and Japanese readers get by with about 2,000 everyday kanji"
    r"|,\s+and\s+(?=[A-Z][a-z]+\s+[a-z]{3,}s\s+(?!(?:and|or|of|in|on|at|to|for|with|from|by"
    r"|the|an?|who|that|which)\b)[a-z]{2,}\b)"
    # what it is set beside: "160 stations, well under half the 400-plus that China had",
    # "closer to 70% — still far ahead of its nearest rival, Autel, at around 7%"
    r"|(?:,|\s+[—–-]{1,2})\s+(?:(?:well|far|just|still)\s+){0,2}(?:under|below|above|behind"
    r"|ahead\s+of|short\s+of)\s+"
    # a participle's clause: "…, prompting farmers in Vietnam and Malaysia to switch"
    # (not one set off inside its clause: "Gogoro itself, working with partners, has opened")
    r"|,\s+(?=[a-z]{3,}ing\b)(?![a-z]+[^,;]{0,80},\s+(?:has|have|had|is|are|was|were|will)\b)"
    # an absolute clause: "540 stations, with Guangdong alone accounting for 60 of them"
    r"|,\s+with\s+(?=[^,;]{0,60}?\b(?:accounting|making|taking|representing|contributing)\b)"
    # what it is compared with: "21,000 hydrogen vehicles, which already outnumbers the fewer
    # than 20,000 fuel-cell cars in the US"
    r"|,\s+which\s+(?:already\s+|now\s+|still\s+|far\s+)?(?:outnumbers?|exceeds?|surpass(?:es)?"
    r"|dwarfs?|trails?|lags?)\s+"
    # a time clause of a name and its verb: "Kuaishou … counted upwards of 600 million active
    # users when Kling launched"
    r"|\s+(?:when|until|because)\s+(?=[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s+"
    r"(?:[a-z]{2,}ed|has|have|had|is|was|were|are|will|would|began|did)\b)"
    r")"
)
# What a figure is set against, not where it is: "fewer than China", "outside Taiwan".
_COMPARED = re.compile(
    r"\b(?:than|outside(?:\s+of)?|beyond|except|excluding)\s+(?:the\s+)?$", re.IGNORECASE
)


# Between a figure and a territory after it: the territory is another figure's ("valued at
# around $7.4 billion, while Europe's is estimated at some $6.5 billion").
_OTHER_CLAUSE = re.compile(r"\b(?:while|whereas|but|versus|vs)\b|;")


# A sentence opening on a clause of its own, whose names are not those of a figure after it:
# "When the US House voted in June to bar its products, the figure most often cited was a
# 90% share".
_LEADING_CLAUSE = re.compile(
    r"(?:When|After|Before|As|Since|Although|Though|Once|Until|Because|If)\s[^,;]{3,160},"
)


def _clause(sentence: str, at: int) -> tuple[int, int]:
    """Where the clause of ``sentence`` holding ``at`` starts and ends."""
    start, end = 0, len(sentence)
    # (A figure inside it is the main clause's subject's: "After three years of competing
    # with WhatsApp, ByteDance's app shut down".)
    leading, bounds = _clause_bounds(sentence)
    if 0 <= leading <= at:
        start = leading
    for begin, until in bounds:
        if until <= at:
            start = max(start, until)
        elif begin > at:
            end = min(end, begin)
            break
    return start, end


@lru_cache(maxsize=1 << 12)  # a sentence's figures and their rules ask it in turn
def _clause_bounds(sentence: str) -> tuple[int, tuple[tuple[int, int], ...]]:
    """Where ``sentence``'s leading clause ends (-1 if it has none), and where each clause
    boundary (:data:`_CLAUSE`) is."""
    leading = _LEADING_CLAUSE.match(sentence)
    return (leading.end() if leading else -1), tuple(m.span() for m in _CLAUSE.finditer(sentence))


@lru_cache(maxsize=1 << 17)
def orgs_near(sentence: str, at: int, orgs: frozenset[str]) -> frozenset[str]:
    """Those of ``orgs`` (case-folded names of ``sentence``) its clause holding the figure at
    ``at`` names. A clause naming none is about none of the others ("600 million users, while
    OpenAI's Sora was behind closed doors") unless it refers back ("…, and he was sentenced
    to three years"): then about those named before it. All of them if none is written out
    as such."""
    start, end = _clause(sentence, at)
    if start == 0 and end >= len(sentence):
        return orgs  # one clause: all its names
    folded = sentence.casefold().replace("’", "'")
    found = {o: _named_at(o, folded) for o in orgs}
    if not any(found.values()):
        return orgs
    near = frozenset(o for o, where in found.items() if any(start <= i < end for i in where))
    # (a participle's clause is its main clause's subject's: "OpenAI released Sora in
    # December, generating clips of up to 20 seconds")
    if near or not (
        _REFERS_TO_ORG.search(sentence, start, end) or _PARTICIPLE.match(sentence, start)
    ):
        return near
    return frozenset(o for o, where in found.items() if any(i < start for i in where))


# (not a source's verb: "The consultancy … went the other way, counting only about 330")
_PARTICIPLE = re.compile(
    r"\s*(?!(?:count|estimat|put|say|report|cit|tall|find|show|list|argu|not|claim|sugg"
    r"|calculat|pegg)ing\b)[a-z]{3,}ing\b"
)


# A sentence opening with a reference ("The short-video company, which claimed …", "It
# said …"): its subject is the name referred to, not one written later in it.
_OPENS_REFERRING = re.compile(
    r"""\s*(?:(?:the|this|its)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|group|startup|maker
        |platform|app|giant|carmaker|automaker|operator|brand|chipmaker|manufacturer)\b
      | (?:it|she|he)\s)""",
    re.VERBOSE | re.IGNORECASE,
)


@lru_cache(maxsize=1 << 17)
def refers_back(sentence: str, at: int, orgs: frozenset[str]) -> bool:
    """Whether the figure at ``at`` is about the name ``sentence`` opens by referring to
    ("The short-video company, which claimed 600 million users, said Kling …"): it opens so
    and names none of ``orgs`` (its case-folded names) before the figure."""
    if not _OPENS_REFERRING.match(sentence):
        return False
    folded = sentence[:at].casefold().replace("’", "'")
    return not any(_named_at(o, folded) for o in orgs)


def _named_at(name: str, text: str) -> list[int]:
    """Where ``name`` stands in ``text`` as a word of its own, as ``(?<!\\w)name(?!\\w)``
    finds it (without compiling a pattern per name)."""
    found = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not (at and _is_word(text[at - 1])) and not (end < len(text) and _is_word(text[end])):
            found.append(at)
        at = text.find(name, at + 1)
    return found


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what ``\w`` matches in a str pattern


@lru_cache(maxsize=1 << 17)
def places_near(sentence: str, at: int) -> frozenset[str]:
    """The territories of the clause of ``sentence`` holding the figure at ``at`` (case-folded),
    but those a figure is compared with ("far fewer than China"); empty if it names none."""
    start, end = _clause(sentence, at)
    return frozenset(
        name.casefold()
        for begin, until, name in territories_placed(sentence)
        if start <= begin
        and until <= end
        and not _only_locates(sentence, begin, until)
        and not _COMPARED.search(sentence, max(0, begin - 16), begin)
    )


# A figure of the whole world: "90% of the global consumer market", "the world's market"
# (not a superlative's: "the world's first gene-edited babies", "the world's most advanced").
WORLD = "the world"
# "Global" only before what a figure of the world measures ("the global consumer drone
# market"), not an event's reach ("Alibaba's global mathematics competition"). (Each wording
# holds "world" or "global": see worldwide.)
_WORLDWIDE = re.compile(
    r"\b(?:globally|global\s+(?:[\w-]+\s+){0,3}?(?:market|sales|shipments|share|demand|supply"
    r"|production|output|capacity|fleet|population|total|revenue|economy|trade|emissions"
    r"|users|consumption|installations|deliveries)|worldwide|around\s+the\s+world"
    r"|world[’']s(?!\s+(?:first|last|only|most|least|top|best|worst|[a-z]+est)\b))\b",
    re.I,
)


@lru_cache(maxsize=1 << 17)
def worldwide(sentence: str, at: int) -> bool:
    """Whether the clause of ``sentence`` holding the figure at ``at`` says it is the whole
    world's ("more than 90% of the global consumer market")."""
    lower = sentence.lower()
    if "world" not in lower and "global" not in lower:
        return False  # (what every match holds: most sentences need no search)
    start, end = _clause(sentence, at)
    return _WORLDWIDE.search(sentence, start, end) is not None


def places_of(sentence: str, at: int, places: frozenset[str]) -> frozenset[str]:
    """Which of ``places`` (those ``sentence`` names) the figure at ``at`` is about: its
    clause's (:func:`places_near`); if its clause names none, those of the clauses before
    it, its context ("Gogoro built its network in Taiwan, and it runs 12,500 stations"), not
    of a clause after it ("nine in ten consumer drones, and its quadcopters have turned up in
    the war in Ukraine")."""
    near = places_near(sentence, at)
    if len(near) > 1:
        # "compared China with the United States, where over 18,000 are on the road", "China
        # still trails South Korea, which had about 38,000": the place a "where" or "which"
        # clause opens on, when the figure is in it
        opened = [
            name.casefold()
            for _, until, name in territories_placed(sentence)
            if until <= at and _WHERE_OPENS.match(sentence, until)
        ]
        if opened and opened[-1] in near:
            return frozenset({opened[-1]})
    if near:
        return near
    _, end = _clause(sentence, at)
    before = {name.casefold() for begin, _, name in territories_placed(sentence) if begin < end}
    return places & before


_WHERE_OPENS = re.compile(r"\s*,\s*(?:where|which|whose)\b")
# Whose media report a figure, not where it holds: "accounts in British media", "Chinese
# state media reported", "users on Chinese forums", "some Hong Kong outlets".
_MEDIA = re.compile(
    r"\s+(?:state\s+|social\s+|local\s+|news\s+)?(?:media|press)\b"
    r"|\s+(?:online\s+|internet\s+|tech\s+|news\s+)?"
    r"(?:forums?|websites?|outlets?|newspapers?|bloggers?)\b"
)
_BASED = re.compile(r"-(?:based|born|headquartered|registered)\b")


def _only_locates(sentence: str, begin: int, end: int) -> bool:
    """Whether the territory at ``begin:end`` only says where something unnamed is: "the
    Taiwanese capital" (:data:`_CITY_OF`), where a named company is from ("the Chinese EV
    leader BYD": :data:`_COMPANY_OF`), "a Hong Kong university" (:data:`_INSTITUTION`),
    or describes something in an aside with no figure: "a factory in Turkey, which sits
    inside a customs union with the EU" (:data:`_ASIDE`); where someone is based ("a Hong
    Kong-based developer": :data:`_BASED`)."""
    return (
        _CITY_OF.match(sentence, end) is not None
        or _BASED.match(sentence, end) is not None
        or _MEDIA.match(sentence, end) is not None
        or _COMPANY_OF.match(sentence, end) is not None
        or bool(_of_a_place(sentence, begin) and _INSTITUTION.match(sentence, end))
        or _in_aside(sentence, begin, end)
    )


def _in_aside(sentence: str, begin: int, end: int) -> bool:
    """Whether the territory at ``begin:end`` is in a figure-less aside (:data:`_ASIDE`)."""
    comma = sentence.rfind(",", 0, begin)
    if comma < 0 or _ASIDE.match(sentence, comma, begin) is None:
        return False
    after = _NO_FIGURE_TO_CLAUSE_END.match(sentence, end)
    return after is not None and _FIGURE_WORD.search(sentence, comma, after.end()) is None


def _modifier(sentence: str, match: re.Match[str]) -> bool:
    """Whether a one-word name only says where or whose kind something is: "a Beijing
    consultancy", "a Beijing AI start-up", "Washington consultancy AeroMetrics"
    (:data:`_INSTITUTION`), "Scandinavian people" (:data:`_ADJECTIVE`)."""
    words = match.group().split()
    # "A Taipei polling firm", "The Shenzhen group", "Her Tianjin company" opening a sentence
    article = words[0] in ("A", "An", "The", "Some", "One", "Her", "His", "Its", "Their", "Our")
    if article:
        words = words[1:]
    if len(words) == 2 and words[1].isupper():
        words = words[:1]  # "AI", "EV": a kind of the institution, not part of a name
    if len(words) != 1:
        return False
    named = _NAMED_INSTITUTION.match(sentence, match.end())
    if named and _CAPITAL_NEXT.match(sentence, named.end()):
        return True  # "Washington consultancy AeroMetrics put …": where the consultancy is
    opening = not sentence[: match.start()].strip(OPENING_PUNCTUATION)
    if article or opening or _of_a_place(sentence, match.start()):
        if _INSTITUTION.match(sentence, match.end()):
            return True
        if article:
            return False
    return bool(_ADJECTIVE.fullmatch(words[0]) and _LOWER_NEXT.match(sentence, match.end()))


_ACRONYM_AFTER = re.compile(r"\s+\([A-Z][A-Za-z]{1,9}\)")


def _said_by(sentence: str, end: int, *, opening: bool) -> bool:
    """Whether the name ending at ``end`` is followed by a reporting verb and so says the
    figure rather than being its subject; a sentence's opening name only when it does not
    speak of itself (:data:`_OWN`)."""
    # "the Ministry of … (MIIT) said": the name and its acronym
    acronym = _ACRONYM_AFTER.match(sentence, end)
    if acronym or sentence.startswith(")", end):
        end = acronym.end() if acronym else end + 1
    verb = _SOURCE_AFTER.match(sentence, end)
    if verb is None:
        return False
    if verb.group().split()[-1].lower() in _COUNTING_VERBS:
        # "The China Hydrogen Alliance counted 540 stations": who counts; but "Jigawa, the
        # smallest, put its own coverage at 84%" is its own figure
        return not (opening and _OWN_MEASURE.match(sentence, verb.end()))
    return not (opening and _OWN.match(sentence, verb.end()))


# What a name measures of itself after a verb of measuring: "its own coverage", not "its own
# estimate" (a count it gives of something else).
_OWN_MEASURE = re.compile(rf"\s+(?:its|their)\s+own\s+(?!(?:[\w-]+\s+)?{_REPORT}\b)")


# Verbs of measuring something: the name before them gives the figure, its own or not.
_COUNTING_VERBS = frozenset(
    {"counted", "counts", "tallied", "calculated", "estimated", "estimates", "sized", "put", "puts",
     "pegged", "pegs", "placed", "places"}
)  # fmt: skip


@lru_cache(maxsize=1 << 17)
def mentions(sentence: str) -> Mentions:
    """The names and references of ``sentence`` (see :class:`Mentions`)."""
    territories = territory_names()[1]
    placed = [
        (begin, name.casefold())
        for begin, end, name in territories_placed(sentence)
        if not _only_locates(sentence, begin, end)
    ]
    dateline = _DATELINE.match(sentence) or _LABEL.match(sentence)
    begins = dateline.end() if dateline else 0
    opening_at = len(sentence) - len(sentence[begins:].lstrip(OPENING_PUNCTUATION))
    orgs: set[str] = set()
    where_until = -1  # where the last place a figure happens in ends
    opening = ""
    outlet: str | None = None  # read when a name first asks: many sentences have none
    described_until = -1  # where an apposition describing a name ends
    described: list[tuple[int, int]] = []
    for match in _NAME.finditer(sentence, begins) if begins else _name_matches(sentence):
        if match.start() < described_until:
            continue  # "Kymco, Gogoro's oldest rival, runs 3,000": who Kymco is, not whom
        if sentence.startswith("$", match.end()):
            continue  # a currency's letters: "C$20 billion", "HK$3 billion"
        apposition = _APPOSITION.match(sentence, match.end())
        # (where something happens is described by none: "In Guangzhou, the journalist Huang
        # Xueqin, who …"; nor an opening adverb: "Similarly, the US drone market as a whole,")
        if apposition and not (
            _OPENS_WHERE.match(match.group())
            or _WHERE.search(sentence, max(0, match.start() - 12), match.start())
            or (
                match.start() == opening_at
                and (
                    _VERB_FORM.fullmatch(match.group()) or match.group().casefold() in NOT_SUBJECTS
                )
            )
        ):
            described_until = apposition.end()
            described.append((match.end(), described_until))
        written = _institution(match.group(), territories)
        name = _bare(written)
        if _AFTER_NUMBER.search(sentence, max(0, match.start() - 12), match.start()) and (
            (name.isupper() and len(name) <= 4 and _UNIT_NEXT.match(sentence, match.end()))
            or canonical_unit(name) is not None
            # "12,500 GoStations", "300 Teslas": products counted (not "3 BYD plants", "300
            # Siemens trains": a maker's name before the plural counted)
            or (
                _PRODUCTS.fullmatch(name) is not None
                and not _PLURAL_NEXT.match(sentence, match.end())
            )
        ):
            continue  # "280 EFLOPS", "61,000 BTC": the figure's unit
        if _abbreviates_words(sentence, match.start(), name):
            continue  # "twenty-foot equivalent units (TEU)": a term's letters, not a name
        if _brand_of_counted(name, sentence, match.end()):
            continue  # "GoStation swap stations": what is counted
        if _NAMES_A_CITY.match(sentence, match.end()) and (
            match.group().startswith(("The ", "the "))
            or sentence[: match.start()].rstrip().endswith(("the", "The"))
        ):
            continue  # "The Hubei capital has budgeted …": a city, named before or not at all
        if (
            _CODED_AMOUNT.fullmatch(name)
            or (
                len(name) == 3  # an ISO code's length: most names skip the lookup
                and any(c.isdigit() for c in sentence[max(0, match.start() - 2) : match.end() + 2])
                and to_iso(name) == name
            )
        ):
            continue  # "CNY17bn", "US$2.3bn", "USD 5 billion": an amount, its currency
        if match.start() and sentence[match.start() - 1] == "#":
            continue  # "#MeToo journalist Huang Xueqin": a hashtag names a topic
        if (
            " " not in name
            and _QUOTE_OPENS.search(sentence, max(0, match.start() - 2), match.start())
            and _LOWER_NEXT.match(sentence, match.end())
        ):
            continue  # ("Lonely hearts, one yuan at a time"): a quote's first word, capitalised
        if outlet is None:
            outlet = named_outlet(sentence)
        # "according to the publication Personage", "Pan-Asia Wire", "Personage magazine
        # profiled her": who reports
        if (
            (outlet and name in outlet)
            or is_outlet(name)
            or _OUTLET_AFTER.match(sentence, match.end())
        ):
            continue
        if (
            _ACRONYM_PLURAL.fullmatch(name)
            or _PEOPLES.fullmatch(name)
            or name in languages()
            or _NAMED_THING.match(sentence, match.end())
            or _ARTICLE.sub("", name).casefold() in _DISEASES
            or _modifier(sentence, match)
        ):
            continue  # "LLMs", "Scandinavians", "English", "Alzheimer's disease": not whom
        if (
            _WHERE.search(sentence, max(0, match.start() - 12), match.start())
            or _WHERE_OF.search(sentence, max(0, match.start() - 40), match.start())
            or _STRUCK.search(sentence, max(0, match.start() - 80), match.start())
            or (
                (
                    _EXAMPLES.search(sentence, max(0, match.start() - 13), match.start())
                    or _SET_BESIDE.search(sentence, max(0, match.start() - 32), match.start())
                )
                and not _WHICH_HOLDS.match(sentence, match.end())
            )
            or match.group().split()[0].lower() in _ASIDE_OPENERS
            or _RENAMED.search(sentence, max(0, match.start() - 24), match.start())
            or _POSTED_ON.search(sentence, max(0, match.start() - 32), match.start())
            or _PARTNER.search(sentence, max(0, match.start() - 48), match.start())
        ) or (where_until >= 0 and _listed(sentence, where_until, match.start(), match.end())):
            where_until = match.end()
            continue  # "properties in London", "like Sora": where it happens, an example
        if (
            (
                _SOURCE_BEFORE.search(sentence, max(0, match.start() - 40), match.start())
                and not _POSSESSIVE.search(match.group())  # "estimated DJI's share"
                # "the company says Kling has attracted": the reported clause's subject
                and not _CLAUSE_SUBJECT.match(sentence, match.end())
            )
            or _REPORT_BY.search(sentence, max(0, match.start() - 40), match.start())
            or _ENFORCED_BY.search(sentence, max(0, match.start() - 48), match.start())
            or _REPORT_OF.match(sentence, match.end())
            or _REPORT_AFTER.match(sentence, match.end())
            or _DATA_SHOW.match(sentence, match.end())
            or _said_by(
                sentence,
                match.end(),
                opening=match.start() == opening_at
                or _FRONTED.fullmatch(sentence, opening_at, match.start()) is not None,
            )
        ):
            continue  # "according to Bloomberg", "…, Reuters reported": who says it
        unarticled = _ARTICLE.sub("", name)
        bare = (name, unarticled, _OF_A_KIND.sub("", unarticled))  # "a Hong Kong-based"
        if any(n in territories or f"{n}." in territories for n in bare):  # "U.S." too
            continue  # "Hong Kong", "the Middle East": a place, read as one above
        words = (
            written.split()
            if _of_a_territory(written)
            else [w for w in written.split() if _bare(w) not in territories]
        )
        if match.start() == opening_at and _VERB_FORM.fullmatch(match.group()):
            continue  # "Announced plans called for …": a verb, capitalised to open
        if match.start() == opening_at:
            first = match.group().split()[0]
            # "Qian Zhimin fled", "Rival Kymco runs": a run of capitals is a name without its
            # first word too; a lone opening word may be just a word.
            plain = not (
                _INNER_CAPITAL.search(first)
                or _POSSESSIVE.search(first)
                or _names_follow(sentence, match.end(), match.group().split()[-1])
            )
            if plain and len(words) == 1 and words[0] == first:
                # ("Houston-based remittance app RemesaYa": what kind, not a name)
                opening = "" if _OF_A_KIND.search(first) else _clean(words)
                continue
        # "AI-generated", "Shenzhen-based", "Chinese-made": what kind, not whose
        name = _clean([w for w in words if not _OF_A_KIND.search(w)])
        folded = name.casefold().replace("’", "'")  # "People’s Republic", "People's…"
        kept = " ".join(w for w in folded.split() if w not in NOT_NAMES)
        if kept and kept not in _DISEASES:  # "His Alzheimer's project"
            orgs.add(kept)
    # A territory's adjective in an apposition says who a name is, not where a figure is
    # ("Autel Robotics, its nearest Chinese competitor, puts DJI's global share at 70 per
    # cent"); where it is still is ("Kymco, Gogoro's oldest rival in Taiwan, runs 3,000").
    places = {
        p
        for at, p in placed
        if not any(lo <= at < hi for lo, hi in described)
        or _WHERE.search(sentence, max(0, at - 12), at)
    }
    place = (
        _REFERS_TO_PLACE.search(sentence)
        or (None if orgs else _REFERS_TO_REGION.search(sentence))
        or (None if orgs or places else _THERE.search(sentence))
    )
    return Mentions(
        _frozen(orgs),
        opening if opening.casefold() not in NOT_NAMES else "",
        _frozen(places),
        _refers_to_org(sentence),
        place.group(1).casefold() if place else "",
    )
