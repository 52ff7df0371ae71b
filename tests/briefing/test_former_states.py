"""A story of a former state's time: its capital and its successor's name are the same side."""

from __future__ import annotations

from datetime import date

from briefer.analysis.model import Analysis
from briefer.briefing.build import build_briefing
from briefer.briefing.parties.former_states import (
    former_state_names,
    merged_stats,
    story_time,
)
from briefer.briefing.stats import ActorStats
from briefer.sources.document import Document
from tests.briefing.analysed import make_doc

BLOCKS = [
    ("Soviet fighter shoots down airliner over Sea of Japan", "heading"),
    (
        "The Soviet Union shot down a South Korean airliner carrying 240 passengers on "
        "Thursday after it strayed over Sakhalin, South Korea said.",
        "paragraph",
    ),
    (
        "Moscow denied that its pilots had fired on the plane and accused Seoul of sending it on "
        "a spying mission. The Kremlin said the aircraft had ignored warnings.",
        "paragraph",
    ),
    (
        "South Korea demanded an apology and compensation from Russia. The Soviet Union rejected "
        "the demand and accused Seoul of provoking the clash.",
        "paragraph",
    ),
]


def _story(published: date | None) -> tuple[Document, Analysis]:
    return make_doc("kal", BLOCKS, published=published)  # type: ignore[arg-type]


def _principals(items: list[tuple[Document, Analysis]]) -> set[str]:
    actors = build_briefing(items).section("actors")
    assert actors is not None
    return {a.name for a in actors.actors if a.principal}


def test_a_story_of_the_former_states_time_gives_it_its_successors_mentions() -> None:
    assert former_state_names([_story(date(1983, 9, 2))]) == {"Russia": "Soviet Union"}


def test_a_story_after_the_former_state_ended_keeps_todays_names() -> None:
    assert former_state_names([_story(date(2023, 9, 2))]) == {}


def test_the_story_time_is_the_latest_year_written_when_undated() -> None:
    doc, analysis = _story(None)
    assert story_time([(doc, analysis)]) is None
    dated = [
        ("In 1983 " + BLOCKS[1][0], "paragraph") if i == 1 else b for i, b in enumerate(BLOCKS)
    ]
    assert story_time([make_doc("kal2", dated, published=None)]) == date(1983, 1, 1)  # type: ignore[arg-type]


def test_undated_without_years_needs_the_former_state_named_as_often() -> None:
    # "The Soviet Union" named as often as "Russia" (the Kremlin, Russia): the story's own.
    told = [*BLOCKS, ("The Soviet Union closed the area to ships.", "paragraph")]
    assert former_state_names([make_doc("told", told, published=None)]) == {  # type: ignore[arg-type]
        "Russia": "Soviet Union"
    }
    # Named less than its successor ("Soviet" counts as the Soviet Union since 'Soviet fighter'
    # is a mention of it; one more "Russia" tips the count).
    fewer = [*BLOCKS, ("Russia later paid no compensation.", "paragraph")]
    assert former_state_names([make_doc("fewer", fewer, published=None)]) == {}  # type: ignore[arg-type]
    modern = [(b[0].replace("Soviet", "Russian"), b[1]) for b in BLOCKS]
    modern.append(("The Soviet Union collapsed long ago.", "paragraph"))
    assert former_state_names([make_doc("mod", modern, published=None)]) == {}  # type: ignore[arg-type]


def test_the_side_is_the_soviet_union_not_russia_in_1983() -> None:
    principals = _principals([_story(date(1983, 9, 2))])
    assert "Soviet Union" in principals
    assert "Russia" not in principals


def test_merged_stats_add_counts_and_join_sets() -> None:
    a = ActorStats("Soviet Union", mentions=2, weighted=1.5, agent=False, documents={"x"})
    b = ActorStats("Russia", mentions=3, weighted=2.0, agent=True, documents={"y"})
    m = merged_stats(a, b, "Soviet Union")
    assert (m.name, m.mentions, m.weighted, m.agent) == ("Soviet Union", 5, 3.5, True)
    assert m.documents == {"x", "y"}


def test_a_former_states_adjective_is_a_mention_of_it() -> None:
    from briefer.analysis.entities import find_mentions

    found = {
        (m.surface, m.canonical)
        for m in find_mentions(
            "Yesterday the West German government said it was shocked, and Soviet officials "
            "said Moscow had refused."
        )
    }
    assert ("West German", "West Germany") in found
    assert ("Soviet", "Soviet Union") in found


def test_reactions_read_the_successor_as_the_former_state_in_its_time() -> None:
    from briefer.analysis.model import Sentence

    s = Sentence(0, 12, 0, "Moscow said.", label="reaction", speakers=("Russia",))
    assert s.renamed({"Russia": "Soviet Union"}).speakers == ("Soviet Union",)
    assert s.renamed({}) is s


def test_west_germany_of_its_time_takes_germanys_words() -> None:
    doc, analysis = make_doc(
        "kal-bans",
        [
            ("Airliner bans", "heading"),
            (
                "West Germany and Norway banned Soviet flights for two weeks. Germany said the "
                "attack on the airliner could not be excused.",
                "paragraph",
            ),
        ],
        published=date(1983, 9, 2),  # type: ignore[arg-type]
    )
    names = former_state_names([(doc, analysis)])
    assert names.get("Germany") == "West Germany"


