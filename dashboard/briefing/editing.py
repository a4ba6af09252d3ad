"""Changes a briefer makes to a briefing (no Streamlit). Each returns a new, checked
:class:`Briefing` or raises :class:`BriefingError` with a one-line reason; the input is unchanged."""

from __future__ import annotations

import dataclasses
from urllib.parse import parse_qsl, urlsplit

from .links import view_from_query
from .model import Briefing, BriefingError, Slide, View

__all__ = ["add_slide", "delete_slide", "duplicate_slide", "edit_slide", "move_slide", "rename", "view_from_link"]


def _checked_index(briefing: Briefing, index: int) -> int:
    if not 0 <= index < len(briefing.slides):
        raise BriefingError(f"there is no slide {index + 1}; the briefing has {len(briefing.slides)}")
    return index


def rename(briefing: Briefing, name: str) -> Briefing:
    """``briefing`` under ``name``."""
    return Briefing(name, briefing.slides)


def add_slide(briefing: Briefing, view: View, title: str = "") -> Briefing:
    """``briefing`` with a slide of ``view`` added at the end."""
    return Briefing(briefing.name, (*briefing.slides, Slide(view, title)))


def edit_slide(briefing: Briefing, index: int, *, title: str, talking_points: str) -> Briefing:
    """``briefing`` with slide ``index`` (0-based) given a new title and talking points."""
    slides = list(briefing.slides)
    slides[_checked_index(briefing, index)] = dataclasses.replace(
        slides[index], title=title, talking_points=talking_points
    )
    return Briefing(briefing.name, tuple(slides))


def move_slide(briefing: Briefing, index: int, step: int) -> Briefing:
    """``briefing`` with slide ``index`` moved ``step`` places (-1 up, +1 down), kept in range."""
    slides = list(briefing.slides)
    slide = slides.pop(_checked_index(briefing, index))
    slides.insert(min(max(index + step, 0), len(slides)), slide)
    return Briefing(briefing.name, tuple(slides))


def duplicate_slide(briefing: Briefing, index: int) -> Briefing:
    """``briefing`` with a copy of slide ``index`` right after it."""
    slides = list(briefing.slides)
    slides.insert(_checked_index(briefing, index) + 1, slides[index])
    return Briefing(briefing.name, tuple(slides))


def delete_slide(briefing: Briefing, index: int) -> Briefing:
    """``briefing`` without slide ``index``; the last slide cannot go (a briefing needs one)."""
    _checked_index(briefing, index)
    return Briefing(briefing.name, tuple(s for i, s in enumerate(briefing.slides) if i != index))


def view_from_link(link: str) -> View:
    """The view a copied Map link (or just its query string) describes."""
    text = link.strip()
    if not text or len(text) > 8000:
        raise BriefingError("paste a Map link (it holds ?layers=…&view=…)")
    query = urlsplit(text).query if "://" in text or text.startswith("/") else text.lstrip("?")
    params = dict(parse_qsl(query))
    if not params:
        raise BriefingError("that link holds no view: copy the address of the Map page")
    return view_from_query(params)
