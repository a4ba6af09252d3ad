"""Rules of rules-2.89 (carried89), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): a story filed from a capital whose lede names no other place is at the capital; a place
first named further down, once ("since Russia annexed Crimea in 2014"), is a mention, not where the story is."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2023, 5, 22)

_OSLO = (
    "OSLO -- Norway's government and three opposition parties agreed on Monday on a defence plan that will lift "
    "military spending by 20 billion crowns a year.\n\n"
    "The plan was concluded late on Monday after weeks of talks between the parties.\n\n"
    "The defence minister told reporters that the security situation had changed since Russia annexed Crimea in "
    "2014.\n\n"
    "The previous plan, which the parties agreed in November 2016, cut the army's budget."
)


def test_a_placeless_follow_up_stays_at_the_capital_the_story_is_filed_from():
    events = extract_events(_OSLO, _PUBLISHED)
    concluded = next(e for e in events if e.evidence.startswith("The plan was concluded"))
    assert concluded.place == "Oslo"


def test_a_background_act_is_not_carried_to_a_place_named_once_in_passing():
    events = extract_events(_OSLO, _PUBLISHED)
    previous = next(e for e in events if e.evidence.startswith("The previous plan"))
    assert previous.place == "Oslo"


def test_a_lede_naming_only_its_capital_dateline_is_at_the_capital():
    text = (
        "STOCKHOLM -- Sweden's civil defence agency will send a booklet on what to do in a war to every household "
        "in the country.\n\n"
        "The agency presented the booklet on Monday.\n\n"
        "The debate over joining NATO has sharpened since Russia annexed Crimea in 2014."
    )
    assert extract_events(text, _PUBLISHED)[0].place == "Stockholm"


def test_a_deal_in_a_story_on_a_sea_filed_from_a_capital_is_made_at_the_capital():
    text = (
        "COPENHAGEN -- Denmark will stop producing oil and gas in the North Sea by 2050, the government said.\n\n"
        "Production in the North Sea has fallen steeply since the peak years.\n\n"
        "Thursday's deal follows a climate plan that commits the country to deep cuts in emissions."
    )
    events = extract_events(text, _PUBLISHED)
    deal = next(e for e in events if e.evidence.startswith("Thursday's deal"))
    assert deal.place == "Copenhagen"
