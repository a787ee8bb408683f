"""The review app shows a claim's link in its detail pane and copies it with `y`."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from tui_harness import drive, settle

from factdb.ingest import ingest_paths
from factdb.store.database import Database
from tests.sources.samples import two_page_pdf
from tui.app import FactdbApp
from tui.widgets.detail import ClaimDetail


def test_y_copies_the_link_the_detail_pane_shows(tmp_path: Path) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(two_page_pdf())
    db = Database(f"sqlite:///{tmp_path / 'factdb.sqlite'}")
    ingest_paths(db, [report])

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        detail = app.screen.query_one(ClaimDetail)
        assert detail.context is not None
        link = detail.context.citation.link
        assert link == report.as_uri() + "#page=1"
        assert link in str(detail.render())
        await pilot.press("y")
        await settle(pilot)
        assert app.clipboard == link

    drive(db, scenario)
