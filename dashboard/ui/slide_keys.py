"""Keyboard slide changes for present mode: a tiny component with no view of its own.

It listens on the page for the keys presenter clickers send (Page Down/Up) and the usual ones
(arrows, Space, Backspace) and reports ``next`` or ``previous``. Keys typed into a text field or
pressed with a modifier are left alone, and Space on a focused button stays that button's.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

__all__ = ["slide_keys"]

_JS = """
const MOVES = {ArrowRight: "next", PageDown: "next", " ": "next", ArrowLeft: "previous", PageUp: "previous", Backspace: "previous"};
export default function ({ setTriggerValue }) {
  const onKey = (event) => {
    const move = MOVES[event.key];
    const target = event.target;
    if (!move || event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
    if (event.key === " " && target && target.tagName === "BUTTON") return;
    event.preventDefault();
    setTriggerValue("move", move);
  };
  document.addEventListener("keydown", onKey);
  return () => document.removeEventListener("keydown", onKey);
}
"""
_COMPONENT = st.components.v2.component("arctic_atlas.slide_keys", js=_JS, html="<span hidden></span>")


def slide_keys(key: str, on_move: Callable[[str], None]) -> None:
    """Mount the listener; ``on_move("next" | "previous")`` runs before the rerun a key press causes."""

    def moved() -> None:
        state = st.session_state.get(key)
        move = state.get("move") if hasattr(state, "get") else None
        if move in ("next", "previous"):
            on_move(move)

    _COMPONENT(key=key, height=0, on_move_change=moved)
