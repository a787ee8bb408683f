"""How claims, reviews and statuses read on screen."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from factdb.store.models import Status

# One component class per status, coloured by the theme (see app.tcss), so a status stays
# readable in dark and light themes alike. Widgets showing statuses declare these.
STATUS_CLASSES = frozenset(f"status--{s.value}" for s in Status)


def status_text(status: str, widget: Widget) -> Text:
    """A status, coloured by ``widget``'s status component class."""
    name = f"status--{status}"
    if name not in STATUS_CLASSES:
        return Text(status)
    return Text(status, style=widget.get_component_rich_style(name, partial=True))
