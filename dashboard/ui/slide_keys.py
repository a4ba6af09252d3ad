"""Keyboard slide changes for present mode: a tiny component with no view of its own.

It listens on the page for the keys presenter clickers send (Page Down/Up) and the usual ones
(arrows, Space, Backspace) and reports the presses (``next`` or ``previous``). Keys typed into a text field or
pressed with a modifier are left alone, and Space on a focused button stays that button's.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

__all__ = ["slide_keys"]

_JS = """
const MOVES = {ArrowRight: "next", PageDown: "next", " ": "next", ArrowLeft: "previous", PageUp: "previous", Backspace: "previous"};
// Every press since the page loaded, in order: Streamlit may hand a rerun only the latest value
// of a quick run of presses, so the whole list goes each time and Python applies the new ones.
const PAGE_LOAD = `${Date.now()}-${Math.random()}`;
const pressed = [];
export default function ({ setStateValue }) {
  const onKey = (event) => {
    const move = MOVES[event.key];
    const target = event.target;
    if (!move || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
    if (event.key === " " && target && target.tagName === "BUTTON") return;
    event.preventDefault();
    pressed.push(move);
    setStateValue("moves", { page: PAGE_LOAD, moves: [...pressed] });
  };
  document.addEventListener("keydown", onKey);
  return () => document.removeEventListener("keydown", onKey);
}
"""
_COMPONENT = st.components.v2.component("arctic_atlas.slide_keys", js=_JS, html="<span hidden></span>")


def slide_keys(key: str, on_move: Callable[[str], None]) -> None:
    """Mount the listener; ``on_move("next" | "previous")`` runs before the rerun a key press causes."""

    applied_store = f"{key}_applied"

    def moved() -> None:
        state = st.session_state.get(key)
        report = state.get("moves") if hasattr(state, "get") else None
        if not isinstance(report, dict) or not isinstance(report.get("moves"), list):
            return
        page, applied = st.session_state.get(applied_store, (None, 0))
        if report.get("page") != page:  # a reloaded page starts its list again
            applied = 0
        for move in report["moves"][applied:]:  # each press once, in order
            if move in ("next", "previous"):
                on_move(move)
        st.session_state[applied_store] = (report.get("page"), len(report["moves"]))

    _COMPONENT(key=key, height=0, on_moves_change=moved)
