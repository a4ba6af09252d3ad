"""Where a state's acts happen when a sentence names no place of its own: at its seat of government.

A statement from abroad ("..., Moscow said" in a story at Tromsø), a parliament's or ministry's
decision ("the ministry reversed its view" in a story at Bergen), a head of government's order
("President Bill Clinton vetoed a plan ...") and a law, decree or policy put out at the seat are
placed there, not at the story's place. The annotation convention settled for issue 11 says the
same: a state's decision with no place named is made at its seat of government.
"""

from __future__ import annotations

import re

from .actor_names import ACTORS
from .area_plans import only_areas_or_abroad
from .datelines import dateline_end
from .default_places import DECISION_VERBS, STATE_CODES
from .foreign_ministers import minister_of_another_state
from .governing_subject import governing_subject
from .happening_verbs import REPORTED_SPEECH
from .places import PlaceMatch
from .regex_forms import any_substring, at_word_start
from .text import lower_for_cues

__all__ = ["acts_as_state", "acts_from_seat", "made_at_seat", "seated_body", "speaks_from_abroad"]


# Greenland and the Faroes are the Danish realm's: the gazetteer files their places under DNK.
_REALM = {"GRL": "DNK", "FRO": "DNK"}


_ACCORDING_TO = re.compile(at_word_start(["according to"]) + r"\b")
# A state's reaction told as a deed, not in words reported: "Blinken condemned the test on Monday".
# (Each verb's first letter first, the word boundary tested after it: re skips fast to those letters.)
_REACTION_VERBS = ["condemned", "critici[sz]ed", "denounced", "welcomed", "congratulated", "protested", "praised",
                   "deplored", "applauded"]  # fmt: skip
_REACTS = re.compile(at_word_start(_REACTION_VERBS) + r"\b")


def speaks_from_abroad(text: str, states: list[str], story) -> str:
    """The state speaking in ``text`` when it is a statement ("..., Moscow said") whose states
    all lie outside the story's place (``story``: a PlaceMatch, a (date, PlaceMatch) pair or
    None): it was made at that state's seat, not where the story is. "" otherwise."""
    place = story[1] if isinstance(story, tuple) else story
    # "rain fell across the ice sheet, according to the National Snow and Ice Data Center": a
    # happening with its source named, not a statement made at the source's seat.
    if place is None or not place.iso3 or not states:
        return ""
    if not REPORTED_SPEECH.search(_ACCORDING_TO.sub(" ", text)) and not _REACTS.search(text):
        return ""
    if any(_REALM.get(code, code) == place.iso3 for code in states):
        return ""
    return states[0]


# A state's seated institution or office named as the one acting: "Hungary's parliament had
# ratified ...", "the Hungarian government approved ...", "Greenland's self-rule government said ..." (rules-2.56).
_SEATED_BODY = re.compile(
    r"(?:'s)?\s+(?:(?:self-rule|self-governing|home-rule|new|coalition|minority|majority|caretaker|interim|national|"
    r"federal|central)\s+)?(?:parliament|government|cabinet|(?:foreign|defen[cs]e|interior|justice)\s+ministry|"
    r"ministry\s+of\s+\w+(?:\s+affairs)?|supreme\s+court|constitutional\s+court|president|prime\s+minister)\b",
    re.I,
)


# A mention that is itself the seated body: "the government" of the story's state named by title
# alone, or a parliament by its own name ("must be approved by the Riksdag").
_SEATED_NAME = re.compile(
    r"(?i:government|cabinet|parliament|ministry)|Riksdag|Storting|Folketing|Althingi?|Eduskunta|Inatsisartut|"
    r"Naalakkersuisut|Congress|Senate|Kremlin"
)


# A head of state or government putting a law or decree into force: "The decree, which Putin signed on Monday".
_SIGNS_A_LAW = re.compile(
    r"(?i)\b(?:decree|law|bill|executive\s+order|order|memorandum)\b[^.;]{0,30}?\b(?:signed|enacted)\b|"
    r"\b(?:signed|enacted)\s+(?:\w+\s+){0,3}?(?:decree|law|bill|executive\s+order|memorandum)\b"
)


