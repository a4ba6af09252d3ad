"""Rules of rules-2.56, through :func:`extract_events` on short articles written for them (none is a sentence of an
article set): a state's seated body named with an adjective before it ("Greenland's self-rule government", "Norway's
new government") speaks at its seat, as the bare body does."""

from __future__ import annotations

from datetime import date

from dashboard.events import extract_events

_PUBLISHED = date(2024, 10, 4)


_AID = (
    "COPENHAGEN -- An American aid package for Greenland is drawing criticism in Denmark.\n\n"
    "Danish lawmakers raised the matter in parliament in Copenhagen on Wednesday.\n\n"
    "On Thursday, Greenland's self-rule government said it had accepted the package, which will pay for schools. "
    "The premier said in a statement from Nuuk that the money was welcome."
)


def _place_of(text: str, words: str) -> str:
    [place] = [e.place for e in extract_events(text, _PUBLISHED) if words in e.evidence]
    return place


# Since rules-2.72 the premier speaking "from Nuuk" is Greenland's, and the two Nuuk sentences are one event: the
# government's sentence is found by its words, not by its index.
def test_a_self_rule_government_speaks_at_its_seat():
    assert _place_of(_AID, "self-rule government said") == "Nuuk"


def test_a_new_government_speaks_at_its_seat():
    text = _AID.replace("Greenland's self-rule government", "Greenland's new government")
    assert _place_of(text, "new government said") == "Nuuk"
