"""Third parties acting or speaking where no name heads the clause (issue #4): an unnamed organ
the sentence places ("In Oslo, the government froze ..."), people placed by a participle ("EU
ministers meeting in Riga said"), a state told by where it lies ("Neighbouring Chile closed"),
and a party's own envoy or embassy named on "Its"."""

from __future__ import annotations

from wire_story import wire_story

from briefer.analysis import analyse
from briefer.analysis.affiliation import affiliations
from briefer.analysis.entities import find_mentions
from briefer.analysis.reactions import acting_parties
from tests.analysis.story_readings import speakers_answering as _speakers


def _actors(text: str) -> tuple[str, ...]:
    mentions = sorted(find_mentions(text), key=lambda m: (m.start, -m.end))
    return acting_parties(text, mentions, affiliations(text, mentions))


def test_an_unnamed_organ_placed_by_a_capital_or_state_acts_for_that_state() -> None:
    assert _actors("In Oslo, the government froze the accounts of three shipping firms.") == (
        "Norway",
    )
    assert _actors("In Peru, state television denounced the seizure of the trawler.") == ("Peru",)
    assert _actors("Police in Nairobi dispersed a march towards the embassy on Friday.") == (
        "Kenya",
    )
    assert _actors("Cairo radio condemned the raid in its evening bulletin.") == ("Egypt",)


def test_a_placed_organ_still_needs_an_act() -> None:
    # a plan, a state of being or something done to others: no act of the state
    assert _actors("In Oslo, the government is expected to meet on Monday.") == ()
    assert _actors("In Oslo, the government has no say in the matter.") == ()
    assert _actors("In Oslo, flags on public buildings were lowered.") == ()
    # a town named before the organ is no state's capital
    assert _actors("Police in Bergen dispersed a march towards the harbour.") == ()


def test_people_placed_by_a_participle_leave_their_body_as_the_subject() -> None:
    assert _speakers(
        "European Union trade ministers meeting in Riga said they were alarmed by the ban."
    ) == ("European Union",)
    assert _actors("NATO ambassadors meeting in Brussels approved a new air policing mission.") == (
        "NATO",
    )
    # no body before the participle: the place speaks for no one
    assert _speakers("Delegates meeting in Riga said they were alarmed by the ban.") == ()


def test_a_state_told_by_where_it_lies_is_the_subject() -> None:
    assert _actors("Neighbouring Chile closed two border crossings on Thursday.") == ("Chile",)
    assert _speakers("Neighbouring Chile said it was alarmed by the fighting.") == ("Chile",)


def test_a_partys_own_envoy_or_embassy_acts_for_the_party_before() -> None:
    doc = wire_story(
        [
            ("Trawler seized off the coast", "heading"),
            (
                "Coast guard vessels of Freedonia seized a trawler on Monday. "
                "Norway condemned the seizure and asked for the crew's release. "
                "Its ambassador in Lima visited the crew on Tuesday.",
                "text",
            ),
        ],
        doc_id="trawler-envoy",
    )
    analysis = analyse(doc)
    visit = next(s for s in analysis.sentences if s.text.startswith("Its ambassador"))
    assert visit.speakers == ("Norway",)


def test_an_embassy_or_a_persons_ministry_named_again_speaks_for_the_party_before() -> None:
    doc = wire_story(
        [
            ("Flood aid", "heading"),
            (
                "Canada will fly tents to the delta, the Canadian embassy in Dhaka said. "
                "The embassy said it had also doubled its grant.",
                "text",
            ),
            (
                "Mexican Foreign Minister Ana Ruiz said the leak could not change Mexico's policy. "
                "Her ministry said it would read every cable before answering.",
                "text",
            ),
        ],
        doc_id="embassy-again",
    )
    analysis = analyse(doc)
    by_text = {s.text.split()[0] + s.text.split()[1]: s for s in analysis.sentences}
    assert by_text["Theembassy"].speakers == ("Canada",)
    assert by_text["Herministry"].speakers == ("Mexico",)


def test_a_persons_office_is_not_read_as_the_party_before() -> None:
    # "His office" speaks for the person named before it, never through the last state
    assert _speakers("His office said the minister would not resign.") != ("<it>",)
