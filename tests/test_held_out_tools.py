"""The tools of the held-out protocol (tests/data/articles/README.md): the writers' outlet and file-name checks answer
from every set's annotations, the maintainer's collision count sees what a new set shares, and floors are what a set
measures minus one item."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.extraction_scoring import measure
from tests.extraction_sets import SETS
from tests.held_out_reading import floors_from
from tests.helpers import REPO_ROOT

# The scripts are run by path and import each other so; here their folder is put on the path the same way.
sys.path.insert(0, str(REPO_ROOT / "scripts" / "article_sets"))
import collisions
import join_set
import name_taken
import outlet_taken


def _set(root: Path, name: str, articles: list[tuple[str, str, str]]) -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    entries = [{"file": f, "outlet": o, "source_url": u, "events": []} for f, o, u in articles]
    (folder / "annotations.json").write_text(json.dumps({"_note": "", "articles": entries}), encoding="utf-8")
    for file, _, _ in articles:
        (folder / file).write_text("Title: x\n\nBody.", encoding="utf-8")
    return folder / "annotations.json"


def test_an_outlet_a_set_uses_is_taken_by_name_acronym_or_domain(tmp_path):
    _set(tmp_path, "blind1", [("hn-a-2019.txt", "The High North News", "https://www.highnorthnews.com/en/a")])
    taken = lambda query: outlet_taken.is_taken(query, tmp_path)  # noqa: E731
    assert taken("High North News (example.org)")  # the name, "The" and case ignored
    assert taken("HNN")  # its acronym
    assert taken("Another Name (highnorthnews.com)")  # its web domain
    assert taken("High North News Online (hnn-online.example)")  # a name with a word added
    assert not taken("Nunatsiaq News (nunatsiaq.com)")


def test_a_file_name_is_taken_with_any_extension(tmp_path):
    _set(tmp_path, "blind1", [("hn-a-2019.txt", "High North News", "https://highnorthnews.com/a")])
    assert name_taken.is_taken("hn-a-2019.md", tmp_path)
    assert not name_taken.is_taken("hn-b-2019.txt", tmp_path)


def test_the_set_being_written_does_not_take_its_own_outlets_and_files(tmp_path):
    _set(tmp_path, "blind1", [("hn-a-2019.txt", "High North News", "https://highnorthnews.com/a")])
    _set(tmp_path, "blind2", [("nn-b-2020.txt", "Nunatsiaq News", "https://nunatsiaq.com/b")])
    assert outlet_taken.is_taken("Nunatsiaq News (nunatsiaq.com)", tmp_path)
    assert not outlet_taken.is_taken("Nunatsiaq News (nunatsiaq.com)", tmp_path, writing="blind2")
    assert outlet_taken.is_taken("High North News (highnorthnews.com)", tmp_path, writing="blind2")
    assert not name_taken.is_taken("nn-b-2020.txt", tmp_path, writing="blind2")
    assert name_taken.is_taken("hn-a-2019.txt", tmp_path, writing="blind2")


def test_outlets_of_held_out_sets_are_free_again_for_dev_only_checks():
    # Held-out sets are read as totals only: a new set may use their outlets (not their reports) again, never a dev
    # set's outlet.
    articles = REPO_ROOT / "tests" / "data" / "articles"
    held_out = outlet_taken.held_out_folders()
    assert {s.directory.name for s in SETS if not s.list_misses} == held_out
    dev = json.loads((articles / "dev2" / "annotations.json").read_text(encoding="utf-8"))["articles"][0]
    assert outlet_taken.is_taken(f"{dev['outlet']} (x.example)", dev_only=True)
    held = [
        article
        for folder in sorted(held_out)
        for article in json.loads((articles / folder / "annotations.json").read_text(encoding="utf-8"))["articles"]
    ]
    reusable = [a for a in held if not outlet_taken.is_taken(f"{a['outlet']} (x.example)", dev_only=True)]
    # Counts only: a failure must print nothing of a held-out set.
    assert len(reusable) > len(held) // 2
    assert sum(outlet_taken.is_taken(f"{a['outlet']} (x.example)") for a in reusable) == len(reusable)
    assert sum(outlet_taken.report_taken(a["source_url"]) for a in reusable) == len(reusable)


def test_a_report_is_taken_whatever_its_address_dressing(tmp_path):
    _set(tmp_path, "blind1", [("hn-a-2019.txt", "High North News", "https://www.highnorthnews.com/en/a/")])
    assert outlet_taken.report_taken("http://highnorthnews.com/en/A?utm=x#top", tmp_path)
    assert not outlet_taken.report_taken("https://www.highnorthnews.com/en/b", tmp_path)
    assert not outlet_taken.report_taken("https://www.highnorthnews.com/en/a", tmp_path, writing="blind1")


def test_the_checkers_take_the_set_being_written_on_their_command_line():
    scripts = REPO_ROOT / "scripts" / "article_sets"
    some_set = REPO_ROOT / "tests" / "data" / "articles" / "dev2"  # a development set
    first = json.loads((some_set / "annotations.json").read_text(encoding="utf-8"))["articles"][0]
    run = lambda *args: subprocess.run(  # noqa: E731
        [sys.executable, *args], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert run(str(scripts / "name_taken.py"), first["file"]) == "taken"
    assert run(str(scripts / "name_taken.py"), "--writing", some_set.name, first["file"]) == "free"
    assert (
        run(str(scripts / "outlet_taken.py"), "--writing", some_set.name, "Zz Unheard-of Gazette (zz.example)")
        == "free"
    )


def test_the_collision_count_sees_what_a_new_set_shares_with_the_others(tmp_path):
    old = _set(tmp_path, "blind1", [("hn-a-2019.txt", "High North News", "https://highnorthnews.com/a")])
    new = _set(
        tmp_path,
        "blind2",
        [
            ("hn-b-2020.txt", "High North News", "https://other.example/b"),
            ("x-c-2021.txt", "Another Outlet", "https://highnorthnews.com/c"),
            ("y-d-2022.txt", "A Third Outlet", "https://third.example/d"),
            ("z-e-2023.txt", "A Fourth Outlet", "http://www.highnorthnews.com/a/"),
        ],
    )
    counts = collisions.collisions(new, [old])
    assert counts == {"articles": 4, "outlet name": 1, "web domain": 2, "file name": 0, "report": 1}
    # A held-out set's outlets may be used again (not compared), its reports never.
    counts = collisions.collisions(new, [], reports_of=[old])
    assert counts == {"articles": 4, "outlet name": 0, "web domain": 0, "file name": 0, "report": 1}


def test_floors_are_each_figure_of_a_set_with_one_item_fewer():
    tuned = SETS[0]
    result = measure(tuned)
    floors = floors_from(result)
    events = result.happenings
    one_less = (events.hit_r - 1) / events.expected
    assert one_less - 0.01 < floors["happening_recall"] <= one_less
    places = result.tallies["place"]
    one_less = (places.hit_p - 1) / places.predicted
    assert one_less - 0.01 < floors["place_precision"] <= one_less
    assert floors["max_fallbacks_per_article"] >= result.worst_fallbacks


def test_a_checked_part_joins_its_set_whole_and_refuses_a_clash(tmp_path):
    _set(tmp_path, "blind1", [("hn-a-2019.txt", "High North News", "https://highnorthnews.com/a")])
    _set(tmp_path, "blind2", [("nn-b-2020.txt", "Nunatsiaq News", "https://nunatsiaq.com/b")])
    for name in ("blind1", "blind2"):
        (tmp_path / name / "README.md").write_text(f"# {name}\n\nHow it was made.\n", encoding="utf-8")
    counts = join_set.join(tmp_path / "blind2", tmp_path / "blind1")
    assert counts == {"articles": 2, "events": 0, "outlets": 2}
    assert (tmp_path / "blind1" / "nn-b-2020.txt").read_text(encoding="utf-8") == "Title: x\n\nBody."
    assert "# Part written as blind2" in (tmp_path / "blind1" / "README.md").read_text(encoding="utf-8")
    before = (tmp_path / "blind1" / "annotations.json").read_text(encoding="utf-8")
    with pytest.raises(SystemExit, match="already in blind1"):
        join_set.join(tmp_path / "blind2", tmp_path / "blind1")  # the same part again: every name clashes
    assert (tmp_path / "blind1" / "annotations.json").read_text(encoding="utf-8") == before
