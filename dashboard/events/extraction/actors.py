"""Actors: who acts in Arctic news, by code, recognised by names, capitals, demonyms,
institutions, companies and (dated) leaders (the tables are in :mod:`.actor_names`).

Matching is case-sensitive ("US" is an actor, "us" is not). News outlets are masked
first, so "Bloomberg reports" or "the Washington Post" name no actor. A capital or city
after a locative preposition ("a meeting in Helsinki") is a place, not an actor (the
patterns that read a name as a place are in :mod:`.actors_as_places`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .actor_names import (
    ACTORS,
    GROUPS,
    PEOPLE,
    SEATED_INSTITUTIONS,
    SEATS,
    Actor,
    names_with_organisations,
)
from .actors_as_places import (
    AFTER_LOCATED_CITY,
    DESTINATION,
    IN_STATE,
    IN_STATE_ENDS,
    NAME_LOCATIVE,
    NAME_LOCATIVE_ENDS,
    OFFICE_OF_STATE,
    STANCE_TOWARDS,
    STATE_AS_AREA,
    STATE_NAMES,
)
from .lexicon import trie_alternation
from .name_scan import NameScan, literal_starts
from .not_actors import OUTLETS, PLACE_MASKS
from .regex_forms import any_substring, at_word_start, first_letter_cased

__all__ = ["ActorMention", "actor", "find_actors", "mask_outlets", "speaks_from_seat"]

_WORDS = re.compile(r"[A-Z][\w\u00c0-\u024f-]*")
# A demonym qualifying a thing or an area, not a party to the event: "Norwegian waters",
# "the Chinese-built icebreaker", "the Greenlandic name", "told Danish media", a ship's people ("the Russian
# captain was fined": the police who fined him act, his state does not); a city that
# says where a company sits or is listed ("Moscow-based", "Toronto- and Reykjavik-listed").
_QUALIFIES_THING = re.compile(
    r"^(?:-(?:built|made|designed|manufactured|based|listed|registered|headquartered)\b|-\s|"
    r"\s+(?:(?:territorial\s+)?waters|territory|airspace|soil|ports?|"
    r"coast(?:line)?|shores?|side(?:\s+of\s+the\s+border)?|mainland|name|names|language|word|"
    r"(?:state\s+|public\s+)?(?:media|press|broadcaster|newspaper|daily|television|TV|radio|"
    r"news\s+agency|outlet|journalists?|reporters?)|"
    r"(?:captain|skipper|crew))\b(?!\s+guard))"
)
# A state's name inside a place's name: "the Canada Basin", "the East China Sea", "the Sea of
# Japan", "Dutch Harbor", "Finnish Lapland" name where, not who.
_FEATURE_AFTER = re.compile(
    r"^\s+(?:Basin|Sea|Strait|Gulf|Bay|Ridge|Trough|Rise|Plateau|Harbou?r|Lapland|Shelf|Abyssal Plain)\b"
)
_FEATURE_BEFORE = re.compile(at_word_start(["Sea", "Gulf", "Bay", "Strait"]) + r"\s+of\s+(?:the\s+)?$")
_DOCUMENT = re.compile(r"\s+(?:Declaration|Treaty|Accord|Agreement|Convention|Protocol|Communiqu[eé])\b")
# A party named only to compare: "unlike Canada", "more than Russia", "as did Finland".
_COMPARISON = re.compile(
    first_letter_cased(
        ["unlike", "like", "than", r"compared\s+(?:with|to)", r"similar\s+to", r"as\s+did"], word_start=True
    )
    + r"\s+(?i:the\s+)?$"
)
# Quoted words and parenthetical asides: actors named there are not the event's own.
_ASIDE = re.compile(
    r'"[^"]{1,400}"|“[^”]{1,400}”|\([^()]{1,200}\)'
    # What a speaker said ("Frederiksen told TV 2 that Greenland belongs to the Greenlanders"), up
    # to the next clause: the states it names are what was said, the speaker is the party.
    r"|\b(?:said|says|told(?: [A-Z][\w ]{0,24}?)?|warned|stated|insisted|argued|claimed) that (?P<said>[^;]{1,400})"
)
# What every _ASIDE match holds: a quotation mark, a bracket or " that " (speed: substring tests before the scan).
_ASIDE_CUES = ('"', "“", "(", " that ")


@dataclass(frozen=True)
class ActorMention:
    """An actor code found in a text, with the matched words and their character span."""

    code: str
    text: str
    start: int
    end: int
    #: Whether the words name a person ("Mette Frederiksen"), whom "he" or "she" may name again.
    person: bool = False


def actor(code: str) -> Actor:
    """The :class:`Actor` for ``code`` (``KeyError`` naming the known codes otherwise)."""
    try:
        return ACTORS[code]
    except KeyError:
        raise KeyError(f"unknown actor code {code!r}; known: {', '.join(ACTORS)}") from None


def speaks_from_seat(mention: ActorMention) -> bool:
    """Whether ``mention`` names a state by its capital or by an institution that sits there
    ("Moscow said", "the Kremlin said", "the State Department published"): what it says or
    does happens at the seat of government, :attr:`Actor.home`."""
    return mention.code in SEATS and (mention.text in SEATED_INSTITUTIONS or mention.text in SEATS[mention.code])


def _alternation(names) -> str:
    # Longest first, so "Russian Federation" wins over "Russia".
    return "|".join(sorted(names, key=len, reverse=True))


# Every actor name, seat and person starts with a capital letter (or is "the ..."): a
# lookahead on the first character lets each scan skip the other positions cheaply.
_CAPITAL = "[A-Zt\u00c0-\u024f]"
_CAPITAL_FIRST = f"(?={_CAPITAL})"
# A person is matched only in a sentence that has one of the listed surnames (most have none).
_SURNAME = re.compile(r"([A-Z\u00c0-\u00de][\w\u00c0-\u024f-]+)(?:\[\w+\]\?)?$")


@lru_cache(maxsize=1)
def _scans() -> tuple[re.Pattern[str], ...]:
    """The scans of :func:`_compiled` that extraction runs (speed: its whole names and people patterns are not built)."""
    seats = "|".join(f"(?P<{c}>{_alternation(s)})" for c, s in SEATS.items())
    seats = re.compile(rf"(?<![\w]){_CAPITAL_FIRST}(?:{seats})(?![\w])")
    masks = re.compile(rf"(?<![\w])(?:{_alternation(map(re.escape, OUTLETS + PLACE_MASKS))})(?![\w])")
    outlets = re.compile(rf"(?<![\w])(?:{_alternation(map(re.escape, OUTLETS))})(?![\w])")
    groups = re.compile(rf"(?<![\w])(?:{'|'.join(f'(?P<g{i}>{pattern})' for i, pattern in enumerate(GROUPS))})(?![\w])")
    return seats, masks, outlets, groups


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], ...]:
    groups = [f"(?P<{code}>{_alternation(names)})" for code, names in names_with_organisations().items()]
    names = re.compile(rf"(?<![\w.]){_CAPITAL_FIRST}(?:{'|'.join(groups)})(?![\w])")
    people = "|".join(f"(?P<p{i}>{pattern})" for i, (pattern, _, _) in enumerate(PEOPLE))  # group p<i> is PEOPLE[i]
    people = re.compile(rf"(?<![\w]){_CAPITAL_FIRST}(?:{people})(?![\w])")
    return names, _scans()[0], people, *_scans()[1:]  # the names scan and _people_scan are tested against them


@lru_cache(maxsize=1)
def _names_scan() -> NameScan:
    """The names scan of :func:`_compiled`, trying at each capital only the names starting with
    its first letters (the same matches, several times fewer alternatives tried)."""
    return NameScan(
        names_with_organisations(),
        before=rf"(?<![\w.]){_CAPITAL_FIRST}",
        after=r"(?![\w])",
        starts=rf"{_CAPITAL}(?<![\w.]{_CAPITAL})",
    )


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], re.Pattern[str]]:
    """The words listed people's names end with ("Trump", "Zelensky", "Jinping"), and a search for any of them as
    plain text, a trie (speed: a text that holds none has none as a word, and its words need not be read)."""
    return frozenset(_surname_of()), re.compile(trie_alternation(sorted(set(_surname_of()))))


@lru_cache(maxsize=1024)
def _people_scan(named: tuple[int, ...]) -> re.Pattern[str]:
    """The people scan of :func:`_compiled` for only ``PEOPLE[i]``, ``i`` in ``named`` (same order
    and group names). Each person's pattern ends in their surname, so a text lacking a surname
    cannot match that person: scanning for the others alone finds the same matches, trying far
    fewer alternatives at each capital (the full scan costs ~0.3 ms a sentence)."""
    return re.compile(
        f"(?<![\\w]){_CAPITAL_FIRST}(?:" + "|".join(f"(?P<p{i}>{PEOPLE[i][0]})" for i in named) + ")(?![\\w])"
    )


@lru_cache(maxsize=1)
def _surname_of() -> tuple[str, ...]:
    """The surname each of :data:`PEOPLE` ends with, in its order."""
    return tuple(_SURNAME.search(pattern).group(1) for pattern, _, _ in PEOPLE)


# Each character that may open a surname (_SURNAME's first) with the character after it, overlapping: the two
# letters every surname the text holds opens with somewhere.
_SURNAME_OPENINGS = re.compile(r"(?=([A-Z\u00c0-\u00de].))")


@lru_cache(maxsize=1)
def _surnames_by_opening() -> dict[str, tuple[int, ...]]:
    """The indexes of :data:`PEOPLE` by their surname's first two letters."""
    by_opening: dict[str, list[int]] = {}
    for index, surname in enumerate(_surname_of()):
        by_opening.setdefault(surname[:2], []).append(index)
    return {opening: tuple(indexes) for opening, indexes in by_opening.items()}