def seated_body(text: str, mentions) -> str:
    """The state whose parliament, government or ministry ``text`` names as acting ("the Folketing",
    "Norway's government"), whatever the story's place; "" if none."""
    for mention in mentions:
        if _SEATED_BODY.match(text, mention.end) or _SEATED_NAME.fullmatch(mention.text):
            return mention.code
    return ""


# A state putting out its policy: "India released its first Arctic Policy", "China set out its view in
# a white paper published in January 2018", "The federal government released its ... Policy Framework".
_PUTS_OUT_A_POLICY = re.compile(
    r"(?i)\b(?:released|published|adopted|unveiled|issued)\s+(?:[\w'’-]+\s+){0,5}?(?:policy|strategy|white\s+paper|"
    r"policy\s+framework|doctrine)\b|\b(?:policy|strategy|white\s+paper|doctrine),?\s+(?:was\s+)?(?:released|published|"
    r"adopted|unveiled|issued)\b"
)


# Words every _PUTS_OUT_A_POLICY match holds: a substring test before the scan.
_POLICY_CUES = ("released", "published", "adopted", "unveiled", "issued")


def made_at_seat(text: str, mentions, places: list[PlaceMatch], states: frozenset[str]) -> str:
    """The state whose leader signs a law or decree in ``text`` ("The decree, which Putin signed on
    Monday, ..."), or which puts out its policy or strategy ("in March 2022 it released its first
    Arctic Policy"), when every place the sentence names is an area the act is for (a sea, the Arctic,
    a region) or lies in another state: done at the seat of government. "" otherwise."""
    lower = lower_for_cues(text)  # speed: substring tests before the scans
    if ("signed" in lower or "enacted" in lower) and _SIGNS_A_LAW.search(text):
        code = next((m.code for m in mentions if m.person), "")
    elif any(w in lower for w in _POLICY_CUES) and _PUTS_OUT_A_POLICY.search(text):
        code = next((m.code for m in mentions if m.code in states), "")
    else:
        return ""
    return code if code and only_areas_or_abroad(places, code) else ""


def acts_from_seat(text: str, mentions, story, when, story_day) -> str:
    """The state whose parliament, government, ministry, court or head acts in ``text``, which names
    no place: the act happened at its seat of government, not where the story is. In another state
    than the story's place (``story``, as for :func:`speaks_from_abroad`) any such act ("Hungary's
    parliament had ratified ..." in a story at Washington); in the story's own state a national
    body's decision or word as the one acting ("the ministry reversed its view", not "..., the
    ministry said", nor a territory's government) or a president's or prime minister's order
    ("President Bill Clinton vetoed a plan ..."). Then a national institution's act
    (:func:`institution_acts`), a state's own act as the sentence's subject (:func:`national_act`, which
    reads the sentence's date ``when`` against ``story_day``, the story's day before this sentence), and
    "The government ..." of the story's state opening the sentence (:func:`.governing_subject.governing_subject`).
    "" otherwise."""
    place = story[1] if isinstance(story, tuple) else story
    for mention in mentions:
        # A body by its own name moves the act only out of another state, not off a sea.
        seated = _SEATED_BODY.match(text, mention.end) or (
            place is not None and place.iso3 and _SEATED_NAME.fullmatch(mention.text)
        )
        if seated and (place is None or _REALM.get(mention.code, mention.code) != place.iso3):
            return mention.code
        if _national_body(text, mention) and _DECIDES.search(text, mention.end, mention.end + 80):
            # "the ministry reversed its view" in a story at Bergen: decided at Oslo (the settled
            # annotation convention: a state's decision with no place named is made at its seat).
            return mention.code
        if mention is mentions[0] and _STATE_DECIDES.match(text, mention.end) and _names_the_state(mention):
            # "Finland restricted entry for Russian tourists in September 2022": the state named as the
            # one deciding, its decision made at its seat (the settled convention).
            return mention.code
        if _head_decides(text, mention) and all(m.code == mention.code for m in mentions if m.start < mention.start):
            # "President Bill Clinton vetoed a plan to open it" in a story about the refuge in Alaska.
            return mention.code
    return (
        institution_acts(text, mentions, place.iso3 if place is not None else "")
        or national_act(text, mentions, when, story_day)
        or governing_subject(text, place.iso3 if place is not None else "")
        or minister_of_another_state(text, mentions, place.iso3 if place is not None else "")
    )


