"""Rules of rules-2.49, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): more verbs tell a happening when the sentence dates or places it: a hyphenated past ("was re-formed"),
an irregular participle after an auxiliary ("were flown out"), "called it" as a comment, and a plan or schedule ("will
publish", "are to start", "was due to brief"). "called" naming a place ("a village called Kulusuk") is still no verb
of a happening."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import events_saying

_PUBLISHED = date(2024, 3, 8)


@pytest.mark.parametrize(
    ("text", "place", "when"),
    [
        ("The Arctic brigade was re-formed in Murmansk last June.", "Murmansk", date(2023, 6, 1)),
        # Last week (Monday, February 26 to Sunday, March 3) ran mostly in February: its Thursday (rules-2.93).
        ("The woman and her two children were flown out of Longyearbyen last week.", "Longyearbyen", date(2024, 2, 29)),
        ("Mayor Gunnar Wilhelmsen called it a dark day for Tromso on Tuesday.", "Tromsø", date(2024, 3, 5)),
        ("The Norwegian Polar Institute will publish its report in Tromso next month.", "Tromsø", date(2024, 4, 1)),
        ("Crews in Kirkenes are to start work on the new quay on Saturday.", "Kirkenes", date(2024, 3, 9)),
    ],
)
def test_more_verbs_tell_a_dated_or_placed_happening(text, place, when):
    assert [(e.place, e.event_date) for e in events_saying("", text, _PUBLISHED)] == [(place, when)]


def test_called_naming_a_place_is_no_verb_of_a_happening():
    assert events_saying("", "The ship anchored off a village called Kulusuk on the east coast.", _PUBLISHED) == []
