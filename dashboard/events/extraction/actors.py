"""Actors: who acts in Arctic news, by code, recognised by names, capitals, demonyms,
institutions, companies and (dated) leaders.

Codes are ISO 3166-1 alpha-3 for states and territories (GRL for Greenland's own
government) and short codes for organisations: NATO, EU, ARC (Arctic Council), UN.
Matching is case-sensitive ("US" is an actor, "us" is not). News outlets are masked
first, so "Bloomberg reports" or "the Washington Post" name no actor. A capital or city
after a locative preposition ("a meeting in Helsinki") is a place, not an actor.

``home`` is where an actor's events are drawn when an article names no place: the
seat of government (EPSG:4326, degrees), with geo_precision ``country``. Some capitals
(Washington, Beijing, Tokyo, Seoul, New Delhi) lie south of the map's 40°N edge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

__all__ = [
    "ACTORS",
    "OUTLETS",
    "Actor",
    "ActorMention",
    "actor",
    "find_actors",
    "mask_outlets",
    "speaks_from_seat",
]


@dataclass(frozen=True)
class Actor:
    """An actor code, its display name and its home point (name, lat, lon in degrees)."""

    code: str
    name: str
    home: tuple[str, float, float]


ACTORS: dict[str, Actor] = {
    a.code: a
    for a in (
        Actor("USA", "United States", ("Washington, D.C.", 38.8951, -77.0364)),
        Actor("RUS", "Russia", ("Moscow", 55.7558, 37.6173)),
        Actor("CHN", "China", ("Beijing", 39.9042, 116.4074)),
        Actor("NOR", "Norway", ("Oslo", 59.9139, 10.7522)),
        Actor("DNK", "Denmark", ("Copenhagen", 55.6761, 12.5683)),
        Actor("GRL", "Greenland", ("Nuuk", 64.1814, -51.6941)),
        Actor("CAN", "Canada", ("Ottawa", 45.4215, -75.6972)),
        Actor("ISL", "Iceland", ("Reykjavík", 64.1466, -21.9426)),
        Actor("SWE", "Sweden", ("Stockholm", 59.3293, 18.0686)),
        Actor("FIN", "Finland", ("Helsinki", 60.1699, 24.9384)),
        Actor("NATO", "NATO", ("Brussels", 50.8798, 4.4258)),
        Actor("EU", "European Union", ("Brussels", 50.8503, 4.3517)),
        Actor("ARC", "Arctic Council", ("Tromsø", 69.6492, 18.9553)),
        Actor("UN", "United Nations", ("New York", 40.7489, -73.9680)),
        Actor("UKR", "Ukraine", ("Kyiv", 50.4501, 30.5234)),
        Actor("GBR", "United Kingdom", ("London", 51.5074, -0.1278)),
        Actor("DEU", "Germany", ("Berlin", 52.5200, 13.4050)),
        Actor("FRA", "France", ("Paris", 48.8566, 2.3522)),
        Actor("JPN", "Japan", ("Tokyo", 35.6762, 139.6503)),
        Actor("KOR", "South Korea", ("Seoul", 37.5665, 126.9780)),
        Actor("IND", "India", ("New Delhi", 28.6139, 77.2090)),
        Actor("FRO", "Faroe Islands", ("Tórshavn", 62.0117, -6.7675)),
        Actor("HUN", "Hungary", ("Budapest", 47.4979, 19.0402)),
        Actor("TUR", "Turkey", ("Ankara", 39.9334, 32.8597)),
        Actor("POL", "Poland", ("Warsaw", 52.2297, 21.0122)),
        Actor("NLD", "Netherlands", ("Amsterdam", 52.3676, 4.9041)),
    )
}

# Names a state or organisation goes by: official and short names, demonyms,
# institutions. Regex fragments, matched case-sensitively on word boundaries.
_NAMES: dict[str, tuple[str, ...]] = {
    "USA": (
        "United States(?: of America)?",
        "U\\.S\\.(?:A\\.)?",
        "US",
        "USA",
        "(?<!North )(?<!South )(?<!Latin )(?<!Central )America",
        "Americans?",
        "the Pentagon",
        "Pentagon",
        "the White House",
        "State Department",
        "Department of (?:Defense|State|Homeland Security)",
        "NORAD",
        "US Coast Guard",
        "U\\.S\\. Coast Guard",
        "US Navy",
        "U\\.S\\. Navy",
        "US Air Force",
        "Space Force",
        "US Army",
        "Congress",
        "Senate",
        "ConocoPhillips",
        "ExxonMobil",
    ),
    "RUS": (
        "Russia",
        "Russian Federation",
        "Russians?",
        "Kremlin",
        "Northern Fleet",
        "Rosatom",
        "Atomflot",
        "Novatek",
        "Gazprom(?: Neft)?",
        "Rosneft",
        "Lukoil",
        "Sovcomflot",
        "Nornickel",
        "Norilsk Nickel",
        "Soviet Union",
        "Soviet",
        "USSR",
        "Russian Direct Investment Fund",
        "RDIF",
    ),
    "CHN": (
        "China",
        "People's Republic of China",
        "PRC",
        "Chinese",
        "PLA",
        "People's Liberation Army",
        "COSCO(?: Shipping)?",
        "CNPC",
        "CNOOC",
        "Sinopec",
        "Silk Road Fund",
        "Xue Long(?: 2)?",
    ),
    "NOR": ("Norway", "Norwegians?", "Storting", "Equinor", "Norwegian Armed Forces", "Norwegian Coast Guard"),
    "DNK": ("Denmark", "Danes?", "Danish", "Kingdom of Denmark", "Folketing", "Maersk", "Mærsk"),
    "GRL": (
        "Greenland",
        "Greenlanders?",
        "Greenlandic",
        "Naalakkersuisut",
        "Inatsisartut",
        "Demokraatit",
        "Naleraq",
        "Siumut",
        "Inuit Ataqatigiit",
    ),
    "CAN": ("Canada", "Canadians?", "Canadian Armed Forces", "Royal Canadian Navy", "Canadian Coast Guard"),
    "ISL": ("Iceland", "Icelanders?", "Icelandic", "Althing(?:i)?"),
    "SWE": ("Sweden", "Swedes?", "Swedish"),
    "FIN": ("Finland", "Finns?", "Finnish"),
    "NATO": ("NATO", "North Atlantic Treaty Organization", "the Alliance"),
    "EU": ("European Union", "EU", "E\\.U\\.", "European Commission", "European Council"),
    "ARC": ("Arctic Council",),
    "UN": (
        "United Nations",
        "UN",
        "U\\.N\\.",
        "Commission on the Limits of the Continental Shelf",
        "CLCS",
        "International Maritime Organization",
        "IMO",
        "UNCLOS",
    ),
    "UKR": ("Ukraine", "Ukrainians?", "Kyiv", "Kiev"),
    "GBR": ("United Kingdom", "Britain", "British", "UK", "U\\.K\\.", "Royal Navy"),
    "DEU": ("Germany", "Germans?", "Bundeswehr"),
    "FRA": ("France", "French", "TotalEnergies"),
    "JPN": ("Japan", "Japanese"),
    "KOR": ("South Korea", "Republic of Korea", "South Koreans?", "Korean", "Korea"),
    "IND": ("India", "Indians?"),
    "FRO": ("Faroe Islands", "Faroes", "Faroese"),
    "HUN": ("Hungary", "Hungarians?"),
    "TUR": ("Turkey", "Türkiye", "Turkish", "Turks?"),
    "POL": ("Poland", "Poles", "Polish"),
    "NLD": ("Netherlands", "Dutch"),
}

# Seats of government, used for a state only when they are not after "in/at/to/...".
_SEATS: dict[str, tuple[str, ...]] = {
    "USA": ("Washington",),
    "RUS": ("Moscow",),
    "CHN": ("Beijing",),
    "NOR": ("Oslo",),
    "DNK": ("Copenhagen",),
    "GRL": ("Nuuk",),
    "CAN": ("Ottawa",),
    "ISL": ("Reykjavik", "Reykjavík"),
    "SWE": ("Stockholm",),
    "FIN": ("Helsinki",),
    "GBR": ("London",),
    "DEU": ("Berlin",),
    "FRA": ("Paris",),
    "JPN": ("Tokyo",),
    "KOR": ("Seoul",),
    "IND": ("New Delhi", "Delhi"),
    "EU": ("Brussels",),
}

# Leaders and ministers, with the years they held office (end None = still in office
# when this table was written, 2025). A name counts only on a date inside a term.
_PEOPLE: tuple[tuple[str, str, tuple[tuple[int, int | None], ...]], ...] = (
    ("(?:Donald )?Trump", "USA", ((2017, 2021), (2025, None))),
    ("(?:Joe )?Biden", "USA", ((2021, 2025),)),
    ("(?:Barack )?Obama", "USA", ((2009, 2017),)),
    ("(?:Antony )?Blinken", "USA", ((2021, 2025),)),
    ("(?:Marco )?Rubio", "USA", ((2025, None),)),
    ("(?:JD |J\\.D\\. )?Vance", "USA", ((2025, None),)),
    ("(?:Pete )?Hegseth", "USA", ((2025, None),)),
    ("(?:Mike )?Pompeo", "USA", ((2018, 2021),)),
    ("(?:Vladimir )?Putin", "RUS", ((2000, None),)),
    ("(?:Sergei |Sergey )?Lavrov", "RUS", ((2004, None),)),
    ("(?:Dmitry )?Medvedev", "RUS", ((2008, None),)),
    ("(?:Kirill )?Dmitriev", "RUS", ((2011, None),)),
    ("Xi Jinping", "CHN", ((2012, None),)),
    ("President Xi", "CHN", ((2013, None),)),
    ("(?:Mette )?Frederiksen", "DNK", ((2019, None),)),
    ("(?:Lars )?Løkke Rasmussen", "DNK", ((2022, None),)),
    ("(?:Jeppe )?Kofod", "DNK", ((2019, 2022),)),
    ("(?:Múte |Mute )?(?:B\\. )?Egede", "GRL", ((2021, 2025),)),
    ("Jens-Frederik Nielsen", "GRL", ((2025, None),)),
    ("(?:Justin )?Trudeau", "CAN", ((2015, 2025),)),
    ("(?:Mark )?Carney", "CAN", ((2025, None),)),
    ("(?:Mélanie |Melanie )?Joly", "CAN", ((2021, None),)),
    ("(?:Jonas Gahr )?Støre", "NOR", ((2021, None),)),
    ("(?:Sauli )?Niinistö", "FIN", ((2012, 2024),)),
    ("(?:Alexander )?Stubb", "FIN", ((2024, None),)),
    ("(?:Pekka )?Haavisto", "FIN", ((2019, 2023),)),
    ("(?:Petteri )?Orpo", "FIN", ((2023, None),)),
    ("(?:Ulf )?Kristersson", "SWE", ((2022, None),)),
    ("(?:Jens )?Stoltenberg", "NATO", ((2014, 2024),)),
    ("(?:Mark )?Rutte", "NATO", ((2024, None),)),
    ("(?:Volodymyr )?Zelensky[iy]?", "UKR", ((2019, None),)),
)

# Institutions that act from their state's seat of government ("the Kremlin said").
_SEATED_INSTITUTIONS = frozenset(
    {
        "Kremlin",
        "Pentagon",
        "the Pentagon",
        "White House",
        "the White House",
        "State Department",
        "Storting",
        "Folketing",
        "Althing",
        "Althingi",
        "Naalakkersuisut",
        "Inatsisartut",
    }
)


def speaks_from_seat(mention: ActorMention) -> bool:
    """Whether ``mention`` names a state by its capital or by an institution that sits there
    ("Moscow said", "the Kremlin said", "the State Department published"): what it says or
    does happens at the seat of government, :attr:`Actor.home`."""
    return mention.code in _SEATS and (mention.text in _SEATED_INSTITUTIONS or mention.text in _SEATS[mention.code])


#: News outlets and agencies: masked before matching, never actors.
OUTLETS: tuple[str, ...] = (
    "Bloomberg",
    "Reuters",
    "Associated Press",
    "AP",
    "AFP",
    "Agence France-Presse",
    "CNN",
    "BBC",
    "NRK",
    "CBC",
    "Canadian Broadcasting Corporation",
    "The New York Times",
    "New York Times",
    "Washington Post",
    "The Washington Post",
    "Wall Street Journal",
    "Financial Times",
    "The Guardian",
    "Politico",
    "Moscow Times",
    "The Moscow Times",
    "Global Times",
    "Xinhua",
    "TASS",
    "RIA Novosti",
    "Interfax",
    "Kommersant",
    "High North News",
    "Arctic Today",
    "ArcticToday",
    "The Barents Observer",
    "Barents Observer",
    "Nunatsiaq News",
    "Anchorage Daily News",
    "Alaska Public Media",
    "Sermitsiaq",
    "KNR",
    "Yle",
    "DR",
    "Helsinki Times",
    "Siberian Times",
    "South China Morning Post",
    "The Independent Barents Observer",
    "Radio Canada International",
    "Eye on the Arctic",
)

# Place names that contain an actor word but name no actor ("the Norwegian Sea").
_PLACE_MASKS: tuple[str, ...] = (
    "Norwegian Sea",
    "Greenland Sea",
    "Greenland Ice Sheet",
    "Gulf of Finland",
    "East Siberian Sea",
    "Canadian Arctic Archipelago",
    "Canadian Shield",
    "Iceland Sea",
    "Russian Arctic",
    "Danish Straits",
    "North America",
    "South America",
    "Latin America",
    "Central America",
    "North Korean",
    "North Korea",
    "Korean Peninsula",
)

_LOCATIVE_WORDS = (
    r"\b(?:in|at|near|outside|to|from|into|via|around|visited|visit|visiting|toward|towards)\s+(?:the\s+)?"
)
# "consulates in Anchorage and Nuuk": every city of a located list is a place.
_LOCATIVE = re.compile(rf"{_LOCATIVE_WORDS}(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*(?:\s*,\s*|\s+and\s+|\s+or\s+))*$")
# "an exercise in northern Norway": a state named as where something happens is a place.
_IN_STATE = re.compile(
    r"\b(?:in|inside|across|throughout|off|near|around)\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|"
    r"north-?east|north-?west|south-?east|south-?west|central)(?:ern)?\s+)?$"
)
# "Russia's Arctic coast", "Norway's northern waters": a state named as where, not who.
_STATE_AS_AREA = re.compile(
    r"^'s\s+(?:(?:far\s+)?(?:north|south|east|west|northern|southern|eastern|western|central|north-?\w+ern|"
    r"remote|vast|own|high)\s+)*(?:Arctic\s+)?(?:coast(?:line)?s?|waters|territory|territorial waters|north|"
    r"capital|mainland|shores?|airspace|interior|border regions?|frontier|islands?|soil|tundra|Arctic(?!\s+(?:policy|"
    r"strategy|ambitions?|council|ambassador|envoy|minister|[A-Z])))\b(?!\s+guard)"
)
_WORDS = re.compile(r"[A-Z][\w\u00c0-\u024f-]*")
# A demonym qualifying a thing or an area, not a party to the event: "Norwegian waters",
# "the Chinese-built icebreaker", "the Greenlandic name", "told Danish media".
_QUALIFIES_THING = re.compile(
    r"^(?:-(?:built|made|designed|manufactured)\b|\s+(?:(?:territorial\s+)?waters|territory|airspace|soil|"
    r"coast(?:line)?|shores?|side(?:\s+of\s+the\s+border)?|mainland|name|names|language|word|"
    r"(?:state\s+|public\s+)?(?:media|press|broadcaster|newspaper|daily|television|TV|radio|"
    r"news\s+agency|outlet|journalists?|reporters?))\b(?!\s+guard))"
)
# A party named only to compare: "unlike Canada", "more than Russia", "as did Finland".
_COMPARISON = re.compile(r"\b(?:unlike|like|than|compared\s+(?:with|to)|similar\s+to|as\s+did)\s+(?:the\s+)?$", re.I)
# Quoted words and parenthetical asides: actors named there are not the event's own.
_ASIDE = re.compile(r'"[^"]{1,400}"|“[^”]{1,400}”|\([^()]{1,200}\)')
_STATE_NAMES = frozenset({a.name for a in ACTORS.values()} | {"Russian Federation"})
# "in Helsinki, Finland": the state after a located city is part of the place.
_AFTER_LOCATED_CITY = re.compile(rf"{_LOCATIVE_WORDS}[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*,\s*$")


@dataclass(frozen=True)
class ActorMention:
    """An actor code found in a text, with the matched words and their character span."""

    code: str
    text: str
    start: int
    end: int


def actor(code: str) -> Actor:
    """The :class:`Actor` for ``code`` (``KeyError`` naming the known codes otherwise)."""
    try:
        return ACTORS[code]
    except KeyError:
        raise KeyError(f"unknown actor code {code!r}; known: {', '.join(ACTORS)}") from None


def _alternation(names) -> str:
    # Longest first, so "Russian Federation" wins over "Russia".
    return "|".join(sorted(names, key=len, reverse=True))


# Every actor name, seat and person starts with a capital letter (or is "the ..."): a
# lookahead on the first character lets each scan skip the other positions cheaply.
_CAPITAL_FIRST = "(?=[A-Zt\u00c0-\u024f])"
# A person is matched only in a sentence that has one of the listed surnames (most have none).
_SURNAME = re.compile(r"([A-Z][\w\u00c0-\u024f-]+)(?:\[\w+\]\?)?$")


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    groups = [f"(?P<{code}>{_alternation(names)})" for code, names in _NAMES.items()]
    names = re.compile(rf"(?<![\w.]){_CAPITAL_FIRST}(?:{'|'.join(groups)})(?![\w])")
    seats = re.compile(
        rf"(?<![\w]){_CAPITAL_FIRST}(?:{'|'.join(f'(?P<{c}>{_alternation(s)})' for c, s in _SEATS.items())})(?![\w])"
    )
    # One scan for every listed person (group p<i> is _PEOPLE[i]) instead of one per person.
    people = re.compile(
        f"(?<![\\w]){_CAPITAL_FIRST}(?:"
        + "|".join(f"(?P<p{i}>{pattern})" for i, (pattern, _, _) in enumerate(_PEOPLE))
        + ")(?![\\w])"
    )
    masks = re.compile(rf"(?<![\w])(?:{_alternation(map(re.escape, OUTLETS + _PLACE_MASKS))})(?![\w])")
    return names, seats, people, masks


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    """The word every listed person's name ends with ("Trump", "Zelensky", "Jinping")."""
    return frozenset(_SURNAME.search(pattern).group(1) for pattern, _, _ in _PEOPLE)


