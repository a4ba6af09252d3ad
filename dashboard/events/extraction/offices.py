"""Offices named by title in a sentence: "Danish Prime Minister ...", "Russia's foreign ministry",
"Prime Minister Mark Carney", "the mayor". :class:`.document.ArticleMemory` ties each to the state
named beside it, so that "the prime minister" alone later in the article is that state's (the
latest tie wins: an article moves from one government to another)."""

from __future__ import annotations

import re
from functools import lru_cache

from .regex_forms import first_letter_cased
from .text import lower_for_cues

__all__ = ["titles_in"]

# The ministries a "minister" or "ministry" may be of.
_MINISTRIES = ("prime", "foreign", "defen[cs]e", "finance", "fisheries", "energy", "trade", "interior", "justice",
               "northern affairs")  # fmt: skip
# r"(?i:\b(?:(?:prime|...|northern affairs)\s+)?minist(?:er|ry)|\bpresident(?:-elect)?|...|\bmayor)\b" with
# the optional ministry spelt out in the order re tried it, and the first letters of the words in every case
# (regex_forms.first_letter_cased): re skips to the letters the offices start with (speed).
TITLE = re.compile(
    first_letter_cased(
        [
            *(rf"{ministry}\s+minist(?:er|ry)" for ministry in _MINISTRIES),
            "minist(?:er|ry)",
            "president(?:-elect)?",
            "premier",
            "chancellor",
            "ambassador",
            r"consul(?:\s+general)?",
            "spokes(?:wo)?man",
            "spokesperson",
            r"secretary\s+of\s+state",
            "governor",
            "mayor",
            # A state's armed service, named once with its state and then bare: "the U.S. Air Force ... The Air
            # Force began bomber rotations in 2018" (not a base or a plane named after it: "Eielson Air Force Base").
            r"air\s+force(?!\s+(?:base|station|one)\b)",
        ],  # fmt: skip
        word_start=True,
    )
    + r"\b"
)
# A word every match of TITLE holds: most sentences hold none, and a substring test is cheaper
# than the case-insensitive scan.
_TITLE_CUES = ("minist", "president", "premier", "chancellor", "ambassador", "consul", "spokes", "secretary",
               "governor", "mayor", "force")  # fmt: skip


def _has_title_cue(text: str) -> bool:
    lower = lower_for_cues(text)
    return any(cue in lower for cue in _TITLE_CUES)


@lru_cache(maxsize=4)
def titles_in(text: str) -> tuple[re.Match[str], ...]:
    """TITLE's matches in ``text``, scanned only when it holds a title word. Cached for the few
    latest texts: ArticleMemory's learn() and title_mentions() both read each event sentence's offices."""
    return tuple(TITLE.finditer(text)) if _has_title_cue(text) else ()
