"""Keyboard slide changes for present mode: a tiny component with no view of its own.

It listens on the page for the keys presenter clickers send (Page Down/Up) and the usual ones
(arrows, Space, Backspace) and reports the presses (``next`` or ``previous``). Keys typed into a text field or
pressed with a modifier are left alone, and Space on a focused button stays that button's.

Every press moves the slide once, in order, however quickly they come and however busy the machine.
An on-change callback cannot promise that: with ``runner.fastReruns`` (Streamlit's default) a rerun
asked for while a callback runs stops that run at its next ``st.session_state`` access and starts the
new one on another thread at once, so a callback can stop after moving the slide and before noting
the press (the press counts twice), or before both, and when the next rerun brings the same value
(a button's click, say) its callback is not called at all (the press is lost); the stopping run can
also land one last write after the new run's. So:

- the browser sends every press since the page loaded, each time (a quick run of presses may reach
  Python as one value);
- the script counts, on every run, the presses its position does not count yet (not in a callback);
- the slide shown and the presses it counts are one session-state value (:class:`SlidePosition`),
  written at once: a run stopped anywhere moves both or neither, and the next run counts the rest.
"""

from __future__ import annotations

from typing import NamedTuple

import streamlit as st

__all__ = ["SlidePosition", "count_presses", "slide_keys"]

_JS = """
const MOVES = {ArrowRight: "next", PageDown: "next", " ": "next", ArrowLeft: "previous", PageUp: "previous", Backspace: "previous"};
// Every press since the page loaded, in order: Streamlit may hand a rerun only the latest value
// of a quick run of presses, so the whole list goes each time and Python counts the new ones.
const PAGE_LOAD = `${Date.now()}-${Math.random()}`;
const pressed = [];
// One listener for the page, reporting through the latest mount: Streamlit can call this function
// again without the last one's cleanup (seen when the theme changes), which would leave a second
// listener on the page.
let report = null;
function onKey(event) {
  const move = MOVES[event.key];
  const target = event.target;
  if (!report || !move || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
  if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
  if (event.key === " " && target && target.tagName === "BUTTON") return;
  event.preventDefault();
  pressed.push(move);
  report("moves", { page: PAGE_LOAD, moves: [...pressed] });
}
export default function ({ setStateValue }) {
  report = setStateValue;
  document.addEventListener("keydown", onKey); // the same function again adds nothing
  return () => {
    if (report !== setStateValue) return; // a later mount has the listener now
    report = null;
    document.removeEventListener("keydown", onKey);
  };
}
"""
_COMPONENT = st.components.v2.component("arctic_atlas.slide_keys", js=_JS, html="<span hidden></span>")
_STEPS = {"next": 1, "previous": -1}


class SlidePosition(NamedTuple):
    """The slide present mode shows (0-based) and how many of one page load's key presses it counts."""

    index: int
    page: str | None = None  #: the page load (browser tab, since its last reload) the presses are from
    counted: int = 0

    def step(self, step: int, total: int) -> SlidePosition:
        """``step`` slides on, staying within ``total`` slides."""
        return self._replace(index=min(max(self.index + step, 0), total - 1))


def count_presses(position: SlidePosition, report: object, total: int) -> SlidePosition:
    """``position`` moved by the presses in the browser's ``report`` that it does not count yet, in
    order, and counting them; ``position`` itself when there are none (or the report is malformed)."""
    if not isinstance(report, dict) or not isinstance(report.get("moves"), list):
        return position
    moves, page = report["moves"], report.get("page")
    counted = position.counted if page == position.page else 0  # a reloaded page starts its list again
    if len(moves) <= counted:  # nothing new, or an older report than the one counted
        return position
    for move in moves[counted:]:
        position = position.step(_STEPS.get(move, 0), total)
    return position._replace(page=page, counted=len(moves))


def _counted_by_the_script() -> None:
    """Names the ``moves`` state (Streamlit keeps a state only for a change callback); the counting
    is done by :func:`slide_keys` itself, on every run."""


def slide_keys(key: str, position_key: str, total: int) -> None:
    """Mount the listener and move the :class:`SlidePosition` in ``st.session_state[position_key]``
    by every press it does not count yet. Call it before reading the position."""
    result = _COMPONENT(key=key, height=0, on_moves_change=_counted_by_the_script)
    position = st.session_state[position_key]
    moved = count_presses(position, result.get("moves"), total)
    if moved != position:
        st.session_state[position_key] = moved  # one write: the slide and the presses it counts
