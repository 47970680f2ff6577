"""Listing-to-listing matching across en/es/fr/pt, with reasons (no Telegram, no database)."""

from catalogue.matching.engine import Doc, Match, MatchIndex, Reason, explain

__all__ = ["Doc", "Match", "MatchIndex", "Reason", "explain"]