def institution_acts(text: str, mentions, story_state: str = "") -> str:
    """The state whose national agency, board, committee, court or armed service speaks or decides in
    ``text`` ("The Defence Forces announced the exercise in mid-October", "the Bureau of Ocean Energy
    Management ... approved the project"): with no place named, at its seat (the settled convention); the
    story's state ``story_state`` when the sentence names none ("In July the Election Review Board annulled
    the election"). Not a territory's, a state's of a federation or a town's body, nor one named as an
    object. "" otherwise."""
    states = [m.code for m in mentions if m.code in STATE_CODES]
    if not states and story_state in STATE_CODES:
        states = [story_state]
    if not states:
        return ""
    for body in _INSTITUTION.finditer(text) if _ANY_INSTITUTION_NOUN.search(text) else ():
        before = text[max(0, body.start() - 40) : body.start()]
        if (
            _SUBNATIONAL_NAME.search(body.group(0))
            # Not an international body's ("the European Commission said"), whoever the story is about.
            or any(m.code not in STATE_CODES and body.start() <= m.start < body.end() for m in mentions)
            or _OBJECT_BEFORE.search(before)
            or _ATTRIBUTION.match(text, body.end())
            or _SOURCE_AFTER_COMMA.search(before)  # "The river crested ..., the National Weather Service said"
        ):
            continue
        if _SPEAKS_OR_DECIDES.match(text, body.end()):
            inside = [m.code for m in mentions if m.code in states and body.start() <= m.start < body.end() + 8]
            return (inside or states)[0]
    return ""


# A state named bare and then its decision: "Finland restricted entry", "Norway has banned".
_STATE_DECIDES = re.compile(
    rf"\s+(?:(?:has|have|had|also|then|later|\w+ly)\s+){{0,2}}(?:{'|'.join(DECISION_VERBS)}|restricted|stopped|"
    r"tightened|barred|withdrew|refused|rejected)\b"
)
_HEAD_TITLE = re.compile(
    r"(?:President|Prime\s+Minister|Chancellor|(?:Defen[cs]e|Foreign)\s+Minister|Secretary\s+of\s+(?:State|Defen[cs]e))"
    r"\s+(?:[A-Z]\w*\.?\s+){0,2}$"
)
_ADMINISTRATION = re.compile(r"(?:'s)?\s+administration\b")
# What a head of state or government decides at the seat (not what they say, which they may say anywhere).
_HEAD_DECIDES = re.compile(
    r"\b(?:ordered|vetoed|appointed|nominated|approved|signed|issued|suspended|banned|imposed|lifted|revoked|"
    r"ratified|decreed|sanctioned|pardoned|dismissed|fired|withdrew|blocked|presented|announced|confirmed)\b"
)


def _names_the_state(mention) -> bool:
    """Whether ``mention`` is a state by its own name ("Finland", "the United States"), not one of its
    bodies ("the Alaska Department of Fish and Game") nor a group ("the eight Arctic states")."""
    return mention.code in STATE_CODES and _THE.sub("", mention.text) == ACTORS[mention.code].name


def _head_decides(text: str, mention) -> bool:
    """Whether ``mention`` is a president's or prime minister's name, or their administration, deciding
    ("President Bill Clinton vetoed a plan", "The Biden administration on Tuesday suspended the leases")."""
    if not mention.person:
        return False
    titled = _HEAD_TITLE.search(text, max(0, mention.start - 40), mention.start)
    run = _ADMINISTRATION.match(text, mention.end)
    if not titled and not run:
        return False
    start = run.end() if run else mention.end
    return bool(_HEAD_DECIDES.search(text, start, start + 60))


