"""Rules of rules-2.69 (voyages), through :func:`extract_events` on short articles written for them (none is a sentence
of an article set): a ship that left a port and, in the same breath, sailed on to a sea or a port is placed on that
sea or at that port, not at the port beside the date; a journey's destination is read at the mention that follows
"to", though the sentence names the town again; a cancelled sailing stays at its port of departure; the ends of a
cruise "from A to B" are not the town of a happening at sea between them."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 6, 14)


def _place(text: str, words: str) -> str:
    return next(e.place for e in extract_events(text, _PUBLISHED) if words in e.evidence)


def test_a_departure_told_with_where_the_ship_sailed_on_is_placed_where_it_went():
    text = "The research vessel left Tromsø on Monday and sailed north into the Barents Sea with 30 scientists."
    assert _place(text, "research vessel") == "Barents Sea"
    text = "The Norwegian research vessel left Tromsø on Monday and sailed around Bear Island to Longyearbyen."
    assert _place(text, "research vessel") == "Longyearbyen"


def test_a_destination_named_again_later_in_the_sentence_is_still_the_destination():
    text = (
        "The prime minister flew from Oslo to Kirkenes, the border town, and then went to the crossing, where she was "
        "told that the fence would be built in Kirkenes."
    )
    assert _place(text, "minister flew") == "Kirkenes"


def test_a_cancelled_sailing_stays_at_its_port_of_departure():
    text = "Hurtigruten has cancelled Friday's sailing from Bodø to Svolvær because of a strike by its crews."
    assert _place(text, "cancelled") == "Bodø"


def test_the_ends_of_a_cruise_are_not_where_a_breakdown_at_sea_happened():
    text = (
        "The cruise ship was on a voyage from Bergen to Kirkenes when it lost power on Sunday near Lofoten, forcing the "
        "crew to drop anchor."
    )
    assert _place(text, "cruise ship") == "Lofoten"
