"""A state's legal instrument told in the passive, with no place named: issued, granted or signed at its seat.

News tells the state's paperwork without its author: "The leases were issued on Jan. 19, 2021, the day before Biden
took office", "The licences were granted by the energy directorate in 2010 and confirmed by the ministry in 2013",
"The decree was signed in May". The instrument names who made it (only a state issues leases, licences, decrees and
laws), so the act is at the seat of the story's state, not at the field, sea or town the story is about. A contract
or a deal signed ("The supply contract was signed in December 2013") may be a company's, and stays where the story is.
"""

from __future__ import annotations

import re

# A state's instrument as the subject, then a passive act: "The leases were issued", "licences were granted by",
# "the law was passed", "A new decree was signed". Up to four words between the noun and its verb ("the leases for
# the coastal plain were issued").
_PASSIVE_INSTRUMENT = re.compile(
    r"\b(?:[Ll]eases|[Ll]icen[cs]es?|[Pp]ermits?|[Dd]ecrees?|[Ll]aws?|[Bb]ills?|[Rr]egulations|[Ss]anctions|"
    r"[Qq]uotas?|[Ee]xecutive\s+orders?)\b(?:\s+[\w,'’-]+){0,4}?\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:(?:first|later|then|formally|finally|also)\s+)?"
    r"(?:issued|granted|awarded|signed|passed|enacted|adopted|approved|revoked|cancel+ed|suspended|imposed|"
    r"ratified|renewed|withdrawn|rescinded)\b"
)

# What a state's instrument made, told by the instrument signed or issued: "Under a law signed in December, Rosatom
# became the operator of the route", "The zone's land territories were set out in a presidential decree in May 2014".
# A decree is a state's act by its name; a law only when told as signed, passed or adopted ("Under the law, women will
# be drafted" tells what a law says, not its making).
_BY_INSTRUMENT = re.compile(
    r"\b(?:[Uu]nder|[Ii]n|[Bb]y)\s+(?:a|an|the)\s+(?:(?:new|presidential|government|federal|royal)\s+)?"
    r"(?:decree|(?:law|executive\s+order)\s+(?:signed|passed|adopted|issued))\b"
)


def instrument_of_state(text: str) -> bool:
    """Whether ``text`` (a sentence) tells a state's instrument issued, granted or signed, in the passive."""
    # Speed: every match holds "was", "were" or "been" (the pattern is case-sensitive); most sentences hold none, and
    # are not scanned from every word boundary.
    if ("decree" in text or " signed" in text or " passed" in text or " adopted" in text or " issued" in text) and (
        _BY_INSTRUMENT.search(text)
    ):
        return True
    if "was" not in text and "were" not in text and "been" not in text:
        return False
    return bool(_PASSIVE_INSTRUMENT.search(text))
