"""Article text to events: deterministic rules a reviewer can follow sentence by sentence.

For each sentence (title, byline and headings excepted):

1. **category**: the lexicon category with the most trigger words (:mod:`.lexicon`);
   no trigger, no event.
2. **date**: the most specific date expression, resolved against the publication date
   (:mod:`.dates`); none → the publication date, precision ``day``, lower confidence.
3. **actors**: state, organisation, institution, company and (dated) leader mentions
   (:mod:`.actors`). A sentence needs an actor, or else an explicit date and a named place.
4. **place**: the most specific gazetteer place named, longest name first, actor
   mentions excepted (:mod:`.places`); none → the first actor's seat of government
   (geo_precision ``country``), or the Arctic at the pole (``arctic``).
5. **summary**: "USA, RUS: discussed cooperation on Arctic trade routes" — the actor
   codes, then the sentence's first clause with a subject made only of actor names
   dropped; **evidence**: the sentence itself.

Events that agree on category, actors, date and place are merged within an article.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..model import Event, Source, make_event_id, utc_now_iso, validate_event
from .actors import ACTORS, find_actors, mask_outlets
from .dates import resolve_date
from .lexicon import VERB_TRIGGERS, choose_category
from .places import Gazetteer, PlaceMatch, default_gazetteer
from .text import clean_text, split_sentences

__all__ = ["EXTRACTOR_VERSION", "extract_events", "summarise"]

#: Bump when the rules change, so stored events say which rules produced them.
EXTRACTOR_VERSION = "rules-1.1"

_SKIP_KINDS = {"title", "byline", "heading"}
_MAX_SUMMARY_WORDS = 14
_REPORTING = re.compile(
    r"^(?:[A-Z][\w.&' -]{0,40}?\s+(?:reports?|reported|says?|said|writes?|wrote)\s+(?:that\s+)?|"
    r"According to [^,]{1,60},\s*)"
)
_CLAUSE_END = re.compile(
    r"\s*(?:;|\s[–—]\s|,\s+(?=(?:which|who|though|although|while|whereas|signal\w*|increasing|benefiting|"
    r"intensifying|according|after|as|in a|following|prompting|making|saying|raising|citing)\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d|"
    r"\w+ing\b)|"
    r"\s+(?=(?:though|although|while|whereas|because)\b))"
)
# Words a subject may contain besides actor names and still be dropped from the summary.
_SUBJECT_FILLER = {
    "the",
    "and",
    "its",
    "their",
    "officials",
    "official",
    "president",
    "prime",
    "minister",
    "ministers",
    "foreign",
    "defence",
    "defense",
    "government",
    "governments",
    "leaders",
    "leader",
    "some",
    "both",
    "s",
    "of",
    "premier",
    "chancellor",
    "secretary",
    "state",
    "u",
    "mr",
    "ms",
    "new",
    "top",
}
_TRAILING_FILLER = re.compile(
    r"(?:\s+(?:and|or|in|of|the|to|a|an|on|for|with|by|as|at|from|its|their|that|which|who))+$", re.I
)
_AUXILIARY = re.compile(r"^(?:are|is|was|were|has|have|had|will)\s+(?=\w+(?:ed|ing|en)\b|planned|met)", re.I)
_STATE_CODES = {code for code in ACTORS if len(code) == 3 and code not in ("ARC",)}


def summarise(sentence: str, actor_codes: list[str], actor_spans: list[tuple[int, int]]) -> str:
    """A short normalised summary: ``"USA, RUS: <first clause, subject dropped if only actors>"``."""
    text = sentence.strip().rstrip(".!? ")
    lead = _REPORTING.match(text)
    offset = lead.end() if lead else 0
    clause = text[offset:]
    verb = VERB_TRIGGERS.search(clause)
    if verb and actor_spans:
        subject = clause[: verb.start()]
        # Blank out actor names; if only filler words remain, the subject is "the actors".
        for start, end in actor_spans:
            lo, hi = max(0, start - offset), max(0, end - offset)
            subject = subject[:lo] + " " * (hi - lo) + subject[hi:]
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", subject)]
        if all(w in _SUBJECT_FILLER or w[:1].isupper() for w in words) and len(words) <= 6:
            clause = clause[verb.start() :]
    clause = _AUXILIARY.sub("", clause)
    end = _CLAUSE_END.search(clause)
    if end and end.start() > 15:
        clause = clause[: end.start()]
    words = clause.split()
    if len(words) > _MAX_SUMMARY_WORDS:
        clause = " ".join(words[:_MAX_SUMMARY_WORDS])
    for _ in range(2):  # "... Asia, Europe, and" -> "... Asia, Europe"
        clause = _TRAILING_FILLER.sub("", clause.strip(" ,;:\"“”'’")).strip()
    prefix = ", ".join(actor_codes)
    return f"{prefix}: {clause}" if prefix else clause


def _place_for(
    sentence: str, spans: list[tuple[int, int]], codes: list[str], gazetteer: Gazetteer, category: str
) -> tuple[PlaceMatch, bool]:
    """The event's place and whether the sentence named it (False for a fallback)."""
    # Outlet and actor-like place masks keep "North America" from reading as "America".
    place = gazetteer.best(mask_outlets(sentence), exclude=spans)
    if place is not None:
        return place, place.geo_precision != "arctic"
    if category == "China presence":  # China's presence is in the Arctic, not in Beijing
        return gazetteer.arctic, False
    for code in codes:
        if code in ACTORS:
            home, lat, lon = ACTORS[code].home
            # A state is drawn at its seat of government under its own name; an
            # organisation at its headquarters ("Brussels"), named as such.
            label = ACTORS[code].name if code in _STATE_CODES else home
            return PlaceMatch(label, lat, lon, "country"), False
    return gazetteer.arctic, False


