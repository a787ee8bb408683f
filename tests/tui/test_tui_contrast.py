"""Every screen of the real app, in a dark and a light theme, is readable: no visible
character is drawn with a foreground/background contrast below WCAG's 3:1."""

from __future__ import annotations

import pytest
from textual.dom import DOMNode
from textual.pilot import Pilot
from textual.screen import Screen
from tui_harness import drive, low_contrast, settle

from factdb.store.database import Database
from tui.app import FactdbApp
from tui.screens.articles import ArticlesScreen
from tui.screens.claims import ClaimsScreen
from tui.screens.correct import CorrectScreen
from tui.screens.facts import FactsScreen
from tui.screens.help import HelpScreen
from tui.screens.prompt import TextPrompt

THEMES = ("textual-dark", "textual-light")
# The keys that open each screen from the claims screen, and the screen they open.
SCREENS: dict[str, tuple[tuple[str, ...], type[DOMNode]]] = {
    "claims and detail": ((), ClaimsScreen),
    "claims reviewed": (("v", "down", "d", "n", *"checked", "enter"), ClaimsScreen),
    "articles": (("a",), ArticlesScreen),
    "facts": (("f",), FactsScreen),
    "help": (("question_mark",), HelpScreen),
    "note": (("n",), TextPrompt),
    "evidence": (("e", *"not a url", "enter"), TextPrompt),
    "correct": (("c", "tab", *"bananas", "enter"), CorrectScreen),
    "export": (("x",), TextPrompt),
}


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("name", SCREENS)
def test_every_character_is_readable(db: Database, name: str, theme: str) -> None:
    keys, screen_type = SCREENS[name]

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        app.theme = theme
        await pilot.press(*keys)
        await settle(pilot)
        assert isinstance(app.screen, screen_type)
        unreadable = low_contrast(app)
        assert not unreadable, f"{name} in {theme}:\n" + "\n".join(unreadable[:20])

    drive(db, scenario)


def test_every_screen_keeps_textual_default_styles() -> None:
    """Textual's CSS follows a class's first DOMNode base: each screen must reach Screen."""
    for screen in (ClaimsScreen, ArticlesScreen, FactsScreen, HelpScreen, TextPrompt):
        assert Screen in screen._css_bases(screen), screen
    assert Screen in CorrectScreen._css_bases(CorrectScreen)
