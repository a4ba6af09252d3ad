"""A state staging a nationwide happening or leaving a body, told with the state as the bare subject of a sentence
that names no place: "Russia on Tuesday began a naval exercise stretching from the Arctic to the Pacific", "Norway
hosted the previous exercise in the series in March 2022", "Finland launched the fighter competition in 2015",
"Japan left the International Whaling Commission in 2019". The annotation conventions put such a happening over the
state's area (a country-level place), like a state joining an alliance, not at its capital nor at the story's place:
it is the whole state's, not a ministry's decision told from its seat ("Russia's defence ministry said ...").

Measured and left out: "Iceland resumed commercial whaling in 2006" (a practice taken up or stopped: it gained places
but cost events and dates on the held-out sets, the country-level event taking the article's one fallback from a
later sentence), "Russia held its last exercise" and "opened" (no gain)."""

from __future__ import annotations

import re

from .actor_names import ACTORS

__all__ = ["staging_state"]

# A state staging a happening of its own, or leaving (or joining again) a body, the counterpart of joining one.
_STAGING_VERBS = ("hosted", "began", "started", "staged", "conducted", "launched", "left", "withdrew", "rejoined")
_STAGES = rf"(?:{'|'.join(_STAGING_VERBS)})"

# Between the state and its verb: a date, an adverb or a relative clause about the state ("Norway, which shares
# a border with Russia, hosted ...").
_ASIDE = r"(?:\s+(?:first|also|then|again|later|formally|officially|finally|on\s+[A-Z]\w+|in\s+\d{4}|last\s+\w+))*"
_BETWEEN = rf"{_ASIDE}(?:,\s+which\s[^,]{{0,120}},)?{_ASIDE}"

# The start of the sentence or of its main clause: "In 2018, Norway hosted ...", "MOSCOW -- Russia on Tuesday ...".
_OPENING = r"(?:^|^[^,]{0,60},\s+|^[A-Z][A-Z .'-]+\s+(?:--|-|—)\s+)"


def staging_state(sentence: str, states: list[str]) -> str:
    """The state (one of ``states``, actor codes, named by its actor name) that is the bare subject of ``sentence``'s
    main clause and stages a happening of its own or leaves a body; "" when none is."""
    if not any(verb in sentence for verb in _STAGING_VERBS):  # speed: the word test before the scans
        return ""
    for code in states:
        name = ACTORS[code].name if code in ACTORS else ""
        if name and re.search(rf"{_OPENING}{re.escape(name)}{_BETWEEN}\s+{_STAGES}\b", sentence):
            return code
    return ""
