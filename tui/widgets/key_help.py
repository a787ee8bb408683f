"""The key line: every key of the screen with what it does, wrapped to the screen's width, so
no binding is hidden at any width (Textual's footer cuts off what does not fit on one line)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.widgets import Static


class KeyHelp(Static):
    """Every binding of the screen that has a description and is meant to be shown."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-help--key"}
    DEFAULT_CSS = """
    KeyHelp {
        height: auto;
        background: $footer-background;
        color: $foreground;
        padding: 0 1;
    }
    KeyHelp > .key-help--key {
        color: $text-primary;
        text-style: bold;
    }
    """

    def on_mount(self) -> None:
        self.watch(self.screen, "focused", self._focus_moved, init=False)

    def _focus_moved(self) -> None:
        self.refresh(layout=True)  # the focused widget's keys may differ

    def render(self) -> Text:
        # Built on each render, so the colours follow a change of theme.
        key_style = self.get_component_rich_style("key-help--key", partial=True)
        text = Text()
        seen: set[str] = set()
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if not binding.show or not binding.description or binding.action in seen:
                continue
            seen.add(binding.action)
            if text:
                text.append("  ")
            text.append(self.app.get_key_display(binding), style=key_style)
            text.append(f"\u00a0{binding.description}")  # a key and its action stay together
        return text
