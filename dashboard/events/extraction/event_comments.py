"""Comments told with the happening itself, dated with it rather than with the report.

A comment reported in the past days after the story's day is as of the report ("Senator Sullivan called the episode
unacceptable and said he would raise it"; "The embassy said it had asked about the seizure"), but not one that belongs
to the happening:

- spoken to its audience or at the event ("Greenland's minister told the ceremony that ...", "At the Trenton event
  Trudeau said ...");
- quoted first and attributed after ("'The F-35 best met our needs,' the minister told reporters"): the words quoted
  verbatim come from the announcement the story tells;
- telling the happening with a past tense of its own ("The White House said President Biden gave the order", "The
  Royal House said the news came as a surprise"): told as it happened, where a later account backshifts it ("said the
  parties had agreed") or looks ahead ("said he would raise it").
"""

from __future__ import annotations

import re

__all__ = ["told_with_the_happening"]

_TOLD_THE_EVENT = re.compile(
    r"\b(?:told|addressed)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:ceremony|meeting|summit|conference|gathering|audience|crowd|"
    r"forum|assembly|rally|delegates|participants|attendees|guests)\b"
)
_AT_THE_EVENT = re.compile(
    r"(?:At|During|Speaking\s+at)\s+the\s+(?:[\w-]+\s+){0,3}(?:event|ceremony|meeting|summit|conference|briefing|"
    r"launch|signing|opening|gathering|session)\b"
)
_OPENING_QUOTE = ('"', "\u201c")

# "said President Joe Biden gave", "told NTB that the town took": an irregular past within a few words of the report,
# with no auxiliary, modal or copula before it ("said the parties had agreed", "said it was working"). Not "-ed" forms,
# which are as often participles and adjectives ("said the area affected", "said it was concerned").
_SIMPLE_PAST_CONTENT = re.compile(
    r"\b(?:said\s+|told\s+(?:[\w-]+\s+){1,3}?)(?:that\s+)?(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:gave|came|made|took|found|brought|sent|won|left|began|chose|met)\b"
)
_NOT_SIMPLE = re.compile(r"\b(?:had|has|have|would|will|could|can|may|might|should|must|is|are|was|were|been|be|not)\b")


def told_with_the_happening(sentence: str) -> bool:
    """Whether ``sentence``, a comment told in the past, belongs to the happening's day (see the module)."""
    if ("told" in sentence or "addressed" in sentence) and _TOLD_THE_EVENT.search(sentence):
        return True
    if _AT_THE_EVENT.match(sentence) or sentence.lstrip().startswith(_OPENING_QUOTE):
        return True
    content = _SIMPLE_PAST_CONTENT.search(sentence)
    return content is not None and not _NOT_SIMPLE.search(content.group(0), 5)
