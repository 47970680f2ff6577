"""The fake Telegram: a Bot API emulator that enforces Telegram's rules, and a harness of
people who send and press.

A tool beside the product, not part of it: tests, benchmarks and the `console` and
`fake-api` commands use it; production modules never import it (an import-linter contract
in pyproject.toml checks this). It imports the bot, never the other way round.
"""
