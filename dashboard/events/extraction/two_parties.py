"""A sentence that opens on "The two governments", "Both countries", "The two leaders" means the two states the
story has just named together: "Canada and Denmark signed the deal in Ottawa on Tuesday. The two governments announced
a joint task force on Wednesday." The second event is both states' act, though it names neither (or names only a
third party after its verb: "The two countries submitted their proposal to the IMO"). So too for more: "The three
governments signed a memorandum" after the three were named.
"""

from __future__ import annotations

import re

from .default_places import STATE_CODES

__all__ = ["with_the_two"]

# "The two governments", "Both countries", "The two countries' ministers", "Both sides", "The three Nordic
# countries", "The ten parties".
_THE_N = re.compile(
    r"^(?:The\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten)|Both)\s+(?:[A-Z][a-z]+\s+)?"
    r"(?:countries|governments|states|nations|sides|leaders|presidents|prime\s+ministers|ministers|foreign\s+ministers|"
    r"defen[cs]e\s+ministers|neighbours|neighbors|allies|parties|members|signatories|partners)\b"
)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def with_the_two(text: str, codes: list[str], previous: tuple) -> list[str]:
    """``codes`` with, when ``text`` opens on "the two" (three, ...) states or their leaders, the first two (three,
    ...) states among the previous event's parties ``previous`` before them; ``codes`` unchanged when that event names
    fewer, or when ``codes`` hold a state it does not name."""
    if not text.startswith(("The ", "Both ")) or not (the_n := _THE_N.match(text)):  # speed: most sentences
        return codes
    n = _NUMBERS[the_n.group("n")] if the_n.group("n") else 2
    states = [code for code in previous if code in STATE_CODES][:n]
    if len(states) < n or any(code in STATE_CODES and code not in previous for code in codes):
        # "Both countries are partners of the alliance, while Norway was a founding member": a state the previous
        # event did not name is set beside them, and which two are meant is no longer plain.
        return codes
    return list(dict.fromkeys([*states, *codes]))
