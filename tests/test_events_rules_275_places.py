"""Rules of rules-2.75 (places), through :func:`extract_events` on short texts written for them (none is a sentence
of an article set): a compass direction from a place after a verb or "waters" ("drifting in waters east of Bear
Island", "boarded it in waters north of Vardø") puts the happening beside that place, as "off" does, ahead of a
destination or a home port the sentence names without a locative; a party described between commas by what it does
("Siumut, the party that has led the government in Nuuk,") is not where the sentence's happening took place; "off the
coast of Alaska" puts it at Alaska, ahead of the base the jets came from."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 3, 8)


def test_waters_off_a_place_win_over_the_destination():
    text = (
        "A Russian trawler was on its way to Murmansk in the Russian Arctic when inspectors boarded it on Friday "
        "morning in waters north of Vardø."
    )
    assert extract_events(text, _PUBLISHED)[0].place == "Vardø"


def test_waters_off_a_place_win_over_a_home_port():
    text = "A fishing boat from Tromsø was drifting without power on Sunday in waters east of Bear Island."
    assert extract_events(text, _PUBLISHED)[0].place == "Bear Island"


def test_a_party_described_by_where_it_governs_is_not_the_place():
    text = (
        "In Greenland, the incumbent was re-elected on Tuesday: Kim Kielsen of Siumut, the party that has led the "
        "government in Nuuk for decades, kept his seat."
    )
    assert extract_events(text, _PUBLISHED)[0].place == "Greenland"


def test_a_party_described_by_the_council_it_runs_is_not_the_place():
    text = (
        "The mining licence was revoked on Monday in Finnmark by Ole Hansen of the Centre Party, the party that runs "
        "the county council in Vadsø, after a long dispute."
    )
    assert extract_events(text, _PUBLISHED)[0].place == "Finnmark"


def test_off_the_coast_of_a_state_wins_over_the_base_the_jets_came_from():
    text = (
        "ANCHORAGE - Fighter jets from Eielson Air Force Base were scrambled on Friday to meet two Russian bombers off "
        "the coast of Alaska."
    )
    assert extract_events(text, _PUBLISHED)[0].place == "Alaska"


def test_off_the_coast_of_a_state_is_where_the_drone_was_downed():
    text = (
        "Navy divers recovered wreckage on Thursday after jets from Langley Air Force Base downed the drone"
        " off the coast of Maine."
    )
    assert "Maine" in [event.place for event in extract_events(text, _PUBLISHED)]