@lru_cache(maxsize=1024)
def mask_outlets(text: str) -> str:
    """``text`` with outlet names and actor-like place names blanked out (same length)."""
    return _compiled()[3].sub(lambda m: " " * len(m.group(0)), text)


def _in_office(terms: tuple[tuple[int, int | None], ...], on: date | None) -> bool:
    return True if on is None else _in_office_in(terms, on.year)


@lru_cache(maxsize=4096)
def _in_office_in(terms: tuple[tuple[int, int | None], ...], year: int) -> bool:
    return any(start <= year <= (end if end is not None else 9999) for start, end in terms)


def find_actors(text: str, on: date | None = None) -> list[ActorMention]:
    """Actor mentions in ``text``, in order of appearance.

    Parameters
    ----------
    text : str
        One sentence (or any text).
    on : datetime.date, optional
        The date the text speaks of: a leader counts for their state only within a term
        of office that includes this year. ``None`` accepts every listed leader.
    """
    names, seats, people, _ = _compiled()
    masked = mask_outlets(text.replace("’", "'"))
    mentions: list[ActorMention] = []

    def add(code: str, m: re.Match[str]) -> None:
        if not any(m.start() < o.end and o.start < m.end() for o in mentions):
            mentions.append(ActorMention(code, m.group(0), m.start(), m.end()))

    words = {w for token in _WORDS.findall(masked) for w in (token, token[:-1])}  # "Zelenskiy"
    for m in people.finditer(masked) if not words.isdisjoint(_surnames()) else ():
        _, code, terms = _PEOPLE[int((m.lastgroup or "p0")[1:])]
        if _in_office(terms, on):
            add(code, m)
    for m in names.finditer(masked):
        if m.group(0) in _STATE_NAMES and (
            _IN_STATE.search(masked[: m.start()]) or _STATE_AS_AREA.match(masked[m.end() :])
        ):
            continue
        if not _AFTER_LOCATED_CITY.search(masked[: m.start()]):
            add(m.lastgroup or "", m)
    for m in seats.finditer(masked):
        # "a meeting in Helsinki" is a place; "Moscow said" and "ties with Moscow" are actors.
        if not _LOCATIVE.search(masked[: m.start()]):
            add(m.lastgroup or "", m)
    return _drop_bystanders(masked, sorted(mentions, key=lambda o: o.start))


def _drop_bystanders(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` without actors that only qualify a thing, serve as a comparison, or are
    named in a quotation or a parenthesis while the sentence names an actor outside it."""
    kept = [
        m
        for m in mentions
        if not _QUALIFIES_THING.match(text[m.end :]) and not _COMPARISON.search(text[max(0, m.start - 30) : m.start])
    ]
    asides = [(a.start(), a.end()) for a in _ASIDE.finditer(text)] if kept else []
    if asides:
        outside = [m for m in kept if not any(s <= m.start < e for s, e in asides)]
        if outside:
            kept = outside
    return kept
