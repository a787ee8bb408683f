"""Helpers for the review app's tests: build a database from the sample corpus, drive the real
app headless through its pilot and wait for its workers."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path

from rich.cells import cell_len
from rich.style import Style
from seeded import build
from textual._compositor import LayoutUpdate
from textual.app import App
from textual.color import Color
from textual.filter import dim_style
from textual.pilot import Pilot

from factdb.store.database import Database
from factdb.store.models import Claim
from tui.app import FactdbApp, create_app
from tui.screens.claims import ClaimsScreen

REVIEWER = "alice"
SIZE = (140, 45)
PUBLISHED = date(2024, 8, 6)  # fixed, so inferred dates do not depend on today


def build_for_app(path: Path, folder: Path) -> Path:
    """Ingest ``folder`` into a new SQLite database at ``path``, as the app's tests see it."""
    # Relative source paths, so what the app shows does not depend on where the tests run.
    with contextlib.chdir(folder.parent):
        return build(path, [Path(folder.name)], published=PUBLISHED)


async def settle(pilot: Pilot[None]) -> None:
    """Wait until timers have fired, workers have finished and their messages are handled."""
    for _ in range(3):
        await pilot.pause(0.05)
        # Not workers.wait_for_complete(): it raises for workers a newer one cancelled.
        while any(worker.is_running for worker in pilot.app.workers):
            await pilot.pause(0.01)
    await pilot.pause()


Scenario = Callable[[FactdbApp, Pilot[None]], Awaitable[None]]


def drive(db: Database, scenario: Scenario, *, size: tuple[int, int] = SIZE) -> None:
    """Run the real app on ``db`` headless, in a terminal of ``size``, and play ``scenario``
    against it."""

    async def main() -> None:
        app = create_app(db, reviewer=REVIEWER)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await scenario(app, pilot)

    asyncio.run(main())


# Characters that are decoration, not text: box and block drawing (borders, scrollbars, bars).
_DRAWING = range(0x2500, 0x25A0)
MIN_CONTRAST = 3.0  # WCAG 2.1 for large text and user-interface components


def main_screen(app: FactdbApp) -> ClaimsScreen:
    """The app's claims screen (failing the test if another screen is on top)."""
    screen = app.screen
    assert isinstance(screen, ClaimsScreen)
    return screen


def current(app: FactdbApp) -> Claim:
    """The claim under the claims table's cursor."""
    claim = main_screen(app).table.claim_at_cursor()
    assert claim is not None and claim.id is not None
    return claim


def _luminance(color: Color) -> float:
    """WCAG relative luminance of a colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(foreground: Color, background: Color) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def screen_lines(app: App[None]) -> list[str]:
    """The text on the app's screen, one string per terminal row."""
    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    assert isinstance(update, LayoutUpdate)
    return [
        "".join(segment.text for strip in line for segment in strip if not segment.control)
        for line in update.strips
    ]


def low_contrast(app: App[None], minimum: float = MIN_CONTRAST) -> list[str]:
    """Runs of visible characters on the app's screen (the modal's background screens
    included, as the compositor blends them) whose contrast is below ``minimum``, as
    "row 3, col 5 'text': #000000 on #000000 (1.00)". A character drawn in the terminal's
    default colour counts as failing: its contrast depends on the terminal."""
    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    assert isinstance(update, LayoutUpdate)
    found: list[str] = []
    for y, line in enumerate(update.strips):
        x = 0
        runs: list[tuple[int, str, str]] = []  # (column, text, why) of each failing run
        for segment in (segment for strip in line for segment in strip):
            if segment.control:
                continue
            why = _low(segment.style, minimum)
            for char in segment.text:
                if why is not None and not char.isspace() and ord(char) not in _DRAWING:
                    gap = x - runs[-1][0] - cell_len(runs[-1][1]) if runs else 2
                    if runs and runs[-1][2] == why and gap <= 1:
                        runs[-1] = (runs[-1][0], runs[-1][1] + " " * gap + char, why)
                    else:
                        runs.append((x, char, why))
                x += cell_len(char)
        found += [f"row {y}, col {col} {text!r}: {why}" for col, text, why in runs]
    return found


def _low(style: Style | None, minimum: float) -> str | None:
    """Why text in ``style`` is hard to read (None if it is not), as a terminal draws it."""
    if style is None or style.color is None or style.bgcolor is None:
        return "terminal default colour"
    if style.color.is_default or style.bgcolor.is_default:
        return "terminal default colour"
    if style.dim:  # terminals draw dim text half way to its background, as Textual's filter does
        style = dim_style(style, Color.from_rich_color(style.bgcolor), 0.5)
    assert style.color is not None and style.bgcolor is not None
    fg, bg = Color.from_rich_color(style.color), Color.from_rich_color(style.bgcolor)
    if style.reverse:
        fg, bg = bg, fg
    ratio = contrast(fg, bg)
    return None if ratio >= minimum else f"{fg.hex} on {bg.hex} ({ratio:.2f})"
