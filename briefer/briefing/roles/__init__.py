"""What part one mention plays in its sentence: side, helper, place, topic, label or quote.

`cues` reads the words around a mention (confrontation, help, mediation, labels, quotes) and
gives its `RoleCues`; `places` tells ground, topics and venues from parties, `attacks` and
`courts` the authors and targets of force and of prosecution, `credits` bylines and cited
outlets, `commentators` voices from outside the story; `literal_gates` holds the quick tests
they run before a pattern searches. `briefing.stats.collect` tallies these per actor.
"""
