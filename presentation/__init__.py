"""What the chat and the console show alike, below both: the texts (Fluent catalogues in
en/es/fr/pt), how a place, an affiliation, a reason or a count is written, the charts, the
meeting's figures in words, the published catalogue and the report to the CIDI.

The chat (bot) and the console (web) stand side by side on it and import nothing of each
other; it stands on the core (catalogue, scheduler) and never imports a front end."""