# A state's decision or word, given by a national body: "the ministry reversed its view", "the foreign
# ministry told the company", "the federal cabinet ordered a review".
_DECIDES = re.compile(
    rf"\b(?:{'|'.join(DECISION_VERBS)}|told|concluded|reversed|rejected|refused|turned\s+down|confirmed|vetoed|"
    r"signed|said|says)\b"
)
_NATIONAL_NAME = re.compile(
    r"(?i:(?:(?:foreign|defen[cs]e|interior|justice|finance|fisheries|energy|trade)\s+)?ministry|government|cabinet|"
    r"parliament)|Riksdag|Storting|Folketing|Althingi?|Eduskunta|Inatsisartut|Naalakkersuisut|Congress|Senate|"
    # The United States' federal departments and agencies: "the Interior Department approved the project".
    r"(?:Interior|State|Defen[cs]e|Justice|Energy|Commerce|Transportation|Treasury|Agriculture)\s+Department|"
    r"Department\s+of\s+(?:the\s+)?(?:Interior|State|Defen[cs]e|Justice|Energy|Commerce|Transportation|Treasury|"
    r"Agriculture)|Bureau\s+of\s+(?:Land|Ocean\s+Energy)\s+Management"
)
# A body of a territory, province, region or town, not of the state: "the territorial government",
# "the government of Quebec".
_SUBNATIONAL_BEFORE = re.compile(
    r"\b(?:(?i:territorial|provincial|regional|municipal|local|state|city|county|"
    r"town|village|tribal|home\s+rule)|(?!(?:The|A|An|In|On|At|But|And|Then|Later|Last)\b)[A-Z]\w+(?:'s)?)\s+$"
)
# The body as an object, not the one acting ("sold the ships to the federal government"), or acting in
# what someone else found or said ("the judge found that the Interior Department had ...").
_OBJECT_BEFORE = re.compile(
    r"(?i)\b(?:to|with|for|from|on|against|at|in|into|of|over|about|and|or|that)\s+(?:the\s+)?(?:\w+\s+)?$"
)
# The body as a source named at the end ("..., the ministry said."): the sentence tells what happened
# where it names, not what the body did.
_ATTRIBUTION = re.compile(r"\s+(?:said|says|added|reported|announced)\b[^,;:]{0,30}[.!]?[\"”’']?\s*$")
_OF_A_REGION = re.compile(r"\s+of\s+[A-Z]")
_THE = re.compile(r"^[Tt]he\s+")
# A national institution by its name: "the Swedish Civil Contingencies Agency", "The Defence Forces", "the
# Federal Energy Regulatory Commission", "the Supreme Administrative Court", "the Coast Guard".
_INSTITUTION_NOUNS = ["Agency", "Board", "Commission", "Committee", "Ministry", "Department", "Forces", "Guard", "Service",
                      "Administration", "Directorate", "Authority", "Court", "Bureau", "Inspectorate", "Navy", "Army"]  # fmt: skip
