"""What an article's story has established by the sentence being read, in one object.

:func:`.extract.extract_events` reads an article sentence by sentence. What it knows before the first sentence (where
the whole story happens, whose officials go unnamed, the article's own place lookup) and what the sentences read so
far have added (the events, the places named, the parties introduced) is a :class:`StorySoFar`, which the loop and
:func:`.carried_places.event_place` share: the loop adds events and introductions, ``event_place`` moves the latest
named place on. (The story's dates, "the same day" and "that year", stay the loop's own: only it reads them.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..model import Event
from .abbreviations import without_own_abbreviations
from .actor_names import SEATS
from .capital_datelines import capital_filed_from
from .default_places import STATE_CODES
from .document import ArticleMemory
from .international_seats import seats_of_named_bodies
from .legislatures import legislature_of_article
from .named_again import PlacesNamedBefore
from .places import Gazetteer, PlaceMatch
from .story import home_state, main_place
from .text import Sentence

__all__ = ["StorySoFar"]

_REALM_SEATS = ("GRL", "FRO")  # the Danish realm's home-rule governments, seated at Nuuk and Tórshavn


@dataclass
class StorySoFar:
    """The story of one article so far: set up by :meth:`begin` before its first sentence, then added to sentence by
    sentence. ``gazetteer``, ``main`` and ``state`` hold for the whole article; the rest grows as it is read."""

    gazetteer: Gazetteer  # the article's place lookup: its own abbreviations ("(NSR)" for a party) are not places
    main: PlaceMatch | None  # where the whole story happens (:func:`.story.main_place`), None if no place stands out
    state: str  # whose officials go unnamed ("the minister", "Governor Lars Fause"): a state's code, or ""
    last_place: tuple[date, PlaceMatch] | None = None  # the latest named place (finer than a country) and its date
    memory: ArticleMemory = field(default_factory=ArticleMemory)  # the aliases, people, vessels introduced so far
    named_before: PlacesNamedBefore = field(default_factory=PlacesNamedBefore)  # for "the shipyard", "there"
    events: list[Event] = field(default_factory=list)  # the events so far, in article order
    paragraphs: list[int] = field(default_factory=list)  # the paragraph of each event, for folding follow-ups
    fallbacks: list[bool] = field(default_factory=list)  # whether each event's place is a fallback
    latest: int = -1  # the event of the latest sentence that made one (not a further clause's); -1 before any
    capital: PlaceMatch | None = None  # the capital the lede is datelined at (.capital_datelines), None if none
    legislature: str = ""  # whose legislature an unqualified "parliament" is (.legislatures), "" if the story's state's

    @classmethod
    def begin(cls, sentences: list[Sentence], gazetteer: Gazetteer, published: date, title: str) -> StorySoFar:
        """The story before its first sentence is read: the place lookup without the article's own abbreviations,
        where the whole story happens, and whose officials go unnamed."""
        gazetteer = without_own_abbreviations(gazetteer, sentences)  # "(NSR)" for a party: not the Northern Sea Route
        main = main_place(sentences, gazetteer, published, title)  # where the whole story happens
        # Whose officials go unnamed ("the minister", "The Navy revived its 2nd Fleet" at Norfolk): the main place's
        # state (not the Danish realm's, whose places may be Greenland's; nor a named body's seat's: Geneva), else the
        # most named.
        local = main is not None and main.iso3 in STATE_CODES and main.iso3 != "DNK"
        article = " ".join(s.text for s in sentences)
        at_body_seat = local and main.name in seats_of_named_bodies(article)
        # A story datelined at Nuuk or Tórshavn is about the home-rule government seated there ("TORSHAVN -- ...
        # Prime Minister Aksel V. Johannesen presented the measures"): Greenland's or the Faroes' officials, not the
        # state most named (a foreign navy's exercise at Nuuk, undatelined, is not).
        capital = capital_filed_from(sentences, gazetteer)
        realm_seat = next((code for code in _REALM_SEATS if capital is not None and capital.name in SEATS[code]), "")
        state = (
            (main.iso3 if local and not at_body_seat else "")
            or realm_seat
            or home_state(sentences, published, STATE_CODES)
        )
        legislature = legislature_of_article(
            article,
            capital.iso3 if capital is not None and capital.name in SEATS.get(capital.iso3, ()) else "",
        )
        return cls(gazetteer=gazetteer, main=main, state=state, capital=capital, legislature=legislature)
