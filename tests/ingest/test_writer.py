"""The ingest writer's bulk insert stores each claim exactly as the models describe it: the
row built from its mention, every other column at the model's default, and each
parenthetical conversion linked to the claim it converts — on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest
from seeded import SEED_FILE
from sqlalchemy import select
from sqlmodel import col

from factdb.claims.rows import claim_row
from factdb.extract import extract
from factdb.ingest import ingest_paths
from factdb.store.database import Database
from factdb.store.models import Article, Claim, Source


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_stored_claims_are_their_rows_with_model_defaults(
    request: pytest.FixtureRequest, backend: str
) -> None:
    db = Database(request.getfixturevalue(f"{backend}_url"))
    ingest_paths(db, [SEED_FILE])
    with db.session() as session:
        source = session.scalars(select(Source)).one()
        articles = session.scalars(select(Article).order_by(col(Article.id))).all()
        stored = session.scalars(select(Claim).order_by(col(Claim.id))).all()
    db.dispose()
    expected, links = [], []
    for article in articles:
        text = source.text[article.start : article.end]
        mentions = extract(text, article.published, precision=article.published_precision)
        first = len(expected)
        for mention in mentions:
            if mention.equivalent_to is not None:
                links.append((len(expected), first + mention.equivalent_to))
            assert source.id is not None and article.id is not None
            expected.append(
                claim_row(
                    mention,
                    text,
                    source_id=source.id,
                    source_sha256=source.sha256,
                    article_id=article.id,
                    offset=article.start,
                )
            )
    assert len(stored) == len(expected) > 100 and links
    defaults = Claim(**expected[0]).model_dump(exclude={"id", *expected[0]})
    assert defaults["status"] == "unreviewed" and defaults["version"] == 1
    equivalent = {i: stored[target].id for i, target in links}
    for i, (claim, row) in enumerate(zip(stored, expected, strict=True)):
        assert claim.model_dump(include=set(row)) == row
        assert claim.model_dump(exclude={"id", "equivalent_id", *row}) == {
            k: v for k, v in defaults.items() if k != "equivalent_id"
        }
        assert claim.equivalent_id == equivalent.get(i)
