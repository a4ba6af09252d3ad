"""Floors of the extraction quality test (tests/test_events_quality.py), one dict per article set: the sets
written by the rule writers (tuned, old held-out, fresh, dev2, dev3, the first blind set); those written blind by
helpers from blind2 on are in tests/extraction_floors_blind.py and tests/extraction_floors_blind_later.py.

Each floor is what the current rules measure on the set minus one item, earlier floors kept where they
still hold, so noise in unrelated changes does not fail CI but a real regression does. The comment above
each dict says when its set was written and what it measured; the full history of what each rules
version changed and measured is in tests/data/articles/README.md.
"""

from __future__ import annotations

TUNED_FLOORS = {
    "event_precision": 0.97,
    "event_recall": 0.95,
    # Lowered from 0.84 under rules-2.31 (32/39): a comment folded into an event now adds its sentence to
    # the evidence, so more gold events are found, some scored against the happening the comment is about.
    "place_precision": 0.79,
    "place_recall": 0.8,
    "date_precision": 0.97,
    "date_recall": 0.93,
    "actor_precision": 0.9,
    "actor_recall": 0.94,
    # 0.88 until rules-2.64 (38/43 -> 36/43): the gazetteer now holds the Alaska Air Defense Identification Zone
    # (a point over the Bering Sea, where intercepts happen), and this set's two events of bombers "operating in the
    # Alaska Air Defense Identification Zone" are annotated at Alaska (its middle, 982 km away; not edited after the
    # fact). Over the 46 held-out sets rules-2.64 finds nine events more.
    "happening_recall": 0.81,
    # 0.90 until rules-2.22: "Finland became the 31st member of NATO on Tuesday" is now at Finland, a state joining
    # an alliance being a state-wide happening (the convention settled in session 15); this older set put it at
    # Brussels, where the instrument of accession was handed over (annotations are not edited after the fact).
    # Lowered from 0.88 under rules-2.64: the two intercept events now at the Alaska Air Defense Identification Zone
    # match no gold event (annotated at Alaska, above).
    "happening_precision": 0.83,
    "max_fallbacks_per_article": 1,
}
HELDOUT_FLOORS = {
    "event_precision": 0.88,
    "event_recall": 0.96,
    # Lowered from 0.77 under rules-2.31 (22/29): a comment folded into an event now adds its sentence to
    # the evidence, so more gold events are found, some scored against the happening the comment is about.
    "place_precision": 0.72,
    "place_recall": 0.72,
    "date_precision": 0.9,
    "date_recall": 0.87,
    # Lowered from 0.88 under rules-2.31 (50/58): a comment folded into an event now adds its sentence to
    # the evidence, so more gold events are found, some scored against the happening the comment is about.
    "actor_precision": 0.84,
    "actor_recall": 0.94,
    "happening_recall": 0.75,
    "happening_precision": 0.7,
    "max_fallbacks_per_article": 1,
}
FRESH_FLOORS = {
    # Lowered from 0.58 under rules-2.51 (more events: follow-ups at the story's main place, partyless sentences
    # going on with the event before; event-level precision up overall) (seen failing in the run).
    # Lowered from 0.57 under rules-2.54 (partyless sentences and second country-only events go on
    # with the latest event in later paragraphs: more events) (seen failing in the run).
    # Lowered from 0.54 under actors79 (a seated institution leading its sentence is a place too: "the Kremlin
    # accused the alliance ..." stands at Moscow, and "The drill ended on a grim note." no longer folds into it: one
    # more event) (seen failing in the run).
    "event_precision": 0.53,
    "event_recall": 0.99,
    # Places and happening recall lowered by rules-2.24 (were 0.81 / 0.80 / 0.92), which places a state's own act
    # with no place named at its seat (the settled convention); this set, annotated before it, has "the tax law
    # Congress passed in December 2017" at the refuge and Russia's rejection of Norway's zone at Svalbard.
    "place_precision": 0.79,
    "place_recall": 0.79,
    "date_precision": 0.97,
    "date_recall": 0.96,
    "actor_precision": 0.76,
    "actor_recall": 0.95,
    "happening_recall": 0.9,
    # 0.79 until rules-2.19, which places "The Interior Department approved the project on Monday" at
    # Washington (the settled convention: a state's decision with no place named is made at its seat);
    # this set, annotated before the convention, has it at the Willow project (146/187 less one item).
    # Lowered from 0.77 under rules-2.39: dateless past happenings continue the last date named, and some become events (seen failing in the run).
    # Lowered from 0.75 under rules-2.49: more verbs tell a happening (plans, participles, hyphenated pasts), more events and parties found (seen failing in the run).
    "happening_precision": 0.74,
    "max_fallbacks_per_article": 1,
}

