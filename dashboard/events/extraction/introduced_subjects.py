"""A sentence whose subject is a thing introduced earlier ("The consulate", "The division") is also that thing's party.

"The United States reopened its consulate in Nuuk on Wednesday. ... Nazi Germany had occupied Denmark in April 1940.
The consulate was closed in 1953.": a sentence naming no party of its own takes the latest event's parties, but a
definite subject naming a thing the story introduced as a party's ("its consulate", "a Chinese balloon", "Norway's
frigate") is about that party too (the United States), not only about the sentence just before it (Germany, Denmark).
"""

from __future__ import annotations

import re

from ..model import Event
from .actors import find_actors

__all__ = ["introduced_parties"]

# "The consulate was ...", "The finished unit left ...", "That balloon had ...": a determiner, at most one modifier,
# the head noun, then a verb (an auxiliary, a past tense). "The previous forum took place in 2017", "The next
# round ...": another one of its kind, not the one introduced.
_DEFINITE_SUBJECT = re.compile(
    r"^(?:The|That|This)\s+(?!(?:previous|preceding|next|last|former|earlier|latest|other|second|third)\b)"
    r"(?:[a-z][a-z-]+\s+)?(?P<head>[a-z]{4,})\s+"
    r"(?:was|were|is|are|has|had|have|will|would|began|left|came|went|made|took|grew|won|lost|ran|"
    r"[a-z]{3,}ed)\b"
)
# "Norway's new frigate", "a Chinese surveillance balloon", "the U.S. consulate": the party just before owns the thing.
_OWNED = re.compile(r"^(?:['\u2019]s)?\s+(?:[a-z][a-z-]*\s+){0,2}$")
# "The United States reopened its consulate": the sentence's subject, its first party, owns it.
_ITS = re.compile(r"\b(?:its|their)\s+(?:[a-z-]+\s+)?$")


def introduced_parties(text: str, events: list[Event], latest: int | None) -> tuple[str, ...]:
    """The party the thing ``text`` opens on ("The consulate ...") was introduced with, in the first event's sentence
    that names it ("its consulate", "a Chinese balloon"), when that event is not the latest; empty when ``text`` does
    not open on a definite subject or no earlier event names it as a party's ("A cutter met Chinese warships").
    ``latest`` None: the latest event may have introduced it too (the sentence names parties of its own, so it does
    not take the latest event's)."""
    if not text.startswith(("The ", "That ", "This ")) or not (m := _DEFINITE_SUBJECT.match(text)):
        return ()
    head = re.compile(rf"\b{m.group('head')}s?\b", re.IGNORECASE)
    for index, event in enumerate(events):
        if not event.actors or not (named := head.search(event.evidence)):
            continue
        if index == latest:
            return ()
        before = [a for a in find_actors(event.evidence) if a.end <= named.start() and a.code in event.actors]
        gap = event.evidence[before[-1].end : named.start()] if before else ""
        if before and _OWNED.match(gap):
            return (before[-1].code,)
        return (before[0].code,) if before and _ITS.search(gap) else ()
    return ()
