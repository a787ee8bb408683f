"""`factdb eval`: score the extractor against gold claims or the database's reviews."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from factdb.cli import app
from factdb.cli.options import db_option, open_db
from factdb.errors import ValidationError
from factdb.evaluate import (
    Metrics,
    ReviewMetrics,
    ScoredClaim,
    evaluate_gold,
    evaluate_reviews,
)

console = Console(highlight=False)
SNIPPET_CHARS = 90


@app.command("eval")
@click.argument("gold", required=False, type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--source",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Corpus file the gold was annotated on (default: found in ./seeds or beside the gold).",
)
@click.option("--from-reviews", is_flag=True, help="Score from the database's reviews instead.")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@db_option
def eval_command(
    gold: Path | None, source: Path | None, from_reviews: bool, as_json: bool, db_url: str | None
) -> None:
    """Score the extractor: precision, recall and F1 against GOLD.jsonl, with its misses and
    false alarms; or, with --from-reviews, precision over the claims people reviewed."""
    if from_reviews:
        if gold is not None:
            raise ValidationError("give a GOLD.jsonl file or --from-reviews, not both")
        reviews = evaluate_reviews(open_db(db_url))
        if as_json:
            click.echo(json.dumps(reviews.as_dict(), indent=2))
        else:
            _print_reviews(reviews)
        return
    if gold is None:
        raise ValidationError("give a GOLD.jsonl file, or --from-reviews")
    metrics = evaluate_gold(gold, source)
    if as_json:
        click.echo(json.dumps(metrics.as_dict(), indent=2))
    else:
        _print_metrics(metrics)


def _snippet(claim: ScoredClaim) -> str:
    """The sentence around the quote, cut to fit a table cell."""
    sentence = " ".join(claim.sentence.split())
    if len(sentence) <= SNIPPET_CHARS:
        return sentence
    at = max(0, sentence.find(claim.quote) - SNIPPET_CHARS // 3)
    cut = sentence[at : at + SNIPPET_CHARS]
    return ("…" if at else "") + cut + ("…" if at + SNIPPET_CHARS < len(sentence) else "")


def _value(claim: ScoredClaim) -> str:
    text = f"{claim.value:g}" + (f"–{claim.value_max:g}" if claim.value_max is not None else "")
    return f"{text} {claim.unit}" if claim.unit else text


def _claims_table(title: str, claims: list[ScoredClaim], *, rule: bool) -> Table:
    table = Table(title=title, title_justify="left", header_style="bold")
    for column in ("art", "quote", "value", *(["rule"] if rule else []), "sentence"):
        table.add_column(column, overflow="fold")
    for c in claims:
        cells = [str(c.article_no), escape(c.quote), escape(_value(c))]
        table.add_row(*cells, *([escape(c.rule)] if rule else []), escape(_snippet(c)))
    return table


def _print_metrics(m: Metrics) -> None:
    table = Table(title="extractor vs gold", title_justify="left", header_style="bold")
    for column in ("", "precision", "recall", "F1", "tp", "predicted", "gold"):
        table.add_column(column, justify="right")
    for name, prf in (("detection", m.detection), ("strict", m.strict)):
        table.add_row(
            name,
            f"{prf.precision:.3f}",
            f"{prf.recall:.3f}",
            f"{prf.f1:.3f}",
            str(prf.tp),
            str(prf.predicted),
            str(prf.gold),
        )
    console.print(table)
    fields = Table(title="accuracy on matched claims", title_justify="left", header_style="bold")
    for column in ("field", "accuracy", "right", "matched"):
        fields.add_column(column, justify="right")
    for name, acc in m.fields.items():
        fields.add_row(name, f"{acc.accuracy:.3f}", str(acc.correct), str(acc.total))
    console.print(fields)
    console.print(f"{m.ignored} prediction(s) on gold marked unsure were ignored")
    if m.misses:
        console.print(_claims_table(f"misses ({len(m.misses)})", list(m.misses), rule=False))
    if m.false_alarms:
        title = f"false alarms ({len(m.false_alarms)})"
        console.print(_claims_table(title, list(m.false_alarms), rule=True))
    if m.value_errors:
        errors = Table(
            title=f"value errors ({len(m.value_errors)})", title_justify="left", header_style="bold"
        )
        for column in ("art", "quote", "predicted", "gold", "rule"):
            errors.add_column(column, overflow="fold")
        for p, g in m.value_errors:
            errors.add_row(
                str(g.article_no), escape(g.quote), escape(_value(p)), escape(_value(g)), p.rule
            )
        console.print(errors)


def _print_reviews(r: ReviewMetrics) -> None:
    console.print(
        f"reviewed {r.reviewed} claim(s): precision {r.precision:.3f}, "
        f"strict precision {r.strict_precision:.3f}"
    )
    console.print(
        f"right {r.right}  value errors {r.value_errors}  false alarms (rejected) {r.rejected}  "
        f"disputed {r.disputed}  noun corrections {r.noun_corrections}"
    )
    if r.by_rule:
        table = Table(title="by rule", title_justify="left", header_style="bold")
        for column in ("rule", "right", "value errors", "rejected", "disputed"):
            table.add_column(column, justify="right")
        for rule, counts in r.by_rule.items():
            table.add_row(escape(rule), *(str(n) for n in counts.values()))
        console.print(table)
