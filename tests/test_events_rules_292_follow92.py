"""Rules of follow92, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): after naming its state's body in full once, news goes on with the bare role or body ("The minister",
"Officials", "The coast guard's spokesman", "the defence minister"), which is still the story's state acting, whoever
the sentence names after the verb; and "The two governments", "Both sides" are the two states just named together."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 5, 1)
_OPENING = (
    "OSLO - Norway's foreign ministry summoned the Russian ambassador on Monday over the seizure of a Norwegian "
    "trawler in the Barents Sea.\n\nNorway has protected its fishing grounds around Svalbard since 1977.\n\n"
    "Norwegian fishermen have long worked the area.\n\n"
)


def _last_actors(follow_up: str) -> tuple[str, ...]:
    return extract_events(_OPENING + follow_up, _PUBLISHED)[-1].actors


def test_the_bare_minister_acting_on_another_state_is_the_storys_states():
    assert "NOR" in _last_actors("The minister told Russia on Tuesday in Oslo that the seizure was illegal.")


def test_a_bare_services_spokesman_is_the_storys_states():
    follow_up = "The coast guard's spokesman said on Thursday in Tromso that a Russian warship had shadowed the vessel."
    assert "NOR" in _last_actors(follow_up)


def test_a_minister_by_portfolio_after_a_date_is_the_storys_states():
    follow_up = "On Thursday the defence minister sent a frigate to Hammerfest after Russia moved two warships west."
    assert "NOR" in _last_actors(follow_up)


def test_the_two_governments_are_the_two_states_just_named_together():
    text = (
        "OTTAWA - Canada and Denmark signed a border deal in Ottawa on Tuesday.\n\n"
        "The two governments told NATO on Thursday that the dispute was settled."
    )
    assert {"CAN", "DNK"} <= set(extract_events(text, _PUBLISHED)[-1].actors)


def test_both_sides_beside_a_third_party_are_still_the_two_states():
    text = (
        "REYKJAVIK - U.S. Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Reykjavik "
        "on Wednesday.\n\nBoth sides told NATO on Thursday that the talks had been constructive."
    )
    assert {"USA", "RUS"} <= set(extract_events(text, _PUBLISHED)[-1].actors)
