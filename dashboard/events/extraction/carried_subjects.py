"""A sentence whose subject names its party only by a pronoun or a bare noun carries that party over.

"Statkraft bought the land in 2016. It sold the hotel to a Chinese businessman in 2018.": "It" is still the
previous event's first party, so it stays a party next to the ones the sentence names after its verb (the buyer,
a seller, a rival). "The government ...", "The court ..." are left out: a state's own organs often follow a
foreign party's event ("Russia sent a note. The government said ..."), and carrying that party over cost places.
"""

from __future__ import annotations

import re

__all__ = ["with_carried_subject"]

# "It", "They", "The company", "The ministry", "The commission" ... opening the sentence: a party named before.
_BARE_SUBJECT = re.compile(
    r"^(?:It|They|The\s+(?:company|firm|group|operator|consortium|owner|buyer|ministry|department|agency|"
    r"commission|committee|council|board|regulator|utility))\b(?!\s+(?:is|was|are|were)\s+(?:a|an|the)\b)"
)


def with_carried_subject(text: str, codes: list[str], starts: list[int], verb_at: int, previous: tuple) -> list[str]:
    """``codes`` and, when ``text`` opens on a bare subject and names its parties only after the verb at
    ``verb_at`` (``starts`` are where they are named), the previous event's first party after them."""
    if not previous or not codes or not _BARE_SUBJECT.match(text):
        return codes
    if any(start < verb_at for start in starts):
        return codes  # "They and Canada signed ...": the subject names its own party
    return list(dict.fromkeys([*codes, *previous[:1]]))
