"""A happening told as so many days before or after the story's: "The decision came a day after Chancellor Angela
Merkel, visiting Reykjavik, called for careful treatment of the Arctic" after "The German government on Wednesday
adopted new guidelines": Merkel spoke on Tuesday. "The shutdown came three days after Ravn had cut its service":
three days before the shutdown. "This year's meeting came a day before the vice-president was due to fly to
Pituffik": the flight the day after the meeting.

The sentence has no date of its own; the happening it tells is the one after "after"/"before", so its day is the
day the sentence took from the story (the lede's day, or the publication day) moved by the days counted. "Days
after" (no count) leaves the day alone; "shortly after" or "hours after" with no date of its own is the lede's day
(:func:`ledes_day_soon_after`). Used by :mod:`.extract`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from .dates import DateMatch

__all__ = ["day_counted_from_story"]

_COUNTS = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# "came a day after", "came just two days before", "was announced three days after", "followed a day after".
_APART = re.compile(
    r"\b(?:came|comes|followed|took\s+place|happened|occurred)\s+(?:(?:just|only|barely|exactly)\s+)?"
    r"(?P<n>a|one|the|two|three|four|five|six)\s+days?\s+(?P<dir>after|before)\b"
)


def day_counted_from_story(sentence: str, when: DateMatch, lede_day: DateMatch | None) -> DateMatch | None:
    """The day of the happening ``sentence`` (with no date of its own, dated ``when`` from the story) tells after
    "came a day after" (see the module); None when it counts no days. The days are counted from the
    lede's day ``lede_day`` (the first recent day the story named) when there is one: "The shootdown came a day after
    ..." counts from Saturday's shootdown, not from "NORAD first tracked the object on Friday" told in between."""
    if when.explicit or " day" not in sentence:  # "a day after", "two days before" (not "on Monday")
        return None
    when = lede_day if lede_day is not None else when
    if when.precision != "day":
        return None
    m = _APART.search(sentence)
    if m is None:
        return None
    days = _COUNTS[m.group("n")]
    shift = timedelta(days=-days if m.group("dir") == "after" else days)
    # Told in words of its own: a happening of its own, not a follow-up of the story's latest one.
    return replace(when, date=when.date + shift, explicit=True, text=m.group(0), start=m.start())


# "In the hours after the collapse, police evacuated houses", "The flights came shortly after China and Russia held
# joint drills": told as hours after another happening, the sentence's own is the story's, on the lede's day, not on
# the date named last (:func:`.story.date_referred_back` dates "shortly after" by that, as it does "hours later") when
# that date is later than the lede's day (the story has moved on: "Geologists inspected the slope on Thursday") or no
# day of the week before it (a background year or month). A day told between the lede's and a week before it may be the
# happening's own, told after a later report of it: "Rosatom said on Saturday that five were killed in an explosion.
# The accident happened on Thursday morning. Shortly after the blast, the city reported a rise in radiation."
_SOON_AFTER = re.compile(r"(?i)(?:shortly|soon|hours|minutes|moments)\s+after")


def ledes_day_soon_after(when: DateMatch, lede_day: DateMatch | None) -> DateMatch | None:
    """The lede's day ``lede_day`` for a sentence that ``when`` dates by "shortly/hours after" (the date named last, see
    ``_SOON_AFTER``); None for any other sentence, without a lede's day, or when the date named last is a day of the
    week before the lede's."""
    if lede_day is None or lede_day.precision != "day" or not _SOON_AFTER.fullmatch(when.text):
        return None
    if when.precision == "day" and 0 <= (lede_day.date - when.date).days <= 7:
        return None
    return replace(when, date=lede_day.date, precision="day")
