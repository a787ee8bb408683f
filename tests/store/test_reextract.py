"""Re-extraction keeps claim ids and reviews; a changed file inherits its reviews.

A rule change is simulated by editing what the "old rules" stored: a drifted value, a span
one character short, a claim the old rules missed (deleted), one the new rules no longer
find (a made-up claim on a word) and an orphan the new rules find again.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import delete, func, insert, select

from factdb.claims.fingerprint import fingerprint
from factdb.claims.identity import ClaimKey, match_claims
from factdb.claims.queries import get_claim, history
from factdb.claims.reextract import reextract
from factdb.claims.review import Correction, review_claim
from factdb.cli import app
from factdb.ingest import ingest_paths
from factdb.store.database import Database
from factdb.store.models import Claim, Review, Source


def _claims(db: Database) -> list[Claim]:
    with db.session() as session:
        return list(session.scalars(select(Claim).order_by(Claim.id)))


def _unlinked(claims: list[Claim]) -> list[Claim]:
    linked = {c.equivalent_id for c in claims} | {c.id for c in claims if c.equivalent_id}
    return [c for c in claims if c.id not in linked]


def test_unchanged_rules_keep_every_claim(corpus_db: Database) -> None:
    before = _claims(corpus_db)
    report = reextract(corpus_db)
    assert (report.kept, report.changed, report.added, report.orphaned) == (len(before), 0, 0, 0)
    assert [(c.id, c.fingerprint, c.version) for c in _claims(corpus_db)] == [
        (c.id, c.fingerprint, c.version) for c in before
    ]


def test_rule_change_keeps_reviews_and_orphans_instead_of_deleting(corpus_db: Database) -> None:
    claims = _unlinked(_claims(corpus_db))
    drifted, shortened, missed, restored = claims[0], claims[1], claims[2], claims[3]
    review_claim(
        corpus_db, drifted.id, status="verified", correction=Correction(value=1234), reviewer="ann"
    )
    review_claim(corpus_db, shortened.id, status="disputed", note="check", reviewer="bob")
    sentence = drifted.sentence
    word = sentence.split()[-1].strip(".")
    start = drifted.sentence_start + sentence.rindex(word)
    with corpus_db.session() as session:
        source = session.get_one(Source, drifted.source_id)
        assert source.text[start : start + len(word)] == word
        session.get_one(Claim, drifted.id).value = drifted.value + 1
        short = session.get_one(Claim, shortened.id)
        short.end -= 1
        short.quote = short.quote[:-1]
        short.fingerprint = fingerprint(source.sha256, short.start, short.end, short.quote)
        session.get_one(Claim, restored.id).orphaned = True
        session.execute(delete(Claim).where(Claim.id == missed.id))
        row = drifted.model_dump(exclude={"id"}) | {
            "start": start,
            "end": start + len(word),
            "quote": word,
            "fingerprint": fingerprint(source.sha256, start, start + len(word), word),
        }
        gone_id = session.scalars(insert(Claim).returning(Claim.id), [row]).one()
    review_claim(corpus_db, gone_id, status="rejected", reviewer="cy")
    total = len(_claims(corpus_db))

    result = CliRunner().invoke(app, ["reextract", "--db", corpus_db.url])

    assert result.exit_code == 0, result.output
    kept = total - 4  # all but: drifted, shortened (changed), restored, the made-up one
    assert f"{kept} kept, 2 changed, 1 added, 1 orphaned, 1 restored" in result.output
    after = get_claim(corpus_db, drifted.id)
    assert (after.value, after.corrected_value, after.status) == (drifted.value, 1234, "verified")
    assert after.version == drifted.version + 2  # the review, then the re-extraction
    after = get_claim(corpus_db, shortened.id)
    assert (after.end, after.quote, after.status) == (shortened.end, shortened.quote, "disputed")
    assert get_claim(corpus_db, restored.id).orphaned is False
    gone = get_claim(corpus_db, gone_id)
    assert gone.orphaned and gone.status == "rejected"
    assert [r.status for r in history(corpus_db, gone_id)] == ["rejected"]
    with corpus_db.session() as session:
        found = session.scalars(select(Claim).where(Claim.fingerprint == missed.fingerprint))
        assert [c.quote for c in found] == [missed.quote]
        assert session.scalar(select(func.count(Review.id))) == 3

    again = reextract(corpus_db)
    assert (again.kept, again.changed, again.added, again.orphaned) == (total, 0, 0, 0)


def test_reextract_of_unknown_source_is_refused(corpus_db: Database) -> None:
    result = CliRunner().invoke(app, ["reextract", "--source", "999", "--db", corpus_db.url])
    assert result.exit_code != 0
    assert "source 999: no such source" in result.output


def test_changed_file_inherits_reviews_of_unchanged_sentences(
    db_url: str, tmp_path: Path, seed_text: str
) -> None:
    text = seed_text
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    db = Database(db_url)
    ingest_paths(db, [path])
    claims = _claims(db)
    kept, edited = claims[0], claims[-1]
    review_claim(db, kept.id, status="verified", note="seen it", reviewer="ann")
    review_claim(db, edited.id, status="disputed", reviewer="ann")
    new_sentence = edited.sentence.replace(edited.quote, f"{edited.quote} (revised)", 1)
    path.write_text(
        "Editor's note: updated.\n\n" + text.replace(edited.sentence, new_sentence),
        encoding="utf-8",
    )

    ingest_paths(db, [path])

    new = [c for c in _claims(db) if c.id > claims[-1].id]
    heir = next(c for c in new if c.quote == kept.quote and c.sentence == kept.sentence)
    assert (heir.status, heir.note, heir.reviewed_by) == ("verified", "seen it", "ann")
    assert [r.action for r in history(db, heir.id)] == ["inherit"]
    successor = next(c for c in new if c.sentence == new_sentence and c.quote == edited.quote)
    assert successor.status == "unreviewed"  # its sentence changed: the review may not apply
    old = [c for c in _claims(db) if c.id <= claims[-1].id]
    assert all(c.orphaned for c in old)
    assert get_claim(db, edited.id).status == "disputed"
    assert not any(c.orphaned for c in new)
    db.dispose()


def test_matching_prefers_fingerprint_then_overlap_then_quote() -> None:
    def key(fp: str, start: int, end: int, quote: str, sentence: str = "s") -> ClaimKey:
        return ClaimKey(fp, start, end, quote, sentence)

    old = [key("a", 0, 5, "5 km"), key("b", 10, 14, "3 kg"), key("c", 20, 22, "7")]
    new = [
        key("x", 30, 32, "7"),  # same quote, moved: pass 3
        key("a", 0, 5, "5 km"),  # same fingerprint: pass 1
        key("y", 10, 16, "3 kg of"),  # overlaps b: pass 2
        key("z", 40, 41, "9"),  # new
        key("w", 0, 3, "5 k", "another sentence"),  # overlaps a, but in another sentence
    ]
    assert match_claims(old, new) == [2, 0, 1, None, None]