def people_named(masked: str) -> tuple[int, ...]:
    """The indexes of :data:`PEOPLE` whose surname is a substring of ``masked``, in order: only the surnames
    opening with two letters that stand in ``masked`` at a capital are tested (speed: a sentence naming someone
    tested all ~150 surnames; tests/test_events_extraction_shortcuts.py checks the same indexes)."""
    by_opening, surnames = _surnames_by_opening(), _surname_of()
    openings = set(_SURNAME_OPENINGS.findall(masked))
    candidates = sorted(i for opening in openings for i in by_opening.get(opening, ()))
    return tuple(i for i in candidates if surnames[i] in masked)


def _any_of(heads: tuple[str, ...] | None) -> re.Pattern[str] | None:
    """A search for any of ``heads`` as plain text (None when there are none to look for)."""
    return None if heads is None else any_substring(list(heads))


# A scan can find nothing in a text that holds none of its names' literal starts: one search for
# plain words, which the re module runs fast (no lookarounds), rules most sentences out (speed:
# each scan tries every position of a text with its lookbehind).
_OUTLET_HEADS = _any_of(OUTLETS)
_MASK_HEADS = _any_of(OUTLETS + PLACE_MASKS)
_SEAT_HEADS = _any_of(literal_starts(name for names in SEATS.values() for name in names))
_GROUP_HEADS = _any_of(literal_starts(GROUPS))


