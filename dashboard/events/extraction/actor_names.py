"""The name tables actors are recognised by: states and organisations by code, the names,
demonyms and institutions they go by, their seats of government and dated leaders. Companies,
shipping lines and agencies are in geodata's organisations table (``geodata/organisations.py``).
The names that look like actors but are none (news outlets, "the Norwegian Sea") are in
:mod:`.not_actors`.

Codes are ISO 3166-1 alpha-3 for states and territories (GRL for Greenland's own
government) and short codes for organisations: NATO, EU, ARC (Arctic Council), UN.
Names are regex fragments, matched case-sensitively on word boundaries by
:mod:`.actors`, which holds the matching rules.

``home`` is where an actor's events are drawn when an article names no place: the
seat of government (EPSG:4326, degrees), with geo_precision ``country``. Some capitals
(Washington, Beijing, Tokyo, Seoul, New Delhi) lie south of the map's 40°N edge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from geodata.gazetteer import names_of
from geodata.organisations import load_organisations

from .people import PEOPLE

__all__ = [
    "ACTORS",
    "GROUPS",
    "NAMES",
    "PEOPLE",
    "SEATED_INSTITUTIONS",
    "SEATS",
    "Actor",
    "names_with_organisations",
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
        Actor("AUS", "Australia", ("Canberra", -35.2809, 149.1300)),
        Actor("EST", "Estonia", ("Tallinn", 59.4370, 24.7536)),
        Actor("LVA", "Latvia", ("Riga", 56.9496, 24.1052)),
        Actor("LTU", "Lithuania", ("Vilnius", 54.6872, 25.2797)),
        Actor("ITA", "Italy", ("Rome", 41.9028, 12.4964)),
        Actor("SGP", "Singapore", ("Singapore", 1.3521, 103.8198)),
        Actor("TWN", "Taiwan", ("Taipei", 25.0330, 121.5654)),
        Actor("VAT", "Holy See", ("Vatican City", 41.9029, 12.4534)),
        # The other states the gazetteer names as countries (geodata/sources/gazetteer.csv), so that
        # their companies, ministers and ships are actors too; homes are their capitals (GeoNames).
        Actor("CHE", "Switzerland", ("Bern", 46.9481, 7.4474)),
        Actor("ESP", "Spain", ("Madrid", 40.4165, -3.7026)),
        Actor("AUT", "Austria", ("Vienna", 48.2085, 16.3721)),
        Actor("BEL", "Belgium", ("Brussels", 50.8505, 4.3488)),
        Actor("IRL", "Ireland", ("Dublin", 53.3331, -6.2489)),
        Actor("BLR", "Belarus", ("Minsk", 53.9, 27.5667)),
        Actor("IRN", "Iran", ("Tehran", 35.6944, 51.4215)),
        Actor("PRK", "North Korea", ("Pyongyang", 39.0339, 125.7543)),
        Actor("MNG", "Mongolia", ("Ulaanbaatar", 47.9077, 106.8832)),
        Actor("QAT", "Qatar", ("Doha", 25.2855, 51.531)),
        Actor("SAU", "Saudi Arabia", ("Riyadh", 24.6877, 46.7219)),
        Actor("ARE", "United Arab Emirates", ("Abu Dhabi", 24.4667, 54.3667)),
    )
}

# Names a state or organisation goes by: official and short names, demonyms,
# institutions. Regex fragments, matched case-sensitively on word boundaries.
NAMES: dict[str, tuple[str, ...]] = {
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
        "US Coast Guard",
        "U\\.S\\. Coast Guard",
        "US Navy",
        "U\\.S\\. Navy",
        "US Air Force",
        "Space Force",
        "US Army",
        # The US Marine Corps and its units ("Marine Aircraft Wing"), not the Royal Marines.
        "(?:U\\.S\\. |US )?Marine Corps",
        "(?<!Royal )(?<!Dutch )(?<!Netherlands )Marines",
        "Marine (?:Aircraft Wing|Expeditionary (?:Force|Unit)|Medium Tiltrotor Squadron|Rotational Force)",
        # Aircraft only the US flies, named for the crew flying them ("a B-2 flew in formation over the North Sea",
        # "an F-22 fired a missile", "an MV-22B went down"), and the Air Force's bomber rotations abroad.
        "B-(?:1B?|2A?|52H?)s?",
        "F-22A?s?",
        "(?:MV|CV)-22B?s?",
        "Bomber Task Force",
        "Congress",
        "Senate",
        "Bureau of Land Management",
        "Interior Department",
        "Department of the Interior",
        "(?:U\\.S\\. |US )?Northern Command",
        "NORTHCOM",
        "Customs and Border Protection",
        "Department of (?:Energy|Commerce|Justice|Transportation)",
        # Federal agencies (rules-2.26): public institutions are their state's, the annotation convention.
        "Federal Energy Regulatory Commission",
        "FERC",
        "Bureau of (?:Ocean Energy Management|Safety and Environmental Enforcement|Indian Affairs)",
        "BOEM",
        "Environmental Protection Agency",
        "National Oceanic and Atmospheric Administration",
        "NOAA",
        "Fish and Wildlife Service",
        "National Park Service",
        "Army Corps of Engineers",
        "Federal Aviation Administration",
        "National Transportation Safety Board",
        "NTSB",
        "U\\.S\\. Geological Survey",
        "US Geological Survey",
        "United States Geological Survey",
        "USGS",
        "National Science Foundation",
        "NASA",
        "Federal Emergency Management Agency",
        "FEMA",
        "Justice Department",
        "Treasury Department",
        "Commerce Department",
        "Energy Department",
        "Defense Department",
        "Homeland Security Department",
        # "In 1946 the Truman administration offered Denmark $100 million": a president's administration, whatever
        # the year (people.py knows the presidents only in their terms).
        *(
            f"{president} administration"
            for president in (
                "Truman",
                "Eisenhower",
                "Kennedy",
                "Nixon",
                "Carter",
                "Reagan",
                "Bush",
                "Clinton",
                "Obama",
                "Trump",
                "Biden",
            )
        ),
        "U\\.S\\. (?:Army|Air Force|Northern Command|Space Force)",
        # A US state's offices are the United States' ("Alaska's senators said"): Alaska is no
        # actor of its own, and its name alone is a place.
        "Alaska(?:'s)? (?:senators?|congressional delegation|[Ll]egislature|Gov\\.|[Gg]overnor|Department of [A-Z][a-z]+"
        "(?: (?:and|of) [A-Z][a-z]+)*|Gasline Development Corp(?:oration|\\.)?)",
    ),
    "RUS": (
        "Russia",
        "Russian Federation",
        "Russians?",
        "Kremlin",
        "Northern Fleet",
        "Soviet Union",
        "Soviet",
        "USSR",
        "Russian Direct Investment Fund",
        "RDIF",
        # Federal agencies and fleets (rules-2.26).
        "Roscosmos",
        "Federal Security Service",
        "FSB",
        "Ros(?:gidromet|hydromet|aviatsia|prirodnadzor|rybolovstvo|morrechflot)",
        "State Duma",
        "Duma",
        "Federation Council",
        "Pacific Fleet",
        "Baltic Fleet",
        "Black Sea Fleet",
    ),
    "CHN": (
        "China",
        "People's Republic of China",
        "PRC",
        "Chinese",
        "PLA",
        "People's Liberation Army",
        # "the Hong Kong-flagged container ship NewNew Polar Bear": a ship's flag is its state's, and Hong Kong's
        # is China's (Hong Kong named alone is a place).
        "Hong Kong-(?:flagged|registered)",
        "Silk Road Fund",
        "Xue Long(?: 2)?",
        "NewNew Shipping",
    ),
    "NOR": (
        "Norway",
        "Norwegians?",
        "Storting",
        "Norwegian Armed Forces",
        "Norwegian Coast Guard",
    ),
    "DNK": ("Denmark", "Danes?", "Danish", "Kingdom of Denmark", "Folketing"),
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
    "CAN": (
        "Canada",
        "Canadians?",
        "Canadian Armed Forces",
        "Royal Canadian Navy",
        "Canadian Coast Guard",
        "Royal Canadian Air Force",
        "(?<!Ministry of )(?:Department of )?National Defence",
        "Parliament Hill",
    ),
    "ISL": ("Iceland", "Icelanders?", "Icelandic", "Althing(?:i)?"),
    "SWE": ("Sweden", "Swedes?", "Swedish", "Riksdag"),
    "FIN": ("Finland", "Finns?", "Finnish", "Eduskunta"),
    # "The allies signed Finland's accession protocol": lower-case "the allies" in news of today is NATO's members
    # acting together ("the Allies" of the Second World War are capitalised).
    "NATO": ("NATO", "North Atlantic Treaty Organization", "the Alliance", "[Tt]he allies"),
    "EU": ("European Union", "EU", "E\\.U\\.", "European Commission", "European Council"),
    "ARC": ("Arctic Council", "[Tt]he eight Arctic (?:states|nations|countries)"),
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
    "GBR": (
        "United Kingdom",
        "Britain",
        "British",
        "UK",
        "U\\.K\\.",
        "Royal Navy",
        "Royal Air Force",
        "RAF",
        "Royal Marines",
        "Scottish",
        "Welsh",
    ),
    "DEU": ("Germany", "Germans?", "Bundeswehr"),
    "FRA": ("France", "French"),
    "JPN": ("Japan", "Japanese"),
    "KOR": ("South Korea", "Republic of Korea", "South Koreans?", "(?<!North )Korean", "(?<!North )Korea"),
    "IND": ("India", "Indians?"),
    "FRO": ("Faroe Islands", "Faroes", "Faroese", "Løgting", "Lagting"),
    "HUN": ("Hungary", "Hungarians?"),
    "TUR": ("Turkey", "Türkiye", "Turkish", "Turks?"),
    "POL": ("Poland", "Poles", "Polish"),
    "NLD": ("Netherlands", "Dutch"),
    "AUS": ("Australia", "Australians?"),
    "EST": ("Estonia", "Estonians?"),
    "LVA": ("Latvia", "Latvians?"),
    "LTU": ("Lithuania", "Lithuanians?"),
    "ITA": ("Italy", "Italians?"),
    "SGP": ("Singapore", "Singaporeans?"),
    "TWN": ("Taiwan", "Taiwanese"),
    # The Pope acts for the Holy See, wherever he is (ISO 3166 code of the Vatican City State).
    "VAT": ("Holy See", "Vatican", "Pope", "[Pp]apal", "the Pontiff"),
    "CHE": ("Switzerland", "Swiss"),
    "ESP": ("Spain", "Spanish", "Spaniards?"),
    "AUT": ("Austria", "Austrians?"),
    "BEL": ("Belgium", "Belgians?"),
    "IRL": ("Ireland", "Irish"),
    "BLR": ("Belarus", "Belarusians?"),
    "IRN": ("Iran", "Iranians?"),
    "PRK": ("North Korea", "North Koreans?", "DPRK", "Pyongyang"),
    "MNG": ("Mongolia", "Mongolians?"),
    "QAT": ("Qatar", "Qataris?"),
    "SAU": ("Saudi Arabia", "Saudis?"),
    "ARE": ("United Arab Emirates", "UAE", "Emirati", "Emiratis"),
}

# Names of a group of states, each of them a party: "the leaders of four Nordic countries".
# "The eight Arctic states" are the Arctic Council's members and act as the council (ARC,
# in :data:`NAMES`), as analysts code a joint statement of all eight.
GROUPS: dict[str, tuple[str, ...]] = {
    "Nordic (?:countries|states|nations|governments|neighbours|neighbors|leaders|prime ministers|"
    "foreign ministers|defen[cs]e ministers)": ("DNK", "FIN", "ISL", "NOR", "SWE"),
    # The binational North American Aerospace Defense Command is both states'.
    "NORAD|North American Aerospace Defen[cs]e Command": ("USA", "CAN"),
    "Baltic (?:countries|states|nations|governments|leaders)": ("EST", "LVA", "LTU"),
}

# Seats of government, used for a state only when they are not after "in/at/to/...".
SEATS: dict[str, tuple[str, ...]] = {
    "USA": ("Washington",),
    "RUS": ("Moscow",),
    "CHN": ("Beijing",),
    "NOR": ("Oslo",),
    "DNK": ("Copenhagen",),
    "GRL": ("Nuuk",),
    "FRO": ("Tórshavn", "Torshavn"),
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

# Institutions that act from their state's seat of government ("the Kremlin said").
SEATED_INSTITUTIONS = frozenset(
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
        "Løgting",
        "Lagting",
    }
)


# Exercises a body runs under a name of their own ("Shortly after Trident Juncture got under way in Norway, Norwegian
# authorities warned ..."): naming one adds the body to the parties a sentence already has. Not party names: as one,
# the exercise's every mention made an event of its own.
EXERCISE_ORGANISERS = {"Trident Juncture": "NATO"}


@lru_cache(maxsize=1)
def names_with_organisations() -> dict[str, tuple[str, ...]]:
    """:data:`NAMES` plus the companies, shipping lines and agencies of geodata's organisations
    table (``geodata/organisations.py``), each under the actor it acts for, as escaped fragments."""
    names = {code: list(fragments) for code, fragments in NAMES.items()}
    for row in load_organisations():
        names.setdefault(row["actor"], []).extend(re.escape(n) for n in names_of(row["name"], row["alt_names"]))
    return {code: tuple(fragments) for code, fragments in names.items()}
