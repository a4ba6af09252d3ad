"""Find gazetteer places in a sentence: longest name first, most specific precision preferred.

The gazetteer is ``geodata.gazetteer.load_gazetteer()`` (columns name, alt_names
pipe-separated, lat, lon, geo_precision; EPSG:4326 degrees); tests may pass their own table.

Matching is on accent-folded, lower-cased word n-grams ("Utqiagvik" finds "Utqiaġvik",
"Russia's" finds "Russia"), but a match must start and end with a capitalised word in
the text, so the English word "alert" is not the Canadian station Alert.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from geodata.gazetteer import fold_name, is_strictly_read, load_gazetteer
from geodata.measure import WGS84
from geodata.regional_capitals import load_regional_capitals

from .capital_words import THE_BEFORE, capital_words
from .finer_places import PRECISION_RANK, more_specific, without_qualifiers
from .locatives import dateline_named_again, describes_earlier, follows_locative, located_at
from .name_ngrams import LOWER_OK, TOKEN, name_ngrams, token_key
from .names_in_other_roles import names_something_else
from .news_style import news_style_abbreviation
from .shared_heads import shared_head_names

__all__ = [
    "ARCTIC",
    "Gazetteer",
    "PlaceMatch",
    "default_gazetteer",
    "fold",
    "further_places",
    "gazetteer_source",
]

_MAX_TOKENS = 7
# A town the gazetteer took from GeoNames by rule, not by hand, is often small and its name may be a
# person's ("Roald Amundsen", "Soini said"): it counts only where the sentence puts something in,
# at, near, from or to it, not as the first word of a longer capitalised name, and not after "the"
# ("on the Kazan", a submarine): a town takes no article.
# "the Russian town of Verkhoyansk", "the port of Sabetta": the word before says it is a place.
# "according to Austin" names a person.
_RULE_MADE_CUE = re.compile(
    r"\b(?:from|(?<!according )to|via|left|departed|leaving|departing|reached|"
    r"(?:town|village|city|port|settlement|hamlet|community|municipality|island)\s+of)\s+$",
    re.I,
)
_NEXT_CAPITALISED = re.compile(r"\s+[A-Z]")
# Nor as the last word of a longer capitalised name the gazetteer lacks ("off South Carolina" is not
# Carolina, Puerto Rico), nor where it only says where an institution is ("at Rice University in Houston").
_PREVIOUS_CAPITALISED = re.compile(
    r"(?<![\w'’.-])(?!(?:In|At|Near|Off|From|To|Via|On|Outside|Inside)\s)[A-Z][\w'’-]*\s+$"
)
_INSTITUTION_IN = re.compile(r"\b(?:University|College|Institute|Laboratory|Museum)\s+in\s+$")


def _rule_made_place_is_named(text: str, place: PlaceMatch) -> bool:
    """Whether a rule-made town ``place`` is named as a place in ``text`` (see above)."""
    if (
        _NEXT_CAPITALISED.match(text, place.end)
        or THE_BEFORE.search(text, 0, place.start)
        or _PREVIOUS_CAPITALISED.search(text, max(0, place.start - 40), place.start)
        or _INSTITUTION_IN.search(text, max(0, place.start - 40), place.start)
    ):
        return False
    return located_at(text, place.start) or bool(_RULE_MADE_CUE.search(text, 0, place.start))


# A region's nearest national capital is its own only this close (metres): Nuuk for Greenland,
# not Ottawa for Nunavut.
_REGION_CAPITAL_M = 1_500_000


@dataclass(frozen=True)
class PlaceMatch:
    """A place named in a sentence: gazetteer name, lat/lon (degrees, EPSG:4326), precision, span."""

    name: str
    lat: float
    lon: float
    geo_precision: str
    start: int = -1
    end: int = -1
    kind: str = ""
    #: The state the place lies in (ISO 3166 alpha-3, "" for seas and other shared areas).
    iso3: str = ""
    #: Added by a rule whose places are read strictly (``geodata.gazetteer.STRICTLY_READ_SOURCES``:
    #: GeoNames towns, searoute ports), not by hand.
    rule_made: bool = False

    def spanning(self, start: int, end: int) -> PlaceMatch:
        """This place named at ``start``..``end`` of a text: ``dataclasses.replace`` with the span, made
        by the constructor (speed: replace looks up the fields at every copy, and places are copied
        for every name found)."""
        return PlaceMatch(
            self.name, self.lat, self.lon, self.geo_precision, start, end, self.kind, self.iso3, self.rule_made
        )


#: The Arctic as a whole: drawn at the North Pole with geo_precision ``arctic``.
ARCTIC = PlaceMatch("Arctic", 90.0, 0.0, "arctic")


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents the way the gazetteer keys its names
    ("Utqiaġvik" -> "utqiagvik", "Tromsø" -> "tromso", "Egilsstaðir" -> "egilsstadir")."""
    return fold_name(text)


