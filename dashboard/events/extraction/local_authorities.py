"""A town's court, police or authorities act for the state the town lies in.

"In February a court in Ningbo sentenced the Swedish citizen Gui Minhai to ten years": the court is China's, though
the sentence names only Sweden as a party; "On Tuesday the authorities in Severodvinsk said ...", "Police in
Hammerfest arrested a Russian": the state whose town it is acts, whoever it acts on.
"""

from __future__ import annotations

import re

from geodata.gazetteer import lookup

from .default_places import STATE_CODES

__all__ = ["local_authority_state"]

# "a court in Ningbo", "The district court in Tromsø", "the Supreme Court in Oslo", "police in Hammerfest", "the
# authorities in Severodvinsk": a town's body, by the town's name (one or two capitalised words).
_LOCAL_BODY = re.compile(
    r"\b(?:(?:[Aa]n?|[Tt]he)\s+(?:[A-Za-z]+\s+)?)?(?:[Cc]ourt|[Pp]olice|[Pp]rosecutors?|authorities)\s+in\s+"
    r"(?P<town>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)
# What every match holds (speed: most sentences skip the scan).
_CUES = ("ourt in ", "olice in ", "rosecutor in ", "rosecutors in ", "authorities in ")


def local_authority_state(text: str, party_starts: list[int]) -> str:
    """The state of the town whose court, police or authorities ``text`` names before any of its parties (starting
    at ``party_starts``) as the one acting ("a court in Ningbo sentenced ..."); "" when there is none, or the town
    is in Denmark's realm (a Greenland town's court is Greenland's, a Faroese town's the Faroes'), or no state's."""
    if not any(cue in text for cue in _CUES) or not (m := _LOCAL_BODY.search(text)):
        return ""
    if any(start < m.start() for start in party_starts):
        return ""  # "Northvolt sought Chapter 11 protection in a court in Houston": Northvolt acts
    for words in (m["town"], m["town"].split()[0]):
        if (place := lookup(words)) is not None:
            state = place["iso3"]
            return state if state in STATE_CODES and state != "DNK" else ""
    return ""