DEV2_FLOORS = {
    # Lowered from 0.56 under rules-2.54 (partyless sentences and second country-only events go on
    # with the latest event in later paragraphs: more events) (seen failing in the run).
    "event_precision": 0.53,
    "event_recall": 0.98,
    # Places and happenings lowered by rules-2.24 (were 0.84 / 0.91 / 0.68), as for the fresh set: this set has "The
    # Interior Department canceled AIDEA's leases in September 2023" at the refuge, the convention at Washington.
    "place_precision": 0.8,
    "place_recall": 0.8,
    "date_precision": 0.93,
    "date_recall": 0.93,
    "actor_precision": 0.81,
    "actor_recall": 0.88,
    "happening_recall": 0.88,
    # Lowered from 0.66 under rules-2.47: Sabetta named before "on the Yamal Peninsula" is a place of its own, and
    # the lede's second sentence no longer folds into the first (one event more, no hit more).
    # Lowered from 0.65 under rules-2.51 (more events: follow-ups at the story's main place, partyless sentences
    # going on with the event before; event-level precision up overall) (seen failing in the run).
    "happening_precision": 0.63,
    "max_fallbacks_per_article": 1,
}

DEV3_FLOORS = {
    "event_precision": 0.65,
    "event_recall": 0.97,
    # Lowered from 0.9 under rules-2.55: a national high court named in the possessive decides at the seat
    # ("Norway's Supreme Court ruled ... the shelf around Svalbard", annotated at Svalbard; seen failing in the run).
    "place_precision": 0.84,
    # Lowered from 0.9 under rules-2.55: a national high court named in the possessive decides at the seat
    # ("Norway's Supreme Court ruled ... the shelf around Svalbard", annotated at Svalbard; seen failing in the run).
    "place_recall": 0.84,
    "date_precision": 0.97,
    "date_recall": 0.97,
    "actor_precision": 0.79,
    "actor_recall": 0.89,
    # Lowered from 0.95 under rules-2.55: a national high court named in the possessive decides at the seat
    # ("Norway's Supreme Court ruled ... the shelf around Svalbard", annotated at Svalbard; seen failing in the run).
    "happening_recall": 0.9,
    # Lowered from 0.71 under rules-2.29 (46/66 matched extracted events, one fewer): "The Supreme Court ruled in
    # October 2021 ..." is at Oslo, the settled convention for a national court, where dev3's gold (written before
    # the convention) has the wind farms it ruled on.
    # Lowered from 0.68 under rules-2.55: a national high court named in the possessive decides at the seat
    # ("Norway's Supreme Court ruled ... the shelf around Svalbard", annotated at Svalbard; seen failing in the run).
    "happening_precision": 0.65,
    "max_fallbacks_per_article": 1,
}

DEV4_FLOORS = {
    # Lowered from 0.6 under rules-2.51 (more events: follow-ups at the story's main place, partyless sentences
    # going on with the event before; event-level precision up overall) (seen failing in the run).
    # Lowered from 0.59 under rules-2.53 (a verb alone opening a new paragraph goes on with the
    # story: more events) (seen failing in the run).
    # Lowered from 0.58 under actors79 (a seated institution leading its sentence is a place too: "The Kremlin said
    # ..." stands at Moscow as an event of its own: more events) (seen failing in the run).
    "event_precision": 0.57,
    "event_recall": 0.99,
    "place_precision": 0.8,
    "place_recall": 0.79,
    "date_precision": 0.93,
    "date_recall": 0.93,
    # Lowered from 0.72 under rules-2.31 (116/163): a comment folded into an event now adds its sentence to
    # the evidence, so more gold events are found, some scored against the happening the comment is about.
    "actor_precision": 0.7,
    "actor_recall": 0.83,
    "happening_recall": 0.87,
    "happening_precision": 0.7,
    "max_fallbacks_per_article": 1,
}
