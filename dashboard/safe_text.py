"""Untrusted text made safe to show: links only to http(s), Markdown shown as typed.

Used wherever article text, event fields or talking points reach the screen or an export.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["escape_markdown", "safe_url"]


def safe_url(url: Any) -> str | None:
    """``url`` if it is an absolute http(s) URL without spaces or quotes, else None (never linked)."""
    text = str(url or "").strip()
    lowered = text.lower()
    if not (lowered.startswith("https://") or lowered.startswith("http://")):
        return None
    if any(c.isspace() or c in "\"'<>`\\" for c in text) or len(text) > 2000:
        return None
    return text


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")


def escape_markdown(text: Any) -> str:
    """``text`` with every Markdown-active character backslash-escaped, so it shows as typed."""
    return _MD_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")
