"""A capital named as the sender of a protest is both the state that sent it and the city it came from.

"which led to a formal protest from Copenhagen": Denmark protested (:mod:`.actors` reads the capital after
"protest from" as its state), and the city keeps its place among the sentence's places, to be ranked as
any other place named there.

A seated institution leading its sentence is the same: "The Kremlin said Putin had been informed" is Russia
speaking, from the Kremlin in Moscow, so the name stays among the sentence's places as well as its parties (the
gazetteer places it). Named after another state's act it is background: "Finland restricted entry ..., after the
Kremlin announced a partial mobilisation" happened in Finland.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .actor_names import SEATED_INSTITUTIONS

if TYPE_CHECKING:
    from .actors import ActorMention

__all__ = ["SENT_FROM", "actor_spans"]

# "a protest from Moscow", "a complaint from Oslo", "an objection from Nuuk": what a state sends, from its seat.
SENT_FROM = r"(?:protest|complaint|objection)\s+from"
_SENT_FROM_BEFORE = re.compile(rf"\b{SENT_FROM}\s+$")


def actor_spans(text: str, mentions: list[ActorMention]) -> list[tuple[int, int]]:
    """The character spans of ``mentions`` that are no place of ``text``: all but a sender's capital and a seated
    institution ("the Kremlin said", "at the White House")."""
    return [
        (m.start, m.end)
        for m in mentions
        if ("from" not in text[max(0, m.start - 6) : m.start] or not _SENT_FROM_BEFORE.search(text, 0, m.start))
        and not _acts_from_its_seat(m, mentions)
    ]


def _acts_from_its_seat(mention: ActorMention, mentions: list[ActorMention]) -> bool:
    """Whether ``mention`` is a seated institution that leads the sentence's parties ("The Kremlin said ...",
    "Russian officials criticised it, and the Kremlin accused ..."), not one named after another state's act
    ("Finland restricted entry ..., after the Kremlin announced a mobilisation" happened in Finland)."""
    return mention.text in SEATED_INSTITUTIONS and all(
        m.code == mention.code for m in mentions if m.start < mention.start
    )
