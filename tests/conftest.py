"""Shared pytest fixtures: a test-only event database (SQLite, or PostgreSQL through ``store_url``),
pages run through app.py, the seed article, captured downloads and the Natural Earth source package."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from tests.helpers import REPO_ROOT
from tests.postgres_server import PostgresUnavailable, fresh_schema_url, postgres_for_tests

SEED_ARTICLE_NAME = "article-2025-02-27.txt"


def seed_article_path() -> Path | None:
    """The seed article (kept outside the repository): in ``$ATLAS_SEED_DIR`` if set, else in the
    first ``shared/seed/`` above the checkout (``/work/shared`` for ``/work/main`` and worktrees)."""
    if "ATLAS_SEED_DIR" in os.environ:
        candidates = [Path(os.environ["ATLAS_SEED_DIR"]) / SEED_ARTICLE_NAME]
    else:
        candidates = [folder / "shared" / "seed" / SEED_ARTICLE_NAME for folder in REPO_ROOT.parents]
    return next((path for path in candidates if path.is_file()), None)


@pytest.fixture(autouse=True)
def isolated_event_db(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point ATLAS_DB at a fresh per-test SQLite file so no test touches the user's database."""
    path = tmp_path_factory.mktemp("atlas-db") / "events.sqlite"
    monkeypatch.setenv("ATLAS_DB", str(path))
    return path


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """A throwaway PostgreSQL database for this session ($ATLAS_TEST_PG's server, or a private one).

    Skips, saying why, where neither can be had.
    """
    try:
        with postgres_for_tests() as url:
            yield url
    except PostgresUnavailable as exc:
        pytest.skip(f"PostgreSQL variant skipped: {exc}")


@pytest.fixture(params=["sqlite", "postgresql"])
def new_store_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Callable[[], str]:
    """A function returning the location of a fresh, empty event database on each call, on
    this test's backend: a new SQLite file, or a new schema of the session's PostgreSQL database."""
    if request.param == "sqlite":
        folder = tmp_path_factory.mktemp("stores")
        counter = itertools.count(1)
        return lambda: str(folder / f"events-{next(counter)}.sqlite")
    database = request.getfixturevalue("postgres_database")
    return lambda: fresh_schema_url(database)


@pytest.fixture
def store_url(new_store_url: Callable[[], str], monkeypatch: pytest.MonkeyPatch) -> str:
    """A fresh event database on each backend (the test runs once per backend), also set as
    ``$ATLAS_DB`` so the command line and the pages use it."""
    url = new_store_url()
    monkeypatch.setenv("ATLAS_DB", url)
    return url


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


@pytest.fixture
def run_page() -> Callable[..., AppTest]:
    """Run one page through app.py's navigation and return the AppTest: ``run_page("app_pages/x.py", query, grant)``.

    As Streamlit's AppTest guidance says for multipage apps: the app starts from ``app.py`` (page
    config and ``st.navigation``), the query parameters are set, and ``switch_page`` opens the page
    on the first run (each page's ``url_path`` is its file name, so no extra run of the default
    page is needed).
    """

    def run(
        path: str, query: dict[str, str] | None = None, grant: Callable[[AppTest], AppTest] | None = None
    ) -> AppTest:
        at = AppTest.from_file(str(REPO_ROOT / "app.py"), default_timeout=120)
        if grant is not None:  # the grant_editor fixture: this session is an editor
            grant(at)
        for key, value in (query or {}).items():
            at.query_params[key] = value
        return at.switch_page(path).run()

    return run


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article's text, kept outside the project (skips where it is absent)."""
    path = seed_article_path()
    if path is None:
        pytest.skip(
            f"the seed article is not on this machine (no shared/seed/{SEED_ARTICLE_NAME} above the checkout; or set ATLAS_SEED_DIR)"
        )
    return path.read_text(encoding="utf-8")


@pytest.fixture
def downloads(monkeypatch: pytest.MonkeyPatch) -> dict[str, tuple[bytes, str]]:
    """Every file a page hands to a download button in this test, by file name: (bytes, mimetype)."""
    saved: dict[str, tuple[bytes, str]] = {}
    original = MemoryMediaFileStorage.load_and_get_id

    def record(self, path_or_data, mimetype, kind, filename=None):
        data = path_or_data.encode() if isinstance(path_or_data, str) else path_or_data
        saved[filename] = (bytes(data), mimetype)
        return original(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", record)
    return saved


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
