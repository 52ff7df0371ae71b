"""Entity facets are grouped by the type of the entity itself, not of an actor it aliases."""

from __future__ import annotations

from briefer.tui.core_calls import entity_type_lookup


def test_a_canonical_name_takes_its_gazetteer_type() -> None:
    type_of = entity_type_lookup()
    assert type_of("European Union") == "ORG"
    assert type_of("Serbia") == "GPE"


def test_a_place_that_aliases_an_organisation_is_not_typed_as_one() -> None:
    # "Brussels" is an alias of the European Union; as a facet it is the city, whose type the
    # reader reads from the analyses, never "ORG".
    assert entity_type_lookup()("Brussels") is None
