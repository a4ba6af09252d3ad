"""Where a missile or a torpedo was fired from, not where it struck.

"The frigate Admiral Gorshkov fired a Zircon hypersonic missile from the White Sea at a target in the Barents
Sea", "crews launched a Yars intercontinental missile from the Plesetsk cosmodrome towards a target on Kamchatka":
the firing happened at the launch site; the target area is where the missile went.
"""

from __future__ import annotations

import re

from .places import PlaceMatch

__all__ = ["launch_site_first"]

# A target's place: "at a target in the Barents Sea", "towards targets on Kamchatka", "hit a target at the Kura test
# range".
_AT_TARGET = re.compile(
    r"\btargets?\s+(?:\w+\s+){0,3}?(?:in|on|at|near|off)\s+(?:the\s+)?(?:\w+\s+){0,2}?$"
    r"|\btest\s+range\s+(?:in|on|at)\s+(?:the\s+)?$"
)
# The launch site: "from the White Sea", "from under the White Sea", "from a submerged position in the Barents Sea".
_FROM_SITE = re.compile(
    r"\bfrom\s+(?:under\s+|beneath\s+)?(?:the\s+)?$|\bfrom\s+a\s+(?:\w+\s+){0,2}?position\s+in\s+(?:the\s+)?$"
)


def launch_site_first(text: str, ranked: list[PlaceMatch]) -> list[PlaceMatch]:
    """``ranked`` with the launch site first when ``text`` tells a firing whose first place is its target's and
    which names where it was fired from; unchanged otherwise."""
    if len(ranked) < 2 or "target" not in text and "range" not in text:
        return ranked  # speed: most sentences name no target
    if not _AT_TARGET.search(text, max(0, ranked[0].start - 50), ranked[0].start):
        return ranked
    site = next(
        (p for p in ranked[1:] if p.start >= 0 and _FROM_SITE.search(text, max(0, p.start - 40), p.start)), None
    )
    return ranked if site is None else [site, *(p for p in ranked if p is not site)]