_INSTITUTION = re.compile(
    rf"\b(?:[A-Z][\w.-]*\s+){{0,5}}?(?:{'|'.join(_INSTITUTION_NOUNS)}|Air\s+Force)\b(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]+)*"
)
# Whether a text holds a noun every _INSTITUTION match holds (speed: one scan skipping to capitals before the
# pattern's, which is tried at every character).
_ANY_INSTITUTION_NOUN = any_substring([*_INSTITUTION_NOUNS, "Air"])
# Words that make an institution a territory's, a federal state's, a county's or a town's, or a court below
# the highest ("the Alaska Department of Fish and Game", "the 9th Circuit Court of Appeals").
_SUBNATIONAL_NAME = re.compile(
    r"\b(?:Alaska|Alaskan|Nunavut|Yukon|Northwest|Territorial|Provincial|Municipal|County|City|Regional|District|"
    r"Circuit|Appeals?|Borough|Tribal|Native|State\s+of)\b"
)
# A body named after a comma, as the source of what the sentence told: "..., the National Weather Service said".
_SOURCE_AFTER_COMMA = re.compile(r",\s*(?:the\s+)?$")
# What the institution does next: says or decides ("announced", "said on Monday that", "had moved").
_SPEAKS_OR_DECIDES = re.compile(
    r",?\s+(?:(?:\w+,\s+)?(?:on\s+\w+\s+|also\s+|then\s+|had\s+|has\s+|later\s+)?)"
    rf"(?:said|says|announced|disclosed|confirmed|reported|stated|warned|found|ruled|decided|ordered|approved|"
    rf"rejected|proposed|published|presented|moved|set\s+out|activated|asked|requested|annulled|overturned|upheld|"
    # "The Investigative Committee opened a criminal case", "the committee gave its unanimous backing".
    rf"fined|certified|(?:opened|launched)\s+(?:a|an)\s+(?:\w+\s+)?(?:case|investigation|inquiry|probe)|"
    rf"gave\s+its\s+(?:\w+\s+)?(?:backing|approval|support|consent)|{'|'.join(DECISION_VERBS)})\b"
)


def acts_as_state(text: str, mention) -> bool:
    """Whether ``mention`` is a named person (a head, a minister) or a state's own government, ministry,
    cabinet or parliament ("Turkey's parliament", "the Folketing"): one who acts for a state."""
    return bool(mention.person) or _national_body(text, mention)


def _national_body(text: str, mention) -> bool:
    """Whether ``mention`` is a state's own government, ministry, cabinet or parliament ("Norway's
    foreign ministry", "the ministry" of the story's state), not a territory's or a town's."""
    if body := _SEATED_BODY.match(text, mention.end):
        return not _ATTRIBUTION.match(text, body.end())  # "..., Norway's foreign ministry said." is a source
    # "The government" by title alone: the story's state's, as the office reader found.
    if not _NATIONAL_NAME.fullmatch(_THE.sub("", mention.text)):
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    return (
        not _ATTRIBUTION.match(text, mention.end)
        and not _SUBNATIONAL_BEFORE.search(before)
        and not _OBJECT_BEFORE.search(before)
        and not _OF_A_REGION.match(text, mention.end)
    )


def national_act(text: str, mentions, when, story_day) -> str:
    """The state whose government acts in ``text``, which names no place, when the one acting (the
    sentence's first party, as its subject) is the state by its own name, its government or
    parliament, a listed leader or a titled national office-holder, and the act is no journey,
    presence or use of force ("Finland restricted entry in September 2022", "The government submitted
    it to Parliament on May 30", "Sen. Lisa Murkowski said in an emailed statement"): made at the
    seat of government, the settled annotation convention. A leader's words on the story's own day
    are where the story is (a visit). Not a company or a force named with its state ("France's
    Total", "Shell Canada"), nor a territory's or a town's office-holder, nor a source that closes the
    sentence ("..., Russia's defence ministry said."). "" otherwise."""
    if not mentions:
        return ""
    first = next((m for m in mentions if m.start >= dateline_end(text)), None)
    afar = bool(_FROM_AFAR.search(text))
    if first is not None and not first.person and afar:
        # "Prime Minister Jonas Gahr Støre wrote on Twitter ...": the office read on its own, then the person
        # holding it. (Only for words sent from afar: a titled leader's deed is told where it is about.)
        first = next((m for m in mentions if m.person and m.code == first.code and m.start == first.end + 1), first)
    if first is None or first.code not in STATE_CODES or first.start > 80 or first.text in _PRONOUNS:
        return ""
    before = text[max(0, first.start - 40) : first.start]
    titled = bool(_NATIONAL_TITLE.search(before))
    if _LOCAL_TITLE.search(before) or (_NAME_BEFORE.search(before) and not titled):
        return ""
    if _SOURCE_AFTER_COMMA.search(before) and _CLOSING_SOURCE.match(text, first.end):
        return ""  # "On Tuesday the troops held a combat exercise, Russia's defence ministry said.": a source
    if not (first.person or titled or _names_the_state(first) or _national_body(text, first)):
        return ""
    if (first.person or titled) and story_day is not None and when.date == story_day.date and not afar:
        return ""
    verb = _SUBJECT_VERB.match(text, first.end)
    if verb is None or _ON_THE_SPOT.match(verb.group("verb")):
        return ""
    return first.code


