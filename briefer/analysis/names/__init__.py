"""Rules for the names no list knows: people, organisations, companies, events, vessels and
places found by their shape and the words around them (titles, head words, "in"/"near").

`shapes` holds what a name looks like and the word lists every rule shares, `scan` the one pass
that finds where rules may start, `edges` where a name starts and stops; one module per kind of
name holds its candidates. `briefer.analysis.entities.find_mentions` runs them under the
gazetteer.
"""
