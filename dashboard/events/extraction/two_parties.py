"""A sentence that opens on "The two governments", "Both countries", "The two leaders" means the two states the
story has just named together: "Canada and Denmark signed the deal in Ottawa on Tuesday. The two governments announced
a joint task force on Wednesday." The second event is both states' act, though it names neither (or names only a
third party after its verb: "The two countries submitted their proposal to the IMO").
"""

from __future__ import annotations

import re

from .default_places import STATE_CODES

__all__ = ["with_the_two"]

# "The two governments", "Both countries", "The two countries' ministers", "Both sides", "The two leaders".
_THE_TWO = re.compile(
    r"^(?:The\s+two|Both)\s+(?:countries|governments|states|nations|sides|leaders|presidents|prime\s+ministers|"
    r"ministers|foreign\s+ministers|defen[cs]e\s+ministers|neighbours|neighbors|allies)\b"
)


def with_the_two(text: str, codes: list[str], previous: tuple) -> list[str]:
    """``codes`` with, when ``text`` opens on "the two" states or their leaders, the first two states among the
    previous event's parties ``previous`` before them; ``codes`` unchanged when that event names fewer than two, or
    when ``codes`` hold a state it does not name."""
    if not text.startswith(("The two", "Both")) or not _THE_TWO.match(text):  # speed: most sentences
        return codes
    states = [code for code in previous if code in STATE_CODES][:2]
    if len(states) < 2 or any(code in STATE_CODES and code not in previous for code in codes):
        # "Both countries are partners of the alliance, while Norway was a founding member": a state the previous
        # event did not name is set beside them, and which two are meant is no longer plain.
        return codes
    return list(dict.fromkeys([*states, *codes]))
