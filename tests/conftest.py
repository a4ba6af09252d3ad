"""Shared pytest fixtures: the repository root and a test-only event database path."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def isolated_event_db(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point ATLAS_DB at a fresh per-test SQLite file so no test touches the user's database."""
    path = tmp_path_factory.mktemp("atlas-db") / "events.sqlite"
    monkeypatch.setenv("ATLAS_DB", str(path))
    return path


@pytest.fixture(autouse=True)
def no_editor_passcode(monkeypatch: pytest.MonkeyPatch):
    """Start every test read-only: no editor passcode configured unless the test sets one."""
    from dashboard.ui.roles import forget_passcode

    monkeypatch.delenv("ATLAS_EDITOR_PASSWORD", raising=False)
    forget_passcode()
    yield
    forget_passcode()


@pytest.fixture
def grant_editor(monkeypatch: pytest.MonkeyPatch):
    """A function that makes an AppTest session an editor (as if it had typed the passcode)."""
    from dashboard.roles import EditorGrant
    from dashboard.ui.roles import configured_passcode

    monkeypatch.setenv("ATLAS_EDITOR_PASSWORD", "test passcode")
    passcode = configured_passcode()

    def grant(at):
        at.session_state["_atlas_editor_grant"] = EditorGrant(passcode.fingerprint)
        return at

    return grant


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The repository root (the folder holding app.py)."""
    return REPO_ROOT


@pytest.fixture(scope="session")
def world_atlas_dir() -> Path:
    """The npm package world-atlas (Natural Earth source of the states), fetched with npm pack.

    Skips when npm or the npm registry is unreachable: the comparison needs the source itself.
    """
    from geodata.build.natural_earth import WORLD_ATLAS
    from geodata.build.npm import npm_package_dir

    try:
        return npm_package_dir(*WORLD_ATLAS)
    except RuntimeError as exc:
        pytest.skip(f"cannot fetch the Natural Earth source package: {exc}")


def map_args(at, index: int = 0) -> dict:
    """The JSON arguments of the ``index``-th polar map on an AppTest page.

    AppTest cannot render custom components; it keeps their element (type ``bidi_component``)
    with the arguments the browser would receive, which is what the map draws.
    """
    import json

    element = at.get("bidi_component")[index]
    assert element.proto.component_name == "arctic_atlas.polar_map"
    return json.loads(element.proto.json)


def shown_map_layers(at, index: int = 0) -> dict[str, dict]:
    """Layer id -> description of the layers the map shows (its ``visible`` list)."""
    args = map_args(at, index)
    return {d["id"]: d for d in args["layers"] if d["id"] in args["visible"]}
