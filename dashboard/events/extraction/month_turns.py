"""The current week or month told in the past just after a month turns: its days lie mostly in the month before.

A story published on August 1 that says "Fires covered three million hectares this month" or "Authorities declared
states of emergency this week" was written as July ended: on the 1st the month so far is a single day, and a week
that began on Monday, July 29 has most of its days in July. Likewise "the deal reached earlier this month" in a
story of December 1 to 3 cannot mean a day of December worth calling "earlier": it is the month before. A plan
("will meet this week") looks ahead and keeps the publication's month. "Last week" in a Monday, August 5 story ran
mostly in August (Monday, July 29 to Sunday, August 4), though the day a week back is in July.
"""

from __future__ import annotations

from datetime import date, timedelta

__all__ = ["last_week", "month_so_far", "week_so_far"]


def week_so_far(published: date, direction: str, tense: str) -> date:
    """The date standing for "this week" / "earlier this week" told in ``tense``: the middle of the week's days up to
    publication (before it for "earlier"), so that a week mostly in the previous month falls in that month."""
    if tense in ("future", "planned") or direction not in ("this", "earlier this", "earlier in the"):
        return published
    direction = "earlier this" if direction == "earlier in the" else direction  # "earlier in the week"
    end = published if direction == "this" else published - timedelta(days=1)
    length = published.weekday() + (1 if direction == "this" else 0)  # the week's days from Monday to ``end``
    # A tie (Monday the 31st, Tuesday the 1st) keeps the later month.
    middle = end - timedelta(days=(length - 1) // 2) if length > 1 else published
    return middle if middle.month != published.month else published


def month_so_far(published: date, direction: str, tense: str) -> date:
    """The month (its first day) "this month" / "earlier this month" names: the month before for "earlier this
    month" on the 1st to the 3rd, or a past "this month" on the 1st."""
    first = date(published.year, published.month, 1)
    if tense in ("future", "planned"):
        return first
    if (direction == "earlier this" and published.day <= 3) or (
        direction == "this" and tense == "past" and published.day == 1
    ):
        return (first - timedelta(days=1)).replace(day=1)
    return first


def last_week(published: date) -> date:
    """The date standing for "last week" (month precision): the day a week before ``published``, or the Thursday of
    last week, its middle, when that lies in another month (a Monday, August 5 story's last week ran mostly in
    August)."""
    week_back = published - timedelta(days=7)
    middle = published - timedelta(days=published.weekday() + 4)
    return middle if middle.month != week_back.month else week_back