def test_a_leader_of_the_cold_war_speaks_for_the_state_of_his_time() -> None:
    from briefer.analysis.affiliation import affiliations
    from briefer.analysis.entities import find_mentions

    text = (
        "Chancellor Helmut Schmidt urged restraint, President Lyndon B. Johnson called for a "
        "withdrawal and Leonid Brezhnev said nothing."
    )
    found = affiliations(text, find_mentions(text))
    assert found["Helmut Schmidt"] == "West Germany"
    assert found["Lyndon B. Johnson"] == "United States"
    assert found["Leonid Brezhnev"] == "Soviet Union"


def test_todays_state_named_more_than_the_former_one_is_todays_in_any_year() -> None:
    # Undated, and the only year written is the former state's last: still Russia's story.
    blocks = [
        ("Russian tanks cross into breakaway republic", "heading"),
        (
            "Russian troops crossed into the breakaway republic on Sunday, and Russia said "
            "the operation would restore order.",
            "paragraph",
        ),
        (
            "The republic declared independence in November 1991, as the Soviet Union was "
            "falling apart, and Russia has never recognised it.",
            "paragraph",
        ),
    ]
    assert former_state_names([make_doc("now", blocks, published=None)]) == {}  # type: ignore[arg-type]
    # Named as often as the successor, the former state is the story's own in its time.
    then = [*blocks, ("The Soviet Union sent more troops.", "paragraph")]
    assert former_state_names([make_doc("then", then, published=None)]) == {  # type: ignore[arg-type]
        "Russia": "Soviet Union"
    }


def test_a_name_saying_the_state_is_past_does_not_make_the_story_its_own() -> None:
    blocks = [
        ("Balkan leaders initial peace deal", "heading"),
        (
            "The presidents of Bosnia, Serbia and Croatia initialled an agreement on Tuesday "
            "to end the war in Bosnia.",
            "paragraph",
        ),
        (
            "The Security Council voted to lift its arms embargo on the former Yugoslavia.",
            "paragraph",
        ),
    ]
    story = make_doc("dayton", blocks, published=date(1995, 11, 22))  # type: ignore[arg-type]
    assert former_state_names([story]) == {}
    told = [(b[0].replace("the former Yugoslavia", "Yugoslavia"), b[1]) for b in blocks]
    then = make_doc("fry", told, published=date(1995, 11, 22))  # type: ignore[arg-type]
    assert former_state_names([then]) == {"Serbia": "Yugoslavia"}


def test_a_dated_story_of_its_time_gives_the_seat_to_a_former_state_it_never_names() -> None:
    blocks = [
        ("Colonel takes power after week of fighting", "heading"),
        (
            "The colonel's forces entered the capital on Sunday. Moscow radio described the "
            "change of government as a conquest carried out by hired men, and the Kremlin "
            "said it would raise the matter at the United Nations.",
            "paragraph",
        ),
    ]
    then = make_doc("then", blocks, published=date(1954, 7, 6))  # type: ignore[arg-type]
    assert former_state_names([then]) == {"Russia": "Soviet Union"}
    # Moscow alone (the Kremlin of 1954 is the Soviet Union's in the text already).
    moscow = [(blocks[0][0], "heading"), ("Moscow radio called it a conquest.", "paragraph")]
    alone = make_doc("alone", moscow, published=date(1954, 7, 6))  # type: ignore[arg-type]
    assert former_state_names([alone]) == {"Russia": "Soviet Union"}
    # Before the Union began, and after it ended, Moscow is no seat of the Soviet Union.
    before = make_doc("before", moscow, published=date(1918, 3, 3))  # type: ignore[arg-type]
    assert former_state_names([before]) == {}
    after = make_doc("after", blocks, published=date(2014, 3, 3))  # type: ignore[arg-type]
    assert former_state_names([after]) == {}
    # Undated, a year the text writes may be history: the text must name the former state.
    undated = make_doc("undated", [*blocks, ("In 1954 it began.", "paragraph")], published=None)  # type: ignore[arg-type]
    assert former_state_names([undated]) == {}


def test_west_germany_named_germany_in_its_time_is_west_germany() -> None:
    # The Federal Republic called itself Germany: a story of 1976 that says "Germany" more
    # often than "West Germany" still tells of it, where "Russia" in 1985 would not.
    blocks = [
        ("Bonn recalls envoy over border shooting", "heading"),
        (
            "Germany recalled its ambassador on Tuesday after border guards shot a lorry "
            "driver, and the government in Bonn said Germany would raise the killing at the "
            "United Nations. West Germany had warned of such shootings before.",
            "paragraph",
        ),
        ("Germany said the guards had fired without warning.", "paragraph"),
    ]
    story = make_doc("bonn", blocks, published=date(1976, 8, 10))  # type: ignore[arg-type]
    assert former_state_names([story]) == {"Germany": "West Germany"}


