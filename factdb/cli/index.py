"""Which module defines each command, and its one-line help.

`factdb --help` lists the commands from this index without importing them, and a command's
module (with the library it calls: the extractor, pint, dateparser, Alembic…) is imported only
when that command runs, so every command starts fast. ``tests/core/test_cli_start.py`` checks
the index against the commands themselves.
"""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, str]] = {
    "ingest": (
        "factdb.cli.store_cmds",
        "Ingest files, folders and http(s) URLs (text, HTML, PDF, RSS/Atom): split articles, "
        "extract claims, store them with their citations.",
    ),
    "articles": (
        "factdb.cli.articles_cmds",
        "List articles with their position in the source, title and reference date.",
    ),
    "article": (
        "factdb.cli.articles_cmds",
        "Set an article's reference date and re-resolve its claims' dates (reviews stay).",
    ),
    "claims": ("factdb.cli.claims_list", "List claims, filtered."),
    "show": (
        "factdb.cli.claims_cmds",
        "Show a claim in its context, with its citation and review history.",
    ),
    "review": (
        "factdb.cli.claims_cmds",
        "Review a claim: set its status, note, evidence or corrections (scriptable).",
    ),
    "history": (
        "factdb.cli.claims_cmds",
        "Show a claim's review history (append-only audit trail).",
    ),
    "export": (
        "factdb.cli.claims_cmds",
        "Export claims to FILE (CSV by default), written atomically.",
    ),
    "stats": (
        "factdb.cli.claims_cmds",
        "Counts of sources, articles, claims by status and kind, and reviews.",
    ),
    "import": (
        "factdb.cli.store_cmds",
        "Restore a `factdb export --format jsonl` backup into an empty database.",
    ),
    "import-reviews": (
        "factdb.cli.store_cmds",
        "Apply reviews edited in a claims CSV back by claim id (all rows or none).",
    ),
    "reextract": (
        "factdb.cli.store_cmds",
        "Re-run the current extractor over stored sources, keeping every claim's reviews.",
    ),
    "migrate": (
        "factdb.cli.store_cmds",
        "Upgrade the database's schema to this factdb's (a SQLite file is backed up first).",
    ),
    "eval": (
        "factdb.cli.eval_cmd",
        "Score the extractor: precision, recall and F1 against GOLD.jsonl, with its misses and "
        "false alarms; or, with --from-reviews, precision over the claims people reviewed.",
    ),
    "facts": (
        "factdb.cli.facts_cmds",
        "List facts (claims grouped by what they measure), conflicting ones first.",
    ),
    "fact": (
        "factdb.cli.facts_cmds",
        "Show a fact: every claim with its source, date and status, the checks and timeline.",
    ),
    "fact-merge": (
        "factdb.cli.facts_cmds",
        "Merge fact FACT_ID into fact INTO_ID (kept across re-extraction).",
    ),
    "fact-split": (
        "factdb.cli.facts_cmds",
        "Take claim CLAIM_ID out of its fact into a fact of its own.",
    ),
    "fact-rename": ("factdb.cli.facts_cmds", "Rename fact FACT_ID to NAME."),
    "fact-undo": (
        "factdb.cli.facts_cmds",
        "Undo the latest merge, split or rename (or OVERRIDE_ID); the undo is recorded too.",
    ),
}
