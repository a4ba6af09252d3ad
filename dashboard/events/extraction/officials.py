"""Who acts when a sentence names its actor only by an office or a description.

News names a state's people and bodies by office alone once the story has set the scene:
"Northern Affairs Minister Dan Vandal said", "The Ministry of Foreign Affairs has today
declared ...", "Governor Lars Fause said", "the Bergen-based Institute of Marine Research
said". :func:`unnamed_actors` finds the state behind such words:

- a national office (minister, ministry, government, coast guard, ...) is the state the
  story is about, also beside a foreign state it acts on ("declared 15 officers at the
  Russian Embassy persona non grata" is Norway's ministry acting on Russia's diplomats);
- a local office or body (governor, mayor, municipality, city council) is the state where the
  sentence's places lie, whoever the story is about (Svalbard's governor is Norway's in a story
  about a Russian parade);
- an organisation "based" in a city is that city's state;
- a national office speaking in one state's capital ("Defence Minister Anita Anand told reporters
  in Ottawa") is that state's, whatever state the story is mostly about; Nuuk's and Tórshavn's, whose places
  are the Danish realm's, are Greenland's and the Faroes' ("The government in Nuuk announced ...").
"""

from __future__ import annotations

import re

from .actor_names import SEATS
from .actors import ActorMention
from .places import Gazetteer, PlaceMatch
from .regex_forms import any_substring, at_word_start, either_case
from .sentence_openers import DATE_OPENER

__all__ = ["companies_by_city", "names_an_international_body", "unnamed_actors"]

# A state's office-holders and bodies named by title alone, capitalised or not ...
_OFFICES = ("minister", "ministry", "premier", "government", "parliament", "coast [Gg]uard", "navy", "armed [Ff]orces",
            "defen[cs]e [Ff]orces", "authorities", "officials", "state-(?:owned|run)")  # fmt: skip
# ... and a state's agencies by their generic names ("the Directorate of Fisheries", "the Department of
# Civil Protection", "the Meteorological Office"), not the international ones. Not the police, who act
# where they are (a US crash in Norway is met by Norway's police).
_AGENCIES = ("Directorate", "Department", "Agency", "Authority", "Inspectorate", "Meteorological (?:Office|Institute)",
             "Civil Protection", "Royal House", "Investigative Committee")  # fmt: skip
_OFFICIALS = re.compile(at_word_start([*either_case(_OFFICES), *_AGENCIES]) + r"\b")
# The name an office closes is an international body's ("the International Energy Agency", "the
# European Maritime Safety Agency"): no state's.
_INTERNATIONAL = r"\b(?:International|European|World|United Nations|Nordic)"
_INTERNATIONAL_NAME = re.compile(_INTERNATIONAL + r"(?:\s+[A-Z][\w'-]*)*\s+$")
# An international body by name: "the International Energy Agency", "the World Meteorological Organization".
_INTERNATIONAL_BODY = re.compile(_INTERNATIONAL + r"(?:\s+[A-Z][\w'-]*)+")


def names_an_international_body(sentence: str) -> bool:
    """Whether ``sentence`` names an international body, which acts for no one state."""
    return bool(_INTERNATIONAL_BODY.search(sentence))


def _national_title(sentence: str) -> re.Match[str] | None:
    """The first office or body ``sentence`` names by title alone that is a state's."""
    return next(
        (m for m in _OFFICIALS.finditer(sentence) if not _INTERNATIONAL_NAME.search(sentence[: m.start()])), None
    )


