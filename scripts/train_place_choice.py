"""Train the learned place choice of the extractor from the annotated development articles.

For every gold event with a place that an extracted event is scored against (the alignment of
``tests/extraction_scoring.py``), the candidates the rules weighed for that event
(:func:`dashboard.events.extraction.place_choice.candidates_of`) are labelled by whether each lies
within 150 km of the gold place (the place measure of ``tests/test_events_quality.py``). A logistic
regression (scikit-learn) over the candidates' features, fitted on the events where some candidates
are right and some are not, gives the weights. Its regularisation is chosen by leave-one-set-out
cross-validation over the development sets; the held-out sets are never read.

Writes ``dashboard/events/extraction/place_choice_weights.json`` and prints, per development set,
how many events the rules place right and how many the model would, fitted without that set.

    python scripts/train_place_choice.py            # train, print, write the weights
    python scripts/train_place_choice.py --check    # fail if the committed weights differ

scikit-learn is needed only here (``requirements-train.txt``); extraction reads the weights table.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from dashboard.events import extract_events  # noqa: E402
from dashboard.events.extraction.place_choice import WEIGHTS_PATH, Candidate, Weighing  # noqa: E402
from tests.extraction_scoring import ArticleSet, aligned_event, article_text, load_gold, phrases  # noqa: E402
from tests.helpers import geodesic_km  # noqa: E402
from tests.test_events_quality import SETS  # noqa: E402

#: Regularisation strengths tried (scikit-learn's C: larger fits the development sets more closely).
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
MODEL_VERSION = "place-choice-1"

Group = tuple[list[frozenset[str]], list[bool]]  # one event's candidates' features, and which are right


def _events_with_candidates(article_set: ArticleSet) -> list[Group]:
    """Each labelled event of ``article_set``: its candidates' features, rules' choice first, and labels."""
    groups: list[Group] = []
    for entry in load_gold(article_set)["articles"]:
        text, published = article_text(article_set.directory / entry["file"])
        weighed: list[tuple[list[Candidate], Weighing]] = []

        def record(candidates: list[Candidate], weighing: Weighing) -> Candidate:
            weighed.append((candidates, weighing))
            return candidates[0]  # the rules' choice: learn from what the rules alone would do

        events = extract_events(text, published, place_chooser=record)
        taken: set[str] = set()
        for g in entry["events"]:
            found = next(
                ([e for e in events if p in e.evidence] for p in phrases(g) if any(p in e.evidence for e in events)),
                [],
            )
            if not found:
                continue
            event = aligned_event(found, g, taken)
            taken.add(event.event_id)
            if g["place"] is None:
                continue
            head = event.evidence.rstrip("…")
            candidates = next(
                (c for c, w in weighed if w.evidence.startswith(head) and c[0].place.name == event.place), None
            )
            if candidates is None:
                continue  # a further clause's event: its place is not chosen this way
            labels = [geodesic_km(c.place.lon, c.place.lat, g["lon"], g["lat"]) <= 150 for c in candidates]
            groups.append(([c.features for c in candidates], labels))
    return groups


def _fit(groups: list[Group], c: float) -> dict[str, float]:
    """Logistic regression weights over the candidates of events that have a right and a wrong one."""
    rows, labels = [], []
    for features, right in groups:
        if any(right) and not all(right):
            rows += [dict.fromkeys(f, 1) for f in features]
            labels += right
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(vectorizer.fit_transform(rows), labels)
    return {name: float(w) for name, w in zip(vectorizer.feature_names_, model.coef_[0], strict=True)}


def _right(groups: list[Group], weights: dict[str, float] | None) -> int:
    """How many events get a right place: the rules' (``weights`` None) or the model's choice."""
    total = 0
    for features, right in groups:
        if weights is None:
            total += right[0]
            continue
        scores = [sum(weights.get(f, 0.0) for f in fs) for fs in features]
        best = max(range(len(scores)), key=lambda i: (scores[i], i == 0))
        total += right[best]
    return total


def train() -> tuple[dict, str]:
    development = [s for s in SETS if s.list_misses]
    by_set = {s.label: _events_with_candidates(s) for s in development}
    lines = []
    best_c, best_total = None, -1
    for c in C_GRID:
        total = sum(
            _right(groups, _fit([g for other, gs in by_set.items() if other != label for g in gs], c))
            for label, groups in by_set.items()
        )
        lines.append(f"C={c}: {total} events placed right, each set scored by a model fitted without it")
        if total > best_total:
            best_c, best_total = c, total
    rules = sum(_right(groups, None) for groups in by_set.values())
    lines.append(f"rules alone: {rules} of {sum(len(g) for g in by_set.values())} labelled events; chosen C={best_c}")
    weights = _fit([g for gs in by_set.values() for g in gs], best_c)
    table = {
        "version": MODEL_VERSION,
        "trained_on": [s.directory.name for s in development],
        "C": best_c,
        "weights": {name: round(w, 4) for name, w in sorted(weights.items()) if round(w, 4)},
    }
    return table, "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed weights, write nothing")
    args = parser.parse_args()
    table, summary = train()
    print(summary)
    text = json.dumps(table, indent=1, ensure_ascii=False) + "\n"
    if args.check:
        same = WEIGHTS_PATH.read_text(encoding="utf-8") == text
        print("committed weights match" if same else "committed weights differ from a fresh training")
        return 0 if same else 1
    WEIGHTS_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {WEIGHTS_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
