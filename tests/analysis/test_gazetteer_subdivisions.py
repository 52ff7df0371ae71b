"""The subdivisions read from pycountry's data file are exactly those pycountry gives."""

from __future__ import annotations

import pycountry

from briefer.analysis.gazetteer import (
    _subdivisions,
    names_subdivisions_distinctly,
    subdivision_states,
)


def test_subdivisions_from_the_file_match_pycountrys_own_objects() -> None:
    expected = [(str(sub.name), str(sub.country_code)) for sub in pycountry.subdivisions]
    found = _subdivisions()
    assert len(found) > 4000  # the whole list, not a fallback's stub
    assert found == expected
    assert ("Nord-Kivu", "CD") in found


def test_subdivision_states_know_every_state_a_name_is_a_subdivision_of() -> None:
    assert subdivision_states()["Goa"] == {"IN"}
    assert subdivision_states()["Punjab"] == {"IN", "PK"}
    assert names_subdivisions_distinctly("US")
    assert not names_subdivisions_distinctly("BF")