_PRONOUNS = frozenset({"He", "She", "he", "she"})
# Words sent from afar, not spoken on the spot: "Støre wrote on Twitter", "Trudeau congratulated Akeeagok in a
# statement". A leader's words on the story's own day are at the seat when they came this way.
_FROM_AFAR = re.compile(
    r"\b(?:wrote|in\s+a\s+(?:written\s+)?statement|on\s+(?:Twitter|X|Facebook|Instagram|social\s+media)|"
    r"in\s+a\s+(?:post|letter|tweet)|by\s+(?:tele)?phone|in\s+a\s+(?:tele)?phone\s+call)\b"
)
# The rest of a sentence that closes on its source: "'s defence ministry said.", " said on Monday."
_CLOSING_SOURCE = re.compile(
    r"(?:'s(?:\s+\w+){1,3})?\s+(?:said|says|added|reported|announced)\b[^,;:]{0,30}[.!]?[\"”’']?\s*$"
)
_LOCAL_TITLE = re.compile(r"(?:Gov\.|Governor|Mayor|Premier|Lt\.)\s+(?:[A-Z][\w.]*\s+){0,2}$")
# A capitalised word right before the state's name: "Shell Canada", "Equinor Norway".
_NAME_BEFORE = re.compile(
    r"\b(?!(?:The|In|On|At|By|But|And|Then|Last|Since|When|After|Before|Earlier|Later|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b)[A-Z]\w+\s+$"
)


# The party's verb right after its name, as the sentence's subject: "Finland restricted", "Norway has
# banned", "the government, which ..., submitted", "Murkowski said"; not "France's Total bought".
_SUBJECT_VERB = re.compile(
    r"(?:'s\s+(?:(?:foreign|defen[cs]e|interior|justice|finance|energy)\s+)?(?:government|parliament|cabinet|ministry|authorities))?"
    r"(?:,[^,;]{1,80},)?\s+(?:(?:has|have|had|also|then|later|formally|officially|jointly|again|\w+ly)\s+){0,2}"
    r"(?P<verb>[a-z]+ed|[a-z]{3,}s|will|would|could|must|may|might|can|took|made|gave|sent|set|put|cut|began|became|"
    r"paid|sold|bought|told|said|held|kept|chose|drew|wrote|spent|brought|sought|met|won|lost|left|withdrew|ran|"
    r"struck|froze|rose|fell|came|went|saw|led|let|shut)\b"
)
# What a state's people do where they are, not at the seat: travel, presence, force; or a state as
# where something happened ("Greenland suffered another heavy melt").
_ON_THE_SPOT = re.compile(
    r"(?:sail\w*|fl[eo]w\w*|land\w*|arriv\w*|visit\w*|tour\w*|deploy\w*|patroll?\w*|exercis\w*|train\w*|"
    r"fought|fight\w*|crash\w*|dock\w*|berth\w*|transit\w*|enter\w*|cross\w*|left|depart\w*|return\w*|reach\w*|"
    r"met|meet\w*|host\w*|held|hold\w*|launch\w*|fir(?:ed|ing)|test\w*|spott\w*|track\w*|intercept\w*|scrambl\w*|"
    r"evacuat\w*|rescu\w*|attend\w*|open\w*|stood|stand\w*|travel\w*|went|came|stay\w*|spent|drill\w*|search\w*|"
    r"suffer\w*|saw|experienc\w*|record\w*|took|handed|annex\w*|occup\w*|invad\w*|built|build\w*)$"
)
_NATIONAL_TITLE = re.compile(
    r"(?:President|Prime\s+Minister|Minister|Secretary|Senator|Sen\.|Chancellor|King|Queen)\s+(?:[A-Z][\w.]*\s+){0,2}$"
)
