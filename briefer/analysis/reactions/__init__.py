"""Who speaks in a sentence, and with what stance.

A reaction is a reporting or attitudinal verb ("said", "urged", "voiced concern", "condemned")
whose subject is an entity. The speaker is the entity heading the subject noun phrase: "a
spokesperson for X", "officials in X" and "X's foreign ministry" all resolve to X; a person
resolves to the state or organisation in their title ("EU foreign policy chief Josep Borrell"
-> European Union; the titles, seats and institutions live in `affiliation`, whose public names
are re-exported here); coordinated subjects ("France, Germany and the UK said") give every party.
A party may also react by an act ("Hong Kong restricted imports": `acting_parties`). Where the
sentence names no one ("It said", "the bloc", "State media", "West African heads of state"), a
`Resolver` from the pipeline answers from the sentences before. The stance comes from the words
of the statement, read from the speaker's own clause (see `stance`).

The modules, each an idea: `cues` (the reporting verb and the shapes around it), `subjects`
(the subject walking back from a verb), `coordination` (lists of parties), `places` (a place or
capital standing for a speaker), `anaphors` (a speaker named again), `titles` (offices, chairs,
unnamed officials), `quotes` (quotations and attribution), `acts` (acts told as reactions),
`pronoun_acts` ("It expelled ..."), `act_parties` (the parties of an act), `organs` (a state's
organ no list knows), and the speaker finder that uses them all: `finding` (the state one
sentence's readings share), `verb_readings` (who speaks through each reporting verb),
`sentence_readings` (readings of the whole sentence, in the order they run) and `speakers`
(`find_speakers`, `analyse_reaction`).
"""

from __future__ import annotations

from briefer.analysis.affiliation import affiliations as affiliations
from briefer.analysis.affiliation import is_title_gap as is_title_gap
from briefer.analysis.owners import ROLE_WORDS as ROLE_WORDS
from briefer.analysis.owners import government_of as government_of
from briefer.analysis.owners import home_state as home_state
from briefer.analysis.owners import is_commentator as is_commentator
from briefer.analysis.owners import is_domestic_institution as is_domestic_institution
from briefer.analysis.owners import is_state as is_state
from briefer.analysis.owners import known_party as known_party
from briefer.analysis.owners import owner_body as owner_body
from briefer.analysis.owners import owner_state as owner_state
from briefer.analysis.owners import parent_body as parent_body
from briefer.analysis.owners import party_of as party_of
from briefer.analysis.reactions.act_parties import acting_parties as acting_parties
from briefer.analysis.reactions.acts import ANONYMITY as ANONYMITY
from briefer.analysis.reactions.acts import acting_subject as acting_subject
from briefer.analysis.reactions.acts import declines_only as declines_only
from briefer.analysis.reactions.acts import reaction_kind_act as reaction_kind_act
from briefer.analysis.reactions.acts import says_nothing as says_nothing
from briefer.analysis.reactions.anaphors import anaphor_kind as anaphor_kind
from briefer.analysis.reactions.anaphors import opening_person as opening_person
from briefer.analysis.reactions.coordination import coordinated as coordinated
from briefer.analysis.reactions.cues import VERB as VERB
from briefer.analysis.reactions.pronoun_acts import acts_by_pronoun as acts_by_pronoun
from briefer.analysis.reactions.pronoun_acts import acts_by_reference as acts_by_reference
from briefer.analysis.reactions.speakers import ADJACENT as ADJACENT
from briefer.analysis.reactions.speakers import BLOC_OF as BLOC_OF
from briefer.analysis.reactions.speakers import PAIR as PAIR
from briefer.analysis.reactions.speakers import STATE_BODY as STATE_BODY
from briefer.analysis.reactions.speakers import Reaction as Reaction
from briefer.analysis.reactions.speakers import Resolver as Resolver
from briefer.analysis.reactions.speakers import analyse_reaction as analyse_reaction
from briefer.analysis.reactions.speakers import find_speakers as find_speakers
from briefer.analysis.reactions.titles import leader_aide as leader_aide
from briefer.analysis.stance import CAMEO as CAMEO
from briefer.analysis.stance import cameo_of as cameo_of
from briefer.analysis.stance import stance_of as stance_of
from briefer.analysis.stance_cues import STANCE_CUES as STANCE_CUES
