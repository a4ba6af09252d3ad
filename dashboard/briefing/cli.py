"""Command line: ``python -m dashboard.briefing export|presets``.

``export [--briefing FILE.json | --preset NAME] [--slide N] --format png|pdf|pptx --out FILE``
draws a briefing file, a preset, or (with neither) the default map view: the registry's default
layers at the default camera. A PNG shows one slide (``--slide``, default 1). Events come from the
event store (``$ATLAS_DB``). Bad input exits with status 2 and one line on stderr, and writes nothing;
the output file appears only once it is complete.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from dashboard.cli_support import OneLineParser, UsageError, run_command
from dashboard.events.filters import EventsViewState
from dashboard.map.deck import PolarView
from dashboard.map.selection import default_layers

from .fileformat import MAX_FILE_BYTES, briefing_from_json
from .model import Briefing, BriefingError, Slide, View
from .presets import preset, preset_view, presets

__all__ = ["DEFAULT_VIEW_TITLE", "default_briefing", "main"]

FORMATS = ("png", "pdf", "pptx")
DEFAULT_VIEW_TITLE = "Arctic Atlas: the Arctic today"


def default_briefing() -> Briefing:
    """A one-slide briefing of the default Map: registry default layers, default camera, all events."""
    view = View(layers=tuple(default_layers()), camera=PolarView(), events=EventsViewState(on=True))
    return Briefing(name="Arctic Atlas", slides=(Slide(view=view, title=DEFAULT_VIEW_TITLE),))


def _read_briefing(path: str) -> Briefing:
    file = Path(path)
    if not file.is_file():
        raise UsageError(f"--briefing: {path} is not a file")
    if file.stat().st_size > MAX_FILE_BYTES:
        raise UsageError(f"--briefing: {path} is larger than {MAX_FILE_BYTES:,} bytes")
    return briefing_from_json(file.read_bytes())


def _chosen_briefing(args: argparse.Namespace) -> Briefing:
    if args.briefing and args.preset:
        raise UsageError("give --briefing or --preset, not both")
    if args.briefing:
        return _read_briefing(args.briefing)
    if args.preset:
        try:
            item = preset(args.preset)
        except KeyError as exc:
            raise UsageError(str(exc.args[0])) from None
        return Briefing(name=item.title, slides=(Slide(view=preset_view(item.name), title=item.title),))
    return default_briefing()


def _check_out(out: str, fmt: str) -> Path:
    path = Path(out)
    if path.suffix.lower() != f".{fmt}":
        raise UsageError(f"--out must end in .{fmt} for --format {fmt}")
    if not path.parent.is_dir():
        raise UsageError(f"--out: folder {path.parent} does not exist")
    if path.is_dir():
        raise UsageError(f"--out: {path} is a folder")
    return path


def _write_atomically(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _cmd_export(args: argparse.Namespace) -> int:
    out = _check_out(args.out, args.format)
    briefing = _chosen_briefing(args)
    if not 1 <= args.slide <= len(briefing.slides):
        raise UsageError(f"--slide must be 1..{len(briefing.slides)}")
    # Heavy imports only once the input is known to be good.
    from dashboard.events import EventStore

    from .exports import briefing_pdf, prepare_briefing, view_png

    events = EventStore().query()
    if args.format == "png":
        slide = briefing.slides[args.slide - 1]
        data = view_png(slide.view, events, title=slide.heading)
    else:
        prepared = prepare_briefing(briefing, events)
        if args.format == "pdf":
            data = briefing_pdf(prepared, briefing.name)
        else:
            from .powerpoint import briefing_pptx

            data = briefing_pptx(prepared)
    _write_atomically(out, data)
    print(f"wrote {out} ({len(data):,} bytes)", file=sys.stderr)
    return 0


def _cmd_presets(args: argparse.Namespace) -> int:
    for item in presets():
        print(f"{item.name:<20} {item.title} — {item.description}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="python -m dashboard.briefing", description="Arctic Atlas briefings: export, presets.")
    sub = parser.add_subparsers(dest="command", required=True)
    export = sub.add_parser("export", help="export a briefing, a preset or the default map view")
    export.add_argument("--briefing", help="a briefing file (.json) exported from the Briefing page")
    export.add_argument("--preset", help="a preset name (see `presets`)")
    export.add_argument("--slide", type=int, default=1, help="for --format png: which slide (default 1)")
    export.add_argument("--format", choices=FORMATS, required=True)
    export.add_argument("--out", required=True, help="the file to write (its suffix matches --format)")
    export.set_defaults(run=_cmd_export)
    listing = sub.add_parser("presets", help="list the ready-made views")
    listing.set_defaults(run=_cmd_presets)
    for p in (export, listing):
        p.error = parser.error  # type: ignore[method-assign]
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (2 for bad input)."""
    return run_command(_parser(), argv, (BriefingError,))
