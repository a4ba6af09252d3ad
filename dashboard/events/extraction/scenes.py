"""A scene set by the month or year a sentence opens with, which the next sentence's past happening goes on in.

"Last September, Russian bombers flew along the Norwegian coast. Norway scrambled two F-35s from Evenes." In an April
article the second sentence names no date, and the story's day (the news of the week) is not its day: a sentence that
opens with an older month or year ("Last August, ...", "In 2014, ...", "In April last year, ...") sets a scene that
the next sentence, telling a happening in the past, goes on in. A day is no scene: it is one point of the story,
which goes on from it to the days after ("On March 3, the ship ran aground. Salvage crews pumped out its fuel").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .dates import DateMatch
from .story import carried_date
from .tense import names_a_past_happening, told_as_of_now

__all__ = ["borrowed_date", "opening_scene"]

# Before the date: nothing ("Last August,") or a preposition ("In 2014,", "During March,"); after it, a comma.
_BEFORE = re.compile(r"(?i)^(?:(?:in|during|early|late)\s+)?$")
# What tells no happening of the scene: a saying ("Ferries can still be booked online, the operator said"), which may
# be of the report's day, and a passive after "be" ("can still be booked", "are to be made public").
_NOT_A_HAPPENING = re.compile(r"\b(?:said|told|added|noted|warned|stressed|insisted|argued|wrote|be\s+\w+)\b")
_DAYS_BEFORE_STORY = 7  # a scene more than a week before the story's day is another time (a closer one is its day)


def opening_scene(sentence: str, when: DateMatch) -> DateMatch | None:
    """``when``, the date of ``sentence``, when it is a month or a year and the sentence opens with it and a comma
    ("Last September, Russian bombers flew along the Norwegian coast"), else None."""
    if not when.explicit or when.start < 0 or when.precision == "day":
        return None
    if _BEFORE.match(sentence[: when.start]) and sentence.startswith(",", when.start + len(when.text)):
        return when
    return None


def borrowed_date(
    sentence: str,
    when: DateMatch,
    story_date: DateMatch | None,
    last_date: DateMatch | None,
    published: date,
    scene: DateMatch | None,
) -> DateMatch | None:
    """The date ``sentence``, which names none of its own (``when`` not explicit), takes, not explicit; None when it
    keeps the publication day.

    After a sentence that opened with a month or year, ``scene`` (:func:`opening_scene`), more than a week before the
    story's day ``story_date``, a happening told in the past goes on in that scene. (Wire copy sets each sentence as a
    paragraph of its own: the scene goes on past the paragraph.) Otherwise the story's date,
    :func:`.story.carried_date`.
    """
    if not when.explicit and when.text:
        return None  # "Skaale said at the time ...": the date named last, which the words refer back to
    if (
        not when.explicit
        and scene is not None
        and story_date is not None
        and (story_date.date - scene.date).days > _DAYS_BEFORE_STORY
        and not told_as_of_now(sentence)
        and names_a_past_happening(_NOT_A_HAPPENING.sub(" ", sentence))
    ):
        return replace(scene, explicit=False)
    return carried_date(sentence, when, story_date, last_date, published)
