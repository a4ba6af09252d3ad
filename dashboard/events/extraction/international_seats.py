"""Where an international body acts when the sentence names no place for the act: at its seat.

"The UN Human Rights Committee found in 2019 that Finland had violated the political rights of the
Sámi" is a finding made in Geneva, not in Finland; "the Commission on the Limits of the Continental
Shelf ... adopted its recommendations on the Russian submission" was adopted in New York, not in
Moscow or on the Lomonosov Ridge the submission is about. The annotation conventions put a national
government's decision at its seat of government; this is the same reading for the standing bodies
whose work is done at one fixed seat.

Only bodies with one seat are listed: not those whose meetings move from city to city (NATO and EU
summits, the Arctic Council's ministerial meetings, UNESCO's World Heritage Committee), nor
acronyms that Arctic news also uses for something else ("ICC" is the Inuit Circumpolar Council,
"ISA" many things). The seats are the bodies' own statements of where they sit (their web sites'
"about" pages, checked 2026-12); the places are the gazetteer's, so their coordinates have one
source.
"""

from __future__ import annotations

import re

from .places import Gazetteer, PlaceMatch
from .regex_forms import any_substring

# Body names (an optional "UN"/"U.N."/"United Nations" before them is part of the name) by the
# gazetteer place where the body sits.
_SEATS: dict[str, tuple[str, ...]] = {
    # OHCHR (treaty bodies and the Council meet at the Palais Wilson and Palais des Nations); WMO;
    # WTO; IPCC secretariat (hosted by WMO); ILO.
    "Geneva": (
        "Human Rights Committee",
        "Human Rights Council",
        "Committee on the Elimination of Racial Discrimination",
        "World Meteorological Organization",
        "WMO",
        "World Trade Organization",
        "WTO",
        "Intergovernmental Panel on Climate Change",
        "IPCC",
        "International Labour Organization",
        "International Labor Organization",
    ),
    # UN Division for Ocean Affairs and the Law of the Sea (the CLCS meets at UN Headquarters);
    # the General Assembly and the Security Council; the Permanent Forum on Indigenous Issues.
    "New York City": (
        "Commission on the Limits of the Continental Shelf",
        "CLCS",
        "General Assembly",
        "Security Council",
        "Permanent Forum on Indigenous Issues",
    ),
    # IMO headquarters, 4 Albert Embankment; its committees meet there.
    "London": (
        "International Maritime Organization",
        "IMO",
        "Marine Environment Protection Committee",
        "MEPC",
        "Maritime Safety Committee",
    ),
    "The Hague": ("International Court of Justice", "ICJ", "Permanent Court of Arbitration"),
    "Strasbourg": ("European Court of Human Rights",),
    "Hamburg": ("International Tribunal for the Law of the Sea", "ITLOS"),
    "Kingston": ("International Seabed Authority",),
    "Vienna": ("International Atomic Energy Agency", "IAEA"),
    "Montreal": ("International Civil Aviation Organization", "ICAO"),
    "Paris": ("International Energy Agency", "OECD"),
    "Brussels": ("European Commission",),
}

_SEAT_OF_BODY = {name: seat for seat, names in _SEATS.items() for name in names}

# The body as the subject of a finding or decision: "the UN Human Rights Committee found in 2019
# that", "the Commission on the Limits of the Continental Shelf, the body of experts set up under
# ..., adopted its recommendations"; or as its agent: "a ban adopted by the IMO in 2021".
_ACTS = (
    r"(?:found|finds|ruled|rules|adopted|adopts|approved|approves|agreed|agrees|decided|decides|concluded|"
    r"recommended|urged|ordered|upheld|rejected|dismissed|issued|published|released|declared|designated|"
    r"voted|accepted|endorsed|critici[sz]ed|warned|reported|confirmed)"
)
_NAMES = "|".join(sorted(map(re.escape, _SEAT_OF_BODY), key=len, reverse=True))
_BODY_ACTS = re.compile(
    rf"\b(?:(?:UN|U\.N\.|United Nations)(?:'s)?\s+)?(?P<body>{_NAMES})\b"
    + r"(?:'s\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?"  # "the IMO's Marine Environment Protection Committee"
    + r"(?:,[^,;.]{1,120},)?"  # an aside: ", the body of experts set up under ...,"
    + r"(?:\s+(?:in\s+\d{4}|on\s+\d{1,2}\s+[A-Z][a-z]+|last\s+\w+|this\s+\w+|also|then|later|has|have|had|"
    + r"unanimously|formally|finally))*"
    + rf"\s+{_ACTS}\b"
)
_BY_BODY = re.compile(rf"\b{_ACTS}\s+by\s+(?:the\s+)?(?:(?:UN|U\.N\.|United Nations)(?:'s)?\s+)?(?P<body>{_NAMES})\b")

# Whether a text names any of the bodies (one scan for all the names; speed).
_ANY_BODY_NAME = any_substring(list(_SEAT_OF_BODY))
_BODY_NAME = re.compile(rf"\b(?:{_NAMES})\b")

# A place told as where the body met or where what it judged happened ("meeting in London", "a
# record of 18.3°C at Argentina's Esperanza base"): then the sentence says where.
_MET_AT = re.compile(r"\b(?:in|at)\s+(?:[A-Z][\w-]*(?:'s|’s)\s+)?$")


def seats_of_named_bodies(text: str) -> frozenset[str]:
    """The gazetteer names of the seats of the international bodies ``text`` names ("Geneva" for "the UN Human Rights
    Committee"): a story at such a seat is about the body's work, not about the seat's state."""
    if not _ANY_BODY_NAME.search(text):  # speed: a test for the names before the scan
        return frozenset()
    return frozenset(_SEAT_OF_BODY[m.group(0)] for m in _BODY_NAME.finditer(text))


def seat_of_acting_body(text: str, places: list[PlaceMatch], gazetteer: Gazetteer) -> PlaceMatch | None:
    """The seat of the international body ``text`` tells as finding or deciding (a gazetteer place,
    degrees EPSG:4326), when no town or point in ``places`` (the sentence's named places) is told as
    where it happened ("in Oslo", "at Svalbard"); None otherwise."""
    if not _ANY_BODY_NAME.search(text):  # speed: a test for the names before the scans
        return None
    match = _BODY_ACTS.search(text) or _BY_BODY.search(text)
    if match is None:
        return None
    if any(p.geo_precision in ("city", "point") and _MET_AT.search(text, 0, p.start) for p in places):
        return None
    return gazetteer.lookup(_SEAT_OF_BODY[match["body"]])
