"""Measured extraction quality on hand-written test articles (tests/data/articles).

Each article states real Arctic events in our own words; annotations.json lists the
events each states (place and coordinates, date and precision, actors). The test prints
precision and recall for events, places (within 150 km), dates and actors, and holds
them above floors set from what was measured (so a regression fails CI).

Six sets are measured separately. The *tuned set* (tests/data/articles) is the one the
rules were written against, so its figures are optimistic. The *old held-out set*
(tests/data/articles/heldout) was written after rules-1.0; rules have since been
developed while looking at it, so it is a tuned set too. The *fresh set*
(tests/data/articles/fresh, issue 11) was written and annotated before rules-2.0 were
written, one gold event per distinct happening; it was held out (only its totals looked
at) until rules-2.2, and rules-2.3 were developed on its listed misses, so it is a
development set now too. The *dev2 set* (tests/data/articles/dev2) was written and
committed before rules-2.5 in deliberately varied outlet styles and wording, to develop rules
on more than one set's phrasing; its misses are listed. The *dev3 set* (tests/data/articles/dev3)
was written and committed before rules-2.6 with hard place wording (datelines, background clauses,
places as modifiers and in organisations' names); its misses are listed. The *blind held-out set* (tests/data/articles/blind) was
written and annotated the same way before anyone tuned rules on the fresh set, so it
stays held out; its misses are printed only as counts by kind.

Scoring per field: a gold event is found when an extracted event's evidence contains the
gold phrase (or, for the fresh set, one of its ``also_evidence`` phrases). Place precision
= correct places (within 150 km) / found events with a scored gold place; place recall =
correct places / gold events with a place. A date is correct when it agrees with the gold
date at the gold precision and is at least as precise. Actors are scored per code
(micro-averaged) over found events for precision and all gold events for recall.

Scoring per happening (issue 11, every set): a gold event is recalled when one extracted
event has its place (any of the event's places within 250 km of the gold place, or named
as any of the gold ``places``), shares an actor and agrees on the date; a gold event
without a locatable place needs one of its phrases in the evidence instead of the place.
Event-level precision = extracted events matching some gold event / extracted events.
A *country/Arctic fallback* is an event at a country or at "the Arctic" whose evidence
names no such place other than as an actor (:func:`is_fallback`).

Print the figures: ``python -m tests.test_events_quality`` (or pytest with ``-s``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extraction_scoring import ArticleSet, Measured, load_gold, measure, report

ARTICLES = Path(__file__).parent / "data" / "articles"

# Floors: what rules-2.6 measured minus one item where that raised them, earlier floors kept where they
# still hold (see the printed report), so noise in
# unrelated changes does not fail CI but a real regression does. Every set also holds at
# most one country/Arctic fallback event per article.
#
# rules-2.0 builds events from the whole article (one per happening, at most one fallback
# per article, a state's fallback at the state's area rather than its capital). The tuned
# and old held-out sets were annotated one event per sentence, with statements placed at
# capitals, so some of their per-sentence figures fell from rules-1.1: the dropped fallback
# sentences cost event recall, and capitals are no longer guessed.
#
# rules-2.2: a demonym qualifying a thing or area ("Norwegian waters", "Chinese-built"), a
# comparison ("unlike Canada") or an actor only inside a quote or parenthesis is no event
# actor; an object after a verb is not learnt as the subject's alias. A place after a
# statement verb ("said in Oslo") or beside the date in one clause is the event's place; a
# capital or seated institution ("the Kremlin said") places a statement at the seat of
# government; a placeless, dateless sentence sits at the story's place rather than a
# country's middle. A dateless sentence with no verb of a happening is background, and a
# dateless, placeless reported comment folds into the latest event with the same parties.
# rules-2.3 read the whole article first: its main place (the specific place named most,
# title and lede twice) places sentences that name none, the lede's bare "Arctic" and a state
# named other than as where; a capital's dateline does not count. "That year"/"the same day"
# take the last date named; "Sept. 20 last year" its year; a present-tense day after
# publication stays ahead. Actor-like place names ("the Norwegian Sea") are found as places
# (they were blanked before the lookup); a place opening or closing an organisation's name
# is none; "the council" is the body named before; a seat naming a document ("the Ottawa
# Declaration") is no actor. More triggers (explosions, accidents, funerals, annexations,
# treaties entering into force, takeovers, orders).
# rules-2.4: a sentence with two dated clauses ("laid down in 2009 and launched in March
# 2017") makes an event per clause; "the same day" after a coarser date takes the latest day
# named, "the next day" the day after, "shortly after" the date named last, "a few weeks
# later, in October" the first October after it; a placeless statement by states other than
# the one the main place lies in is made at the speaker's seat; an official named by title
# alone ("Northern Affairs Minister", "the government") belongs to the state the story is
# about (named in at least half the sentences naming a state).
# rules-2.5 (developed on the misses of all four development sets, dev2 written first): a
# sentence with no trigger word but a verb of a happening (past tense, "took place", a
# statement) is an event when it has its own date, its own specific place or a speaker
# abroad, of the story's current category; every sentence's date sets the scene for "the
# same day" and dateless follow-ups, trigger or not; a state inside a place name ("the Canada
# Basin", "the Sea of Japan") or named as a voyage's destination is no actor; "In Moscow" at a
# sentence's start is a place; officials by title belong to the state of the story's main
# place when no state dominates; an office tied to a state ("Russia's foreign ministry") is
# that state's when named again by title, and "the alliance" is NATO's; "last year ... in
# April" is last year's April; "next year's budget" dates nothing; "in the spring" is the
# latest spring; a date after "after he takes office" keeps that clause's tense; "must",
# "takes effect" look ahead; the ends of a span ("between Jan Mayen and Svalbard") and a
# voyage's port of departure come after the place it names; wire datelines with a date or
# "/TASS/." are datelines.
# rules-2.6 (developed on the misses of the five development sets, dev3 written first, blind
# measured at the end only): a place opening a suspended hyphen ("Toronto- and Reykjavik-listed"),
# inside a relative clause ("Arktikugol, which is headquartered in Moscow"; "from Kirkenes who was
# convicted in Moscow"), or named as people's home town ("hunters from Pond Inlet") places nothing;
# places in a participle aside ("the treaty, signed in Paris") or a quotation come last; the
# places of the clause holding the event's date or trigger come before another clause's; "Arctic
# policy" names no place; a point a short stated distance away ("75 miles north of Kiska Island")
# beats the sea around it; a place before a company form ("Kola MMC") or after "Centre for" is an
# organisation's; a foreign state's parliament, government or ministry acts at its seat. Actors: a
# city before "-based"/"-listed", a demonym before "ports", "Norway's Pasvik valley", a state after a
# port of departure ("left Tromsø, Norway") or as a neighbour ("border with Russia") are no
# actors. Extraction no longer depends on the hash seed (it did, through learnt names and the
# story's state).
# rules-2.7 (actors; developed on the misses of the five development sets, blind measured at the end
# only): a group names each member ("the leaders of four Nordic countries", "the Baltic states"),
# "the eight Arctic states" act as the Arctic Council, NORAD is the United States' and Canada's;
# Estonia, Latvia, Lithuania, Italy, Singapore and Taiwan are actors; Alaska's offices ("Alaska's
# senators", "Gov.") are the United States'; a state named in what a speaker said ("told TV 2 that
# Greenland ...") is no party beside the speaker; "He"/"She" opening a sentence is the person named
# last; a local official (governor, mayor) belongs to the state where the sentence's places lie, an
# organisation "based" in a city to that city's state, and an office opening the sentence ("The
# Ministry of Foreign Affairs has declared ...") to the story's state beside the states it acts on.
TUNED_FLOORS = {
    # rules-1.1: events 0.98/0.98, places 0.79/0.78, dates 0.98/0.95, actors 0.88/0.95,
    # event level R 0.84 P 0.79, 1.06 fallbacks per article (3 at most).
    # rules-2.0: events 0.97/0.88 (38/39, 38/43), places 0.72/0.65 (26/36, 26/40), dates
    # 1.00/0.88 (38/38, 38/43), actors 0.88/0.82 (64/73, 64/78), event level R 0.72 (31/43)
    # P 0.77 (30/39), 0.50 fallbacks per article (1 at most).
    # rules-2.1 (trafilatura for HTML, 85 more gazetteer places, years before a comma, "the
    # Arctic" never beside a named story place, faster matching): unchanged on this set.
    # rules-2.2: events 1.00/0.88 (38/38, 38/43), places 0.78/0.70 (28/36, 28/40), dates
    # 1.00/0.88 (38/38, 38/43), actors 0.90/0.85 (66/73, 66/78), event level R 0.77 (33/43)
    # P 0.82 (31/38), 0.44 fallbacks per article (1 at most).
    # rules-2.3: events 1.00/0.93 (40/40, 40/43), places 0.78/0.72 (29/37, 29/40), dates
    # 1.00/0.93 (40/40, 40/43), actors 0.91/0.91 (71/78, 71/78), event level R 0.81 (35/43)
    # P 0.85 (34/40), 0.06 fallbacks per article (1 at most).
    # rules-2.4: events 1.00/0.93 (40/40, 40/43), places 0.81/0.75 (30/37, 30/40), dates
    # 1.00/0.93, actors 0.91/0.91 (71/78, 71/78), event level R 0.84 (36/43) P 0.88 (35/40),
    # 0.06 fallbacks per article (1 at most).
    # rules-2.5: events 1.00/0.95 (41/41, 41/43), places 0.82/0.78 (31/38, 31/40), dates
    # 1.00/0.95 (41/41, 41/43), actors 0.91/0.94 (73/80, 73/78), event level R 0.86 (37/43) P 0.88
    # (36/41), 0.06 fallbacks per article (1 at most).
    # rules-2.6: places 0.87/0.82 (33/38, 33/40), event level R 0.91 (39/43) P 0.93 (38/41); the
    # rest unchanged.
    # rules-2.7: actors 0.91/0.95 (74/81, 74/78) ("NORAD said" is Canada's too); the rest unchanged.
    "event_precision": 0.97,
    "event_recall": 0.93,
    "place_precision": 0.84,
    "place_recall": 0.8,
    "date_precision": 0.97,
    "date_recall": 0.93,
    "actor_precision": 0.9,
    "actor_recall": 0.93,
    "happening_recall": 0.88,
    "happening_precision": 0.9,
    "max_fallbacks_per_article": 1,
}
HELDOUT_FLOORS = {
    # rules-1.0 on first sight: events 0.96/0.67, places 0.61/0.38, dates 0.64/0.42, actors
    # 0.93/0.75. rules-1.1: dates 0.86/0.58, actors 0.95/0.75, event level R 0.39 P 0.57,
    # 1.25 fallbacks per article (3 at most).
    # rules-2.0 (this set was looked at while writing them, so it is tuned now): events
    # 1.00/0.70 (23/23, 23/33), places 0.48/0.34 (10/21, 10/29), dates 0.87/0.61 (20/23,
    # 20/33), actors 0.90/0.71 (37/41, 37/52), event level R 0.36 (12/33) P 0.52 (12/23),
    # 0.50 fallbacks per article (1 at most).
    # rules-2.1: events 1.00/0.67 (22/22, 22/33), places 0.50/0.34 (10/20, 10/29), dates
    # 0.91/0.61 (20/22, 20/33), actors 0.95/0.69 (36/38, 36/52), event level R 0.39 (13/33)
    # P 0.59 (13/22), 0.50 fallbacks per article. One event fewer: "the eight Arctic states
    # adopted a joint statement" now sits at the story's place (Salekhard) with the meeting's
    # parties, so it folds into the Salekhard meeting event (one event per happening; the set
    # was annotated one event per sentence).
    # rules-2.2: events 0.96/0.73 (24/25, 24/33), places 0.68/0.52 (15/22, 15/29), dates
    # 0.92/0.67 (22/24, 22/33), actors 0.90/0.73 (38/42, 38/52), event level R 0.52 (17/33)
    # P 0.64 (16/25), 0.50 fallbacks per article (1 at most). "Norway would stay predictable
    # ..., the minister said" now folds into the Salekhard meeting it comments on.
    # rules-2.3: events 0.96/0.79 (26/27, 26/33), places 0.78/0.62 (18/23, 18/29), dates
    # 0.88/0.70 (23/26, 23/33), actors 0.91/0.81 (42/46, 42/52), event level R 0.61 (20/33)
    # P 0.70 (19/27), no fallbacks. Date precision fell by ratio (22/24 -> 23/26) as two more
    # events were found, one of them wrongly dated; its floor follows.
    # rules-2.4: events 0.87/0.79 (26/30, 26/33), places 0.78/0.62 (18/23, 18/29), dates
    # 0.88/0.70 (23/26, 23/33), actors 0.91/0.81 (42/46, 42/52), event level R 0.64 (21/33)
    # P 0.67 (20/30), no fallbacks. Event precision and event-level precision floors fall:
    # a sentence with two dated clauses makes two events now, and this set was annotated one
    # event per sentence, so the second is counted unannotated.
    # rules-2.5: events 0.88/0.88 (29/33, 29/33), places 0.81/0.72 (21/26, 21/29), dates
    # 0.90/0.79 (26/29, 26/33), actors 0.90/0.88 (46/51, 46/52), event level R 0.70 (23/33) P 0.70
    # (23/33), no fallbacks.
    # rules-2.6: unchanged. rules-2.7: unchanged.
    "event_precision": 0.84,
    "event_recall": 0.84,
    "place_precision": 0.76,
    "place_recall": 0.68,
    "date_precision": 0.86,
    "date_recall": 0.75,
    "actor_precision": 0.88,
    "actor_recall": 0.86,
    "happening_recall": 0.66,
    "happening_precision": 0.66,
    "max_fallbacks_per_article": 1,
}
FRESH_FLOORS = {
    # Baseline, rules-1.1 before any rule was changed for issue 11 (23 articles, 111 gold
    # events, one per happening): events 0.57/0.77 (82/145, 85/111), places 0.50/0.38
    # (40/80, 40/104), dates 0.78/0.59 (66/85, 66/111), actors 0.81/0.79 (95/118, 95/120);
    # event level R 0.49 (54/111) P 0.48 (69/145); 1.96 fallbacks per article (6 at most).
    # rules-2.0: events 0.54/0.83 (89/166, 92/111), places 0.56/0.47 (49/88, 49/104), dates
    # 0.82/0.68 (75/92, 75/111), actors 0.77/0.78 (93/121, 93/120); event level R 0.59
    # (66/111) P 0.57 (94/166); 0.74 fallbacks per article (1 at most).
    # rules-2.1: events 0.55/0.84 (90/164, 93/111), places 0.57/0.49 (51/89, 51/104), dates
    # 0.85/0.71 (79/93, 79/111), actors 0.77/0.78 (93/121, 93/120); event level R 0.62
    # (69/111) P 0.63 (103/164); 0.70 fallbacks per article (1 at most).
    # rules-2.1 missed issue 11's targets by 0.18, 0.23 and 0.14 (below).
    # rules-2.2: events 0.62/0.89 (96/154, 99/111), places 0.63/0.57 (59/93, 59/104), dates
    # 0.85/0.76 (84/99, 84/111), actors 0.76/0.82 (99/130, 99/120); event level R 0.66
    # (73/111) P 0.64 (99/154); 0.57 fallbacks per article (1 at most); misses by kind:
    # actors 40, date 15, no event 12, place 34, unannotated 58 (rules-2.1: 37, 14, 18, 38, 74).
    # Issue 11's targets (event-level recall 0.80, place precision 0.80, date recall 0.85)
    # are still not met: short by 0.14, 0.17 and 0.09. The set was used only through these
    # totals and the counts of misses by kind. Candidates that helped the tuned sets but
    # lowered these totals were left out: "since 2019"/"by 2030" and later years not dating
    # the event, "Norway's Svalbard" naming no actor, and more trigger words.
    # rules-2.3 (developed on this set's listed misses, so it is a development set now):
    # events 0.62/0.95 (103/166, 106/111), places 0.77/0.73 (76/99, 76/104), dates 0.92/0.87
    # (97/106, 97/111), actors 0.78/0.89 (107/137, 107/120); event level R 0.86 (96/111) P 0.80
    # (133/166); no fallbacks. Issue 11's event recall (0.80) and date recall (0.85) targets
    # are met here; place precision (0.80) is short by 0.03 (3 items).
    # rules-2.4: events 0.60/0.95 (103/173, 106/111), places 0.77/0.73 (76/99, 76/104), dates
    # 0.92/0.88 (98/106, 98/111), actors 0.79/0.90 (108/137, 108/120); event level R 0.90
    # (100/111) P 0.80 (138/173); no fallbacks. Event precision's floor falls (0.61 -> 0.58):
    # sentences with two dated clauses make two events, and the field scoring credits only
    # the first event per phrase (the event-level scoring credits both). Place precision
    # (0.80) is still short by 0.03 (3 items).
    # rules-2.5: events 0.56/0.98 (105/188, 109/111), places 0.77/0.76 (79/102, 79/104), dates
    # 0.92/0.90 (100/109, 100/111), actors 0.75/0.90 (108/144, 108/120); event level R 0.93
    # (103/111) P 0.78 (146/188); no fallbacks. Event precision, event-level precision and actor
    # precision floors fall (0.58 -> 0.55, 0.79 -> 0.77, 0.78 -> 0.74): a sentence with no
    # trigger word but a past-tense verb and its own date, place or foreign speaker is an event
    # now, so more sentences make events (15 more here), and the field scoring counts a
    # happening's second sentence as unannotated; officials by title now take the state of the
    # story's place, which this set's annotations often leave out (gold actors []).
    # rules-2.6: events 0.56/0.97 (104/185, 108/111), places 0.81/0.79 (82/101, 82/104), dates
    # 0.92/0.89 (99/108, 99/111), actors 0.77/0.90 (108/141, 108/120); event level R 0.93 (103/111)
    # P 0.79 (146/185); no fallbacks. Issue 11's place precision target (0.80) is met here now. One
    # event fewer: "Rosatom says the plant, which has two reactors similar to those used in Russia's
    # icebreakers, will be connected ..." named a place only inside its relative clause, and a
    # sentence without a trigger word needs a place, date or speaker of its own.
    # rules-2.7: events 0.57/0.97 (104/183, 108/111), actors 0.77/0.94 (113/146, 113/120) (Italy,
    # Singapore and Lithuania are actors now; "He" is the person named before); event level R 0.93
    # (103/111) P 0.80 (146/183); the rest unchanged.
    "event_precision": 0.55,
    "event_recall": 0.97,
    "place_precision": 0.8,
    "place_recall": 0.77,
    "date_precision": 0.9,
    "date_recall": 0.89,
    "actor_precision": 0.75,
    "actor_recall": 0.93,
    "happening_recall": 0.91,
    "happening_precision": 0.79,
    "max_fallbacks_per_article": 1,
}

DEV2_FLOORS = {
    # rules-2.4 on first sight (17 articles in 17 outlet styles, 59 gold events, written and
    # committed before any rules-2.5 change): events 0.57/0.81 (46/81, 48/59), places
    # 0.66/0.53 (25/38, 25/47), dates 0.81/0.66 (39/48, 39/59), actors 0.77/0.68 (59/77,
    # 59/87); event level R 0.63 (37/59) P 0.53 (43/81); no fallbacks.
    # rules-2.5 (developed on this set's listed misses with the other development sets): events
    # 0.56/0.97 (55/99, 57/59), places 0.80/0.77 (36/45, 36/47), dates 0.91/0.88 (52/57, 52/59),
    # actors 0.80/0.83 (72/90, 72/87); event level R 0.90 (53/59) P 0.69 (68/99); no fallbacks.
    # rules-2.6: places 0.82/0.79 (37/45, 37/47), actors 0.82/0.83 (72/88, 72/87); the rest unchanged.
    # rules-2.7: actors 0.83/0.90 (78/94, 78/87), event level R 0.92 (54/59) P 0.70 (69/99) ("four
    # Nordic countries", NORAD, "Alaska's senators"); the rest unchanged.
    "event_precision": 0.54,
    "event_recall": 0.94,
    "place_precision": 0.8,
    "place_recall": 0.76,
    "date_precision": 0.89,
    "date_recall": 0.86,
    "actor_precision": 0.81,
    "actor_recall": 0.88,
    "happening_recall": 0.89,
    "happening_precision": 0.68,
    "max_fallbacks_per_article": 1,
}

DEV3_FLOORS = {
    # Written and committed before any rules-2.6 change (16 articles, 16 outlet styles, 44 gold
    # events, hard place wording). rules-2.5 on first sight: events 0.69/0.98 (43/62, 43/44),
    # places 0.78/0.78 (25/32, 25/32), dates 0.93/0.91 (40/43, 40/44), actors 0.83/0.80 (52/63,
    # 52/65); event level R 0.70 (31/44) P 0.56 (35/62); no fallbacks.
    # rules-2.6 (developed on this set's listed misses with the other development sets): events
    # 0.69/0.98 (43/62, 43/44), places 0.78/0.78 (25/32, 25/32), dates 0.93/0.91 (40/43, 40/44),
    # actors 0.78/0.82 (53/68, 53/65); event level R 0.73 (32/44) P 0.58 (36/62); no fallbacks. Place
    # precision is unchanged in count: "Toronto-" and "Helsinki" in a relative clause no longer place
    # events, but what the rules fall back on (Greenland's country point, the story's main place) is
    # still more than 150 km from Nalunaq and Davie's yard, which the gazetteer does not list. Actor
    # precision's floor falls (0.80 -> 0.76): "its Oslo-based secretariat said" names no actor now, so
    # the sentence takes the previous event's ten parties.
    # rules-2.7: events 0.68/1.00 (44/65, 44/44), places unchanged, dates 0.95/0.95 (42/44, 42/44),
    # actors 0.81/0.91 (59/73, 59/65); event level R 0.84 (37/44) P 0.65 (42/65). Governor Lars Fause
    # is Norway's in a story about a Russian parade, Alaska's governor and its gasline corporation
    # the United States', "the Bergen-based Institute of Marine Research" Norway's.
    "event_precision": 0.67,
    "event_recall": 0.97,
    "place_precision": 0.75,
    "place_recall": 0.75,
    "date_precision": 0.93,
    "date_recall": 0.93,
    "actor_precision": 0.79,
    "actor_recall": 0.89,
    "happening_recall": 0.81,
    "happening_precision": 0.63,
    "max_fallbacks_per_article": 1,
}

BLIND_FLOORS = {
    # rules-2.2 on first sight (20 articles, 18 outlets, 120 gold events, one per happening;
    # annotated before the extractor ran on them): events 0.62/0.68 (80/128, 81/120), places
    # 0.61/0.40 (46/76, 46/114), dates 0.81/0.55 (66/81, 66/120), actors 0.72/0.59 (81/112,
    # 81/138); event level R 0.42 (50/120) P 0.55 (70/128); 0.55 fallbacks per article (1 at
    # most); misses by kind: actors 35, date 15, no event 39, place 30, unannotated 48.
    # Floors are these minus one item. Nobody tunes on this set: use only its totals.
    # rules-2.3: events 0.65/0.78 (91/141, 93/120), places 0.66/0.50 (57/87, 57/114), dates
    # 0.86/0.67 (80/93, 80/120), actors 0.72/0.67 (92/127, 92/138); event level R 0.50
    # (60/120) P 0.59 (83/141); no fallbacks; misses by kind: actors 38, date 13, no 27,
    # place 30, unannotated 50.
    # rules-2.4 (rules written on the other sets' misses; this set's totals only checked that
    # each change was no worse here): events 0.62/0.78 (91/146, 93/120), places 0.66/0.50
    # (57/87, 57/114), dates 0.87/0.68 (81/93, 81/120), actors 0.75/0.68 (94/126, 94/138);
    # event level R 0.53 (64/120) P 0.60 (87/146); no fallbacks; misses by kind: actors 35,
    # date 12, no 27, place 30, unannotated 55. Short of issue 11's targets by 0.27 (event
    # recall), 0.14 (place precision) and 0.17 (date recall). Floors: these minus one item.
    # rules-2.5 (measured twice, at the end of the work, never tuned on; both runs gave the same
    # figures): events 0.61/0.95 (111/182, 114/120), places 0.62/0.59 (67/108, 67/114), dates
    # 0.86/0.82 (98/114, 98/120), actors 0.72/0.79 (109/151, 109/138); event level R 0.65 (78/120)
    # P 0.59 (108/182); no fallbacks; misses by kind: actors 42, date 16, no 6, place 41,
    # unannotated 71. Event recall rose 0.53 -> 0.65 and date recall 0.68 -> 0.82; place
    # precision fell 0.66 -> 0.62 (57/87 -> 67/108: ten more events placed right, eleven more
    # placed wrong, among the 21 more events found), so its floor and actor precision's fall.
    # Short of issue 11's targets by 0.15 (event recall), 0.18 (place precision) and 0.03 (date
    # recall).
    # rules-2.6 (never tuned on; measured once at the end of the work, and once more after rebasing):
    # events 0.61/0.94 (110/180, 113/120), places 0.68/0.64 (73/107, 73/114), dates 0.87/0.82
    # (98/113, 98/120), actors 0.72/0.78 (108/150, 108/138); event level R 0.68 (81/120) P 0.62
    # (111/180); no fallbacks; misses by kind: actors 42, date 15, no 7, place 34, unannotated 70.
    # Place precision rose 0.62 -> 0.68 (six more events placed right, seven fewer placed wrong);
    # short of issue 11's targets by 0.12 (event recall), 0.12 (place precision) and 0.03 (date
    # recall).
    # rules-2.7 (never tuned on; measured at the end of the work only): actors 0.69/0.78 (108/156,
    # 108/138), event level R 0.68 (82/120) P 0.62 (111/180); the rest unchanged; misses by kind:
    # actors 42, date 15, no 7, place 34, unannotated 70. The actor rules found one more happening
    # but no more actor codes here, and gave six more codes that the annotations do not list, so the
    # actor precision floor falls (0.71 -> 0.68, what was measured minus one item).
    "event_precision": 0.6,
    "event_recall": 0.94,
    "place_precision": 0.67,
    "place_recall": 0.63,
    "date_precision": 0.85,
    "date_recall": 0.8,
    "actor_precision": 0.68,
    "actor_recall": 0.78,
    "happening_recall": 0.67,
    "happening_precision": 0.61,
    "max_fallbacks_per_article": 1,
}


SETS = (
    ArticleSet("tuned set", ARTICLES, TUNED_FLOORS, min_articles=12),
    ArticleSet("old held-out set", ARTICLES / "heldout", HELDOUT_FLOORS, min_articles=8),
    ArticleSet("fresh set", ARTICLES / "fresh", FRESH_FLOORS, min_articles=20),
    ArticleSet("dev2 set", ARTICLES / "dev2", DEV2_FLOORS, min_articles=15),
    ArticleSet("dev3 set", ARTICLES / "dev3", DEV3_FLOORS, min_articles=15),
    ArticleSet("blind held-out set", ARTICLES / "blind", BLIND_FLOORS, min_articles=18, list_misses=False),
)


@pytest.fixture(scope="module", params=SETS, ids=lambda s: s.label.replace(" ", "-"))
def measured(request) -> tuple[ArticleSet, Measured]:
    """For each article set: the set and what it measured."""
    return request.param, measure(request.param)


@pytest.mark.parametrize("articles", SETS, ids=lambda s: s.label.replace(" ", "-"))
def test_each_set_has_enough_annotated_articles(articles):
    gold = load_gold(articles)
    assert len(gold["articles"]) >= articles.min_articles
    for entry in gold["articles"]:
        assert (articles.directory / entry["file"]).is_file(), entry["file"]


def test_held_out_articles_are_new():
    """No article appears in two sets."""
    files = [{e["file"] for e in load_gold(s)["articles"]} for s in SETS]
    for i, first in enumerate(files):
        for second in files[i + 1 :]:
            assert not first & second


def test_precision_and_recall_hold_above_floors(measured, capsys):
    articles, result = measured
    with capsys.disabled():
        print("\n" + report(articles, result))
    figures = {f"{name}_precision": t.precision for name, t in result.tallies.items()}
    figures |= {f"{name}_recall": t.recall for name, t in result.tallies.items()}
    figures |= {"happening_recall": result.happenings.recall, "happening_precision": result.happenings.precision}
    for name, floor in articles.floors.items():
        if name == "max_fallbacks_per_article":
            assert result.worst_fallbacks <= floor, (articles.label, name, result.worst_fallbacks)
        else:
            assert figures[name] >= floor, (articles.label, name, figures[name])


if __name__ == "__main__":  # python -m tests.test_events_quality: the figures without pytest
    for article_set in SETS:
        print(report(article_set, measure(article_set)) + "\n")
