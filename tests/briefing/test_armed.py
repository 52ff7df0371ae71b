"""Armed groups known by the data's list or by their own name (`parties.armed`)."""

from __future__ import annotations

import pytest

from briefer.briefing.parties.armed import armed_group


@pytest.mark.parametrize(
    ("name", "armed"),
    [
        # the data's list: names that say nothing of arms
        ("Polisario Front", True),
        ("Hamas", True),
        ("Kurdistan Workers' Party", True),
        ("People's Protection Units", True),
        # the name calls the body a fighting force
        ("Bougainville Revolutionary Army", True),
        ("Sudan People's Liberation Movement", True),
        ("Zambezi Liberation Front", True),
        ("Shower Posse", True),
        # movements of 1945-2025 whose names say nothing of arms, and one misread before
        ("Tupamaros", True),
        ("Black September", True),
        ("EOKA", True),
        ("Contras", True),
        ("Islamic Courts Union", True),
        ("Japanese Red Army", True),
        ("Sudan People's Liberation Army", True),
        ("Mau Mau", True),
        ("Hukbalahap", True),
        # a revolutionary front is a movement's, whatever people its name begins with
        ("Malawian People's Revolutionary Democratic Front", True),
        # a state's own force, a party, an agency
        ("People's Liberation Army", False),
        ("Pakistan Army", False),
        ("Cuban Revolutionary Armed Forces", False),
        ("Salvation Army", False),
        ("Institutional Revolutionary Party", False),
        ("United Nations", False),
        ("Taliban", False),
        ("South West Africa People's Organisation", False),  # a ruling party now
        ("Trucial Oman Scouts", False),  # a colonial force of its metropole
        ("Tontons Macoutes", False),  # a dictator's militia, the state's own
        # a numbered army or a royal force named with its state: the state's own formations
        ("9th Army", False),
        ("Sixth Army", False),
        ("Royal Ruritanian Army", True),  # no state of that name: the name decides
        ("Royal Danish Army", False),
        ("Royal Laos Army", False),
        ("Lord's Resistance Army", True),
    ],
)
def test_armed_group(name: str, armed: bool) -> None:
    assert armed_group(name) is armed


def test_the_list_holds_canonical_names_the_gazetteer_knows() -> None:
    from briefer.analysis import gazetteer
    from briefer.briefing.parties.armed import _known

    for name in _known():
        found = gazetteer.canonical_name(name)
        assert found is not None and found[0] == name, name