def _name_key(name: str) -> str:
    return " ".join(token_key(t) for t in TOKEN.findall(name))


# A direction before a state's or a region's name: "northern Norway", "north-western Greenland", "interior Alaska".
_DIRECTION_BEFORE = re.compile(
    r"\b(?P<direction>(?:north|south)(?:-?(?:east|west))?|east|west|central|interior)(?:ern)?\s+$", re.IGNORECASE
)


def _holds_all(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether every one of ``spans`` that overlaps ``start``..``end`` lies inside it."""
    return all(start <= s and e <= end for s, e in spans if start < e and s < end)


class Gazetteer:
    """Name lookup over a gazetteer table.

    Parameters
    ----------
    table : pandas.DataFrame
        Columns ``name``, ``lat``, ``lon``, ``geo_precision`` and optionally ``alt_names``
        (pipe-separated) and ``kind``. Coordinates in degrees (EPSG:4326).
    source : str
        Where the table came from, for reports.
    """

    def __init__(self, table: pd.DataFrame, source: str = "table") -> None:
        self.source = source
        self._index: dict[str, PlaceMatch] = {}
        lower_ends: set[str] = set()
        for row in table.itertuples(index=False):
            names = [row.name] + [a for a in str(getattr(row, "alt_names", "") or "").split("|") if a.strip()]
            lower_ends.update(last for name in names if " " in name and (last := name.split()[-1])[:1].islower())
            names += [abbreviated for name in names if (abbreviated := news_style_abbreviation(name))]
            place = PlaceMatch(
                str(row.name),
                float(row.lat),
                float(row.lon),
                str(row.geo_precision),
                kind=str(getattr(row, "kind", "") or ""),
                iso3=str(getattr(row, "iso3", "") or ""),
                rule_made=is_strictly_read(str(getattr(row, "source", "") or "")),
            )
            for name in names:
                key = _name_key(name)
                current = self._index.get(key)
                # Keep the most specific place under a shared name.
                if key and (
                    current is None
                    or PRECISION_RANK.get(place.geo_precision, 9) < PRECISION_RANK.get(current.geo_precision, 9)
                ):
                    self._index[key] = place
        self.arctic = self._index.get("arctic", ARCTIC)
        self._capitals: dict[str, list[PlaceMatch]] = {}
        for place in self._index.values():
            if place.kind == "capital" and place.iso3 and place not in self._capitals.get(place.iso3, []):
                self._capitals.setdefault(place.iso3, []).append(place)
        # Each region's seat of government (geodata/sources/regional_capitals.csv) where this gazetteer has both.
        self._regional_capitals: dict[str, PlaceMatch] = {}
        for row in load_regional_capitals():
            region, capital = self._index.get(_name_key(row["region"])), self._index.get(_name_key(row["capital"]))
            if region is not None and capital is not None:
                self._regional_capitals[region.name] = capital
        self._find_cached = lru_cache(maxsize=2048)(self._find)
        # The story pass and the event pass read a sentence with different actor spans to leave
        # out: what does not depend on them is worked out once per text.
        self._candidates_cached = lru_cache(maxsize=2048)(self._candidates)
        # Each name's first word -> how many words the names starting with it have (at most
        # _MAX_TOKENS, most first): a sentence's word that starts no name is skipped, and only
        # n-grams of a length some name has are looked up (speed; the others find nothing).
        lengths: dict[str, set[int]] = {}
        for key in self._index:
            words = key.split(" ")
            lengths.setdefault(words[0], set()).add(min(len(words), _MAX_TOKENS))
        self._lengths = {word: tuple(sorted(sizes, reverse=True)) for word, sizes in lengths.items()}
        # A name may end in lower case where the table's own name does ("Greenland ice sheet",
        # "Goliat field"), as well as with a joining word.
        self._lower_ends = frozenset(LOWER_OK | {word.lower() for word in lower_ends})

    def __len__(self) -> int:
        return len(self._index)

    def names_a_place(self, name: str) -> bool:
        """Whether ``name`` is a place whatever the words around it. A name the gazetteer reads only
        strictly (a rule-made town or city: "Omsk", "Austin") may still be a vessel's or a person's."""
        place = self.lookup(name)
        return place is not None and not place.rule_made

    def without(self, names: Iterable[str]) -> Gazetteer:
        """This gazetteer less ``names`` (an article's own abbreviation for a party: "the Norwegian
        Sámi Association (NSR)" is not the Northern Sea Route); itself when it has none of them."""
        keys = {_name_key(name) for name in names} & self._index.keys()
        if not keys:
            return self
        view = copy.copy(self)
        view._index = {key: place for key, place in self._index.items() if key not in keys}
        view._find_cached = lru_cache(maxsize=2048)(view._find)
        view._candidates_cached = lru_cache(maxsize=2048)(view._candidates)
        return view

    def regional_capital(self, region: str) -> PlaceMatch | None:
        """The seat of government of the region called ``region`` (a gazetteer name; degrees, EPSG:4326), or
        None when the regional capitals table has none: "the Nunavut government" sits in Iqaluit."""
        return self._regional_capitals.get(place.name) if (place := self.lookup(region)) else None

    def lookup(self, name: str) -> PlaceMatch | None:
        """The place called ``name`` (any spelling in the gazetteer, accents optional), or None."""
        return self._index.get(_name_key(name))

    def find(self, text: str, exclude: Iterable[tuple[int, int]] = ()) -> list[PlaceMatch]:
        """Every place named in ``text``, longest names first, without overlaps, in text order.

        ``exclude`` holds character spans already read as something else (actor mentions).
        Cached per text and spans: the story pass and the event pass read the same sentences.
        """
        return list(self._find_cached(text, tuple(sorted(set(exclude)))))

    def _candidates(self, text: str) -> tuple[tuple[int, int, int, PlaceMatch, bool], ...]:
        """Every gazetteer name in ``text`` as (words, start, end, place, whether it may be read as a
        place there), longest first, then in text order; overlaps and actor spans are not yet weighed."""
        found = []
        named = name_ngrams(text, self._index.get, self._lengths, self._lower_ends)
        named += shared_head_names(text, self.lookup)  # "the Beaufort and Chukchi seas": each listed sea
        for length, start, end, place in sorted(named, key=lambda c: (-c[0], c[1])):
            ruled_out = names_something_else(text, start, end, place) or (
                place.rule_made and not _rule_made_place_is_named(text, place.spanning(start, end))
            )
            found.append((length, start, end, place, not ruled_out))
        return tuple(found)

    def _find(self, text: str, exclude: tuple[tuple[int, int], ...]) -> tuple[PlaceMatch, ...]:
        blocked = list(exclude)
        found: list[PlaceMatch] = []
        for length, start, end, place, readable in self._candidates_cached(text):
            # A name of three words or more may hold an actor's word: "Canadian Forces Base Cold
            # Lake" is a place although "Canadian" names Canada.
            others = blocked[len(exclude) :] if length >= 3 and _holds_all(start, end, exclude) else blocked
            if not readable or any(start < e and s < end for s, e in others):
                continue
            blocked.append((start, end))
            found.append(place.spanning(start, end))
        found = [self._capital_of(text, p) or self._part_of(text, p) or p for p in found]
        found.sort(key=lambda p: p.start)
        return without_qualifiers(text, found)

    def _part_of(self, text: str, place: PlaceMatch) -> PlaceMatch | None:
        """The part of a state or region ``text`` names by a direction before it ("northern Norway", "north-western
        Greenland", "interior Alaska"), when the gazetteer lists it ("Northern Norway", "Northwest Greenland"),
        spanning the direction and the name; None otherwise (the part is not listed, or no direction is said)."""
        if place.kind not in ("country", "region") or place.start < 4:
            return None
        said = _DIRECTION_BEFORE.search(text, max(0, place.start - 20), place.start)
        if said is None:
            return None
        direction = said.group("direction").replace("-", "")
        for name in (f"{direction}ern {place.name}", f"{direction} {place.name}"):
            if (part := self.lookup(name)) is not None and part.name != place.name:
                return part.spanning(said.start(), place.end)
        return None

    def _capital_of(self, text: str, place: PlaceMatch) -> PlaceMatch | None:
        """The capital ``text`` names as "<place>'s capital", "the <place> capital" or "the capital of <place>"
        (:func:`.capital_words.capital_words`: "Flights to Greenland's capital", "the Nunavut capital"): a region's own seat (the regional capitals table), else
        of the capitals in ``place``'s state the nearest to it (Nuuk for Greenland, not Copenhagen); for a
        region, only one within ``_REGION_CAPITAL_M``.
        A capital named by its state's adjective ("the Faroese capital") is :mod:`.capitals`' reading."""
        said = capital_words(text, place.start, place.end)
        if said is None or place.kind not in ("country", "region", "archipelago"):
            return None
        start, end = said
        if (seat := self._regional_capitals.get(place.name)) is not None:
            return seat.spanning(start, end)  # "the Nunavut capital": Iqaluit
        if not (capitals := self._capitals.get(place.iso3, [])):
            return None
        metres = {c.name: WGS84.inv(place.lon, place.lat, c.lon, c.lat)[2] for c in capitals}
        nearest = min(capitals, key=lambda c: metres[c.name])
        if place.kind == "region" and metres[nearest.name] > _REGION_CAPITAL_M:
            return None  # a region the regional capitals table lacks: not the state's capital far away
        return nearest.spanning(start, end)

    @staticmethod
    def located(text: str, place: PlaceMatch) -> bool:
        """Whether ``place`` follows a locative in ``text`` ("in Russia", "off northern Norway")."""
        return follows_locative(text, place.start)

    def best(self, text: str, exclude: Iterable[tuple[int, int]] = ()) -> PlaceMatch | None:
        """The place where ``text`` puts its event, or None (see :meth:`rank`)."""
        ranked = self.rank(text, self.find(text, exclude))
        return ranked[0] if ranked else None

    def rank(self, text: str, found: list[PlaceMatch]) -> list[PlaceMatch]:
        """``found`` places of ``text``, the event's own place first, then the others in text order.

        A state or "the Arctic" named beside a more specific place only qualifies it
        ("Hammerfest in Norway") and is dropped. Of the rest, a place after a locative
        ("signed in Ottawa", "off northern Norway") wins over one merely mentioned
        ("... that divides Hans Island"); then the most specific geo_precision; then the
        first in the text.
        """
        found = [p for p in found if not dateline_named_again(text, p, found)]
        specific = [p for p in found if p.geo_precision not in ("country", "arctic")]
        if specific:
            # An ocean beside a place within it only gives the area: "revived its 2nd Fleet ... to take charge of ships in
            # the North Atlantic" at Norfolk.
            found = [p for p in specific if p.kind != "ocean"] or specific
        if not found:
            return []
        first = min(
            found,
            key=lambda p: (
                not located_at(text, p.start)
                or describes_earlier(text, p.start, [o.end for o in found if o is not p and not more_specific(p, o)]),
                PRECISION_RANK.get(p.geo_precision, 9),
                p.start,
            ),
        )
        others, seen = [], {first.name}
        for place in found:
            if place.name not in seen:
                seen.add(place.name)
                others.append(place)
        return [first, *others]


def further_places(ranked: list[PlaceMatch]) -> tuple[tuple[str, float, float], ...]:
    """The places after the first in ``ranked``, as (name, lat, lon) in EPSG:4326 degrees rounded to 5 decimals (about
    a metre), for an event's ``places``; a country or the Arctic named beside the event's place is no place of it."""
    return tuple(
        (p.name, round(p.lat, 5), round(p.lon, 5)) for p in ranked[1:] if p.geo_precision not in ("country", "arctic")
    )


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The project gazetteer (:func:`geodata.gazetteer.load_gazetteer`), indexed for matching."""
    table = load_gazetteer().drop(columns="geometry")
    return Gazetteer(pd.DataFrame(table), source="geodata.gazetteer")


def gazetteer_source() -> str:
    """Which gazetteer :func:`default_gazetteer` uses, for reports and tests."""
    return default_gazetteer().source
