"""The articles screen: every article with its claim counts and review progress."""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label
from textual.worker import get_current_worker

from factdb.claims.queries import ArticleSummary, list_articles
from factdb.store.database import Database
from factdb.store.models import Article
from tui.messages import ArticlesLoaded
from tui.worker_errors import ReportsWorkerErrors


def published_text(article: Article) -> str:
    """An article's date to its precision ("2024-06", "2024"), "(inferred)" when it was
    guessed from the text rather than given; "unknown" without one. Rows older than the
    precision column are days."""
    if article.published is None:
        return "unknown"
    precision = article.published_precision or "day"
    shown = article.published.isoformat()[: {"year": 4, "month": 7}.get(precision, 10)]
    return f"{shown} (inferred)" if article.published_inferred else shown


class ArticlesScreen(ReportsWorkerErrors, Screen[ArticleSummary | None]):
    """Pick an article to review; returns it, or None to keep the current filter."""

    CSS_PATH = "articles.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="back"),
        Binding("enter", "open", "Open article", id="open-article"),
    ]

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self._articles: list[ArticleSummary] = []

    def compose(self) -> ComposeResult:
        yield Label("Articles", id="articles-title")
        table: DataTable[str] = DataTable(cursor_type="row", zebra_stripes=True, id="articles")
        table.add_columns(
            "id", "source", "#", "published", "title", "claims", "reviewed", "progress"
        )
        yield table
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#articles", DataTable).loading = True
        self._load()

    @work(thread=True, exclusive=True, group="articles", exit_on_error=False)
    def _load(self) -> None:
        articles = list_articles(self._db)
        if not get_current_worker().is_cancelled:
            self.post_message(ArticlesLoaded(articles))

    @on(ArticlesLoaded)
    def _show(self, message: ArticlesLoaded) -> None:
        self._articles = message.articles
        table = self.query_one("#articles", DataTable)
        for a in message.articles:
            done = a.reviewed / a.claims if a.claims else 1.0
            bar = "█" * round(done * 10) + "░" * (10 - round(done * 10))
            table.add_row(
                str(a.article.id),
                a.source_path,
                str(a.article.ordinal),
                published_text(a.article),
                a.article.title,
                str(a.claims),
                str(a.reviewed),
                f"{bar} {done:4.0%}",
            )
        table.loading = False
        table.focus()

    @on(DataTable.RowSelected)
    def action_open(self) -> None:
        table = self.query_one("#articles", DataTable)
        if self._articles:
            self.dismiss(self._articles[table.cursor_row])

    def action_back(self) -> None:
        self.dismiss(None)
