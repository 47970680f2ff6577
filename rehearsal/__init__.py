"""A whole meeting, rehearsed: a seeded, deterministic generator of realistic data, driven
through the core's services (never SQL inserts), for the demo, the tests and the benchmarks.

It sits above the core (catalogue, scheduler) and below the front ends, which it never
imports: what it builds is what delegates, the secretariat and organisers would have built
through the chat or the console."""
