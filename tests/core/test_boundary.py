"""The library never imports the UI (harlequin's rule), checked in clean interpreters.

The CLI loads the review app's command through an entry point, so importing `factdb.cli`
may import `tui.command` (which needs only click) — but never Textual.
"""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import factdb

LIBRARY = [
    m.name
    for m in pkgutil.walk_packages(factdb.__path__, "factdb.")
    if ".migrations" not in m.name  # Alembic scripts run only inside Alembic
]


def _imported_after(modules: list[str]) -> list[str]:
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_no_factdb_module_imports_textual() -> None:
    loaded = _imported_after(LIBRARY)
    assert not [m for m in loaded if m == "textual" or m.startswith("textual.")]


def test_only_the_cli_plugin_loader_reaches_the_ui_package() -> None:
    core = [m for m in LIBRARY if not m.startswith("factdb.cli")]
    assert not [m for m in _imported_after(core) if m == "tui" or m.startswith("tui.")]
    assert "textual" not in _imported_after(["factdb.cli"])


def test_import_linter_contract_holds() -> None:
    """The static check (pyproject's import-linter contract) agrees: no import path at all."""
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint_imports)], capture_output=True, text=True, cwd=Path(__file__).parents[2]
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout
    assert "Floors: each layer imports only from the layers below it KEPT" in result.stdout
