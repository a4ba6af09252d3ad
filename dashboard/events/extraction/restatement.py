"""Whether a sentence states again a happening an earlier sentence told, for :mod:`.extract`.

News tells one happening in several sentences: a lead and its bullet, a follow-up with no
date or place of its own ("The men were then flown to Anchorage"). Such a sentence adds its
places to the earlier event instead of making an event of its own.
"""

from __future__ import annotations

import re

from ..model import Event

__all__ = ["follows_up", "restates"]

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
