"""Floors of the extraction quality test for the later development sets written blind by helpers (dev13 to dev20, in
folders blind13 to blind30), one dict per set, split from tests/extraction_floors_blind.py (the first ones, dev5 to
dev12) when that file passed 400 lines. How floors are set is in tests/extraction_floors.py; the comment above each
dict says when its set was written and what it measured while it was held out.
"""

from __future__ import annotations

# blind13, the held-out set for rules-2.19: written blind by a helper who never saw the rules or the extractor's
# output, committed 2026-12-03 18:50 UTC (articles) and 19:01 UTC (annotations; two events' actors corrected to
# GRL/FRO by the settled convention before anything ran on it), after rules-2.18 was finished and before any
# rules-2.19 change; only totals were printed while it was held out. dev13, a development set, from rules-2.20.
# Floors: rules-2.20 minus one item.
BLIND13_FLOORS = {
    # Lowered from 0.55 under rules-2.53 (a verb alone opening a new paragraph goes on with the
    # story: more events) (seen failing in the run).
    # Lowered from 0.53 under rules-2.54 (partyless sentences and second country-only events go on
    # with the latest event in later paragraphs: more events) (seen failing in the run).
    # Lowered from 0.51 under rules-2.92 by one item (a lede with no date of its own takes the day the next sentence
    # names, which changes what merges with it) (seen failing in the run).
    "event_precision": 0.50,
    "event_recall": 0.94,
    "place_precision": 0.71,
    "place_recall": 0.67,
    # Lowered from 0.94 under rules-2.68: an accession after a sentence put at the story's town is at the country,
    # and the appointment dated in the same sentence folds into it (one date fewer) (seen failing in the run).
    "date_precision": 0.93,
    "date_recall": 0.89,
    # Lowered from 0.5 under rules-2.38: its irregular participles make more events, with their actors (seen failing).
    "actor_precision": 0.49,
    "actor_recall": 0.95,
    "happening_recall": 0.81,
    # Lowered from 0.65 under rules-2.49: more verbs tell a happening (plans, participles, hyphenated pasts), more events and parties found (seen failing in the run).
    "happening_precision": 0.64,
    "max_fallbacks_per_article": 1,
}

# blind14, the held-out set for rules-2.20: written blind by a helper who never saw the rules or the extractor's
# output, committed 2026-12-04 17:03 UTC (articles, 89198d0) and 17:09 UTC (annotations, 8b9b1b7) while rules-2.19
# was developed on the other sets; 24 articles from 24 new outlets, 188 gold events; only totals are printed.
# Floors: rules-2.19 at its end minus one item (its baseline), raised to rules-2.20 minus one item where that is higher
# (measured once at rules-2.20's end, 2026-12-04 20:06 UTC). dev14, a development set, from rules-2.21; floors raised to
# rules-2.21 minus one item.
BLIND14_FLOORS = {
    # Lowered from 0.54 under rules-2.42: visited and sent-to states and places named again make more events (165/306; seen failing).
    # Lowered from 0.53 under rules-2.48: a verb alone goes on with its paragraph's event, more events and parties found (seen failing in the run).
    # Lowered from 0.52 under rules-2.53 (a verb alone opening a new paragraph goes on with the
    # story: more events) (seen failing in the run).
    # Lowered from 0.51 under rules-2.54 (partyless sentences and second country-only events go on
    # with the latest event in later paragraphs: more events) (seen failing in the run).
    # Lowered from 0.50 under actors79 (an aircraft only the US flies names the US: "two B-52s flew ..." is an
    # event of its own with a party; more events, event-level recall up) (seen failing in the run).
    "event_precision": 0.49,
    "event_recall": 0.96,
    "place_precision": 0.7,
    "place_recall": 0.68,
    "date_precision": 0.9,
    "date_recall": 0.86,
    "actor_precision": 0.59,
    "actor_recall": 0.79,
    "happening_recall": 0.8,
    "happening_precision": 0.6,
    "max_fallbacks_per_article": 1,
}

