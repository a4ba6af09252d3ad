"""Talking points: a small Markdown subset read into plain-text runs (no HTML, ever).

Exports never hand Markdown to a renderer. :func:`parse_talking_points` reads paragraphs, bullet
lines (``-``, ``*``, ``+`` or ``1.``), ``**bold**``/``__bold__``, ``*italic*``/``_italic_`` (nested
emphasis and links inside them too), ``[text](url)`` links (balanced parentheses, ``<url>`` and a
title as CommonMark reads them) and bare URLs (without the sentence's trailing punctuation), and
gives back runs of text. A run links only when
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
    r"|\[(?P<label>[^\]\n]*)\]\("
    r"|(?P<bare>https?://[^\s<>\"'\]]+)"
)
# Characters that end a sentence rather than a bare URL (as GitHub's autolinks trim them).
_TRAILING_PUNCTUATION = "?!.,:;*_~"
_TITLE = re.compile(r"\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\))\s*$")


def _link_destination(text: str, start: int) -> tuple[str, int] | None:
    """The destination of a Markdown link whose ``(`` ends just before ``start``, and the index
    after its closing ``)``; or None when the link is not closed.

    As CommonMark reads it: ``<...>`` holds anything but ``>`` and newlines; otherwise balanced
    parentheses belong to the URL (``wiki/Svalbard_(archipelago)``), and an optional title
    (``"..."``, ``'...'`` or ``(...)``) after a space is dropped.
    """
    if text.startswith("<", start):
        close = text.find(">", start + 1)
        if close < 0 or "\n" in text[start:close]:
            return None
        after = text.find(")", close)
        if after < 0 or text[close + 1 : after].strip() and not _TITLE.match(text[close + 1 : after]):
            return None
        return text[start + 1 : close], after + 1
    depth = 0
    for index in range(start, len(text)):
        char = text[index]
        if char == "\n":
            return None
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                inner = text[start:index]
                title = _TITLE.search(inner)
                return (inner[: title.start()] if title else inner).strip(), index + 1
            depth -= 1
    return None


def _bare_url(url: str) -> str:
    """A bare URL without the sentence's punctuation after it: trailing ``.,:;!?*_~`` and a
    trailing ``)`` the URL did not open (``(see https://x.org/a)`` links ``https://x.org/a``)."""
    while url and (url[-1] in _TRAILING_PUNCTUATION or (url[-1] == ")" and url.count(")") > url.count("("))):
        url = url[:-1]
    return url


def _inline(text: str, *, bold: bool = False, italic: bool = False) -> list[Run]:
    runs: list[Run] = []
    position = search_from = 0
    while (match := _INLINE.search(text, search_from)) is not None:
        groups = match.groupdict()
        end = match.end()
        piece: list[Run]
        if groups["escaped"] is not None:
            piece = [Run(groups["escaped"], bold, italic)]
        elif groups["bold"] is not None or groups["bold2"] is not None:
            piece = _inline(groups["bold"] or groups["bold2"], bold=True, italic=italic)
        elif groups["italic"] is not None or groups["italic2"] is not None:
            piece = _inline(groups["italic"] or groups["italic2"], bold=bold, italic=True)
        elif groups["label"] is not None:
            found = _link_destination(text, end)
            if found is None:  # "[" without a closed link: an ordinary character
                search_from = match.start() + 1
                continue
            target, end = found
            label = groups["label"] or target
            url = safe_url(target)
            if url:
                piece = [Run(label, bold, italic, url)]
            else:  # shown, never linked: the reader sees where it pointed
                piece = [Run(f"{label} ({target})" if groups["label"] and target else label, bold, italic)]
        else:
            shown = _bare_url(groups["bare"])
            end = match.start() + len(shown)
            piece = [Run(shown, bold, italic, safe_url(shown))]
        if match.start() > position:
            runs.append(Run(text[position : match.start()], bold, italic))
        runs += piece
        position = search_from = end
    if position < len(text):
        runs.append(Run(text[position:], bold, italic))
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
