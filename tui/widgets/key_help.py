"""The key line: every key of the screen with what it does, wrapped to the screen's width, so
no binding is hidden at any width (Textual's footer cuts off what does not fit on one line)."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.geometry import Size
from textual.widgets import Static

GAP = "  "  # between two keys


class KeyHelp(Static):
    """Every binding of the screen that has a description and is meant to be shown, a key
    never parted from its description by the wrapping."""

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

    def _keys(self) -> list[tuple[str, str]]:
        """(key, description) of each binding shown, in the screen's order."""
        keys: list[tuple[str, str]] = []
        seen: set[str] = set()
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if binding.show and binding.description and binding.action not in seen:
                seen.add(binding.action)
                keys.append((self.app.get_key_display(binding), binding.description))
        return keys

    def _lines(self, width: int) -> list[list[tuple[str, str]]]:
        lines: list[list[tuple[str, str]]] = [[]]
        used = 0
        for key, description in self._keys():
            size = cell_len(f"{key} {description}")
            if lines[-1] and used + len(GAP) + size > width:
                lines.append([])
                used = 0
            used += (len(GAP) if lines[-1] else 0) + size
            lines[-1].append((key, description))
        return lines

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(width))

    def render(self) -> Text:
        # Built on each render, so the colours follow a change of theme.
        key_style = self.get_component_rich_style("key-help--key", partial=True)
        text = Text(no_wrap=True, overflow="crop")
        for number, line in enumerate(self._lines(self.content_size.width)):
            if number:
                text.append("\n")
            for index, (key, description) in enumerate(line):
                text.append(GAP if index else "")
                text.append(key, style=key_style)
                text.append(f" {description}")
        return text
