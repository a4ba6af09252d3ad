"""The briefing model: a :class:`View` of the map, a :class:`Slide`, a :class:`Briefing` (no Streamlit).

A view is what the map shows: the layers (registry names), the camera (a
:class:`~dashboard.map.deck.PolarView`: target in EPSG:3413 metres and deck.gl zoom), the
event filters (an :class:`~dashboard.events.filters.EventsViewState`), highlighted events and
features, and an optional title. A briefing is a name and an ordered list of slides, each a view
with a title and talking points in Markdown.

Everything here is a frozen value, so a briefing read back from its file compares equal to the one
written. Checks that need the world as it is now (does a layer or event still exist?) are not
errors: :func:`view_notes` reports them so an export can go on with a note.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

import geodata
from dashboard.events.filters import EventsViewState
from dashboard.map.camera import MAX_ZOOM, MIN_ZOOM
from dashboard.map.deck import PolarView

__all__ = [
    "MAX_NAME_CHARS",
    "MAX_SLIDES",
    "MAX_TALKING_POINTS_CHARS",
    "MAX_TITLE_CHARS",
    "Briefing",
    "BriefingError",
    "FeatureRef",
    "Slide",
    "View",
    "check_briefing",
    "check_name",
    "feature_key_column",
    "view_notes",
]

MAX_NAME_CHARS = 120
MAX_TITLE_CHARS = 200
MAX_TALKING_POINTS_CHARS = 5000
MAX_SLIDES = 100
MAX_HIGHLIGHTS = 200

# Letters and digits of any script, spaces and the punctuation of ordinary titles; no slashes,
# angle brackets, quotes or control characters (a name becomes part of file names and headers).
_NAME_PATTERN = re.compile(r"[\w][\w .,;:!?()&+'’–—-]*", re.UNICODE)


class BriefingError(ValueError):
    """A briefing, slide or view that cannot be kept as it is; the message is one line for the user."""


@dataclass(frozen=True)
class FeatureRef:
    """One highlighted map feature: its registry ``layer`` and its ``name`` as the tooltip shows it
    (the value of the layer's first tooltip field, see :func:`feature_key_column`)."""

    layer: str
    name: str


@dataclass(frozen=True)
class View:
    """What the map shows. Unknown layer names are kept (an old view still opens) and reported by
    :func:`view_notes`; drawing skips them."""

    layers: tuple[str, ...]
    camera: PolarView = field(default_factory=PolarView)
    events: EventsViewState = field(default_factory=EventsViewState)
    highlighted_events: tuple[str, ...] = ()
    highlighted_features: tuple[FeatureRef, ...] = ()
    title: str = ""
    #: Labels at the registry's projector scale (``LabelStyle.projector_scale``) on the live map
    #: too, as the presets ask: their text is set for the back of a room.
    projector_text: bool = False

    def __post_init__(self) -> None:
        if isinstance(self.layers, str) or not all(isinstance(n, str) for n in self.layers):
            raise BriefingError("view layers must be a list of layer names")
        cam = self.camera
        if not all(isinstance(v, int | float) and abs(v) < 1e8 for v in (cam.x, cam.y)):
            raise BriefingError(f"camera target must be EPSG:3413 metres within ±1e8, got ({cam.x}, {cam.y})")
        if not MIN_ZOOM <= cam.zoom <= MAX_ZOOM:
            raise BriefingError(f"camera zoom must be between {MIN_ZOOM} and {MAX_ZOOM}, got {cam.zoom}")
        if not 100 <= cam.height_px <= 10_000:
            raise BriefingError(f"camera height must be 100-10000 pixels, got {cam.height_px}")
        if cam.width_px is not None and not 100 <= cam.width_px <= 10_000:
            raise BriefingError(f"camera width must be 100-10000 pixels, got {cam.width_px}")
        if self.events.start and self.events.end and self.events.start > self.events.end:
            raise BriefingError(f"event dates run backwards: {self.events.start} is after {self.events.end}")
        if len(self.highlighted_events) + len(self.highlighted_features) > MAX_HIGHLIGHTS:
            raise BriefingError(f"a view highlights at most {MAX_HIGHLIGHTS} events and features")
        _check_text("view title", self.title, MAX_TITLE_CHARS)

    def shown_layers(self) -> list[str]:
        """The view's layers that the registry still knows, in registry (sidebar) order."""
        wanted = set(self.layers)
        return [name for name in geodata.layer_names() if name in wanted]


@dataclass(frozen=True)
class Slide:
    """One slide: a view, a title and talking points (Markdown, shown as text; see
    :mod:`dashboard.briefing.markdown`)."""

    view: View
    title: str = ""
    talking_points: str = ""

    def __post_init__(self) -> None:
        _check_text("slide title", self.title, MAX_TITLE_CHARS)
        _check_text("talking points", self.talking_points, MAX_TALKING_POINTS_CHARS, multiline=True)

    @property
    def heading(self) -> str:
        """The title to show: the slide's own, else its view's, else "Untitled slide"."""
        return self.title or self.view.title or "Untitled slide"


@dataclass(frozen=True)
class Briefing:
    """A named, ordered list of slides. Built only through :func:`check_briefing` rules."""

    name: str
    slides: tuple[Slide, ...]

    def __post_init__(self) -> None:
        check_briefing(self.name, self.slides)


def check_name(name: object, what: str = "briefing") -> str:
    """``name`` if it is a usable name of a ``what`` (briefing, view), else :class:`BriefingError` saying why."""
    if not isinstance(name, str) or not name.strip():
        raise BriefingError(f"a {what} needs a name")
    if len(name) > MAX_NAME_CHARS:
        raise BriefingError(f"a {what} name has at most {MAX_NAME_CHARS} characters, this one has {len(name):,}")
    if name != name.strip() or not _NAME_PATTERN.fullmatch(unicodedata.normalize("NFC", name)):
        raise BriefingError(
            f"a {what} name uses letters, digits, spaces and . , ; : ! ? ( ) & + ' - only, "
            "and starts with a letter or digit"
        )
    return name


def check_briefing(name: object, slides: Iterable[Slide]) -> None:
    """Raise :class:`BriefingError` unless ``name`` is usable and ``slides`` holds 1..MAX_SLIDES slides."""
    check_name(name)
    slides = tuple(slides)
    if not slides:
        raise BriefingError("a briefing needs at least one slide")
    if len(slides) > MAX_SLIDES:
        raise BriefingError(f"a briefing has at most {MAX_SLIDES} slides, this one has {len(slides)}")
    if not all(isinstance(s, Slide) for s in slides):
        raise BriefingError("every slide must be a Slide")


def feature_key_column(layer_name: str) -> str | None:
    """The column naming a feature of ``layer_name``: its first tooltip field (what a user reads on
    hover), else its label column; None for layers whose features have no name."""
    spec = geodata.layer_spec(layer_name)
    if spec.tooltip:
        return spec.tooltip[0][0]
    return spec.label_column


def view_notes(view: View, event_ids: Iterable[str] | None = None) -> list[str]:
    """One line per thing the view names that no longer exists: a layer the registry does not know,
    a highlighted feature not in its layer, a highlighted event not among ``event_ids`` (skipped
    when ``event_ids`` is None). An export shows these notes instead of failing."""
    known = set(geodata.layer_names())
    notes = [f"Layer {name!r} is no longer available and is not drawn." for name in view.layers if name not in known]
    for ref in view.highlighted_features:
        if ref.layer not in known:
            notes.append(f"Highlighted feature {ref.name!r}: layer {ref.layer!r} is no longer available.")
            continue
        column = feature_key_column(ref.layer)
        names = set(geodata.layer(ref.layer)[column].astype(str)) if column else set()
        if ref.name not in names:
            notes.append(f"Highlighted feature {ref.name!r} is no longer in layer {ref.layer!r}.")
    if event_ids is not None:
        present = set(event_ids)
        notes += [
            f"Highlighted event {eid!r} is no longer in the store."
            for eid in view.highlighted_events
            if eid not in present
        ]
    return notes


def _check_text(what: str, text: object, limit: int, *, multiline: bool = False) -> None:
    if not isinstance(text, str):
        raise BriefingError(f"{what} must be text")
    if len(text) > limit:
        raise BriefingError(f"{what} has at most {limit:,} characters, this one has {len(text):,}")
    allowed = "\n\t" if multiline else ""
    if any(unicodedata.category(c) == "Cc" and c not in allowed for c in text):
        raise BriefingError(f"{what} holds control characters")