# An office opening the sentence as its subject ("The Ministry of Foreign Affairs has today
# declared"): it acts even when the sentence names other states after it.
# Also a service or agency ("NORFOLK, Va. - The Navy revived its 2nd Fleet ... as Russian submarines
# push further out"), after a dateline.
# A date may open the sentence before it ("In May 2016 the government awarded ten licences to 13 oil companies, among
# them Chevron of the United States": the story's government, whoever it awarded them to).
# After a first full naming, news goes on with the bare role or body, and it is still the story's state's, whoever
# the sentence names after it: "The minister told Russia ...", "Officials confirmed that China ...", "The coast
# guard's spokesman said a Russian warship ...", "The defence ministry added ...", "Its embassy would be reopened ...".
_OFFICE_AS_SUBJECT = re.compile(
    rf"(?:[A-Z][A-Z .'-]+,[^-–—]{{0,30}}\s[-–—]+\s+|{DATE_OPENER})?(?:(?:The|the)\s+(?:[A-Z][a-z]+\s+)?"
    r"(?:Ministry|Government|government|ministry|Navy|Army|Air Force|Coast Guard|Directorate|Agency|Authority|"
    r"Parliament|parliament)|(?:The|the)\s+(?:(?:prime|foreign|defen[cs]e|fisheries|justice|interior|environment|"
    r"finance|energy|trade)\s+)?(?:minister|ministry|coast\s+guard|navy|army|military|armed\s+forces|authorities|"
    r"officials|administration)|Officials|Authorities|"
    r"Its\s+(?:embassy|forces|armed\s+forces|navy|army|coast\s+guard|government|military|defen[cs]e))\b"
    r"(?:'s\s+(?:spokes(?:man|woman|person)|head|chief|director))?"
)
# An office as the subject of the main clause after a clause that opens the sentence on another state's act ("Last
# September, after Moscow announced a partial mobilisation, the minister for foreign affairs said ..."): the states
# the opening clause names set the scene; the office is the story's state's. Also "As part of the deal, the government
# will invest ... in Trilogy Metals, a Vancouver-based company": the story's government, beside the company's state.
_OFFICE_AFTER_CLAUSE = re.compile(
    rf"(?:{DATE_OPENER})?(?:[Aa]fter|[Ww]hen|[Aa]s|[Ww]hile|[Bb]efore|[Ss]ince)\s+[^,]{{3,100}},\s+(?P<office>(?:The|the)\s+"
    r"(?:[a-z]+\s+)?(?:minister|ministry|government|premier|prime\s+minister|Ministry|Government|Premier|Prime\s+Minister)"
    r")\b"
)
# Local office-holders and bodies ("Governor Lars Fause", "Gov. Mike Dunleavy", "the mayor",
# "Tromsø municipality has reported ...", "the city council").
_LOCAL_OFFICIALS = re.compile(
    r"\b(?:[Gg]overnor|Gov\.|[Mm]ayor|[Mm]unicipality|(?:[Cc]ity|[Tt]own|[Mm]unicipal|[Cc]ounty)\s+[Cc]ouncil)(?=[\s',.])"
)
# Every match of _LOCAL_OFFICIALS holds one of these, lower-cased (speed: tested before the scan).
_LOCAL_OFFICIAL_WORDS = ("governor", "gov.", "mayor", "municipality", "council")


def _may_name_local_official(sentence: str) -> bool:
    lower = sentence.lower()
    return any(word in lower for word in _LOCAL_OFFICIAL_WORDS)


# "the Bergen-based Institute of Marine Research": an organisation named with its home city;
# not "its Oslo-based secretariat", which is the body named before.
# "The Chicago-based airline announced ...": a company by its kind, with its home city.
_BASED_IN = re.compile(
    r"(?<!\bits )(?<!\btheir )\b(?!(?:The|A|An|Its|Their)\s)(?P<city>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?)-based\s+"
    r"(?:[A-Z]|(?:airline|company|firm|carrier|group|shipowner|operator|miner|producer|developer|shipyard|"
    r"start-?up|lender|bank|insurer|utility|manufacturer)\b)"
)


# "the Zurich company Climeworks", "a Bergen firm": a company introduced by its home city.
_CITY_COMPANY = re.compile(
    at_word_start(["The", "the", "an?"])
    + r"\s+(?P<city>[A-Z][\w'-]+)\s+(?:company|firm|group|start-?up|shipowner|operator|miner|"
    r"producer|developer|shipyard|carrier)\b"
)
# Whether a sentence holds one of _CITY_COMPANY's nouns as plain text ("start" for "start-up"), as every match does:
# one search dismisses most sentences, where the scan tries every "the" and "a" (speed).
_ANY_CITY_COMPANY_NOUN = any_substring(["company", "firm", "group", "start", "shipowner", "operator", "miner",
                                        "producer", "developer", "shipyard", "carrier"])  # fmt: skip


# "agreed to buy Toronto-based TMAC", "the seller is Denver-based short line holding company OmniTRAX": a company
# named after its home city, which the article may name again alone ("TMAC shareholders approved the deal").
_BASED_NAME = re.compile(
    r"(?<!\bits )(?<!\btheir )\b(?!(?:The|A|An|Its|Their)\s)(?P<city>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?)-based\s+"
    r"(?:(?:[a-z][\w-]*\s+){0,4}?(?:company|firm|group|shipowner|operator|miner|producer|developer|shipyard|airline|"
    r"carrier|investor)\s+)?[A-Z]"
)


# Researchers named by their institution and its city: "scientists at the National Snow and Ice Data Center in
# Boulder, Colorado", "two anthropologists at Rice University in Houston": the institution's state acts, and its city
# says who they are, not where the happening was.
_INSTITUTION_IN_A_CITY = re.compile(
    r"\b(?:scientists?|researchers?|anthropologists?|glaciologists?|geologists?|oceanographers?|experts?|engineers?|"
    r"professors?|economists?)\s+(?:from|at)\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){1,7}?"
    r"in\s+(?P<city>[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?(?:,\s[A-Z][\w'-]+)?)"
)