def _may_hold(text: str, heads: re.Pattern[str] | None) -> bool:
    return heads is None or heads.search(text) is not None


@lru_cache(maxsize=1024)
def mask_outlets(text: str) -> str:
    """``text`` with news outlet names blanked out (same length): "the Barents Observer"
    names no place and no actor."""
    if not _may_hold(text, _OUTLET_HEADS):
        return text
    return _scans()[2].sub(lambda m: " " * len(m.group(0)), text)


@lru_cache(maxsize=1024)
def _mask_non_actors(text: str) -> str:
    """``text`` with outlet names and actor-like place names ("the Norwegian Sea") blanked
    out (same length), for finding actors."""
    if not _may_hold(text, _MASK_HEADS):
        return text
    return _scans()[1].sub(lambda m: " " * len(m.group(0)), text)


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
    # A text naming no listed leader reads the same in every year: one cached reading serves all its dates (speed).
    year = None if on is None or not _candidates_in(text)[1] else on.year
    return list(_actors_in(text, year))


@lru_cache(maxsize=4096)
def _actors_in(text: str, year: int | None) -> tuple[ActorMention, ...]:
    """:func:`find_actors` for leaders in office in ``year`` (any year when None), cached:
    the story pass and the event pass read the same sentences."""
    masked, people, names, groups = _candidates_in(text)
    mentions: list[ActorMention] = []

    def add(code: str, m: re.Match[str], person: bool = False) -> None:
        if not any(m.start() < o.end and o.start < m.end() for o in mentions):
            mentions.append(ActorMention(code, m.group(0), m.start(), m.end(), person))

    for code, terms, m in people:
        if year is None or _in_office_in(terms, year):
            add(code, m, person=True)
    for code, m in names:
        add(code, m)
    for codes, m in groups:
        # "the leaders of four Nordic countries": every member is a party, each at the group's words.
        if not any(m.start() < o.end and o.start < m.end() for o in mentions):
            mentions += [ActorMention(code, m.group(0), m.start(), m.end()) for code in codes]
    return tuple(_drop_bystanders(masked, sorted(mentions, key=lambda o: o.start)))


