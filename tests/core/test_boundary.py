"""The library never imports the UI (harlequin's rule): checked in a clean interpreter."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import factdb


def test_no_factdb_module_imports_textual_or_tui() -> None:
    modules = [
        m.name
        for m in pkgutil.walk_packages(factdb.__path__, "factdb.")
        if ".migrations" not in m.name  # Alembic scripts run only inside Alembic
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = [m for m in sys.modules if m == 'textual' or m.startswith(('textual.', 'tui'))]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
