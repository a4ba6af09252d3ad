"""Talking points: a small Markdown subset read into plain-text runs (no HTML, ever).

Exports never hand Markdown to a renderer. :func:`parse_talking_points` reads paragraphs, bullet
lines (``-``, ``*``, ``+`` or ``1.``), ``**bold**``/``__bold__``, ``*italic*``/``_italic_``,
``[text](url)`` links and bare URLs, and gives back runs of text. A run links only when
:func:`dashboard.safe_text.safe_url` accepts its URL (absolute http/https); any other target, such as
``javascript:``, is shown as text after the link's words. HTML tags are ordinary characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dashboard.safe_text import safe_url

__all__ = ["Paragraph", "Run", "parse_talking_points", "plain_text"]


@dataclass(frozen=True)
class Run:
    """A piece of text with its emphasis and, for a safe link, its http(s) ``url``."""

    text: str
    bold: bool = False
    italic: bool = False
    url: str | None = None


@dataclass(frozen=True)
class Paragraph:
    """One paragraph or bullet item."""

    runs: tuple[Run, ...]
    bullet: bool = False

    @property
    def text(self) -> str:
        """The paragraph as plain text."""
        return "".join(r.text for r in self.runs)


_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_INLINE = re.compile(
    r"\\(?P<escaped>[\\`*_{}\[\]()#+\-.!<>])"
    r"|\*\*(?P<bold>\S(?:.*?\S)?)\*\*"
    r"|__(?P<bold2>\S(?:.*?\S)?)__"
    r"|\*(?P<italic>\S(?:.*?\S)?)\*"
    r"|(?<![\w])_(?P<italic2>\S(?:.*?\S)?)_(?![\w])"
    r"|\[(?P<label>[^\]\n]*)\]\((?P<target>[^)\s]*)\)"
    r"|(?P<bare>https?://[^\s<>()\"'\]]+)"
)


def _inline(text: str, *, bold: bool = False) -> list[Run]:
    runs: list[Run] = []
    position = 0
    for match in _INLINE.finditer(text):
        if match.start() > position:
            runs.append(Run(text[position : match.start()], bold=bold))
        position = match.end()
        groups = match.groupdict()
        if groups["escaped"] is not None:
            runs.append(Run(groups["escaped"], bold=bold))
        elif groups["bold"] is not None or groups["bold2"] is not None:
            runs.append(Run(groups["bold"] or groups["bold2"], bold=True))
        elif groups["italic"] is not None or groups["italic2"] is not None:
            runs.append(Run(groups["italic"] or groups["italic2"], bold=bold, italic=True))
        elif groups["target"] is not None:
            url = safe_url(groups["target"])
            label = groups["label"] or groups["target"]
            if url:
                runs.append(Run(label, bold=bold, url=url))
            else:  # shown, never linked: the reader sees where it pointed
                runs.append(Run(f"{label} ({groups['target']})" if groups["label"] else label, bold=bold))
        else:
            url = safe_url(groups["bare"])
            runs.append(Run(groups["bare"], bold=bold, url=url))
    if position < len(text):
        runs.append(Run(text[position:], bold=bold))
    return _merge(runs)


def _merge(runs: list[Run]) -> list[Run]:
    merged: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        last = merged[-1] if merged else None
        if last and (last.bold, last.italic, last.url) == (run.bold, run.italic, run.url) and run.url is None:
            merged[-1] = Run(last.text + run.text, last.bold, last.italic)
        else:
            merged.append(run)
    return merged


def parse_talking_points(text: str) -> list[Paragraph]:
    """Paragraphs and bullet items of ``text`` (Markdown subset, see the module docstring)."""
    paragraphs: list[Paragraph] = []
    pending: list[str] = []
    pending_heading = False

    def flush() -> None:
        nonlocal pending_heading
        if pending:
            paragraphs.append(Paragraph(tuple(_inline(" ".join(pending), bold=pending_heading))))
        pending.clear()
        pending_heading = False

    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip():
            flush()
            continue
        bullet = _BULLET.match(line)
        heading = _HEADING.match(line)
        if bullet:
            flush()
            paragraphs.append(Paragraph(tuple(_inline(line[bullet.end() :].strip())), bullet=True))
        elif heading:
            flush()
            pending.append(line[heading.end() :].strip())
            pending_heading = True
            flush()
        else:
            pending.append(line.strip())
    flush()
    return paragraphs


def plain_text(text: str) -> str:
    """Talking points as plain lines: bullets as "• ", link targets after their words."""
    lines = []
    for paragraph in parse_talking_points(text):
        body = "".join(f"{r.text} ({r.url})" if r.url and r.url != r.text else r.text for r in paragraph.runs)
        lines.append(("• " if paragraph.bullet else "") + body)
    return "\n".join(lines)
