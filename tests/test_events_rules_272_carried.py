"""Rules of carried72, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a sentence with no place of its own that names an earlier place again by its common noun ("the vault",
"the archipelago", "the zone", "the strait") happened there, not at the story's main place."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 3, 8)


def test_the_vault_is_the_vault_named_before():
    text = (
        "OSLO - Norway's agriculture ministry said on Thursday that it would spend 100 million kroner on repairs at "
        "the Svalbard Global Seed Vault.\n\n"
        "The minister met the heads of seed banks from 20 countries in Oslo on Wednesday.\n\n"
        "Norway's government paid for the vault, which opened on February 26, 2008."
    )
    assert extract_events(text, _PUBLISHED)[-1].place == "Svalbard Global Seed Vault"


def test_the_archipelago_is_the_archipelago_named_before():
    text = (
        "MOSCOW - Russia's defence ministry said on Monday that troops had held drills on Novaya Zemlya.\n\n"
        "The ministry sent more soldiers to the archipelago on Wednesday."
    )
    assert extract_events(text, _PUBLISHED)[-1].place == "Novaya Zemlya"


def test_the_zone_is_the_zone_named_before():
    text = (
        "ANCHORAGE - Two Russian bombers flew into the Alaska Air Defense Identification Zone on Monday, NORAD said.\n\n"
        "US fighter jets from Joint Base Elmendorf-Richardson intercepted the bombers.\n\n"
        "On Wednesday two more Russian bombers were tracked in the zone."
    )
    assert extract_events(text, _PUBLISHED)[-1].place == "Alaska Air Defense Identification Zone"


def test_the_strait_is_the_strait_named_before():
    text = (
        "LONGYEARBYEN - The Norwegian Coastal Administration said on Friday that a trawler had run aground in "
        "Hinlopen Strait.\n\n"
        "The Governor of Svalbard sent a helicopter from Longyearbyen on Thursday.\n\n"
        "On Saturday a Norwegian coast guard ship reached the strait and began pumping out the fuel."
    )
    assert extract_events(text, _PUBLISHED)[-1].place == "Hinlopen Strait"
