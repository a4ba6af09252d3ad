"""Rules of rules-2.59, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a visit that opens the sentence ("During a visit to Tórshavn, the minister said ...") is where the
statement was made, not a place its words name later; an opening "In X," still sets the scene as before."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import places_of

_PUBLISHED = date(2025, 12, 23)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "During a visit to Tórshavn, the Danish foreign minister said on Monday that he would summon the US "
            "ambassador to the ministry in Copenhagen.",
            "Tórshavn",
        ),
        (
            "Speaking on an official trip to Nuuk, the prime minister said on Monday that the new Arctic command "
            "would be based in Copenhagen.",
            "Nuuk",
        ),
    ],
    ids=["during-a-visit", "speaking-on-a-trip"],
)
def test_an_opening_visit_is_where_the_statement_was_made(text, place):
    assert places_of(text, _PUBLISHED) == [place]


def test_an_opening_in_still_sets_the_scene():
    text = "In Tromsø, the Norwegian defence minister said on Monday that a frigate would be sent to the Barents Sea."
    # The statement at Tromsø; since rules-2.77 the frigate's voyage it reports is an event of its own.
    assert places_of(text, _PUBLISHED) == ["Tromsø", "Barents Sea"]
