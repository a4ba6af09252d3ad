"""The layer registry as a whole: every layer loads, draws, is rebuilt by a script and documented."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

import geodata
from geodata.build.__main__ import discover_builders
from geodata.settings import DATA_DIR

SPECS = geodata.layer_specs()


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_layer_loads_in_lonlat_and_is_valid_in_the_polar_crs(spec):
    gdf = geodata.layer(spec.name)
    assert len(gdf) > 0
    assert gdf.crs.to_epsg() == 4326
    polar = gdf.to_crs(geodata.POLAR_CRS)
    assert polar.is_valid.all() and not polar.is_empty.any()


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_tooltip_label_and_colour_columns_exist(spec):
    gdf = geodata.layer(spec.name)
    for column, _label in spec.tooltip:
        assert column in gdf.columns, f"{spec.name}: tooltip column {column!r} missing"
    if spec.label_column:
        assert spec.label_column in gdf.columns
    if spec.style.color_column:
        values = set(gdf[spec.style.color_column].astype(str))
        missing = values - set(spec.style.palette)
        assert not missing, f"{spec.name}: no colour for {missing}: those features would draw uncoloured"


@pytest.mark.parametrize("spec", [s for s in SPECS if s.file], ids=lambda s: s.name)
def test_every_data_file_is_rebuilt_by_a_build_target(spec):
    target = spec.rebuilt_by.removeprefix("python -m geodata.build ").strip()
    assert target in discover_builders(), f"{spec.name}: `{spec.rebuilt_by}` names no build target"
    assert (DATA_DIR / spec.file).exists()


def test_no_orphan_data_files():
    claimed = {s.file for s in SPECS if s.file} | {"gazetteer.geojson", "world_ports.geojson"}  # tables, not map layers
    on_disk = {p.name for p in DATA_DIR.glob("*") if p.is_file()}
    assert on_disk <= claimed, f"data files no registry entry describes: {on_disk - claimed}"


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_sources_md_describes_every_layer(spec, repo_root):
    # Each layer has a section: its name in a "## " heading (a word in prose would not count).
    text = (repo_root / "geodata" / "SOURCES.md").read_text(encoding="utf-8")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert any(re.search(rf"\b{spec.name}\b", h) for h in headings), f"SOURCES.md has no section for {spec.name}"


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_every_layer_cites_source_version_licence_and_how_far_to_trust_it(spec):
    # LayerSpec checks the accuracy level at import; empty provenance strings it lets through.
    assert spec.source.strip() and spec.version.strip() and spec.licence.strip() and spec.accuracy_note.strip()


def test_a_misdescribed_layer_is_refused_when_the_catalogue_loads():
    good = SPECS[0]
    for change, message in (
        ({"group": "Politics"}, "unknown group"),
        ({"accuracy": "roughly"}, "accuracy must be one of"),
        ({"file": None, "compute": None}, "exactly one of file= or compute="),
    ):
        with pytest.raises(ValueError, match=message):
            replace(good, **change)
