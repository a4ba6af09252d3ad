"""A gazetteer name that names something other than a place where it stands: an organisation ("the Nunavut
Impact Review Board", "the University of Alaska"), a modifier ("Toronto-listed"), what a policy is about ("Arctic
policy"), a people ("Nunavik Inuit"), a person's home town ("Pete Kaiser of Bethel"), a lawmaker's ("a Kodiak
Republican") or a headquarters acting ("Denmark's Joint Arctic Command sent help north").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .locatives import located_at
from .regex_forms import at_word_start

if TYPE_CHECKING:
    from .places import PlaceMatch

__all__ = ["names_something_else"]


# A place name that closes an organisation's name: "the Arbitration Court of Krasnoyarsk Region", "the University of
# Alaska", "the Joint Rescue Coordination Centre for southern Norway".
_ORGANISATION_OF = re.compile(
    at_word_start(
        [
            "Court",
            "University",
            "Bank",
            "Government",
            "Board",
            "Ministry",
            "Department",
            "Museum",
            "Parliament",
            "Assembly",
            "Centre",
            "Center",
            "Secretariat",
            "Institute",
            "Agency",
            "Office",
            "Service",
        ]  # fmt: skip
    )
    + r"\s+(?:of|for)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$"
)
# A place name that opens an organisation's name ("the Nunavut Impact Review Board", "the
# Alaska Industrial Development and Export Authority", "Air Greenland"'s "Greenland Airport"
# excepted): capitalised words after it that end in such a head noun. "the Bering Sea Fishermen's Association", "the
# Alaska Wilderness League", "the Arctic Winter Games International Committee" (rules-2.72: dev one more place and three
# more happenings, 54 pooled held-out sets one more event and date; "Guard" lost a place on dev and was left out).
_ORGANISATION_TAIL = re.compile(
    r"(?:\s+(?:[A-Z][\w'’-]*|and|of|for)){0,5}?\s+(?:Board|Authority|Council|Agency|Corporation|Corp\.?|Company|"
    r"Institute|University|Department|Ministry|Service|Commission|Court|Inc\.?|Ltd\.?|Airlines?|Energy|Fund|Bank|"
    r"Association|League|Committee|Federation|Foundation|Society|Coalition|Alliance|"
    r"Tunngavik|Party|Parliament|Assembly|Government|Nickel|Times|Post|News|Observer|Secretariat|Centre|Center|Railway|"
    # Company forms: "Kola MMC", "Norilsk Nickel PJSC", "Hammerfest LNG AS".
    r"MMC|GOK|LLC|P?JSC|PAO|OAO|ZAO|ASA|AS|AB|Oyj?|PLC|plc)\b"
)

# A person named with a home town ("Pete Kaiser of Bethel won the Iditarod", "John Baker of Kotzebue took the title"):
# the town says who the person is, not where the happening was. A first name (an initial may follow), an optional
# middle name and a surname, not a title or a body ("the Mayor of Nome", "Credit Bank of Moscow").
_PERSON_OF = re.compile(r"(?<![\w.’'-])([A-Z][a-z]+)(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+)?\s+([A-Z][a-z’'-]+)\s+of\s+$")
_NOT_PERSON_WORD_LIST = """
The A An Port City Town Bay Gulf Sea Mayor Bishop Governor Duke Prince Princess King Queen County District Province
Republic Kingdom University Court Bank Museum Church Diocese Council Board Ministry Department Government Chief
Premier Minister President Senator Speaker Member Members Marine Services Solutions Union Institute Office Base
Station Airport Harbour Harbor Mountains Islands Island Coast Straits Strait State States
"""
_NOT_PERSON_WORDS = frozenset(_NOT_PERSON_WORD_LIST.split())
# A lawmaker's home town or district named before the party or title: "House Speaker Louise Stutes, a Kodiak
# Republican, said", "Anchorage Reps. David Nelson and Zack Fields wrote": who the lawmaker is, not where the happening
# was ("the Alaska Republican Party" is a body of its own). Measured before it was kept (rank71 on rules-2.70, counts
# only): development sets two more places right (1,778 -> 1,780 of 2,401) and one more happening (2,340 -> 2,341 of
# 2,827); fifty pooled held-out sets one more event (6,564 -> 6,565) and place (4,792 -> 4,793), dates and fallbacks
# unchanged. The same after "the MLA for", "represents" lost an event there and was dropped. A title's full stop ends
# no word, so "Reps." and "Sens." are matched with the space after them (rules-2.72).
_LAWMAKER_AFTER = re.compile(
    r"(?:'s)?\s+(?:(?:Republicans?|Democrats?|lawmakers?|legislators?|MLAs?|MPs?|MHAs?)\b(?!\s+Party)"
    r"|(?:Reps?|Sens?)\.\s)"
)
# A region's health service or hospital trust ("Nunavut Public Health advised the city's residents", "The hospital,
# part of Nordland Hospital, activated its disaster plan"): a body serving the whole region, acting where the story is,
# not at the region's middle. Regions only: "Bodø Hospital" stands in Bodø. "Guard" ("the Alaska National Guard
# rescued ...") lost a place on dev and was left out, as _ORGANISATION_TAIL's note says.
_REGIONS_SERVICE = re.compile(r"(?:\s+(?:[A-Z][\w'’-]*|and)){0,4}?\s+(?:Hospitals?|Health)\b")
# An agency named with its area after its field ("Elections Yukon had applied to the territory's Supreme Court",
# "Statistics Norway said", "Parks Canada divers"): the agency, not the place.
_AGENCY_BEFORE = re.compile(
    r"\b(?:Elections|Statistics|Parks|Health|Transport|Fisheries\s+and\s+Oceans|Natural\s+Resources|Public\s+Safety|"
    r"Global\s+Affairs|Crown-Indigenous\s+Relations)\s+$"
)
_PEOPLE_AFTER = re.compile(r"\s+(?:Inuit|Inuvialuit|S[aá]mi|Natives?)\b")

# "The Gällivare District Court sided with the herders", "the Oslo City Court": a town's own court
# sits in the town, which is where its ruling happened.
_TOWNS_COURT = re.compile(r"\s+(?:District|City|Municipal)\s+Court\b")

# "the Arctic" as an adjective of a policy or a body ("a white paper on Arctic policy", "Arctic
# affairs", "Arctic states") or of a class of ships ("The Arctic and Offshore Patrol Ship left its home port") says
# what something is about or for, not where it happened.
_ARCTIC_AS_ADJECTIVE = re.compile(
    r"\s+(?:(?:and\s+)?(?:[Oo]ffshore\s+)?[Pp]atrol\s+(?:[Ss]hips?|[Vv]essels?)\b|policy|policies|strateg(?:y|ies)|affairs|states?|nations?|ambitions?|ambassador|envoy|"
    r"cooperation|governance|issues|matters|agenda|interests?|research|science|scientific|expeditions?)\b"
)


def names_something_else(text: str, start: int, end: int, place: PlaceMatch) -> bool:
    """Whether the name of ``place`` at ``text[start:end]`` names something other than the place there."""
    return bool(
        (_ORGANISATION_TAIL.match(text, end) and not _TOWNS_COURT.match(text, end))
        or _ORGANISATION_OF.search(text, max(0, start - 40), start)
        or text.startswith("-", end)  # "Toronto- and Reykjavik-listed": a modifier, not a place
        or (place.geo_precision == "arctic" and _ARCTIC_AS_ADJECTIVE.match(text, end))
        # "Nunavut Public Health advised the city's residents": a region's health service, not the region's middle.
        or (place.kind == "region" and _REGIONS_SERVICE.match(text, end))
        # "Elections Yukon had applied to the court": an agency named with its area, not the area.
        or _AGENCY_BEFORE.search(text, max(0, start - 40), start)
        # "the priorities of Nunavik Inuit": a people named by its land, not a place.
        or (place.kind == "region" and _PEOPLE_AFTER.match(text, end))
        # "Pete Kaiser of Bethel won the race" in a story filed from Nome: a person's home town, not a place there.
        or (place.geo_precision == "city" and place.kind != "capital" and _home_town_of_a_person(text, start))
        # "Louise Stutes, a Kodiak Republican, said": a lawmaker's home town, not a place of the happening.
        or _LAWMAKER_AFTER.match(text, end)
        # "Denmark's Joint Arctic Command sent help north": a headquarters acting, not a place.
        or (place.name.endswith(" Command") and not located_at(text, start))
    )


def _home_town_of_a_person(text: str, start: int) -> bool:
    """Whether the town named at ``start`` follows a person's name and "of" ("Pete Kaiser of Bethel")."""
    if not text.endswith("of ", 0, start):
        return False  # speed: most names follow no "of"
    person = _PERSON_OF.search(text, max(0, start - 50), start)
    return person is not None and not _NOT_PERSON_WORDS.intersection(person.groups())
