"""Where a text puts a place: after a locative ("in Russia", "off northern Norway", "to central
Norway") or a short stated distance ("75 miles north of Kiska Island"). The scans are anchored at
the end of the text before the place; the words they end with are tested first (speed)."""

from __future__ import annotations

import re

from .regex_forms import first_letter_cased
from .text import lower_for_cues

__all__ = [
    "LOCATIVE",
    "SETTLEMENT_OF",
    "after_locative",
    "dateline_named_again",
    "describes_earlier",
    "follows_locative",
    "last_letters",
    "located_at",
]

_POINTS = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|central)(?:ern)?\s+"
# r"\b(?:(?:in|at|...|on|over|across)\s+(?:the\s+)?(?:(?:far\s+)?{_POINTS})?|(?:to|into)\s+(?:the\s+)?(?:far\s+)?{_POINTS})$" under
# re.IGNORECASE, its words' first letters written out in every case (speed: see regex_forms).
LOCATIVE = re.compile(
    first_letter_cased(
        [
            *(
                rf"{word}\s+(?:the\s+)?(?:(?:far\s+)?{_POINTS})?"
                for word in ("in", "at", "near", "off", "outside", "inside", "on", "over", "across")
            ),
            *(rf"{word}\s+(?:the\s+)?(?:far\s+)?{_POINTS}" for word in ("to", "into")),
        ],
        word_start=True,
    )
    + "$"
)
# "about 75 miles north of Kiska Island", "40 kilometres from Nanortalik": a point a stated short
# distance away (at most _NEAR_KM) places the event as well as the sea around it, and more exactly.
_DISTANCE_OF = re.compile(
    r"\b(?P<number>\d{1,3}(?:\.\d+)?)\s*(?P<unit>km|kilometres|kilometers|miles|nautical\s+miles|nm)\s+"
    r"(?:\w+\s+)?(?:of|from)\s+(?:the\s+)?$",
    re.I,
)
_NEAR_KM = 150
# The words a LOCATIVE or a _DISTANCE_OF match ends with, before its spaces (speed: tested first).
_LOCATIVE_ENDS = ("in", "at", "near", "off", "outside", "inside", "on", "over", "across", "the", "north", "south",
                  "east", "west", "central", "ern")  # fmt: skip
_DISTANCE_ENDS = ("of", "from", "the")
_KM_PER = {"km": 1.0, "kilometres": 1.0, "kilometers": 1.0, "miles": 1.609, "nm": 1.852}


# "in the small Hudson Bay community of Sanikiluaq", "at the village of Kipnuk", "converged on the settlement of
# Belushya Guba" (rules-2.55): a settlement named after a locative and its kind (no LOCATIVE match ends with "of").
SETTLEMENT_OF = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Oo]n|[Nn]ear|[Ii]nto|[Tt]o)\s+(?:the|a)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:community|village|town|city|hamlet|settlement|port|municipality|island|archipelago)\s+of\s+$"
)


def _tail_start(text: str, words: int) -> int:
    """A position at or before the start of the last ``words`` words (runs of non-space) of ``text``: a scan anchored
    at the end whose matches span at most that many words finds from there what it finds from the start (``re``
    reads the text before ``pos`` for ``\\b``), without trying every word start of the text before (speed)."""
    parts = text.rsplit(None, words)
    return len(parts[0]) if len(parts) > words else 0


# The most words a LOCATIVE ("in the far northern "), a SETTLEMENT_OF ("in the small Hudson Bay community of ") and a
# _DISTANCE_OF match ("75 nautical miles north of the ") spans.
_LOCATIVE_WORDS, _SETTLEMENT_WORDS, _DISTANCE_WORDS = 4, 8, 6


def last_letters(before: str) -> str:
    """The end of ``before`` (spaces stripped) lower-cased for the tests of the words it ends with."""
    return lower_for_cues(before.rstrip()[-8:])


# "sailing north of Kiska Island", "drifting far north of the Laptev Sea", "in waters west of the island of Senja":
# a compass direction from a place puts what happened beside it, as "off" does (rules-2.75, see _direction_of).
_DIRECTION_OF = re.compile(
    r"\b(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?"
    r"(?:(?:island|town|port|village|archipelago)\s+of\s+)?$",
    re.I,
)


def _direction_of(before: str) -> bool:
    """Whether ``before`` ends with a compass direction from the place to come said right after a verb or "waters"
    ("sailing north of Kiska Island", "boarded it in waters west of the island of Senja"): where something happened.
    After a name, a noun or a stated distance it only says where a thing lies ("at Ramfjorden south-east of Tromsø",
    "the vast federal area west of Prudhoe Bay", "Just north of Grindavík lie ...", "310 km north of Hammerfest")."""
    window = before[-80:]
    found = _DIRECTION_OF.search(window)
    if found is None:
        return False
    ahead = window[: found.start()].split()
    return bool(ahead) and ahead[-1].islower() and (ahead[-1].endswith(("ed", "ing")) or ahead[-1] == "waters")


# "off the coast of Alaska", "shot it down off the coast of South Carolina", "on the north coast of Svalbard": the coast
# of a place named after a locative puts what happened at that place (rules-2.75).
_COAST_OF = re.compile(r"\b(?:[Ii]n|[Aa]t|[Oo]n|[Nn]ear|[Oo]ff)\s+the\s+(?:[\w'-]+\s+){0,2}?coast\s+of\s+(?:the\s+)?$")