# blind15, the held-out set for rules-2.21: written blind by a helper who never saw the rules or the extractor's
# output, committed 2026-12-04 19:41 UTC (articles, 3d15be6) and 19:49 UTC (annotations, 07c61b0) while rules-2.20
# was developed on the other sets; 24 articles from 24 new outlets, 168 gold events; only totals are printed.
# Floors: rules-2.20 at its end minus one item (its baseline); rules-2.21 measured the same totals (20:50 UTC).
BLIND15_FLOORS = {
    # Lowered from 0.55 under rules-2.51 (more events: follow-ups at the story's main place, partyless sentences
    # going on with the event before; event-level precision up overall) (seen failing in the run).
    # Lowered from 0.53 under rules-2.53 (a verb alone opening a new paragraph goes on with the
    # story: more events) (seen failing in the run).
    # Lowered from 0.52 under rules-2.54 (partyless sentences and second country-only events go on
    # with the latest event in later paragraphs: more events) (seen failing in the run).
    # Lowered from 0.51 under actors79 (an aircraft only the US flies names the US: "two B-52s flew ..." is an
    # event of its own with a party; more events, event-level recall up) (seen failing in the run).
    "event_precision": 0.5,
    "event_recall": 0.95,
    "place_precision": 0.7,
    "place_recall": 0.68,
    "date_precision": 0.9,
    "date_recall": 0.87,
    "actor_precision": 0.62,
    "actor_recall": 0.89,
    "happening_recall": 0.72,
    "happening_precision": 0.59,
    "max_fallbacks_per_article": 1,
}

# blind16, the held-out set for rules-2.22: written blind by a helper who never saw the rules or the extractor's
# output, while rules-2.22 was developed on the other sets (articles committed 2026-12-04 21:57 UTC, 973efd5;
# annotations and README 22:03 UTC, 4647f6e); 24 articles from 24 new outlets, 144 gold events; only totals are
# printed. Floors: rules-2.22 at its end minus one item (measured once, 22:04 UTC; rules-2.21 measured
# 0.73 (105/144) / 0.65 (82/127) / 0.88 (127/144) on it before).
BLIND16_FLOORS = {
    "event_precision": 0.53,
    "event_recall": 0.95,
    "place_precision": 0.68,
    "place_recall": 0.65,
    "date_precision": 0.94,
    "date_recall": 0.89,
    "actor_precision": 0.67,
    "actor_recall": 0.8,
    "happening_recall": 0.77,
    "happening_precision": 0.58,
    "max_fallbacks_per_article": 1,
}

# dev17 (blind17), a development set from rules-2.24 (misses printed); before that a second held-out set for
# rules-2.22 and the held-out set of rules-2.23: written blind by a helper who never saw the rules or the extractor's output, after rules-2.22 was finished (articles committed
# 2026-12-04 22:27 UTC, ada4e2c; annotations and README 22:30 UTC, 436a768); 24 articles from 24 new outlets, 161
# gold events. Floors: rules-2.22 minus one item (measured once, 22:31 UTC; rules-2.21
# measured 0.55 (88/161) / 0.50 (67/134) / 0.79 (127/161) on it in the same minute).
BLIND17_FLOORS = {
    # Lowered from 0.59 under rules-2.54 (partyless sentences and second country-only events go on
    # with the latest event in later paragraphs: more events) (seen failing in the run).
    "event_precision": 0.57,
    "event_recall": 0.92,
    "place_precision": 0.58,
    "place_recall": 0.54,
    "date_precision": 0.88,
    "date_recall": 0.82,
    # Lowered from 0.63 under rules-2.48: a verb alone goes on with its paragraph's event, more events and parties found (seen failing in the run).
    "actor_precision": 0.61,
    "actor_recall": 0.87,
    "happening_recall": 0.61,
    # Lowered from 0.53 under rules-2.35, whose further clauses make more events of one sentence (123/234).
    "happening_precision": 0.52,
    "max_fallbacks_per_article": 1,
}