_STOPWORDS = {
    "the",
    "a",
    "an",
    "and",
    "of",
    "in",
    "on",
    "to",
    "for",
    "with",
    "as",
    "is",
    "are",
    "has",
    "have",
    "its",
    "their",
    "that",
    "this",
    "by",
    "at",
    "from",
    "s",
}


def _similar(a: str, b: str) -> bool:
    """Whether two sentences share most of their content words (Jaccard >= 0.4)."""
    wa = {w for w in re.findall(r"\w+", a.lower()) if w not in _STOPWORDS}
    wb = {w for w in re.findall(r"\w+", b.lower()) if w not in _STOPWORDS}
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.4


def _confidence(has_actors: bool, explicit_date: bool, named_place: bool, arctic: bool, score: int) -> float:
    value = 0.35
    value += 0.15 if has_actors else 0.0
    value += 0.15 if explicit_date else 0.0
    value += 0.2 if named_place else (0.1 if arctic else 0.0)
    value += 0.1 if score >= 3 else 0.0
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
        The article: plain text, Markdown or HTML (``fmt`` forces one; detected otherwise).
        Treated as data only.
    published : datetime.date
        Publication date: relative dates ("on Tuesday", "last month") resolve against it.
    title, outlet, url : str
        The source citation stored with every event. ``title`` defaults to the article's
        first line when that line reads as a title.
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
    source = Source(title=title, outlet=outlet, url=url, published=published)
    created = utc_now_iso()
    events: list[Event] = []
    merged: dict[tuple, int] = {}
    story_date = None  # the latest explicit, recent day: a dateless follow-up sentence shares it
    for sentence in sentences:
        if sentence.kind in _SKIP_KINDS:
            continue
        category, score = choose_category(sentence.text)
        if category is None:
            continue
        when = resolve_date(sentence.text, published)
        if when.explicit and when.precision == "day" and 0 <= (published - when.date).days <= 7:
            story_date = when
        elif not when.explicit and story_date is not None:
            # "Finland joined on Tuesday. Its minister handed ..." - the lede's day carries over.
            when = replace(story_date, explicit=False)
        mentions = find_actors(sentence.text, on=when.date)
        codes = list(dict.fromkeys(m.code for m in mentions))
        spans = [(m.start, m.end) for m in mentions]
        states = [c for c in codes if c in _STATE_CODES]
        if states == ["CHN"] and category in ("shipping", "research & environment", "energy & resources"):
            category = "China presence"
        place, named = _place_for(sentence.text, spans, codes, gazetteer, category)
        inherited = False
        if not codes and named and events:
            # "Meetings in Istanbul are planned ...": the actors are the previous event's.
            codes, inherited = list(events[-1].actors), True
        if not codes and not (when.explicit and named):
            continue
        event = Event(
            event_id="",
            event_date=when.date,
            date_precision=when.precision,
            summary=summarise(sentence.text, codes, spans),
            category=category,
            actors=tuple(codes),
            place=place.name,
            lat=round(place.lat, 5),
            lon=round(place.lon, 5),
            geo_precision=place.geo_precision,
            evidence=sentence.text,
            source=source,
            confidence=_confidence(
                bool(codes) and not inherited, when.explicit, named, place.geo_precision == "arctic", score
            ),
            verified=False,
            extractor_version=EXTRACTOR_VERSION,
            created_at=created,
        )
        event = validate_event(replace(event, event_id=make_event_id(event)))
        key = (event.category, frozenset(event.actors), event.event_date, event.date_precision, event.place)
        index = merged.get(key)
        if index is not None and _similar(events[index].evidence, event.evidence):
            # The same event stated twice (lead and bullet): keep the first, trust it more.
            first = events[index]
            events[index] = replace(
                first, confidence=round(min(0.95, max(first.confidence, event.confidence) + 0.05), 2)
            )
            continue
        merged[key] = len(events)
        events.append(event)
    return events