_Candidates = tuple[
    str,
    tuple[tuple[str, tuple[tuple[int, int | None], ...], re.Match[str]], ...],
    tuple[tuple[str, re.Match[str]], ...],
    tuple[tuple[tuple[str, ...], re.Match[str]], ...],
]


@lru_cache(maxsize=4096)
def _candidates_in(text: str) -> _Candidates:
    """What :func:`_actors_in` weighs in ``text``, whatever the year: the masked text; each listed
    person's match with their code and terms of office; the names and seats that name an actor
    there (in that order); each group's match with its members. The story pass reads a sentence
    as of the publication date, the event pass as of the sentence's own date: scanned once."""
    seats, _, _, groups = _scans()
    masked = _mask_non_actors(text.replace("’", "'"))
    people = []
    surnames, any_surname = _surnames()  # the words, and each without its last letter ("Zelenskiy"), if need be
    words = {w for t in _WORDS.findall(masked) for w in (t, t[:-1])} if any_surname.search(masked) else ()
    named = () if surnames.isdisjoint(words) else people_named(masked)
    for m in _people_scan(named).finditer(masked) if named else ():
        _, code, terms = PEOPLE[int((m.lastgroup or "p0")[1:])]
        people.append((code, terms, m))
    names = []
    for m in _names_scan().finditer(masked):
        if m.group(0) in STATE_NAMES:
            before = masked[: m.start()]
            last = before.rstrip()
            if (
                (last.endswith(IN_STATE_ENDS) and IN_STATE.search(before))
                or STATE_AS_AREA.match(masked[m.end() :])
                or DESTINATION.search(masked[max(0, m.start() - 120) : m.start()])
                or (
                    last.endswith(",")
                    and AFTER_LOCATED_CITY.search(before)
                    and not OFFICE_OF_STATE.match(masked[m.end() :])
                )
            ):
                continue
        names.append((m.lastgroup or "", m))
    for m in seats.finditer(masked) if _may_hold(masked, _SEAT_HEADS) else ():
        # "a meeting in Helsinki" is a place; "Moscow said" and "ties with Moscow" are actors;
        # "the Ottawa Declaration" names a document after where it was signed.
        before = masked[: m.start()]
        located = before.rstrip().endswith(NAME_LOCATIVE_ENDS) and NAME_LOCATIVE.search(before)
        if (not located or STANCE_TOWARDS.search(before)) and not _DOCUMENT.match(masked, m.end()):
            names.append((m.lastgroup or "", m))
    members = list(GROUPS.values())
    found_groups = [
        (members[int((m.lastgroup or "g0")[1:])], m)
        for m in (groups.finditer(masked) if _may_hold(masked, _GROUP_HEADS) else ())
    ]
    return masked, tuple(people), tuple(names), tuple(found_groups)


def _drop_bystanders(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` without actors that only qualify a thing, serve as a comparison, or are
    named in a quotation or a parenthesis while the sentence names an actor outside it."""
    kept = [
        m
        for m in mentions
        if not _QUALIFIES_THING.match(text[m.end :])
        and not _COMPARISON.search(text[max(0, m.start - 30) : m.start])
        and not _FEATURE_AFTER.match(text[m.end :])
        and not _FEATURE_BEFORE.search(text[max(0, m.start - 20) : m.start])
    ]
    if kept and any(cue in text for cue in _ASIDE_CUES):
        asides = [a.span("said") if a.group("said") else a.span() for a in _ASIDE.finditer(text)]
    else:
        asides = []
    if asides:
        outside = [m for m in kept if not any(s <= m.start < e for s, e in asides)]
        if outside:
            kept = outside
    return kept