def companies_by_city(sentence: str, gazetteer: Gazetteer, states: frozenset[str]) -> list[ActorMention]:
    """The home cities ``sentence`` introduces a company or a research institution by ("the Zurich company
    Climeworks", "scientists at the National Snow and Ice Data Center in Boulder"), as mentions of the state each city
    lies in, so that the company's name is learnt as that state's and the city is not read as the happening's place."""
    found = []
    matches = [*_CITY_COMPANY.finditer(sentence)] if _ANY_CITY_COMPANY_NOUN.search(sentence) else []
    if "-based " in sentence:  # speed: the word the pattern needs
        matches += _BASED_NAME.finditer(sentence)
    if " in " in sentence and (" at " in sentence or " from " in sentence):  # speed: words the second pattern needs
        matches += _INSTITUTION_IN_A_CITY.finditer(sentence)
    for m in matches:
        # "Boulder, Colorado" is one gazetteer name; "Houston, Cymene Howe" is Houston.
        city = m.group("city") if gazetteer.lookup(m.group("city")) else m.group("city").split(",")[0]
        place = gazetteer.lookup(city)
        if place is not None and place.iso3 in states and place.kind in ("city", "capital", "settlement", "port"):
            found.append(ActorMention(place.iso3, city, m.start("city"), m.start("city") + len(city)))
    return found


# Police, prosecutors and local courts act where they are, whoever they act on: "Police stopped a Russian man at
# the border near Kirkenes" is Norway's police; "He was brought before the district court in Tromso" Norway's court.
_LOCAL_FORCE = re.compile(
    r"^(?:[A-Z][A-Z .'-]+(?:,[^-–—]{0,30})?\s[-–—]+\s+)?(?:(?:The|Local|Regional)\s+)?(?:[Pp]olice|[Pp]rosecutors)\b"
    r"|\b(?:before|by)\s+(?:the|a)\s+(?:district|local|city|county|regional)\s+court\b"
)


def _seat_state(capital: PlaceMatch) -> str:
    """The actor whose seat ``capital`` is: Nuuk is Greenland's, Tórshavn the Faroes' (places of the Danish realm)."""
    return next((code for code, names in SEATS.items() if capital.name in names), capital.iso3)


def _state_of(places: list[PlaceMatch], states: frozenset[str]) -> str:
    """The state of the first of ``places`` that lies in one of ``states`` ("" when none does)."""
    return next((p.iso3 for p in places if p.iso3 in states), "")


def unnamed_actors(
    sentence: str,
    masked: str,
    mentions: list[ActorMention],
    gazetteer: Gazetteer,
    story_state: str,
    states: frozenset[str],
) -> list[ActorMention]:
    """Actors ``sentence`` names only by office or description, beyond its ``mentions``.

    Parameters
    ----------
    sentence, masked : str
        The sentence, and the same with news outlets blanked out (for finding places).
    mentions : list of ActorMention
        The actors the sentence names (by name, learnt alias or tied title).
    gazetteer : Gazetteer
        Where places are looked up (their ``iso3`` says which state they lie in).
    story_state : str
        The state the article is about ("" when none dominates).
    states : frozenset of str
        The codes that are states (not organisations).
    """
    codes = {m.code for m in mentions}
    if ("olice" in sentence or "rosecutors" in sentence or "court" in sentence) and (
        force := _LOCAL_FORCE.search(sentence)
    ):  # speed: a word test first
        found = gazetteer.find(masked, exclude=[(m.start, m.end) for m in mentions])
        # Where they act is named after them ("near Kirkenes", "in Tromso"), not in the dateline before them.
        local_places = [p for p in found if p.geo_precision not in ("country", "arctic") and p.start >= force.end()]
        if (code := _state_of(local_places, states)) and code not in codes:
            return [ActorMention(code, force.group(0), force.start(), force.end())]
    if not codes and _may_name_local_official(sentence) and (local := _LOCAL_OFFICIALS.search(sentence)):
        # "Governor Lars Fause said ... the governor's office in Longyearbyen": Norway's.
        found = gazetteer.find(masked, exclude=[(m.start, m.end) for m in mentions])
        if code := _state_of(found, states) or story_state:
            return [ActorMention(code, local.group(0), local.start(), local.end())]
    if not codes and "-based" in masked and (based := _BASED_IN.search(masked)):  # speed: a word test first
        place = gazetteer.lookup(based.group("city"))
        if place is not None and place.iso3 in states:
            return [ActorMention(place.iso3, based.group(0), based.start(), based.end("city"))]
    title = None if codes else _national_title(sentence)
    if title is not None:
        # "Defence Minister Anita Anand told reporters in Ottawa": a minister speaking in a capital is
        # that state's, whatever state the story is mostly about.
        found = gazetteer.find(masked, exclude=[(m.start, m.end) for m in mentions])
        capitals = [_seat_state(p) for p in found if p.kind == "capital" and p.iso3 in states]
        if len(set(capitals)) == 1:
            return [ActorMention(capitals[0], title.group(0), title.start(), title.end())]
    if not story_state or story_state in codes:
        return []
    if title is not None:
        # "Northern Affairs Minister Dan Vandal said": the officials of the state the story is about.
        return [ActorMention(story_state, title.group(0), title.start(), title.end())]
    first = min((m.start for m in mentions), default=len(sentence))
    if (subject := _OFFICE_AS_SUBJECT.match(sentence)) and subject.end() <= first:
        return [ActorMention(story_state, subject.group(0), subject.start(), subject.end())]
    if (after := _OFFICE_AFTER_CLAUSE.match(sentence)) and not any(
        after.start("office") <= m.start < after.end() for m in mentions
    ):
        return [ActorMention(story_state, after.group("office"), after.start("office"), after.end())]
    return []
