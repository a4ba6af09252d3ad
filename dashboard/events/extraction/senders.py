"""A capital named as the sender of a protest is both the state that sent it and the city it came from.

"which led to a formal protest from Copenhagen": Denmark protested (:mod:`.actors` reads the capital after
"protest from" as its state), and the city keeps its place among the sentence's places, to be ranked as
any other place named there.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .actors import ActorMention

__all__ = ["SENT_FROM", "actor_spans"]

# "a protest from Moscow", "a complaint from Oslo", "an objection from Nuuk": what a state sends, from its seat.
SENT_FROM = r"(?:protest|complaint|objection)\s+from"
_SENT_FROM_BEFORE = re.compile(rf"\b{SENT_FROM}\s+$")


def actor_spans(text: str, mentions: list[ActorMention]) -> list[tuple[int, int]]:
    """The character spans of ``mentions`` that are no place of ``text``: all but a sender's capital."""
    return [
        (m.start, m.end)
        for m in mentions
        if "from" not in text[max(0, m.start - 6) : m.start] or not _SENT_FROM_BEFORE.search(text, 0, m.start)
    ]
