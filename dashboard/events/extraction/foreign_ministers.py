"""A minister of another state than the story's acting where the sentence names no place: at home.

:func:`.seats.acts_from_seat` moves a state's parliament's, government's, ministry's or head's act out of a story
set in another state to that state's seat of government. A minister named by title after the state's name or
adjective does the same: "Russian Foreign Minister Sergey Lavrov proposed bilateral consultations" in a story at
Svalbard wrote from Moscow, "Britain's Defence Secretary announced the deployment" in a story at Bodø spoke in
London. A journey's or a meeting's word keeps the minister where the story is ("Lavrov arrived on Tuesday", "held
talks on the sidelines"), and only a desk's act (a proposal, a letter, a protest, an order) is moved.
"""

from __future__ import annotations

import re

__all__ = ["minister_of_another_state"]

# A minister's title right after the state's name or adjective ("Russian Foreign Minister", "Norway's defence
# minister", "U.S. Secretary of State"), the minister's name after it if any.
_MINISTER_TITLE = re.compile(
    r"(?:'s|’s)?\s+(?:(?:foreign|defen[cs]e|interior|justice|finance|fisheries|energy|trade|economy|environment|"
    r"climate|transport)\s+(?:minister|secretary)|minister\s+(?:of|for)\s+\w+(?:\s+affairs)?|secretary\s+of\s+state)\b",
    re.I,
)
# Being somewhere is where the story is, not at home: "Lavrov arrived", "the minister visited the base".
_ON_THE_SPOT = re.compile(
    r"\b(?:visited|visiting|arrived|arriving|travelled|traveled|flew|landed|toured|met|meeting|attended|stayed|came|"
    r"hosted|talks|sidelines|summit|ceremony|handed|thanked|signed)\b"
)
# What a minister does from the desk at home: writes, proposes, protests, orders ("Lavrov proposed ...", "the
# Ukrainian foreign minister welcomed the decision in a post on X").
_ACTS_FROM_HOME = re.compile(
    r"\b(?:proposed|wrote|sent|ordered|announced|rejected|summoned|protested|condemned|demanded|welcomed|accused)\b"
)
_MINISTER_CUES = ("inister", "ecretary")


def minister_of_another_state(text: str, mentions, story_state: str) -> str:
    """The code of the state whose minister, named by title after the state ("Russian Foreign Minister Sergey
    Lavrov"), acts in ``text`` (which names no place) when that state is not ``story_state`` (the iso3 code of the
    story's place, "" if none); "" otherwise, and when the sentence tells a journey or a presence."""
    if not any(cue in text for cue in _MINISTER_CUES) or _ON_THE_SPOT.search(text):
        return ""
    for mention in mentions:
        if (
            mention.code != story_state
            and (title := _MINISTER_TITLE.match(text, mention.end))
            and _ACTS_FROM_HOME.search(text, title.end(), title.end() + 80)
        ):
            return mention.code
    return ""
