"""The subdivisions read from pycountry's data file are exactly those pycountry gives."""

from __future__ import annotations

import pycountry

from briefer.analysis.gazetteer import _subdivisions


def test_subdivisions_from_the_file_match_pycountrys_own_objects() -> None:
    expected = [(str(sub.name), str(sub.country_code)) for sub in pycountry.subdivisions]
    found = _subdivisions()
    assert len(found) > 4000  # the whole list, not a fallback's stub
    assert found == expected
    assert ("Nord-Kivu", "CD") in found
