"""Rules of rules-2.92 (places92), through :func:`extract_events` on short articles written for them (none is a
sentence of an article set): a minister of another state than the story's, named by title after the state's name or
adjective, who proposes, writes, protests or orders with no place named, acts at home, at the state's seat of
government, not where the story is."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 5, 3)


def _place_of(text: str, words: str) -> str:
    return next(e.place for e in extract_events(text, _PUBLISHED) if words in e.evidence)


def test_a_foreign_ministers_proposal_is_made_at_home():
    text = (
        "LONGYEARBYEN - The Norwegian coast guard arrested a Russian trawler off Svalbard on Monday.\n\n"
        "In a letter sent on Tuesday, Russian Foreign Minister Sergey Lavrov proposed consultations on the fishing rules."
    )
    assert _place_of(text, "Lavrov proposed") == "Moscow"


def test_a_defence_secretarys_announcement_is_made_at_home():
    text = (
        "BODO - Allied fighter jets began a two-week exercise over northern Norway on Monday.\n\n"
        "Britain's Defence Secretary announced on Wednesday that four more Typhoons would join the drills."
    )
    assert _place_of(text, "Defence Secretary announced") == "London"


def test_an_interior_ministers_announcement_from_another_state_is_made_at_home():
    text = (
        "KIRKENES - Norway shut its last border crossing with Russia to trucks on Monday.\n\n"
        "Finnish Interior Minister Mari Rantanen announced on Tuesday that Finland would keep its own crossings shut."
    )
    assert _place_of(text, "Rantanen announced") == "Helsinki"
