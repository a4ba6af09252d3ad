"""The benchmark's draw probe: when a page drew with WebGL, read in the page itself.

``install(context)`` adds ``draw_probe.js`` to a Playwright browser context before any page
script runs. It wraps the WebGL draw calls of every context (WebGL 1 and 2, the instanced and
multi-draw extensions) and groups the draws to the screen into batches, one per animation
frame: a batch's ``presented`` time is the next animation frame's callback, when the frame that
holds the draws has been handed on for compositing, and its ``rendered`` time when a WebGL 2
fence placed after them signalled: in software WebGL the GPU process draws a frame's commands
after the page's main thread has moved on, so the frame is on its way to the screen only then
(compositing the page adds up to one more frame, 17 ms, on both sides). It also records the ``timeStamp`` of every
pointerdown and click (capturing, so no widget can hide them) and when each WebSocket message
arrived. It knows nothing about either app: ``python -m dashboard.bench`` installs the same
probe on our map and on the pydeck baseline.

All times are milliseconds on the page's clock (``performance.now()``, from the page's time
origin); :attr:`Settled.time_origin` (Unix epoch, milliseconds) ties them to the wall clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["Batch", "Settled", "first_image_painted", "install", "page_now", "settle", "wait_until_calm"]

#: The init script (plain JavaScript, no build step).
INIT_SCRIPT = Path(__file__).with_suffix(".js").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Batch:
    """The WebGL draws of one animation frame: first and last draw call, how many, when the next
    frame began (the frame holding them had been handed on for compositing) and when the GPU
    process had drawn them (a fence after them signalled; software WebGL draws after the main
    thread has moved on), in ms."""

    start: float
    last: float
    draws: int
    presented: float
    rendered: float  # the GPU had drawn them (a WebGL 2 fence signalled), never before ``presented``


@dataclass(frozen=True)
class Settled:
    """What the probe saw from ``since`` until the page drew and received nothing for the quiet
    period: its frames (batches), the input events, and when the map's data had arrived."""

    since: float
    data_at: float | None
    batches: tuple[Batch, ...]
    inputs: tuple[tuple[str, float], ...]  # (event type, timeStamp)
    messages: int
    time_origin: float

    @property
    def input_at(self) -> float:
        """The first pointerdown (else click) after ``since``: when the user pressed."""
        for kind in ("pointerdown", "click"):
            times = [at for what, at in self.inputs if what == kind]
            if times:
                return min(times)
        raise ValueError("no input event was recorded after the start")

    @property
    def first_complete_frame(self) -> Batch:
        """The first frame with as many draw calls as the finished one: every layer of the
        finished map drawn (frames before it lack a layer whose data, program or labels were not
        ready yet)."""
        return next(batch for batch in self.batches if batch.draws >= self.last_frame.draws)

    @property
    def last_frame(self) -> Batch:
        """The last frame before the page went quiet (the finished map)."""
        return self.batches[-1]

    def since_input_ms(self, batch: Batch) -> float:
        """Milliseconds from the user's press to ``batch`` drawn by the GPU and handed on."""
        return batch.rendered - self.input_at

    def epoch_ms(self, batch: Batch) -> float:
        """When ``batch`` was drawn by the GPU and handed on, as Unix epoch milliseconds."""
        return self.time_origin + batch.rendered


def install(context) -> None:
    """Add the probe to every page of a Playwright browser ``context`` (before its scripts run)."""
    context.add_init_script(INIT_SCRIPT)


def page_now(page) -> float:
    """The page's clock now (``performance.now()``, ms)."""
    return page.evaluate("performance.now()")


def first_image_painted(page) -> float | None:
    """When the first image marked with ``elementtiming`` was painted (page ms), or None."""
    return page.evaluate(
        "(() => { const at = window.__drawProbe.elements.map((e) => e.at); return at.length ? Math.min(...at) : null; })()"
    )


def settle(
    page,
    since: float,
    *,
    quiet_s: float,
    need_message: bool = False,
    arrival_js: str | None = None,
    timeout_s: float = 120,
) -> Settled:
    """Wait in the page until it has drawn after ``since`` (page ms; and after the time the
    JavaScript expression ``arrival_js`` gives, when given: when the map's data had arrived),
    has received a WebSocket message after ``since`` if ``need_message`` (a rerun came back),
    and has then drawn and received nothing for ``quiet_s`` seconds."""
    arrival = f"arrival: () => ({arrival_js})," if arrival_js else ""
    found = page.evaluate(
        f"(args) => window.__drawProbe.settle({{...args, {arrival}}})",
        {"since": since, "quietMs": quiet_s * 1000, "timeoutMs": timeout_s * 1000, "needMessage": need_message},
    )
    return Settled(
        since=found["since"],
        data_at=found["dataAt"],
        batches=tuple(
            Batch(b["start"], b["last"], b["draws"], b["presented"], b["rendered"]) for b in found["batches"]
        ),
        inputs=tuple((i["type"], i["at"]) for i in found["inputs"]),
        messages=found["messages"],
        time_origin=found["timeOrigin"],
    )


def wait_until_calm(page, frames: int = 5, frame_ms: float = 40, timeout_s: float = 5) -> None:
    """Wait until the page has run ``frames`` animation frames in a row, each within ``frame_ms``
    of the last: nothing (a screenshot's composite, a frame still rendering in software) holds
    the next frame back, so an input now is timed from a free start. Gives up after ``timeout_s``."""
    page.evaluate(
        "(a) => window.__drawProbe.calm(a)", {"frames": frames, "frameMs": frame_ms, "timeoutMs": timeout_s * 1000}
    )