def test_a_former_state_named_before_it_began_takes_no_mentions() -> None:
    # "West German" in May 1949, days before the Federal Republic began, names the western
    # zones of the occupied land, and "Germany" is that whole land.
    blocks = [
        ("Western powers plan for Germany", "heading"),
        (
            "The three Western foreign ministers met on Monday to discuss the future of "
            "Germany, and the West German parliamentary council approved a constitution.",
            "paragraph",
        ),
        ("Germany would be governed from two capitals, officials said.", "paragraph"),
    ]
    story = make_doc("zones", blocks, published=date(1949, 5, 16))  # type: ignore[arg-type]
    assert former_state_names([story]) == {}
    later = make_doc("fed", blocks, published=date(1949, 9, 16))  # type: ignore[arg-type]
    assert former_state_names([later]) == {"Germany": "West Germany"}


def test_a_union_of_states_seat_is_its_forerunners_before_the_union() -> None:
    # Tanganyika joined Zanzibar as Tanzania in April 1964: in January its seat was its own.
    blocks = [
        ("Troops mutiny in East African capital", "heading"),
        (
            "Soldiers of Tanganyika's army seized the airport on Monday, and officials in Dar "
            "es Salaam said the government had asked Britain for help.",
            "paragraph",
        ),
        ("Kenya said it was watching the mutiny closely.", "paragraph"),
    ]
    then = make_doc("mutiny", blocks, published=date(1964, 1, 21))  # type: ignore[arg-type]
    assert former_state_names([then]) == {"Tanzania": "Tanganyika"}
    names = {a.name for a in build_briefing([then]).section("actors").actors}  # type: ignore[union-attr]
    assert "Tanzania" not in names
    later = make_doc("later", blocks, published=date(1965, 1, 21))  # type: ignore[arg-type]
    assert former_state_names([later]) == {}


def test_of_two_states_that_united_the_one_whose_seat_the_text_names_is_the_storys() -> None:
    # North and South Yemen united in 1990, Sanaa and Aden now both Yemen's.
    south = [
        ("Party rivals fight in southern capital", "heading"),
        (
            "Fighting broke out in Aden on Monday between rival factions of the ruling party, "
            "and Aden radio said the president's opponents had been arrested.",
            "paragraph",
        ),
        ("North Yemen closed its border, and South Yemen asked Moscow for help.", "paragraph"),
    ]
    then = make_doc("aden", south, published=date(1986, 1, 14))  # type: ignore[arg-type]
    assert former_state_names([then]).get("Yemen") == "South Yemen"
    north = [
        ("Army officers seize power in northern capital", "heading"),
        (
            "Officers seized the radio station in Sanaa on Tuesday, and officials in Sanaa said "
            "the army had taken over the government.",
            "paragraph",
        ),
        (
            "South Yemen said it would not interfere. North Yemen's new rulers thanked it.",
            "paragraph",
        ),
    ]
    coup = make_doc("sanaa", north, published=date(1974, 6, 13))  # type: ignore[arg-type]
    assert former_state_names([coup]).get("Yemen") == "North Yemen"


def test_a_divided_lands_name_in_a_story_of_the_division_is_no_party() -> None:
    blocks = [
        ("Northern troops enter southern capital", "heading"),
        (
            "North Vietnamese tanks entered Saigon on Wednesday and South Vietnam surrendered. "
            "Vietnam said the war was over, and Vietnam would hold elections.",
            "paragraph",
        ),
        ("North Vietnam said the city would be renamed. France urged calm.", "paragraph"),
    ]
    then = build_briefing([make_doc("war", blocks, published=date(1975, 4, 30))])  # type: ignore[arg-type]
    names = {a.name for a in then.section("actors").actors}  # type: ignore[union-attr]
    assert {"North Vietnam", "South Vietnam"} <= names
    assert "Vietnam" not in names and "Vietnam" not in then.principals
    now = build_briefing([make_doc("now", blocks, published=date(1985, 4, 30))])  # type: ignore[arg-type]
    assert "Vietnam" in {a.name for a in now.section("actors").actors}  # type: ignore[union-attr]


def test_a_state_that_broke_away_is_its_old_states_before_it_did() -> None:
    # Dacca was East Pakistan's capital until Bangladesh declared independence in March 1971.
    blocks = [
        ("Floods leave thousands homeless in the east", "heading"),
        (
            "Floods swept the delta on Sunday, and officials in Dacca said thousands of "
            "villagers had lost their homes. Pakistan sent army helicopters.",
            "paragraph",
        ),
        ("Officials in Dacca asked for tents and medicine. India offered help.", "paragraph"),
    ]
    then = make_doc("delta", blocks, published=date(1970, 8, 3))  # type: ignore[arg-type]
    assert former_state_names([then]) == {"Bangladesh": "Pakistan"}
    briefing = build_briefing([then])
    assert "Bangladesh" not in {a.name for a in briefing.section("actors").actors}  # type: ignore[union-attr]
    later = make_doc("later", blocks, published=date(1974, 8, 3))  # type: ignore[arg-type]
    assert former_state_names([later]) == {}
