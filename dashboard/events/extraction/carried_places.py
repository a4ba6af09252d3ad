"""Where an event is: the first place its sentence names, or one carried to it from elsewhere.

A sentence that names no place of its own, or only a country or the Arctic, is placed by its parties and its story:
"The Kremlin said on Thursday that the talks would go ahead" is at Moscow (the seat that speaks), "The State
Department said Friday that Biden plans an ambassador for the Arctic region" at Washington (a state's decision about
the Arctic is made at its seat), "It was charted in 1873" after "Franz Josef Land ..." at the place named last, and a
dateless follow-up where the story is. Only when neither the sentence nor the story says does the event fall back to
a party's seat or country (:mod:`.default_places`), and a state's election spreads across the state. Used by
:mod:`.extract` for every sentence that makes an event; :mod:`.places` and the clause rules rank the places first.
:func:`event_place` takes the sentence's own facts, its :class:`Parties` and the story so far
(:class:`.story_so_far.StorySoFar`), and returns an :class:`EventPlace`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .actor_names import ACTORS
from .actors import speaks_from_seat
from .area_plans import plans_for_areas
from .capital_datelines import place_of_state_act
from .decision_seats import decided_at_seat, politics_at_seat
from .default_places import (
    acting_at_home,
    country_level_held,
    fallback_place,
    governed_at_seat,
    seat_of,
    statewide_area,
)
from .governing_subject import governing_subject, named_government
from .granted_instruments import instrument_of_state
from .legislatures import legislature_voting
from .national_offices import office_changed
from .ocean_entries import entered_ocean
from .places import PlaceMatch
from .restatement import place_going_on
from .seats import acts_from_seat, seated_body
from .story_so_far import StorySoFar

__all__ = ["EventPlace", "Parties", "event_place"]

# A sentence whose subject is "It" (not "It is ...", a clause to come) speaks of what the sentence before named.
_NAMED_BEFORE = re.compile(r"It\s+(?:was|had|has)\s+(?!(?:a|an|the|not|also|been\s+(?:a|an|the))\b)")


class Parties(NamedTuple):
    """The parties of a sentence, as :func:`.extract.extract_events` found them."""

    mentions: list  # its actor mentions (ActorMention), named, by office or by pronoun, in text order
    codes: list[str]  # their actor codes, each once, first named first
    states: list[str]  # the codes that are states
    stated: bool  # a state speaks in it ("Iceland's president said")
    abroad: str  # a state that speaks from abroad: at its seat, not the story's place ("" if none; .seats)


class EventPlace(NamedTuple):
    """Where :func:`event_place` put an event, and why."""

    place: PlaceMatch  # the event's place
    ranked: list[PlaceMatch]  # the sentence's ranked places, a carried place first where one took its first's place
    carried: bool  # the place was carried to the sentence (from the story, a party's seat, the event before)
    fallback: bool  # the place is the fallback (a party's country, the Arctic, the story's place for a dateless one)
    area: PlaceMatch | bool | None  # the statewide area of a state's election (false or None if none)


def event_place(
    sentence, masked: str, ranked: list[PlaceMatch], when, story_day, category: str, parties: Parties, story: StorySoFar
) -> EventPlace:
    """The place of the event of ``sentence`` (``masked``: its text with outlets masked; ``when``: its date, which the
    story may have lent it; ``story_day``: the story's day before it; ``category``: its event's) given its ``ranked``
    places, its ``parties`` and the story so far.

    A sentence that names a place finer than a country or the Arctic, and is placed there, moves the story on: its
    place and date become ``story.last_place`` (the only change ``event_place`` makes to ``story``).
    """
    mentions, codes, states, stated, abroad = parties
    named = bool(ranked)  # whether the sentence ranked a place of its own
    gazetteer, events = story.gazetteer, story.events
    # "The environmentalists went to court" in a story filed from Oslo about the Barents Sea: at Oslo.
    main = place_of_state_act(sentence.text, codes, story.main, story.capital)
    carried = fallback = False
    seated = next((m.code for m in mentions if speaks_from_seat(m)), "")  # "The Kremlin said", "Beijing described"
    region = story.named_before.latest_region()  # where "Gov. Mike Dunleavy issued ..." governs
    if (seat_place := decided_at_seat(sentence.text, mentions, ranked, gazetteer, story.state, region)) is not None:
        ranked, carried = [seat_place], True  # "The UN Human Rights Committee found ...": at Geneva
    elif all(p.geo_precision == "country" for p in ranked) and (
        (holder := office_changed(sentence.text, mentions, states, story.state)) in ACTORS
    ):
        # "Carney was sworn in as prime minister on 14 March" in a story at Iqaluit: at Ottawa.
        ranked, carried = [gazetteer.lookup(ACTORS[holder].home[0]) or seat_of(holder)], True
    elif (
        ranked
        and ranked[0].geo_precision == "arctic"
        and (
            (seat := acts_from_seat(sentence.text, mentions, main, when, story_day)) in ACTORS
            or (seat := seated) in ACTORS
            or (story.last_place and not entered_ocean(masked, ranked[0]))
        )
    ):
        # A state's decision about the Arctic is made at its seat ("The State Department said Friday that Biden
        # plans an ambassador for the Arctic region"); otherwise "the Arctic" is where a named story place lies,
        # never a place of its own beside it ("Norway and Russia set the Barents Sea cod quota ... Arctic stock").
        ranked, carried = [seat_of(seat) if seat in ACTORS else story.last_place[1], *ranked[1:]], True
    elif ranked and ranked[0].name == gazetteer.arctic.name and main is not None:
        # The lede's "broke through the Arctic ice" is where the story will name ("the Beaufort Sea").
        ranked, carried = [main, *ranked[1:]], True
    if carried:
        place = ranked[0]
    elif (
        ranked
        and (planner := states[0] if stated else seated_body(sentence.text, mentions))
        and planner in ACTORS
        and plans_for_areas(sentence.text, ranked, planner)
    ):
        # "Denmark will spend 14.6 billion crowns on its forces in the Arctic and the North Atlantic, the minister
        # said", "the Folketing agreed to spend ... in the North Atlantic": a plan made at the seat, for its seas.
        place, carried = seat_of(planner), True
    elif not ranked and (voting := legislature_voting(sentence.text, story.legislature or story.state)) in ACTORS:
        # "On Tuesday parliament approved the decision by 188 votes to 8" in a story filed from a town: at the seat.
        place, carried = seat_of(voting), True
    elif not ranked and abroad:
        # "Russia's foreign ministry said ..." in a story at Tromsø: said at home, not there.
        place, carried = seat_of(abroad), True
    elif ranked:
        place = ranked[0]
        if place.geo_precision not in ("country", "arctic"):
            story.last_place = (when.date, place)
    elif (seat := acts_from_seat(sentence.text, mentions, main, when, story_day)) and seat in ACTORS:
        # "Hungary's parliament had ratified ..." in a story at Washington: done at Budapest.
        place, carried = seat_of(seat), True
    elif (
        not ranked
        and story.state in ACTORS
        and (
            instrument_of_state(sentence.text)
            or governing_subject(sentence.text, story.state)
            or named_government(sentence.text, story.state)
        )
    ):
        # "The leases were issued on Jan. 19, 2021" in a story about the refuge, "In May 2016 the government awarded
        # ten licences" in a story about a sea (which lies in no state): at the seat of the story's state.
        place, carried = seat_of(story.state), True
    elif story.last_place is not None and not when.explicit and story.last_place[0] == when.date:
        # A follow-up with no place and no date of its own is where the story is, not at the last place named.
        place, carried = main or story.last_place[1], True
    elif story.last_place is not None and not when.explicit:
        # No place, no date: the story's established place beats a country's middle, but counts as the fallback.
        place, fallback = main or story.last_place[1], True
    elif story.last_place is not None and _NAMED_BEFORE.match(sentence.text):
        # "Franz Josef Land ... It was charted in 1873": "It" is the place named last.
        place, carried = story.last_place[1], True
    elif story.last_place is not None and not codes and when.explicit:
        # "The first eruption began on December 18": a dated happening with no party or place is where the story is.
        place, carried = main or story.last_place[1], True
    elif seated:
        # "The Kremlin said ...", "Beijing described ...": said at the seat of government.
        place, carried = seat_of(seated), True
    elif (home := acting_at_home(main, states, mentions, gazetteer, story.memory.companies)) in ACTORS:
        # "Frederiksen called the election" in a story on a sea; "Interior cancelled the leases" in one on Alaska.
        place, carried = seat_of(home), True
    elif main is not None:
        # "Putin declared a federal state of emergency on June 3": where the story is.
        place, carried = main, True
    elif (governing := governed_at_seat(sentence.text, states)) and governing in ACTORS:
        # "Iceland suspended the fin whale hunt in June 2023": a state's decision is made at its seat of government.
        place, carried = seat_of(governing), True
    elif (
        not codes
        and when.explicit
        and (going := place_going_on(events, story.paragraphs, story.latest, sentence.paragraph))
    ):
        # "The Kremlin said on Thursday that the talks would go ahead. They are due to start on November 1, 2022."
        place, carried = going, True
    else:
        place, fallback = fallback_place(codes, gazetteer, category), True
    if carried and not named and (seat := politics_at_seat(category, place, story.state, sentence.text)):
        place = seat  # "Twelve members voted for the bill" in a story about a mine: at Nuuk
    # "Nielsen's party won the parliamentary election in March and now leads a coalition in Nuuk": a state's
    # election happens across the state (the article's one country-level event, unless an earlier one holds it).
    if area := not country_level_held(events, story.fallbacks) and statewide_area(
        sentence.text, codes, place, gazetteer, named, story.named_before
    ):
        place, fallback = area, area.geo_precision == "country"
    return EventPlace(place, ranked, carried, fallback, area)
