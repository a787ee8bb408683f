"""Articles' reference dates: stored with their precision, listed by `factdb articles`, set by
`factdb article ID --published` (claims' dates resolved again, reviews kept)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result
from sqlalchemy import select

from factdb.claims.queries import get_claim, history
from factdb.claims.review import review_claim
from factdb.cli import app
from factdb.store.database import Database
from factdb.store.models import Article, Claim

TEXT = (
    "Harvest report\n\n"
    "The 2024 harvest was large. In June, farmers sold 5 million bushels of wheat.\n"
)


def _run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def _ingest(db_url: str, tmp_path: Path, *extra: str) -> Database:
    path = tmp_path / "harvest.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = _run("ingest", str(path), "--jobs", "1", "--db", db_url, *extra)
    assert result.exit_code == 0, result.output
    return Database(db_url)


def _articles(db: Database) -> list[Article]:
    with db.session() as session:
        return list(session.scalars(select(Article).order_by(Article.id)))


def test_a_year_only_date_is_stored_as_a_year(db_url: str, tmp_path: Path) -> None:
    db = _ingest(db_url, tmp_path)
    [article] = _articles(db)
    assert (str(article.published), article.published_precision) == ("2024-01-01", "year")
    assert article.published_inferred
    listing = _run("articles", "--db", db_url)
    assert listing.exit_code == 0, listing.output
    line = next(x for x in listing.output.splitlines() if "Harvest report" in x)
    assert line.split()[-4:] == ["2024", "year", "yes", "1"]
    db.dispose()


def test_published_option_keeps_the_precision_given(db_url: str, tmp_path: Path) -> None:
    db = _ingest(db_url, tmp_path, "--published", "2024-07")
    [article] = _articles(db)
    assert (str(article.published), article.published_precision) == ("2024-07-01", "month")
    assert not article.published_inferred
    db.dispose()


def test_setting_an_article_date_re_resolves_its_claims(db_url: str, tmp_path: Path) -> None:
    db = _ingest(db_url, tmp_path)
    [article] = _articles(db)
    with db.session() as session:
        [claim] = session.scalars(select(Claim).where(Claim.article_id == article.id)).all()
    review_claim(db, claim.id, status="verified", note="sold in June", reviewer="ann")

    result = _run("article", str(article.id), "--published", "2024-08-06", "--db", db_url)

    assert result.exit_code == 0, result.output
    assert f"article {article.id}: date 2024 (inferred) → 2024-08-06" in result.output
    after = get_claim(db, claim.id)
    assert after.date == "2024-06"
    assert (after.status, after.note) == ("verified", "sold in June")
    assert [r.action for r in history(db, claim.id)] == ["review"]
    if claim.date != after.date:
        assert f"claim {claim.id} 'In June': {claim.date or 'none'} → 2024-06" in result.output
    [article] = _articles(db)
    assert (article.published_precision, article.published_inferred) == ("day", False)
    listing = _run("articles", "--source", str(article.source_id), "--db", db_url)
    assert "2024-08-06" in listing.output and "no" in listing.output.split()
    db.dispose()


def test_unknown_article_or_source_and_bad_dates_are_refused(db_url: str, tmp_path: Path) -> None:
    db = _ingest(db_url, tmp_path)
    runner = CliRunner()
    for args, message in [
        (["article", "999", "--published", "2024"], "article 999: no such article"),
        (["article", "1", "--published", "June 2024"], "--published 'June 2024' is not a date"),
        (["articles", "--source", "999"], "source 999: no such source"),
    ]:
        result = runner.invoke(app, [*args, "--db", db_url])
        assert result.exit_code == 1 and message in result.output, result.output
    db.dispose()
