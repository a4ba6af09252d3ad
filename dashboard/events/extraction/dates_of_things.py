"""Dates that name a thing rather than date the sentence's happening: "this month's election", "the 2017 tax law",
"the Nov. 5 election", "a launch set for Dec. 9" (a dateline's date is :mod:`.datelines`'). :func:`.dates.resolve_date`
drops the first kind and lets the others give way to the sentence's other date; :func:`.other_clauses.named_happenings` makes an event
of a happening named so.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for the annotations: .dates imports this module
    from .dates import DateMatch

__all__ = ["date_of_a_thing", "period_of_a_thing", "planned_for"]


# "this month's election", "last year's meeting": a period that names which thing is meant, not
# when the sentence's happening was ("On the same day, the parties signed ..., whose party won
# this month's election" happened on the day named before).
_PERIOD_OF_A_THING = re.compile(r"(?i)^(?:this|last|next)\s+(?:week|month|year)$")


def period_of_a_thing(sentence: str, found: DateMatch) -> bool:
    """Whether ``found`` is a relative period in the possessive ("this month's election")."""
    return bool(_PERIOD_OF_A_THING.match(found.text)) and sentence.startswith(
        ("'s", "’s"), found.start + len(found.text)
    )


# "the 2017 tax law", "the Nov. 5 election": a date before a noun says which thing is meant.
_BEFORE_A_DATE_OF_A_THING = re.compile(r"(?i)\b(?:the|a|an|its|their|his|her|this|that)\s+$")


def date_of_a_thing(sentence: str, found: DateMatch) -> bool:
    """Whether ``found`` is a date before a noun, naming a thing ("Under the 2017 tax law ..., the Interior Department
    must hold a second lease sale there in 2024", "certified the results of the Nov. 5 election on Saturday"): with
    another date in the sentence, that one dates the happening."""
    end = found.start + len(found.text)
    return (
        (found.text[:1].isdigit() or found.text[:1].isupper())
        and sentence[end : end + 1] == " "
        and sentence[end + 1 : end + 2].islower()
        and bool(_BEFORE_A_DATE_OF_A_THING.search(sentence, max(0, found.start - 8), found.start))
    )


# "a launch set for Dec. 9", "the state visit planned for early September": the date a plan named.
_PLANNED_FOR = re.compile(r"(?i)\b(?:planned|scheduled|set|slated|timed)\s+for\s+$")


def planned_for(sentence: str, found: DateMatch) -> bool:
    """Whether ``found`` is the date a plan was set for ("The date then slipped again and again: a launch set for Dec. 9
    was put back, and by October Roscosmos had moved the mission into 2021"): with another date in the sentence, that
    one dates the happening."""
    return bool(_PLANNED_FOR.search(sentence, max(0, found.start - 16), found.start))
