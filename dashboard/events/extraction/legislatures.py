"""A national legislature by its common noun, voting or deciding in a sentence that names no place: "On Tuesday
parliament approved the decision by 188 votes to 8", "Last week the parliament's foreign affairs committee backed the
deal", "The minister survived a vote of confidence in Parliament on Wednesday".

Unqualified ("parliament", not "Norway's parliament" nor "the Sámi Parliament"), the legislature is the story's
state's, and its vote is taken at the seat of government (the settled annotation convention for a national
decision), not at the town the story is filed from or the place the story was last at. "The Senate" is Canada's in
a story on Canada ("The Senate passed the bill last Wednesday" in a story from Ottawa), not the United States'.
"""

from __future__ import annotations

import re

from .actor_names import NAMES
from .default_places import STATE_CODES

__all__ = ["legislature_of_article", "legislature_parties", "legislature_voting"]

# The legislature by its common noun, unqualified: opening the sentence or clause, after "the" or a time ("On Tuesday
# parliament approved"), or as where a vote is held ("in parliament", "to Parliament"), not an office of it ("the
# speaker of parliament"). A nationality, a people or a possessive before it ("the Hungarian parliament", "the Sámi
# Parliament", "Norway's parliament") names another legislature; "Parliament Hill" is a place.
_LEGISLATURE = re.compile(
    r"(?:^|(?<=[,;:]\s)|\b(?:[Tt]he|in|to|by|before|\w+day|week|month|year)\s+)"
    r"(?P<body>[Pp]arliament|Senate)(?:['’]s)?\b(?!\s+Hill)"
)
# What the legislature does: a vote or a decision ("approved the decision by 188 votes to 8", "backed the deal",
# "survived a vote of confidence in Parliament"); "the bill was sent to parliament" alone is not its act.
_VOTES = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|approved|passed|ratified|adopted|rejected|backed|endorsed|confidence|"
    r"amended|overrode|debated)\b"
)
# Canada's upper house: "the Senate" in a story on Canada; elsewhere it is the United States' (its own actor reading).
_SENATE_STATES = frozenset({"CAN"})


# A legislature named with its state, by the state's name or adjective, read backwards from the word "parliament":
# "the Finnish parliament unanimously approved", "Finland's parliament". Compiled on first use, from the actor names'
# first fragments (a name, a people); each ends at the search's end, so that only the words before a "parliament" are
# scanned (speed: a name alternation tried at every position of a whole article cost 5% of extraction).
_NAMED_LEGISLATURE: list[tuple[str, re.Pattern]] = []
_PARLIAMENT = re.compile(r"[Pp]arliament\b")
# How far before "parliament" its state's name may start: "the Kingdom of Denmark's parliament" fits.
_NAME_REACH = 60


def legislature_of_article(text: str, capital_state: str) -> str:
    """Whose legislature an unqualified "parliament" in the article ``text`` is: the state of the capital the lede is
    datelined at (``capital_state``: "HELSINKI -- ... On Tuesday parliament approved"), else the first state whose
    parliament the article names as such ("the Finnish parliament ... the parliament's committee"); "" if none."""
    if capital_state in STATE_CODES:
        return capital_state
    if "arliament" not in text:  # speed: word test first
        return ""
    if not _NAMED_LEGISLATURE:
        for code in sorted(STATE_CODES):
            if code in NAMES:
                names = "|".join(NAMES[code][:4])
                _NAMED_LEGISLATURE.append((code, re.compile(rf"\b(?:{names})(?:['’]s)?\s+$")))
    for word in _PARLIAMENT.finditer(text):
        reach = max(0, word.start() - _NAME_REACH)
        for code, pattern in _NAMED_LEGISLATURE:
            if pattern.search(text, reach, word.start()):
                return code
    return ""


def legislature_voting(text: str, story_state: str) -> str:
    """``story_state`` (the ISO code of the state whose legislature the story tells, else the state the story is in)
    when ``text`` tells its legislature, by the common noun, voting or deciding; "" otherwise."""
    if story_state not in STATE_CODES or ("arliament" not in text and "Senate" not in text):  # speed: word test first
        return ""
    for m in _LEGISLATURE.finditer(text):
        if m.group("body") == "Senate" and story_state not in _SENATE_STATES:
            continue
        if _VOTES.search(text):
            return story_state
    return ""


def legislature_parties(state: str, codes: list[str], mentions) -> list[str]:
    """The parties (``codes``, from ``mentions``) of a sentence whose legislature, ``state``'s, votes: the state first
    ("On Tuesday parliament approved the decision" in a story from Helsinki is Finland's), and no United States read
    from Canada's Senate alone ("The Senate passed the bill")."""
    american = [m.text for m in mentions if m.code == "USA"]
    if state in _SENATE_STATES and american and all(text in ("Senate", "senators") for text in american):
        codes = [code for code in codes if code != "USA"]
    return codes if state in codes else [state, *codes]
