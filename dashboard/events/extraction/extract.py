"""Article text to events: deterministic rules a reviewer can follow sentence by sentence.

For each sentence (title, byline and headings excepted):

1. **category**: the lexicon category with the most trigger words (:mod:`.lexicon`); no trigger, no event.
2. **date**: the most specific date expression, resolved against the publication date (:mod:`.dates`); none → the
   publication date, precision ``day``, lower confidence.
3. **actors**: state, organisation, institution, company and (dated) leader mentions (:mod:`.actors`). A sentence
   needs an actor, or else an explicit date and a named place.
4. **place**: the most specific gazetteer place named, longest name first, actor mentions excepted (:mod:`.places`);
   none → one carried from the story or a party's seat (:mod:`.carried_places`), else the first actor's seat of
   government (geo_precision ``country``), or the Arctic at the pole (``arctic``).
5. **summary**: "USA, RUS: discussed cooperation on Arctic trade routes" — the actor codes, then the sentence's
   first clause with a subject made only of actor names dropped; **evidence**: the sentence itself.

Events that agree on category, actors, date and place are merged within an article. What the sentences before have
established (where the whole story happens, its events, the places and parties named, the latest place) is one
:class:`~.story_so_far.StorySoFar`, which the loop shares with :func:`~.carried_places.event_place`; the story's dates
("the same day", "that year") stay the loop's own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..model import MAX_FIELD_CHARS, Event, Source, event_id_of, is_storable_date, utc_now_iso, validate_event
from .actor_names import EXERCISE_ORGANISERS
from .actors import find_actors, mask_outlets
from .based_subjects import home_of_speaking_body
from .baseline_dates import last_happening, told_as_if
from .capital_subjects import acting_capital_first
from .capitals import with_capitals_named_by_adjective
from .carried_places import Parties, event_place
from .carried_subjects import with_carried_subject
from .clauses import (
    outside_asides,
    taken_spans,
    where_it_happened,
    where_land_was_taken,
)
from .constituencies import constituencies_last
from .dated_steps import at_scene_of, step_at_scene
from .dates import resolve_date
from .days_apart import day_counted_from_story, ledes_day_soon_after
from .default_places import STATE_CODES, seat_of, state_of_place
from .documents import without_documents
from .election_nights import ElectionNight
from .flashbacks import Flashback
from .happening_verbs import REPORTED_SPEECH, is_background
from .home_rule import home_rule_territory
from .introduced_subjects import introduced_parties
from .lede_days import day_told_after_lede
from .legislatures import legislature_parties, legislature_voting
from .lexicon import choose_trigger, happening_verb
from .local_authorities import local_authority_state
from .officials import companies_by_city, unnamed_actors
from .origins import origin_last
from .other_clauses import other_happenings, own_clause_places
from .places import Gazetteer, default_gazetteer, further_places
from .possessed_places import possessed_first
from .relative_antecedents import antecedent_first
from .restatement import commented_on, follows_up, place_going_on, restates, stated_again, told_again
from .scenes import borrowed_date, opening_scene
from .seats import speaks_from_abroad
from .senders import actor_spans
from .story import date_referred_back, moves_story_day, past_the_dateline
from .story_days import later_day_told, latest_dates, recent_day
from .story_so_far import StorySoFar
from .summary import summarise
from .text import clean_text, clip, split_sentences
from .towns_in_areas import town_before_area
from .two_parties import with_the_two

__all__ = ["EXTRACTOR_VERSION", "extract_events", "summarise"]

#: Bump when the rules change, so stored events say which rules produced them.
EXTRACTOR_VERSION = "rules-2.94"
# "British troops are heading to Norway", "Frederik last visited Greenland": a state a journey is bound for, or
# that a visitor went to, is where it happens.
_BOUND_FOR = re.compile(r"\b(?:to|into|visited|visiting|toured|touring)\s+$")

_SKIP_KINDS = {"title", "byline", "heading"}
_MAX_TITLE_CHARS = 300


def _confidence(has_actors: bool, explicit_date: bool, named_place: bool, arctic: bool, score: int) -> float:
    value = 0.35 + (0.15 if has_actors else 0.0) + (0.15 if explicit_date else 0.0)
    value += (0.2 if named_place else (0.1 if arctic else 0.0)) + (0.1 if score >= 3 else 0.0)
    return round(min(value, 0.95), 2)


def extract_events(
    text: str,
    published: date,
    *,
    title: str = "",
    outlet: str = "",
    url: str = "",
    fmt: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[Event]:
    """Extract events from one article.

    Parameters
    ----------
    text : str
        The article: plain text, Markdown or HTML (``fmt`` forces one; detected otherwise); treated as data only.
    published : datetime.date
        Publication date: relative dates ("on Tuesday", "last month") resolve against it.
    title, outlet, url : str
        The source citation stored with every event; ``title`` defaults to a first line that reads as a title.
    gazetteer : Gazetteer, optional
        Place lookup; :func:`~dashboard.events.extraction.places.default_gazetteer` when omitted.

    Returns
    -------
    list of Event
        Unverified events, in article order, coordinates in EPSG:4326 degrees.
    """
    gazetteer = gazetteer or default_gazetteer()
    sentences = split_sentences(clean_text(text, fmt))
    if not title:
        title = next((s.text for s in sentences if s.kind == "title"), "")
    title = clip(title, _MAX_TITLE_CHARS)  # a "title" line that is really a paragraph
    source = Source(title=title, outlet=outlet, url=url, published=published)
    created, today = utc_now_iso(), date.today()  # the clock read once, not for every event (speed)
    story = StorySoFar.begin(sentences, gazetteer, published, title)  # where it happens, whose officials go unnamed
    gazetteer, memory, events = story.gazetteer, story.memory, story.events  # read in almost every step below
    merged: dict[tuple, int] = {}
    story_date = None  # the latest explicit, recent day: a dateless follow-up sentence shares it
    lede_day = None  # the first such day: "The decision came a day after ..." counts from it (days_apart.py)
    last_date = None  # the latest explicit date, for "that year" and "the same day"
    last_happened = None  # the latest explicit date not only a baseline ("since 1980"), which past happenings continue
    last_day = scene = None  # the latest explicit day, for "the same day" after a coarser date; scenes.py's scene
    body = [s.text for s in sentences if s.kind not in _SKIP_KINDS]
    election_night = ElectionNight(body, published)
    # "Fennovoima has terminated the contract ... Fennovoima announced the decision on Monday": the lede's day, and
    # the index of the lede's event so dated (lede_days.py).
    lede = next((s for s in sentences if s.kind not in _SKIP_KINDS), None)
    lede_told, lede_dated = day_told_after_lede(body[:3], published), -1
    flashback = Flashback()  # an earlier day holds until the lede's happening is named again (flashbacks.py)

    for sentence in sentences:
        if sentence.kind in _SKIP_KINDS:
            continue
        category, score, trigger, first_trigger = choose_trigger(sentence.text)
        weak = False
        if category is None and (verb := happening_verb(sentence.text)):
            # No trigger word but a happening's verb: an event if dated or placed (below), of the story's current kind.
            kind = events[story.latest].category if events else (choose_trigger(title)[0] or "other")
            category, score, trigger, first_trigger, weak = kind, 0, verb, verb.start(), True
        if category is None:
            # No event, but a party may be introduced ("Everest Energy, a Chinese-owned company"), leaders as of today.
            introduced = companies_by_city(sentence.text, gazetteer, STATE_CODES)
            memory.learn(
                sentence.text, [*find_actors(sentence.text, on=published), *introduced], gazetteer.names_a_place
            )
            # Its date still sets the scene ("in Nuuk on Tuesday. ... at Mar-a-Lago the same day"), the lede's day too.
            told = date_referred_back(
                sentence.text, resolve_date(sentence.text, published), last_date, last_day, last_happened
            )
            last_date, last_day = latest_dates(told, last_date, last_day)
            last_happened = last_happening(sentence.text, told, last_happened)
            moved = told if recent_day(told, published) and not told_as_if(sentence.text, told) else story_date
            story_date = flashback.moved(story_date, moved, sentence.text, sentence.paragraph)
            scene = opening_scene(sentence.text, told)
            continue
        when = date_referred_back(
            sentence.text,
            resolve_date(sentence.text, published, anchor=first_trigger),
            last_date,
            last_day,
            last_happened,
        )
        dated_by_story = False
        last_date, last_day = latest_dates(when, last_date, last_day)
        last_happened = last_happening(sentence.text, when, last_happened)
        mentions = find_actors(sentence.text, on=when.date)
        pronoun = memory.pronoun_mentions(sentence.text, mentions)  # before this sentence's own people
        mentions = sorted([*mentions, *companies_by_city(sentence.text, gazetteer, STATE_CODES)], key=lambda m: m.start)
        memory.learn(sentence.text, mentions, gazetteer.names_a_place, story.state)
        mentions = [*pronoun, *mentions]
        mentions = [*mentions, *memory.mentions(sentence.text, mentions)]
        mentions = sorted([*mentions, *memory.title_mentions(sentence.text, mentions)], key=lambda m: m.start)
        if events and not when.explicit and is_background(sentence.text):
            continue  # "The border runs for 1,340 km": context for the story's events, not one of its own
        story_day = story_date  # the story's day before this sentence: "Sen. X said on Sunday" after Monday's news
        undated = not when.explicit and not when.text  # no date of its own, nor words referring back to one
        back_day = flashback.story_day(story_date, sentence.paragraph, sentence.text)  # "At the end of the meeting"
        if recent_day(when, published) and not told_as_if(sentence.text, when):  # not "would have been ... on Monday"
            moved = when if moves_story_day(sentence.text, when, story_date) else story_date
            story_date = flashback.moved(story_date, moved, sentence.text, sentence.paragraph)
        elif (
            carried_when := borrowed_date(sentence.text, when, back_day, last_happened, published, scene)
        ) is not None:
            when, dated_by_story = carried_when, True  # the lede's day, or the last date a past happening continues
        elif undated and sentence is lede and lede_told is not None:
            when, dated_by_story = lede_told, True
        if undated and (night := election_night.date_of(sentence.text)) is not None:
            when, dated_by_story = night, True  # "at his election-night gathering": the day of the vote
            story_date = night  # "Solberg told cheering supporters in Oslo ..." after it: the same night
        elif undated and (result := election_night.result_date(sentence.text)) is not None:
            when, dated_by_story = result, True  # "In Greenland, Chemnitz Larsen was re-elected": on the vote's day
        lede_day = lede_day or story_date
        if undated and (counted := day_counted_from_story(sentence.text, when, lede_day)) is not None:
            when = counted  # "The decision came a day after Merkel called for ...": the day before the decision
        elif (same := ledes_day_soon_after(when, lede_day)) is not None:
            when = same  # "In the hours after the collapse, police evacuated houses": the lede's day
        scene = opening_scene(sentence.text, when)
        codes = list(dict.fromkeys(m.code for m in mentions))
        masked = mask_outlets(sentence.text)
        if unnamed := unnamed_actors(sentence.text, masked, mentions, gazetteer, story.state, STATE_CODES):
            # "Northern Affairs Minister Dan Vandal said", "Governor Lars Fause said": by office alone.
            mentions = sorted([*mentions, *unnamed], key=lambda m: m.start)
            codes = list(dict.fromkeys(m.code for m in mentions))
        spans = actor_spans(sentence.text, mentions)  # a protest's sender is named by its capital, a place too
        states = [c for c in codes if c in STATE_CODES]
        if states == ["CHN"] and category in ("shipping", "research & environment", "energy & resources"):
            category = "China presence"
        taken = taken_spans(masked, spans)  # "invasion of Ukraine": a party, and the land it happened in
        found = gazetteer.find(
            masked, exclude=[s for s in spans if s not in taken] + memory.vessel_spans(sentence.text)
        )
        found = with_capitals_named_by_adjective(masked, without_documents(masked, found), mentions, gazetteer)
        ranked = gazetteer.rank(masked, outside_asides(masked, found, when))
        # Places in participle asides and quotes come last, after the ranking rules have spoken.
        ranked = outside_asides(masked, where_it_happened(masked, ranked, when, first_trigger), when)
        lands = [p for p in found if any(p.start < e and s < p.end for s, e in taken)]
        ranked = own_clause_places(masked, where_land_was_taken(masked, ranked, lands, when), when, published, mentions)
        ranked = antecedent_first(masked, ranked, when, gazetteer)  # "Greenland, which gained home rule in 1979"
        invaded = bool(lands) and bool(ranked) and ranked[0] is lands[0]
        ranked = origin_last(masked, town_before_area(masked, past_the_dateline(sentence.text, ranked, story.main)))
        ranked = possessed_first(masked, ranked)  # "sailed near Alaska's Aleutian Islands": the islands
        ranked = constituencies_last(masked, ranked)  # "Alaska's U.S. senators condemned it": not at Alaska
        ranked = acting_capital_first(sentence.text, ranked, mentions, gazetteer)  # "Moscow answered ... in Russia"
        if (
            ranked
            and ranked[0].geo_precision == "country"
            and story.main
            and not invaded
            and not gazetteer.located(masked, ranked[0])
            and not _BOUND_FOR.search(masked, 0, ranked[0].start)
        ):
            # "reactors like those in Russia's icebreakers": a state named, not where it happened.
            ranked = []
        # "The barge left the shipyard on April 28": the Baltic Shipyard named earlier (named_again says which).
        if (
            not ranked
            and (codes or events)
            and (again := story.named_before.named_again(masked, bool(codes))) is not None
        ):
            ranked = [again]
        story.named_before.remember(found, masked)
        named = bool(ranked)
        abroad = speaks_from_abroad(sentence.text, states, story.main)
        stated = bool(states) and bool(REPORTED_SPEECH.search(sentence.text))  # "Iceland's president said"
        if weak and not (
            when.explicit
            or abroad
            or stated
            or (named and ranked[0].geo_precision not in ("country", "arctic"))
            # "The company suspended its operations.", "All nine of its crew were lifted to safety.": the story goes on.
            or (events and not named)
        ):
            continue  # a verb alone, with no date, place or foreign speaker of its own: background
        # Where it happened (carried_places); a place of the sentence's own becomes the story's last place.
        parties = Parties(mentions, codes, states, stated, abroad)
        place, ranked, carried, fallback, area = event_place(
            sentence, masked, ranked, when, story_day, category, parties, story
        )
        if not named and (home := home_of_speaking_body(sentence.text, gazetteer)) is not None:
            place, carried, fallback = home, True, False  # "Houston-based ConocoPhillips said ...": at Houston
        inherited = False
        if events:  # "It sold the hotel to a Chinese businessman": "It" is the party named before
            codes = with_carried_subject(
                sentence.text, codes, [m.start for m in mentions], first_trigger, events[story.latest].actors
            )
            codes = with_the_two(sentence.text, codes, events[story.latest].actors)  # "The two governments agreed"
        if codes and (local := local_authority_state(sentence.text, [m.start for m in mentions])) not in ("", *codes):
            codes = [local, *codes]  # "In February a court in Ningbo sentenced the Swedish citizen ...": China's
        if not named and (house := legislature_voting(sentence.text, story.legislature or story.state)):
            codes = legislature_parties(house, codes, mentions)  # "On Tuesday parliament approved": its state's
        if not codes and (named or carried) and events:
            # "Meetings in Istanbul are planned ...": the actors are the previous event's.
            codes, inherited = list(events[story.latest].actors), True
            # "The consulate was closed in 1953.": also the party the consulate was introduced with.
            codes = list(dict.fromkeys([*introduced_parties(sentence.text, events, story.latest), *codes]))
        elif codes and events and sentence.text.startswith(("The ", "That ", "This ")):
            # "An F-22 shot down a Chinese balloon ... That balloon entered U.S. airspace": the subject is the
            # balloon's party's, whatever the sentence names after it (a bystander's airspace, a route's states).
            codes = list(dict.fromkeys([*introduced_parties(sentence.text, events, None), *codes]))
        if not codes and not ((when.explicit or dated_by_story) and (named or carried)):
            # "The company refused to accept the penalties." after the fine, in its paragraph or a later one: it goes on.
            if named or not (going := place_going_on(events, story.paragraphs, story.latest, None)):
                continue  # no party, and no date or no place: not an event of its own
            place, codes, inherited, fallback = going, list(events[story.latest].actors), True, False
        if not codes and named and (state := state_of_place(place, category, sentence.text)):
            codes = [state]  # "Sanikiluaq recorded its first case on Friday": no party named
        if codes and (
            organisers := [c for n, c in EXERCISE_ORGANISERS.items() if n in sentence.text and c not in codes]
        ):
            codes = [*organisers, *codes]  # "Shortly after Trident Juncture got under way ...": also NATO's act
        if not is_storable_date(when.date, today):
            continue  # "net zero by 2050", "Bering sailed in 1741": a goal or an old story, not an event we keep
        evidence = clip(sentence.text, MAX_FIELD_CHARS["evidence"])
        event = Event(
            event_id=event_id_of(source, evidence, category, when.date, tuple(codes)),
            event_date=when.date,
            date_precision=when.precision,
            summary=summarise(sentence.text, codes, spans),
            category=category,
            actors=tuple(codes),
            place=place.name,
            lat=round(place.lat, 5),
            lon=round(place.lon, 5),
            geo_precision=place.geo_precision,
            evidence=evidence,
            source=source,
            confidence=_confidence(
                bool(codes) and not inherited, when.explicit, named or carried, place.geo_precision == "arctic", score
            ),
            verified=False,
            extractor_version=EXTRACTOR_VERSION,
            created_at=created,
            places=further_places(ranked),
            trigger=trigger.group(0),
            place_mention=sentence.text[place.start : place.end] if named and not carried else "",
            actor_mentions="; ".join(f"{m.text} = {m.code}" for m in mentions),
        )
        validate_event(event, today)
        further = other_happenings(sentence.text, masked, when, event, mentions, spans, published, gazetteer)
        key = (event.category, frozenset(event.actors), event.event_date, event.date_precision, event.place)
        index = merged.get(key)
        if index == lede_dated != story.latest and not restates(events[index].evidence, event.evidence):
            index = None  # the lede, dated by the day told after it: a later sentence follows up the latest event
        if (
            index is None
            and events
            and follows_up(events[story.latest], story.paragraphs[story.latest], event, sentence.paragraph, when, named)
        ):
            index = story.latest
        if index is None and not when.explicit and not named and REPORTED_SPEECH.search(sentence.text):
            # "..., the minister said": a dateless, placeless comment belongs to the latest event with its parties.
            index = commented_on(events, event.actors)
            restated = index is not None
        else:
            restated = False
        if fallback and events and back_day is not story_day and when.date == back_day.date:  # (.flashbacks)
            fallback = set(event.actors) <= set(events[story.latest].actors)  # "Iceland took over": its own event
        folds = fallback and not area and any(story.fallbacks)  # the article's one fallback is taken: fold into or drop
        if folds and index is None and (step := step_at_scene(events, story.latest, event, when.explicit)):
            event, folds, key = step, False, (*key[:4], step.place)  # "... was rejected on 14 November" (.dated_steps)
        if folds and events:  # a second event on a country alone tells the latest one more, or the one it repeats
            # (Dropped, not folded, up to rules-2.73.)
            index, restated = (story.latest if index is None else index), True
        if index is not None and (
            restated or index == story.latest or restates(events[index].evidence, event.evidence)
        ):
            events[index] = stated_again(events[index], event)  # a lead and its bullet, a follow-up, a comment
        elif not folds:  # at most one event per article on a country or the Arctic alone
            lede_dated = len(events) if when is lede_told else lede_dated
            merged[key] = story.latest = len(events)
            events.append(event)
            story.paragraphs.append(sentence.paragraph)
            story.fallbacks.append(fallback and event.place == place.name)
        later = later_day_told(sentence.text, further, when, published)  # "... and into Saturday"
        for other in further:
            # "laid down in 2009 and launched in March 2017": each dated clause is a happening.
            other_key = (other.category, frozenset(other.actors), other.event_date, other.date_precision, other.place)
            if fallback and other.place == place.name:
                # "gained home rule in 1979 and self-government in 2009": a further step of the territory's own is at
                # its seat, the article's one country-level event being taken (.home_rule).
                if event.place != place.name:  # "..., and Löfven was voted down on 14 December" (.dated_steps)
                    other = at_scene_of(other, event)
                elif not (area and (territory := home_rule_territory(sentence.text, codes))):
                    continue  # a further clause on the sentence's country alone: the article's one fallback is taken
                else:
                    seat = seat_of(territory)
                    other = replace(other, place=seat.name, lat=seat.lat, lon=seat.lon, geo_precision="city")
                other_key = (*other_key[:4], other.place)
            if (index := merged.setdefault(other_key, len(events))) < len(events):
                events[index] = told_again(events[index], other.evidence)  # told earlier: evidence of it too
            else:
                events.append(other)
                story.paragraphs.append(sentence.paragraph)
                story.fallbacks.append(False)
            if later and other.event_date == later.date:  # the story goes on to the next day: its day from now on
                story_date, last_date, last_day, last_happened, story.latest = later, later, later, later, index
    return events
