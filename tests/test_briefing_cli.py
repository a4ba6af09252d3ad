"""The briefing command line (`python -m dashboard.briefing`): exports of the default view, a
briefing file and a briefing stored by name, and clear refusals of bad input that write nothing."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pypdf import PdfReader

from dashboard.briefing import Briefing, Slide, View, briefing_to_json
from dashboard.briefing.cli import main
from tests.briefing_sample import sample_briefing, seed_frame


@pytest.fixture(scope="module")
def seed_events() -> pd.DataFrame:
    return seed_frame()


@pytest.fixture(scope="module")
def briefing(seed_events: pd.DataFrame) -> Briefing:
    return sample_briefing(seed_events)


def test_cli_exports_png_and_refuses_bad_input(tmp_path: Path, briefing: Briefing, capsys) -> None:
    out = tmp_path / "map.png"
    assert main(["export", "--format", "png", "--out", str(out)]) == 0
    assert Image.open(out).size == (1920, 1080)
    good = tmp_path / "brief.json"
    good.write_text(briefing_to_json(briefing), encoding="utf-8")
    empty = tmp_path / "empty.json"
    empty.write_text('{"format": "arctic-atlas-briefing", "version": 1, "name": "x", "slides": []}')
    long_name = tmp_path / "long.json"
    long_name.write_text(briefing_to_json(briefing).replace('"Arctic brief (test)"', '"' + "n" * 10_000 + '"'))
    capsys.readouterr()
    for argv in (
        ["export", "--format", "pptx", "--out", str(tmp_path / "a.pptx"), "--briefing-file", str(empty)],
        ["export", "--format", "pptx", "--out", str(tmp_path / "a.pptx"), "--briefing-file", str(long_name)],
        ["export", "--format", "pptx", "--out", str(tmp_path / "a.pptx"), "--briefing-file", str(tmp_path / "none")],
        ["export", "--format", "pdf", "--out", str(tmp_path / "a.pptx"), "--briefing-file", str(good)],
        ["export", "--format", "png", "--out", str(tmp_path / "a.png"), "--briefing-file", str(good), "--slide", "9"],
        ["export", "--format", "pdf", "--out", str(tmp_path / "a.pdf"), "--briefing-file", str(good), "--preset", "x"],
        ["export", "--format", "gif", "--out", str(tmp_path / "a.gif")],
        ["export", "--format", "png", "--out", str(tmp_path / "no" / "a.png")],
    ):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert err.startswith("error: ") and err.count("\n") == 1, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.json", "empty.json", "long.json", "map.png"]


ODD_NAME = "Kola & Svalbard: week 9 (draft) + Q&A? – Ålesund’s"


@pytest.fixture
def stored_store(seed_events: pd.DataFrame, isolated_event_db: Path) -> tuple[Path, Briefing]:
    """A real SQLite store at ``$ATLAS_DB`` (seeded with the seed article's events) holding a
    two-slide briefing with an odd name, as the Briefing page's "Save to the store" writes it."""
    from dashboard.briefing.store import SavedStore
    from dashboard.events import EventStore

    event = seed_events["event_id"].iloc[0]
    light = View(layers=("land", "graticule"), highlighted_events=(event,))
    stored = Briefing(
        ODD_NAME,
        (
            Slide(light, "Helsinki talks", "- the **first** point"),
            Slide(dataclasses.replace(light, layers=("land", "ports")), "Ports of the north", ""),
        ),
    )
    SavedStore(EventStore(isolated_event_db)).save_briefing(stored)
    return isolated_event_db, stored


def test_cli_exports_a_stored_briefing_by_name_to_pptx_and_pdf(stored_store, seed_events, tmp_path: Path) -> None:
    """``python -m dashboard.briefing export --briefing NAME``: the briefing stored under that name
    (odd characters and all) becomes a PPTX whose slides python-pptx reads back and a PDF with a
    page per slide; the closing sources slide is a slide in the PPTX and a page in the PDF."""
    db, stored = stored_store
    env = {**os.environ, "ATLAS_DB": str(db)}
    pptx_out, pdf_out = tmp_path / "brief.pptx", tmp_path / "brief.pdf"
    for fmt, out in (("pptx", pptx_out), ("pdf", pdf_out)):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "dashboard.briefing",
                "export",
                "--briefing",
                ODD_NAME,
                "--format",
                fmt,
                "--out",
                out,
            ],
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
            cwd=Path(__file__).resolve().parents[1],
        )
        assert result.returncode == 0, result.stderr
    deck = Presentation(pptx_out)
    slides = list(deck.slides)
    assert [s.shapes.title.text for s in slides] == [*(s.heading for s in stored.slides), "Sources"]
    assert all(any(s.shape_type == MSO_SHAPE_TYPE.PICTURE for s in slide.shapes) for slide in slides[:-1])
    assert seed_events["evidence"].iloc[0] in slides[0].notes_slide.notes_text_frame.text
    pages = PdfReader(pdf_out).pages
    assert len(pages) == len(slides) == len(stored.slides) + 1
    for page, slide in zip(pages, slides):
        assert slide.shapes.title.text in " ".join(page.extract_text().split())
    assert PdfReader(pdf_out).metadata.title == ODD_NAME


def test_cli_refuses_an_unknown_or_empty_stored_briefing(stored_store, tmp_path: Path, capsys) -> None:
    """A name that is not stored (one of 10,000 characters too) and a stored briefing with no
    slides (an older or hand-edited store) are refused in one line, and no file is written."""
    import sqlite3

    db, stored = stored_store
    with sqlite3.connect(db) as conn:
        body = json.loads(briefing_to_json(Briefing("Empty one", stored.slides)))
        conn.execute(
            "INSERT INTO briefings (name, briefing_json, created_at, modified_at) VALUES (?, ?, ?, ?)",
            ("Empty one", json.dumps({**body, "slides": []}), "2025-03-01T00:00:00", "2025-03-01T00:00:00"),
        )
    out = tmp_path / "brief.pdf"
    capsys.readouterr()
    for name, reason in (
        ("No such briefing", "there is no stored briefing named 'No such briefing'"),
        ("n" * 10_000, "there is no stored briefing named 'nnnn"),
        ("Empty one", "a briefing needs at least one slide"),
    ):
        assert main(["export", "--briefing", name, "--format", "pdf", "--out", str(out)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("error: --briefing: ") and reason in err and err.count("\n") == 1, err
        assert len(err) < 400
    assert list(tmp_path.iterdir()) == []


def test_cli_lists_presets() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "dashboard.briefing", "presets"], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.splitlines()[0].startswith("arctic ")
    assert len(result.stdout.splitlines()) == 5
