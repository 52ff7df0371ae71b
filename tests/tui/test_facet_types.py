"""Entity facets are grouped by the type of the entity itself, not of an actor it aliases."""

from __future__ import annotations

from typing import Any

from briefer.tui.core_calls import entity_type_lookup


def test_a_canonical_name_takes_its_gazetteer_type() -> None:
    type_of = entity_type_lookup()
    assert type_of("European Union") == "ORG"
    assert type_of("Serbia") == "GPE"


def test_a_place_that_aliases_an_organisation_is_not_typed_as_one() -> None:
    # "Brussels" is an alias of the European Union; as a facet it is the city, whose type the
    # reader reads from the analyses, never "ORG".
    assert entity_type_lookup()("Brussels") is None


def test_every_entity_facet_gets_a_type_not_only_those_of_the_first_rows(library: Any) -> None:
    """Facets count every match; types were read from the first rows' analyses only, so a
    city named in none of them ('Brussels' for `*`) was listed under 'Other'."""
    from briefer.tui.core_calls import facet_types

    type_of = entity_type_lookup()
    result = library.search("*", limit=20)
    names = [name for name, _ in result.facets["entities"]]
    first = facet_types(library, result, type_of, most=0)  # no row read: every name searched
    assert {name: type_of(name) or first.get(name) for name in names} == {
        name: type_of(name) or _type_in_library(library, name) for name in names
    }
    assert first.get("Brussels") == "GPE"
    assert facet_types(library, result, type_of).get("Brussels") == "GPE"  # as the reader asks


def _type_in_library(library: Any, name: str) -> str | None:
    for hit in library.search(f'entity:"{name}"', limit=50).hits:
        for mention in library.analysis(hit.id).mentions:
            if mention.canonical == name:
                return str(mention.type)
    return None
