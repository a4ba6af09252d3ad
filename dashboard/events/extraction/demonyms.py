"""Whether an actor's mention is a demonym ("Chinese", "Russians", "South Korean", "French"): a people's or a state's
adjective, which names who acted but never where (a state named so does not act at its seat) and introduces a thing of
that state ("the Chinese balloon").

A test by the word's ending, as news writes demonyms: the name tables (:mod:`.actor_names`) hold the demonyms of each
state among its other names, as regex fragments, so the mention itself does not say which kind of name it was.
"""

from __future__ import annotations

import re

__all__ = ["is_demonym"]

# One or two capitalised words, the last ending as demonyms do, singular or plural.
_DEMONYM = re.compile(r"(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:ian|ish|ese|ic|an|ch)s?")


def is_demonym(text: str) -> bool:
    """Whether ``text`` (an actor mention's words) reads as a demonym ("Chinese", "Russians", "South Korean")."""
    return _DEMONYM.fullmatch(text) is not None
