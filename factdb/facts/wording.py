"""How facts read in words (Rich markup): their dates, checks, timeline and undone overrides,
for the CLI and the review app alike."""

from __future__ import annotations

from rich.markup import escape

from factdb.facts.checks import FactChecks
from factdb.facts.overrides import Undone
from factdb.store.models import Fact


def fact_dates(fact: Fact) -> str:
    """The dates a fact's claims are for: "2023 → 2024", one date, or ""."""
    if fact.first_date == fact.last_date:
        return fact.first_date or ""
    return f"{fact.first_date} → {fact.last_date}"


def check_lines(checks: FactChecks) -> list[str]:
    """A fact's checks in words (Rich markup): consistent, or each conflict and stale rate,
    then the notes."""
    lines = []
    if not checks.findings:
        lines.append("[green]consistent[/]: every statement for the same period agrees")
    for finding in checks.findings:
        label = "conflict" if finding.check == "values" else "stale rate"
        lines.append(f"[red]{label}[/]: {escape(finding.message)}")
    lines.extend(f"[dim]{escape(note)}[/]" for note in checks.notes)
    return lines


def timeline_lines(checks: FactChecks) -> list[str]:
    """A fact's timeline (Rich markup), a line per period: its quotes and the change."""
    lines = []
    for p in checks.timeline:
        change = f"  ({p.change:+.0%})" if p.change is not None else ""
        quotes = ", ".join(f"“{c.statement.quote}”" for c in p.items)
        lines.append(f"  {p.date}  {escape(quotes)}{change}")
    return lines


def why_text(evidence: str) -> str:
    """Why a claim is in its fact, in words (Rich markup): the matching evidence, or its key."""
    if evidence:
        return f"[dim]why:[/] {escape(evidence)}"
    return "[dim]why: same noun, dimension and subject as the fact (its key), or its first claim[/]"


def undone_text(undone: Undone) -> str:
    """What an undo took back, in words: "undid override 3: rename to 'X'; see fact 12"."""
    o = undone.override
    what = {
        "merge": f"merge of {o.fact_key!r} into {o.target_key!r}",
        "rename": f"rename to {o.name!r}",
    }.get(o.action, "split of a claim")
    see = f"; see fact {undone.fact_id}" if undone.fact_id is not None else ""
    return f"undid override {o.id}: {what}{see}"
