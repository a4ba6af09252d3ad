"""The Map's event choices (overlay on/off, dates, categories, actors) and the URL.

Query-string keys, so a copied link reopens the same view:

``events=on|off``
    The overlay. Absent: on for a fresh visit; off when the link names ``layers`` (a link
    made before the overlay existed reopens the map it showed).
``events_from``, ``events_to``
    ISO dates bounding the timeline; absent means "from the first" / "to the latest" event,
    so a link keeps showing events stored after it was made.
``events_categories``
    Comma-separated category names; absent means all, empty means none.
``events_actors``
    Comma-separated actor codes; absent or empty means any actor.

Malformed or unknown values are ignored (an old or hand-edited link still opens).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from dashboard.events import CATEGORIES

__all__ = ["EVENT_PARAMS", "EventsViewState", "parse_date_param"]

#: The query-string keys this module reads and writes.
EVENT_PARAMS = ("events", "events_from", "events_to", "events_categories", "events_actors")


def parse_date_param(value: str | None) -> date | None:
    """An ISO ``YYYY-MM-DD`` value as a date; None when absent or malformed."""
    try:
        return date.fromisoformat(str(value).strip()) if value else None
    except ValueError:
        return None


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


@dataclass(frozen=True)
class EventsViewState:
    """The overlay's state. ``None`` fields mean "unrestricted" (see the module docstring)."""

    on: bool = True
    start: date | None = None
    end: date | None = None
    categories: tuple[str, ...] | None = None
    actors: tuple[str, ...] = ()

    @classmethod
    def from_query(cls, params: Mapping[str, str]) -> EventsViewState:
        """The state a URL's query parameters describe (``st.query_params`` or a plain dict)."""
        flag = params.get("events")
        on = flag.strip().lower() not in ("off", "0", "false", "no") if flag is not None else "layers" not in params
        categories_value = params.get("events_categories")
        categories = None
        if categories_value is not None:
            wanted = set(_split(categories_value))
            categories = tuple(c for c in CATEGORIES if c in wanted)
        actors = tuple(dict.fromkeys(a.upper() for a in _split(params.get("events_actors") or "")))
        return cls(
            on=on,
            start=parse_date_param(params.get("events_from")),
            end=parse_date_param(params.get("events_to")),
            categories=categories,
            actors=actors,
        )

    def clamped(self, low: date, high: date) -> EventsViewState:
        """This state with its dates inside ``low..high`` (and start <= end)."""
        start = min(max(self.start or low, low), high)
        end = max(min(self.end or high, high), start)
        return EventsViewState(self.on, start, end, self.categories, self.actors)

    def to_query(
        self, low: date, high: date, all_categories: Sequence[str] = CATEGORIES, *, show_toggle: bool = True
    ) -> dict[str, str | None]:
        """Query parameters for this state; ``None`` values mean "remove the key" (the default).

        Dates equal to the data's bounds ``low``/``high`` and "every category" are left out;
        without ``show_toggle`` the overlay's on/off (``events``) is too (the Events page has none).
        """
        categories = None
        if self.categories is not None and set(self.categories) != set(all_categories):
            categories = ",".join(self.categories)
        toggle = {"events": "on" if self.on else "off"} if show_toggle else {}
        return {
            **toggle,
            "events_from": self.start.isoformat() if self.start and self.start > low else None,
            "events_to": self.end.isoformat() if self.end and self.end < high else None,
            "events_categories": categories,
            "events_actors": ",".join(self.actors) or None,
        }
