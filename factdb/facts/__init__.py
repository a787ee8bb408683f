"""Fact tracking: claims grouped by what they measure, checked for consistency.

Headless: the CLI and the review app call these functions; nothing here imports either.
"""

from factdb.facts.build import BuildReport, ensure_facts, rebuild
from factdb.facts.checks import FactChecks, Finding, Period

__all__ = ["BuildReport", "FactChecks", "Finding", "Period", "ensure_facts", "rebuild"]
