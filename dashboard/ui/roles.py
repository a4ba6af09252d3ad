"""The editor role in the app: the passcode from the operator, the sidebar unlock, the write check.

``require_editor()`` is called by every ui-layer function that writes (``event_access``'s
save, verify and delete; ``saved_access``'s saves and deletes of views and briefings), at
the moment of writing, so hiding a button is a convenience and never the protection.
"""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import streamlit as st

from dashboard.roles import AttemptLimiter, EditorGrant, EditorRequired, Passcode

__all__ = ["EditorRequired", "editor_only", "forget_passcode", "is_editor", "require_editor", "role_sidebar"]

PASSCODE_ENV = "ATLAS_EDITOR_PASSWORD"
_GRANT_KEY = "_atlas_editor_grant"
_LIMITER_KEY = "_atlas_unlock_attempts"
_passcode: Passcode | None = None

P = ParamSpec("P")
R = TypeVar("R")


def _secret_passcode() -> str:
    try:
        return str(st.secrets.get("editor_password", "") or "")
    except Exception:  # no secrets.toml at all: Streamlit raises rather than returning nothing
        return ""


def configured_passcode() -> Passcode | None:
    """The editor passcode's hash, or None when the operator set none (the app is read-only).

    A passcode found in ``ATLAS_EDITOR_PASSWORD`` is hashed and removed from the process
    environment, so neither this process nor a child keeps it in plain text.
    """
    global _passcode
    secret = os.environ.pop(PASSCODE_ENV, "") or ("" if _passcode else _secret_passcode())
    if secret.strip():
        _passcode = Passcode.from_secret(secret)
    return _passcode


def forget_passcode() -> None:
    """Drop the configured passcode (tests; an operator restarts the server instead)."""
    global _passcode
    _passcode = None


def is_editor() -> bool:
    """True if this session unlocked editing with the current passcode."""
    passcode = configured_passcode()
    grant = st.session_state.get(_GRANT_KEY)
    return passcode is not None and isinstance(grant, EditorGrant) and grant.fingerprint == passcode.fingerprint


def require_editor(action: str = "change the stored data") -> None:
    """Raise :class:`EditorRequired` unless this session is an editor."""
    if not is_editor():
        raise EditorRequired(action)


def editor_only(action: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a ui-layer write function so it checks the role before it touches the store."""

    def decorate(write: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(write)
        def checked(*args: P.args, **kwargs: P.kwargs) -> R:
            require_editor(action)
            return write(*args, **kwargs)

        return checked

    return decorate


def _try_unlock(candidate: str) -> str | None:
    """Check ``candidate``; return an error message, or None when editing is unlocked."""
    passcode = configured_passcode()
    limiter = st.session_state.setdefault(_LIMITER_KEY, AttemptLimiter())
    now = time.monotonic()
    if passcode is None:
        return "No editor passcode is set on this server."
    if limiter.wait_s(now) > 0:
        return f"Too many wrong passcodes: try again in {limiter.wait_s(now):.0f} s."
    if not passcode.matches(candidate):
        limiter.record_failure(now)
        return "Wrong passcode." + (
            f" Wait {limiter.wait_s(now):.0f} s before the next try." if limiter.wait_s(now) else ""
        )
    limiter.reset()
    st.session_state[_GRANT_KEY] = EditorGrant(passcode.fingerprint)
    return None


def role_sidebar() -> None:
    """The sidebar's role panel: read-only notice, unlock form, or "Editing unlocked" with Lock."""
    box = st.sidebar.container(key="role_panel")
    if configured_passcode() is None:
        box.info("Read-only: no editor passcode is set on this server (ATLAS_EDITOR_PASSWORD).")
        return
    if is_editor():
        box.success("Editing unlocked for this session.")
        if box.button("Lock editing", key="editor_lock"):
            st.session_state.pop(_GRANT_KEY, None)
            st.rerun()
        return
    box.caption("Viewing. Editors unlock saving, verifying and deleting here.")
    # In a popover: a closed popover's widgets are not drawn, so a page does not load the text
    # input's code, nor lay the form out, before its map mounts (a component mounts last).
    with (
        box.popover("Sign in to edit", key="editor_unlock_open", width="stretch"),
        st.form("editor_unlock_form", clear_on_submit=True, border=False),  # st.: inside the popover
    ):
        candidate = st.text_input("Editor passcode", type="password", key="editor_passcode")
        submitted = st.form_submit_button("Unlock editing")
    if submitted:
        error = _try_unlock(candidate)
        if error:
            box.error(error)
        else:
            st.rerun()
