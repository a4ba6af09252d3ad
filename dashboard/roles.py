"""Who may change the team's data: viewers read, editors write (no Streamlit here).

The operator sets one editor passcode (``ATLAS_EDITOR_PASSWORD`` or Streamlit's secret
``editor_password``). It is kept in memory only as a salted scrypt hash
(:class:`Passcode`) and candidates are compared in constant time. A session that typed it
holds an :class:`EditorGrant` bound to that hash, so changing the passcode and restarting
revokes every grant. Failed attempts are throttled per session by :class:`AttemptLimiter`.

Writable data (events, sources, and later saved views and briefings) is changed only
through functions that call the ui layer's ``require_editor()`` first; this module holds
the pieces that need no Streamlit.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

__all__ = ["AttemptLimiter", "EditorGrant", "EditorRequired", "Passcode"]

# scrypt cost: 16 MiB and ~50 ms per check on a small server, so guessing offline is slow too.
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "maxmem": 64 * 2**20, "dklen": 32}


class EditorRequired(PermissionError):
    """A viewer's session tried to write; nothing was changed."""

    def __init__(self, action: str = "change the stored data") -> None:
        super().__init__(f"Only an editor can {action}: unlock editing in the sidebar. Nothing was changed.")


@dataclass(frozen=True)
class Passcode:
    """A salted scrypt hash of the editor passcode; the passcode itself is not kept."""

    salt: bytes = field(repr=False)
    digest: bytes = field(repr=False)

    @classmethod
    def from_secret(cls, secret: str) -> Passcode:
        """Hash ``secret`` with a fresh random salt."""
        salt = secrets.token_bytes(16)
        return cls(salt, hashlib.scrypt(secret.encode("utf-8"), salt=salt, **_SCRYPT))

    def matches(self, candidate: str) -> bool:
        """True if ``candidate`` is the passcode (constant-time comparison of the hashes)."""
        attempt = hashlib.scrypt(str(candidate).encode("utf-8"), salt=self.salt, **_SCRYPT)
        return hmac.compare_digest(attempt, self.digest)

    @property
    def fingerprint(self) -> str:
        """A short id of this hash, which grants are bound to (reveals nothing of the passcode)."""
        return hashlib.sha256(self.salt + self.digest).hexdigest()[:16]


@dataclass(frozen=True)
class EditorGrant:
    """Held in a session's state once it typed the passcode; valid only for that passcode's hash.

    A browser can set widget values but cannot create this object, so a replayed widget
    state or a crafted query string never turns a viewer into an editor.
    """

    fingerprint: str


@dataclass
class AttemptLimiter:
    """Failed passcode attempts of one session: ``free`` attempts, then a doubling wait.

    Times are seconds on any monotonic clock (the caller passes ``now``).
    """

    free: int = 3
    first_wait_s: float = 10.0
    max_wait_s: float = 600.0
    failures: int = 0
    locked_until: float = 0.0

    def wait_s(self, now: float) -> float:
        """Seconds until the next attempt is allowed (0 when it is allowed now)."""
        return max(0.0, self.locked_until - now)

    def record_failure(self, now: float) -> None:
        """Count a failed attempt; past ``free`` failures, lock for a doubling wait."""
        self.failures += 1
        if self.failures >= self.free:
            wait = min(self.max_wait_s, self.first_wait_s * 2 ** (self.failures - self.free))
            self.locked_until = now + wait

    def reset(self) -> None:
        """Forget failures (after a successful unlock)."""
        self.failures, self.locked_until = 0, 0.0
