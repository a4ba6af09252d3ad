"""A place named only as the seat an elected member holds: "Alaska's U.S. senators, Lisa Murkowski and Dan Sullivan,
condemned the rule", "Alaska's all-Republican congressional delegation condemned the order". The place says whom the
members speak for, not where they acted: they act in the legislature, which the sentence or the story names ("saying
Washington was shutting off jobs"). A lawmaker's town before a title ("Anchorage Reps. David Nelson") is
:mod:`.names_in_other_roles`' reading.

Measured before it was kept (rules-2.72, counts only, with the "Reps." fix of :mod:`.names_in_other_roles`): on the
development sets one more place right (1,780 -> 1,781 of 2,401); on the 54 pooled held-out sets one more event
(7,088 -> 7,089) and one more place (5,107 -> 5,108 of 8,011), dates and fallbacks unchanged. Read where the
gazetteer's names are found (as :mod:`.names_in_other_roles` reads a lawmaker's town) it lost that place again.
"""

from __future__ import annotations

import re

from .places import PlaceMatch

__all__ = ["constituencies_last"]

# "Alaska's U.S. senators", "Alaska's all-Republican congressional delegation", "Nunavut's member of Parliament";
# not a state's delegation to a body ("the Kingdom of Denmark's delegation to the Arctic Council").
_MEMBERS_OF = re.compile(
    r"(?:'s?)?\s+(?:(?:U\.S\.|two|three|both|junior|senior|all-\w+|federal|Republican|Democratic)\s+){0,3}"
    r"(?:senators?|congressional\s+delegation|congress(?:wo)?man|members?\s+of\s+(?:Congress|Parliament))\b"
)


def _constituency(text: str, place: PlaceMatch) -> bool:
    """Whether ``text`` names ``place`` only as the seat of elected members."""
    return bool(_MEMBERS_OF.match(text, place.end))


def constituencies_last(text: str, ranked: list[PlaceMatch]) -> list[PlaceMatch]:
    """``ranked`` (the places of ``text``, the event's first) with the places named only as members' seats moved to
    the end; none at all when ``text`` names no other place (the story's place is the event's)."""
    if not ranked or not _constituency(text, ranked[0]):
        return ranked
    seats = [p for p in ranked if _constituency(text, p)]
    others = [p for p in ranked if not _constituency(text, p)]
    return [*others, *seats] if others else []
