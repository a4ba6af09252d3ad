"""A self-governing territory's home rule gained or introduced: a step of the territory's own, over its area.

Greenland and the Faroe Islands govern themselves inside the Danish realm, and news retells how they got there in
nearly every story about them: "Greenland gained home rule in 1979 and self-government in 2009", "Siumut has led
Greenland's government since home rule was introduced in 1979". The step is the whole territory's, like a state
joining an alliance, so the annotation conventions put it over the territory's area (a country-level place), not at
its capital nor at the story's town. A further year the sentence gives ("... and self-government in 2009") is a step
of its own, at the territory's seat: an article has at most one event on a country alone.

Measured and left out: Denmark, which passed the acts, as a party beside the territory (annotators split between
Denmark and the territory; no gain on the held-out sets, and a dev set's actor precision fell below its floor).
"""

from __future__ import annotations

import re

__all__ = ["home_rule_territory"]

# The territories whose home rule news retells (actor codes).
_TERRITORIES = ("GRL", "FRO")
# Home rule or self-government gained, granted, introduced or begun ("gained home rule in 1979", "home rule was
# introduced in 1979", "since home rule began"); not the home government acting ("Greenland's self-government said
# on Thursday ..."), nor its wish ("wants more self-rule").
_GAINED = re.compile(
    r"\b(?:(?:gained|got|won|obtained|received|was\s+granted|were\s+granted)\s+(?:\w+\s+){0,2}?"
    r"(?:home\s+rule|self-government|self-rule)|(?:home\s+rule|self-government|self-rule)\s+(?:(?:was|were|had\s+been)\s+)?"
    r"(?:introduced|granted|began|came\s+into\s+force|took\s+effect))\b",
    re.I,
)


def home_rule_territory(text: str, codes: list[str]) -> str:
    """The territory among ``codes`` (a sentence's parties) whose home rule gained or introduced ``text`` tells; ""
    when none."""
    lower = text.lower()
    # Speed: every match names home rule, self-government or self-rule; most sentences name none.
    if "home rule" not in lower and "self-" not in lower:
        return ""
    territory = next((c for c in codes if c in _TERRITORIES), "")
    return territory if territory and _GAINED.search(text) else ""
