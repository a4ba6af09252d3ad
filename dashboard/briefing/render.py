"""The static map: a :class:`~dashboard.briefing.model.View` drawn with matplotlib (Agg, offline).

Same picture as the interactive map (the map area is :mod:`.map_drawing`), with a legend from the
registry, a title and a footer with the sources and the as-of date (:mod:`.panels`). No list of
layers or colours lives here. A slide's picture in the PowerPoint and PDF exports is drawn without
the title band, as the slide sets the title itself; the map and legend take that room.

The camera keeps the screen's vertical extent: a view whose camera says ``height_px`` pixels at
``zoom`` shows ``height_px / 2**zoom`` metres from bottom to top of the map area, whatever the
image size. Figures are built without pyplot (no display, no global state; Agg draws the
PNG). Untrusted text is drawn with ``parse_math=False``, so ``$`` never starts mathtext.
"""

from __future__ import annotations

import io
import textwrap
from dataclasses import dataclass, field
from datetime import date

from matplotlib.figure import Figure

from geodata.registry import LegendEntry

from .content import ViewContent
from .map_drawing import DPI, MapFrame, draw_map
from .panels import draw_legend, footer_text, unplaced_note

__all__ = ["DEFAULT_SIZE_PX", "RenderedMap", "render_view", "png_bytes"]

#: Default image size, pixels (a 1080p projector).
DEFAULT_SIZE_PX = (1920, 1080)
_TITLE_PX, _FOOTER_PX, _LEGEND_PX = 90, 72, 430
_NOTE_COLOR = (0.65, 0.05, 0.05, 1.0)


@dataclass
class RenderedMap:
    """A drawn view: the figure, where the map sits, the legend's labels as drawn, the footer text."""

    figure: Figure
    frame: MapFrame
    legend_labels: list[str]
    footer: str
    legend_entries: list[LegendEntry] = field(default_factory=list)  # the swatches drawn, in order
    labels_drawn: list[str] = field(default_factory=list)  # map labels drawn (after priority and collisions)
    title: str = ""  # the title drawn in the band above the map, "" when drawn without one


def render_view(
    content: ViewContent,
    *,
    title: str | None = None,
    with_title: bool = True,
    size_px: tuple[int, int] = DEFAULT_SIZE_PX,
    made: date | None = None,
) -> RenderedMap:
    """Draw a resolved view (:func:`~dashboard.briefing.content.view_content`) at ``size_px`` pixels.

    ``title`` defaults to the view's title; ``made`` (the footer's date) to today. With
    ``with_title=False`` (a slide's picture, whose slide carries the title) there is no title band:
    the map and legend reach the top of the image, and the map keeps the camera's vertical extent.
    """
    width, height = size_px
    if width < 640 or height < 360:
        raise ValueError(f"image size must be at least 640×360 pixels, got {width}×{height}")
    view = content.view
    fig = Figure(figsize=(width / DPI, height / DPI), dpi=DPI, facecolor="white")
    title_px = _TITLE_PX if with_title else 0
    map_w, map_h = width - _LEGEND_PX, height - title_px - _FOOTER_PX
    camera = view.camera
    metres_per_px = camera.height_px * 2.0 ** (-camera.zoom) / map_h
    frame = MapFrame((0, title_px, map_w, map_h), (float(camera.x), float(camera.y)), metres_per_px)
    ax = fig.add_axes((0, _FOOTER_PX / height, map_w / width, map_h / height))
    drawn_labels = draw_map(ax, content, frame, camera.zoom)
    unplaced = unplaced_note(content)
    if unplaced:
        ax.text(
            0.01,
            0.985,
            unplaced,
            transform=ax.transAxes,
            va="top",
            fontsize=13,
            zorder=40,
            parse_math=False,
            bbox={"facecolor": (1, 1, 1, 0.9), "edgecolor": (0.3, 0.3, 0.3), "pad": 4},
        )
    for i, note in enumerate(content.notes[:6]):
        ax.text(
            0.01,
            0.015 + 0.035 * i,
            "Note: " + note,
            transform=ax.transAxes,
            fontsize=12,
            color=_NOTE_COLOR,
            zorder=40,
            parse_math=False,
            bbox={"facecolor": (1, 1, 1, 0.85), "edgecolor": "none", "pad": 2},
        )
    heading = ""
    if with_title:
        heading = _shorten(title if title is not None else (view.title or "Arctic Atlas"), 90)
        fig.text(0.012, 1 - 48 / height, heading, fontsize=26, fontweight="bold", va="center", parse_math=False)
    legend_ax = fig.add_axes((map_w / width, _FOOTER_PX / height, _LEGEND_PX / width, map_h / height))
    labels, entries = draw_legend(legend_ax, content, _LEGEND_PX, map_h)
    footer = footer_text(content, made or date.today())
    wrapped = textwrap.wrap(footer, width=int(width / 7.2))
    if len(wrapped) > 3:
        wrapped = wrapped[:3]
        wrapped[-1] = wrapped[-1][: max(0, len(wrapped[-1]) - 40)] + " … (full list on the sources slide)"
    fig.text(
        0.008,
        (_FOOTER_PX - 10) / height,
        "\n".join(wrapped),
        fontsize=9.5,
        va="top",
        color=(0.25, 0.25, 0.25),
        parse_math=False,
        linespacing=1.35,
    )
    return RenderedMap(
        figure=fig,
        frame=frame,
        legend_labels=labels,
        footer=footer,
        legend_entries=entries,
        labels_drawn=drawn_labels,
        title=heading,
    )


def png_bytes(rendered: RenderedMap) -> bytes:
    """The rendered map as PNG bytes of exactly its pixel size (no tight bounding box)."""
    buffer = io.BytesIO()
    rendered.figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