# dev18 (blind26), a development set from rules-2.31 (misses printed); before that the held-out set of rules-2.29: written blind by a helper who never saw the rules or the extractor's output,
# while rules-2.29 was developed on the development sets (the helper started at 05:38 UTC; rules-2.29's first change
# was committed on a branch at 05:41 UTC, the articles at 05:56 UTC, 2ccfefb; annotations and README 05:58 UTC,
# 49ab0b1); 24 articles from 24 new outlets, 184 gold events (117 with a place); only totals are printed. Floors:
# rules-2.29 minus one item (read once at 05:58 UTC with rules-2.28 in the same run: 0.65 (120/184) / 0.60 (64/107) /
# 0.76 (140/184) under both); the fallback floor is the target, one per article.
BLIND26_FLOORS = {
    # Lowered from 0.6 under rules-2.35, whose further clauses make more events of one sentence (155/259).
    # Lowered from 0.59 under rules-2.49: more verbs tell a happening (plans, participles, hyphenated pasts), more events and parties found (seen failing in the run).
    # Lowered from 0.58 under rules-2.53 (a verb alone opening a new paragraph goes on with the
    # story: more events) (seen failing in the run).
    "event_precision": 0.57,
    "event_recall": 0.95,
    "place_precision": 0.62,
    "place_recall": 0.61,
    "date_precision": 0.9,
    "date_recall": 0.86,
    # Lowered from 0.68 under rules-2.54 (partyless sentences and second country-only events go on
    # with the latest event in later paragraphs: more events) (seen failing in the run).
    "actor_precision": 0.67,
    "actor_recall": 0.75,
    "happening_recall": 0.72,
    # Lowered from 0.56 under rules-2.35, as its event precision above (144/259).
    # Lowered from 0.55 under rules-2.54 (partyless sentences and second country-only events go on
    # with the latest event in later paragraphs: more events) (seen failing in the run).
    "happening_precision": 0.54,
    "max_fallbacks_per_article": 1,
}

# dev19 (blind27), a development set from rules-2.31 (misses printed); before that the held-out set of rules-2.30: written blind by a helper who never saw the rules
# or the extractor's output, after rules-2.29 was finished (the helper started at 06:06 UTC; articles committed at
# 06:22 UTC, 3311a42; annotations and README 06:25 UTC, cdb0a86); 24 articles from 24 new outlets, 230 gold events
# (134 with a place); only totals are printed. Its month and year dates were written "2024-05" and "2024" and were
# normalised by a script to the format of every other set ("2024-05-01", "2024-01-01"; 78 and 31 of them), values
# unseen. Floors: rules-2.29 minus one item (read at 06:26 UTC: 0.67 (153/230) / 0.67 (85/127) / 0.70
# (162/230), and the same under rules-2.30); the fallback floor is the target, one per article.
BLIND27_FLOORS = {
    "event_precision": 0.63,
    "event_recall": 0.92,
    "place_precision": 0.69,
    "place_recall": 0.68,
    "date_precision": 0.84,
    "date_recall": 0.78,
    # Lowered from 0.72 under rules-2.51 (more events: follow-ups at the story's main place, partyless sentences
    # going on with the event before; event-level precision up overall) (seen failing in the run).
    "actor_precision": 0.71,
    "actor_recall": 0.8,
    "happening_recall": 0.73,
    # Lowered from 0.58 under rules-2.55: politics at the seat only when the sentence names politics, so a minister's
    # quote stays at the border crossing and folds into the event it comments on (seen failing in the run).
    "happening_precision": 0.57,
    "max_fallbacks_per_article": 1,
}

# dev20 (blind30), a development set from rules-2.33 (misses printed); before that a third held-out set for rules-2.31
# (read again under rules-2.32): written blind by a helper who never saw the rules or the extractor's
# output, after rules-2.31 was finished and documented (from d3f7e1b; articles committed at 08:53 UTC, c86aed7;
# annotations and README 08:58 UTC, 852f812); 24 articles from 24 new outlets, 297 gold events (228 with a place);
# only totals are printed. Floors: rules-2.31 minus one item (read once at 08:58 UTC with rules-2.30 in the same run:
# 0.67 (200/297) / 0.61 (108/178) / 0.64 (191/297) under rules-2.30, 0.72 (213/297) / 0.59 (118/200) / 0.74 (220/297)
# under rules-2.31); the fallback floor is the target, one per article. Read a second time at 09:47 UTC on
# 2026-12-05 with rules-2.31 and rules-2.32 in the same run: the same figures under both.
BLIND30_FLOORS = {
    # Lowered from 0.75 under rules-2.54 (partyless sentences and second country-only events go on
    # with the latest event in later paragraphs: more events) (seen failing in the run).
    "event_precision": 0.73,
    "event_recall": 0.87,
    "place_precision": 0.61,
    "place_recall": 0.53,
    "date_precision": 0.84,
    "date_recall": 0.74,
    "actor_precision": 0.53,
    "actor_recall": 0.79,
    "happening_recall": 0.72,
    "happening_precision": 0.66,
    "max_fallbacks_per_article": 1,
}
