"""Finer and coarser places: a place's geo precision ranks it (a town is finer than a region, a region than a
country), and a region or a part of a state named beside a finer place of its own state only says where that place
is, as a state does: "The ship docked at Egvekinot in Chukotka" is at Egvekinot, and Chukotka is no place of the
sentence. :meth:`.places.Gazetteer.find` drops such qualifiers (:func:`without_qualifiers`); the gazetteer's index,
:meth:`.places.Gazetteer.rank` and :mod:`.clauses` weigh places by their precision (:func:`more_specific`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geodata.gazetteer import GEO_PRECISIONS

if TYPE_CHECKING:
    from .places import PlaceMatch

__all__ = ["PRECISION_RANK", "more_specific", "without_qualifiers"]

PRECISION_RANK = {precision: rank for rank, precision in enumerate(GEO_PRECISIONS)}


# A region right after a finer place of its own state only says where that place is ("Egvekinot in
# Chukotka", "his Mar-a-Lago resort in Florida", "GJOA HAVEN, Nunavut"), as "Hammerfest in Norway" does.
# A US state or a Canadian province (a rule-made region) gives way to a finer place of its own state
# anywhere in the sentence ("VANDENBERG AIR FORCE BASE, Calif. - ... a dawn launch from California").
_QUALIFIER_GAP = re.compile(r",\s*|\s+(?:[a-z]+\s+){0,2}in\s+")


def _qualifies(text: str, place: PlaceMatch, region: PlaceMatch) -> bool:
    """Whether ``region``, named after ``place`` in ``text``, only says where ``place`` is. A part of a state (kind
    ``part``: "the Ok volcano in west Iceland", "the last ice shelf in the Canadian Arctic") gives way to a finer place
    of its state anywhere in the sentence but the dateline."""
    return (
        region.kind in ("region", "part")
        and bool(region.iso3)
        and region.iso3 == place.iso3
        and PRECISION_RANK.get(place.geo_precision, 9) < PRECISION_RANK["region"]
        and (
            # not to a dateline ("OSLO - ... in northern Norway": the reporter's town, not where it happened)
            (region.kind == "part" and not (place.start == 0 and text[: place.end].isupper()))
            or (
                place.end <= region.start
                and (region.rule_made or bool(_QUALIFIER_GAP.fullmatch(text, place.end, region.start)))
            )
        )
    )


def without_qualifiers(text: str, found: list[PlaceMatch]) -> tuple[PlaceMatch, ...]:
    """``found`` without the regions and parts of states that only say where another of them is (:func:`_qualifies`).
    Only a region or a part can qualify a place, so the pairs are weighed for those alone (speed)."""
    return tuple(p for p in found if p.kind not in ("region", "part") or not any(_qualifies(text, q, p) for q in found))


def more_specific(place: PlaceMatch, than: PlaceMatch) -> bool:
    """Whether ``place`` has a finer geo precision than ``than`` (a town than a region)."""
    return PRECISION_RANK.get(place.geo_precision, 9) < PRECISION_RANK.get(than.geo_precision, 9)
