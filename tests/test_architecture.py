"""The three tiers as the code imports them: geodata/ and dashboard/ outside ui/ never import
Streamlit, and no app code reaches into Streamlit's private internals."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO_ROOT

#: The Streamlit modules app code may import; everything else under ``streamlit.`` is internal.
PUBLIC_STREAMLIT_MODULES = {"streamlit", "streamlit.components.v1"}

#: Run in a fresh interpreter so that no earlier test's imports can hide (or cause) a hit:
#: import each module in turn and name the first one after which streamlit is loaded.
FIRST_STREAMLIT_IMPORTER = """
import importlib, json, sys
first = None
for name in json.loads(sys.argv[1]):
    importlib.import_module(name)
    if first is None and "streamlit" in sys.modules:
        first = name
print(json.dumps(first))
"""


def modules_under(package: str, *, skip: tuple[str, ...] = ()) -> list[str]:
    """Dotted names of every module of ``package`` (a folder under the repository root),
    except ``__main__`` modules (they run a command on import) and subpackages in ``skip``."""
    names = []
    for path in sorted((REPO_ROOT / package).rglob("*.py")):
        parts = path.relative_to(REPO_ROOT).with_suffix("").parts
        if parts[-1] == "__main__" or any(".".join(parts).startswith(s) for s in skip):
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


@pytest.mark.parametrize(
    "package, skip",
    [("geodata", ()), ("dashboard", ("dashboard.ui",))],
    ids=["geodata", "dashboard-except-ui"],
)
def test_data_and_logic_tiers_never_import_streamlit(package, skip):
    names = modules_under(package, skip=skip)
    assert len(names) > 5, names
    out = subprocess.run(
        [sys.executable, "-c", FIRST_STREAMLIT_IMPORTER, json.dumps(names)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, f"a {package} module does not import:\n{out.stderr[-1500:]}"
    first = json.loads(out.stdout)
    assert first is None, f"importing {first} loads streamlit; only dashboard.ui may draw"


def streamlit_internals(path: Path) -> list[str]:
    """Each import of a private Streamlit module, or ``st._name`` use, in one source file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules = [node.module]
            if node.module == "streamlit":
                modules += [f"streamlit.{alias.name}" for alias in node.names if alias.name in ("runtime", "web")]
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in ("st", "streamlit")
        ):
            if node.attr.startswith("_") or node.attr == "runtime":
                found.append(f"line {node.lineno}: {node.value.id}.{node.attr}")
            continue
        else:
            continue
        for module in modules:
            if module.split(".")[0] == "streamlit" and module not in PUBLIC_STREAMLIT_MODULES:
                found.append(f"line {node.lineno}: {module}")
    return found


def test_no_app_code_reaches_into_streamlit_internals():
    files = [REPO_ROOT / "app.py", *(REPO_ROOT / "app_pages").rglob("*.py"), *(REPO_ROOT / "dashboard").rglob("*.py")]
    offenders = {str(p.relative_to(REPO_ROOT)): hits for p in files if (hits := streamlit_internals(p))}
    assert not offenders, f"private Streamlit internals used: {offenders}"


def test_the_internals_check_sees_a_private_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import streamlit as st\n"
        "from streamlit.runtime.scriptrunner import get_script_run_ctx\n"
        "import streamlit.components.v1 as components\n"
        "st._main\n"
    )
    assert streamlit_internals(sample) == ["line 2: streamlit.runtime.scriptrunner", "line 4: st._main"]
