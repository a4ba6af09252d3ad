"""Rules of actors87, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a story at Nuuk or Tórshavn names the home-rule government's people by title alone ("the premier",
"The government"), whatever foreign state it names most; "said at the time" is the date named last."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 3, 8)


def test_an_office_in_a_story_at_torshavn_is_the_faroes():
    text = (
        "TORSHAVN, Faroe Islands -- Russian trawlers will face stricter port checks after the government in Torshavn "
        "on Thursday changed its rules.\n\n"
        "Russian vessels may still land fish, but Russian crews will need new permits.\n\n"
        "Prime Minister Aksel V. Johannesen presented the rules at a news conference on Thursday."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert last.actors == ("FRO",)


def test_an_office_in_a_story_at_nuuk_is_greenlands():
    text = (
        "NUUK, Greenland -- American investors will get a say in a new mine after the government in Nuuk on Tuesday "
        "signed a deal with the United States.\n\n"
        "Washington said the deal would secure rare earths for American industry.\n\n"
        "The government will decide later this year whether to widen the deal."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert "GRL" in last.actors


def test_said_at_the_time_is_the_date_named_last():
    text = (
        "OSLO - Norway closed its ports to Russian trawlers on Thursday.\n\n"
        "The two states agreed a new fisheries deal in November. Speaking in Tromso, the fisheries minister said at "
        "the time that the deal would protect the fishing towns of the north."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert (last.event_date.year, last.event_date.month) == (2023, 11)


def test_an_office_after_an_opening_clause_on_another_states_act_is_the_storys():
    text = (
        "OSLO - Norway's government on Thursday closed its ports to Russian fishing vessels.\n\n"
        "Norway's fisheries minister said the ban would take effect at once.\n\n"
        "Last September, after Moscow announced new naval drills, the foreign minister said it was time to end the "
        "fisheries deal."
    )
    last = extract_events(text, _PUBLISHED)[-1]
    assert "NOR" in last.actors
