"""Whether a sentence states again a happening an earlier sentence told, for :mod:`.extract`.

News tells one happening in several sentences: a lead and its bullet, a follow-up with no
date or place of its own ("The men were then flown to Anchorage"). Such a sentence adds its
places to the earlier event instead of making an event of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import MAX_FIELD_CHARS, Event
from .places import PlaceMatch
from .text import clip

__all__ = ["commented_on", "follows_up", "place_going_on", "restates", "told_again"]

_STOPWORDS = {
    "the",
    "a",
    "an",
    "and",
    "of",
    "in",
    "on",
    "to",
    "for",
    "with",
    "as",
    "is",
    "are",
    "has",
    "have",
    "its",
    "their",
    "that",
    "this",
    "by",
    "at",
    "from",
    "s",
}


def restates(a: str, b: str) -> bool:
    """Whether two sentences (evidence texts) share most of their content words (Jaccard >= 0.4)."""
    wa = {w for w in re.findall(r"\w+", a.lower()) if w not in _STOPWORDS}
    wb = {w for w in re.findall(r"\w+", b.lower()) if w not in _STOPWORDS}
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.4


def follows_up(previous: Event, previous_paragraph: int, event: Event, paragraph: int, when, named: bool) -> bool:
    """Whether ``event`` restates the happening of the event just before it: same paragraph,
    no date or place of its own, and no party the previous event did not have."""
    return (
        paragraph == previous_paragraph
        and not when.explicit
        and not named
        and set(event.actors) <= set(previous.actors)
    )


def commented_on(events: list[Event], actors: tuple[str, ...]) -> int | None:
    """The index of the event a dateless, placeless comment by ``actors`` speaks of: the latest
    event that shares a party with it, when it has all of the comment's parties and the same
    first party (the speaker). "Rosatom said it regretted the decision", after a Finnish minister's
    comment on Fennovoima's termination, is the other party's answer: a happening of its own."""
    for i in range(len(events) - 1, -1, -1):
        if set(actors) & set(events[i].actors):
            return i if set(actors) <= set(events[i].actors) and actors[0] == events[i].actors[0] else None
    return None


def place_going_on(events: list[Event], paragraphs: list[int], latest: int, paragraph: int | None) -> PlaceMatch | None:
    """Where the happening of a sentence with no party and no place of its own goes on: the place of the latest
    sentence's event (``events[latest]``, told in paragraph ``paragraphs[latest]``) when it is in the same ``paragraph``
    (in any, when None) and more exact than a country or the Arctic ("The Kremlin said on Thursday that the talks would
    go ahead. They are due to start on November 1, 2022": at Moscow); None otherwise. Degrees, EPSG:4326."""
    if (
        not events
        or paragraph not in (None, paragraphs[latest])
        or events[latest].geo_precision in ("country", "arctic")
    ):
        return None  # a country or the Arctic is no place to go on at: the article's one fallback is the first's
    previous = events[latest]
    return PlaceMatch(previous.place, previous.lat, previous.lon, previous.geo_precision)


def told_again(first: Event, evidence: str) -> Event:
    """``first`` with a later sentence that tells the same happening again as one of its clauses added to its
    evidence, for the analyst: "... two weeks after voters threw out the coalition in the general election of Aug.
    31" after a paragraph on that election. (Up to rules-2.73 the later sentence was dropped.)"""
    if evidence in first.evidence:
        return first
    return replace(first, evidence=clip(f"{first.evidence} {evidence}", MAX_FIELD_CHARS["evidence"]))


def stated_again(first: Event, event: Event) -> Event:
    """``first`` when ``event`` states the same happening again (a lead and its bullet, a follow-up sentence, a
    comment on it): the first statement kept, with ``event``'s new places added, trusted a little more, and the later
    sentence added to its evidence for the analyst."""
    known = {first.place, *(p[0] for p in first.places)}
    return replace(
        first,
        places=first.places + tuple(p for p in event.places if p[0] not in known),
        evidence=clip(f"{first.evidence} {event.evidence}", MAX_FIELD_CHARS["evidence"]),
        confidence=round(min(0.95, max(first.confidence, event.confidence) + 0.05), 2),
    )
