"""Which of the places the rules weighed an event happened at: a learned choice.

The rules (:mod:`.extract`) pick one place for an event by a cascade: the sentence's best-ranked
place, the seat of the government that spoke or decided, the story's place, the country. Annotators
of real news read the same sentences by conventions that split about evenly (a statement made at the
seat of government or at the place it is about; a state-wide act at the country or at its capital),
so four rule versions tuned on development articles moved the held-out articles by about one event
each. Here the candidates the cascade had (its own choice among them) are scored by a logistic
regression trained on the annotated development sets (``scripts/train_place_choice.py``); the
candidate with the highest score wins, the rules' choice on a tie.

The model is a table of feature weights (``place_choice_weights.json``); scoring it is a sum over a
candidate's features, so nothing beyond the standard library runs at extraction time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .actor_names import ACTORS
from .default_places import seat_of
from .places import PlaceMatch

__all__ = ["Candidate", "PlaceChooser", "Weighing", "candidates_of", "default_chooser", "learned_place", "rules_choice"]

WEIGHTS_PATH = Path(__file__).with_name("place_choice_weights.json")

# The word before a named place: where something happens ("in", "at"), where it goes ("to"), where it
# comes from ("from"), or what it is near ("off", "near").
_PREPOSITION = re.compile(
    r"\b(in|at|on|near|off|outside|to|into|toward|towards|for|from|across|over|around)\s+(?:the\s+)?$", re.I
)
_SAYS = re.compile(r"\b(?:said|says|told|stated|announced|warned|criticised|criticized|condemned|called|urged|"
                   r"accused|welcomed|rejected|denied|insisted|argued|claimed|declared|described)\b")  # fmt: skip
_DECIDES = re.compile(r"\b(?:approved|adopted|decided|ordered|imposed|lifted|banned|suspended|ratified|signed|"
                      r"appointed|granted|issued|revoked|extended|sanctioned|agreed|passed|voted|budget|plan|strategy|"
                      r"law|bill|decree|policy)\b", re.I)  # fmt: skip
_VOTE = re.compile(r"\b(?:election|elected|vote|voters|referendum|ballot|poll|polls|won|seats)\b", re.I)
_JOURNEY = re.compile(r"\b(?:sailed|arrived|departed|left|visited|visit|trip|flew|voyage|transit\w*|docked|reached|"
                      r"headed|deployed|returned)\b", re.I)  # fmt: skip

_KIND_GROUPS = {
    "capital": "capital",
    "city": "town",
    "settlement": "town",
    "port": "town",
    "base": "site",
    "feature": "site",
    "sea": "water",
    "strait": "water",
    "ocean": "water",
    "region": "area",
    "island": "area",
    "archipelago": "area",
    "country": "country",
}


@dataclass(frozen=True)
class Weighing:
    """What the cascade knew when it chose a place for one event.

    ``evidence`` is the sentence as written, ``sentence`` the same with outlets masked; ``ranked`` its places, best first (spans into ``sentence``);
    ``how`` says how the rules' place was reached: ``named`` (in the sentence), ``carried`` (a seat,
    the story's place) or ``fallback`` (a country or the Arctic with nothing else).
    """

    evidence: str
    sentence: str
    ranked: tuple[PlaceMatch, ...]
    states: tuple[str, ...]
    person: bool
    category: str
    trigger_at: int
    how: str
    main: PlaceMatch | None
    story: PlaceMatch | None
    country: PlaceMatch | None
    earlier: tuple[PlaceMatch, ...] = ()


@dataclass(frozen=True)
class Candidate:
    """One place an event may have happened at, with the features the model scores it by."""

    place: PlaceMatch
    features: frozenset[str]
    rules: bool  # the rules' own choice


def _kind(place: PlaceMatch) -> str:
    if place.geo_precision in ("country", "arctic"):
        return place.geo_precision
    return _KIND_GROUPS.get(place.kind, "other")


def candidates_of(rules_place: PlaceMatch, weighing: Weighing) -> list[Candidate]:
    """The places the cascade weighed for one event, the rules' choice first, one per place name, each
    with its features: where it came from (named in the sentence and how, a seat of government, the
    story's place, the country), what kind of place it is, and what the sentence does (speaks,
    decides, votes, travels)."""
    sources: dict[str, tuple[PlaceMatch, set[str]]] = {}

    def add(place: PlaceMatch | None, source: str) -> None:
        if place is None:
            return
        entry = sources.setdefault(place.name, (place, set()))
        entry[1].add(source)

    add(rules_place, "rules")
    for index, place in enumerate(weighing.ranked[:4]):
        add(place, f"named{min(index, 2)}")
        before = _PREPOSITION.search(weighing.sentence, max(0, place.start - 16), max(place.start, 0))
        if before and place.start >= 0:
            sources[place.name][1].add(f"prep:{before.group(1).lower()}")
        if place.start >= 0:
            sources[place.name][1].add("after-trigger" if place.start > weighing.trigger_at else "before-trigger")
    for state in weighing.states[:2]:
        if state in ACTORS:
            add(seat_of(state), "seat")
    add(weighing.main, "main")
    add(weighing.story, "story")
    add(weighing.country, "country")
    here = {p.name for p in weighing.ranked}
    for index, place in enumerate([p for p in weighing.earlier if p.name not in here][:3]):
        add(place, f"earlier{index}")

    text = weighing.sentence
    context = {
        "says": bool(_SAYS.search(text)),
        "decides": bool(_DECIDES.search(text)),
        "votes": bool(_VOTE.search(text)),
        "journey": bool(_JOURNEY.search(text)),
        "person": weighing.person,
        "nostate": not weighing.states,
        "states2": len(weighing.states) > 1,
    }
    out = []
    for place, tags in sources.values():
        kind = _kind(place)
        origins = sorted(t for t in tags if not t.startswith(("prep:", "after-", "before-")))
        features = {"bias", f"kind:{kind}", f"how:{weighing.how}|{kind}"}
        features |= {t for t in tags if t.startswith(("prep:", "after-", "before-"))}
        features |= {f"prep-kind:{t[5:]}|{kind}" for t in tags if t.startswith("prep:")}
        in_state = bool(place.iso3) and place.iso3 in weighing.states
        features.add("in-actor-state" if in_state else ("no-state" if not place.iso3 else "other-state"))
        if weighing.states and place.iso3 == weighing.states[0]:
            features.add("in-first-state")
        for origin in origins:
            features |= {
                origin,
                f"{origin}|{kind}",
                f"{origin}|how:{weighing.how}",
                f"{origin}|cat:{weighing.category}",
            }
            features |= {f"{origin}|{flag}" for flag, on in context.items() if on}
        out.append(Candidate(place, frozenset(features), "rules" in tags))
    return sorted(out, key=lambda c: not c.rules)


class PlaceChooser:
    """Scores candidates by a table of feature weights (a logistic regression's coefficients)."""

    def __init__(self, weights: dict[str, float], version: str = "") -> None:
        self.weights = weights
        self.version = version

    @classmethod
    def load(cls, path: Path = WEIGHTS_PATH) -> PlaceChooser:
        table = json.loads(path.read_text(encoding="utf-8"))
        return cls(dict(table["weights"]), table.get("version", ""))

    def score(self, candidate: Candidate) -> float:
        return sum(self.weights.get(f, 0.0) for f in candidate.features)

    def __call__(self, candidates: list[Candidate], weighing: Weighing) -> Candidate:
        """The best-scoring candidate; the rules' choice (first) unless another scores higher."""
        best = candidates[0]
        best_score = self.score(best)
        for candidate in candidates[1:]:
            if (score := self.score(candidate)) > best_score:
                best, best_score = candidate, score
        return best


def rules_choice(candidates: list[Candidate], weighing: Weighing) -> Candidate:
    """The rules' own choice: what extraction did before the learned choice (for training)."""
    return candidates[0]


Chooser = Callable[[list[Candidate], Weighing], Candidate]


@cache
def default_chooser() -> Chooser:
    return PlaceChooser.load()


def learned_place(
    chooser: Chooser | None, place: PlaceMatch, weighing: Weighing
) -> tuple[PlaceMatch, bool, bool, list[PlaceMatch]] | None:
    """The place ``chooser`` (the committed model when None) prefers to the rules' ``place``, with
    whether it was carried (not named in the sentence), whether it is the article's one
    country-level fallback, and the sentence's places with it first; None when the rules' place
    stands."""
    chosen = (chooser or default_chooser())(candidates_of(place, weighing), weighing).place
    if chosen.name == place.name:
        return None
    named = any(chosen is p for p in weighing.ranked)
    return (
        chosen,
        not named,
        chosen is weighing.country,
        [chosen, *(p for p in weighing.ranked if p.name != chosen.name)],
    )