def _coast_of(before: str) -> bool:
    """Whether ``before`` ends with a :data:`_COAST_OF` locative that is not in an appositive, which only says where
    the thing before lies ("Tuvaijuittuq, a stretch of ocean off the north coast of Ellesmere Island")."""
    window = before[-80:]
    found = _COAST_OF.search(window)
    if found is None:
        return False
    aside = window[: found.start()].rsplit(",", 1)
    return len(aside) < 2 or not re.match(r"\s*(?:a|an|the)\s", aside[1])


def ends_with_locative(before: str) -> bool:
    """Whether ``before`` ends with a locative, every scan tried (the reading :func:`after_locative` gives faster)."""
    return bool(LOCATIVE.search(before) or SETTLEMENT_OF.search(before)) or _direction_of(before) or _coast_of(before)


def after_locative(before: str, last: str) -> bool:
    """Whether ``before`` ends with a locative (:func:`ends_with_locative`), ``last`` being its
    :func:`last_letters`: the scan runs only when the text ends with one of the locative's last
    words (speed: anchored at the end, the scan tries every position of the text)."""
    if last.endswith("of"):
        settlement = SETTLEMENT_OF.search(before, _tail_start(before, _SETTLEMENT_WORDS))
        return bool(settlement) or _direction_of(before) or _coast_of(before)
    if last.endswith("the") and (_direction_of(before) or _coast_of(before)):
        return True
    return last.endswith(_LOCATIVE_ENDS) and bool(LOCATIVE.search(before, _tail_start(before, _LOCATIVE_WORDS)))


def follows_locative(text: str, start: int) -> bool:
    """Whether the place at ``start`` of ``text`` follows a locative ("in Russia", "off northern Norway")."""
    before = text[:start]
    return after_locative(before, last_letters(before))


def located_at(text: str, start: int) -> bool:
    """Whether the place at ``start`` of ``text`` follows a locative ("in Russia", "off northern
    Norway") or a short stated distance ("75 miles north of Kiska Island")."""
    before = text[:start]
    last = last_letters(before)
    if after_locative(before, last):
        return True
    near = _DISTANCE_OF.search(before, _tail_start(before, _DISTANCE_WORDS)) if last.endswith(_DISTANCE_ENDS) else None
    if near is None:
        return False
    unit = near.group("unit").lower()
    return float(near.group("number")) * _KM_PER.get(unit, 1.852) <= _NEAR_KM


# What lies between a town and an area that only says where the town is: "Cambridge Bay in Nunavut, a hamlet
# on the Northwest Passage", "Pevek, a port of about 5,000 people in Chukotka" (rules-2.32).
_DESCRIBES = re.compile(
    r",\s+(?:the|a|an|its)\s+(?:[\w'-]+\s+|\d[\d,.]*\s+){0,6}?(?:hamlet|port|town|city|village|community|"
    r"settlement|capital|island|municipality)\b(?:[^,.;:]|\d[,.]\d){0,40}?\b(?:in|on|of|near)\s+(?:the\s+)?$"
)
# ... or right after it, after a comma too and with a compass word: "returned to Sabetta on the Yamal Peninsula", "Dikson,
# on the Taymyr Peninsula", "Petermann Glacier in northwest Greenland" (rules-2.47, rules-2.50), also after the kind of
# site the place is: "the Pikka field on the North Slope" (rules-2.51), and with "Arctic" before the area: "its Johan
# Castberg field in the Arctic Barents Sea" (rules-2.55).
_RIGHT_AFTER = re.compile(
    r"(?:\s+(?:field|mine|project|plant|deposit|terminal|station|airport|harbou?r))?"
    r",?\s+(?:in|on)\s+(?:the\s+)?"
    r"(?:(?:far\s+)?(?:north|south|east|west|central|(?:north|south)(?:east|west))(?:ern)?\s+)?(?:Arctic\s+)?"
)


def describes_earlier(text: str, start: int, earlier_ends: list[int]) -> bool:
    """Whether the place at ``start`` of ``text`` (an area) follows a place ending at one of ``earlier_ends`` (the
    caller passes those of places no coarser than it) only to say where that place lies: the locative before it
    belongs to the description, and the happening is at the earlier place."""
    return any(
        0 <= start - end <= 90 and (_DESCRIBES.search(text, end, start) or _RIGHT_AFTER.fullmatch(text, end, start))
        for end in earlier_ends
    )


# "ESQUIMALT - HMCS Harry DeWolf sailed into CFB Esquimalt on Monday", "TROMSØ - The ship was free to leave Tromsø on
# Friday": the dateline's town named again where the sentence goes, leaves or is, is the sentence's place; the dateline
# only says where the story was filed (and, a name being ranked once, would hide the later mention).
_GONE_TO = re.compile(
    r"\b(?:into|to|left|leave|leaves|leaving|departed|reached|arrived\s+(?:in|at))\s+(?:the\s+)?$", re.IGNORECASE
)


def dateline_named_again(text: str, place, found: list) -> bool:
    """Whether ``place`` (a gazetteer match) is ``text``'s dateline, in capitals at its start, and ``found`` (the
    text's matches) names it again after a locative or a journey's verb: the later mention is the one to rank."""
    return (
        place.start == 0
        and text[: place.end].isupper()
        and any(
            other.name == place.name
            and other.start > place.end
            and (located_at(text, other.start) or _GONE_TO.search(text, max(0, other.start - 20), other.start))
            for other in found
        )
    )
