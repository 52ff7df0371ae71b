"""The state a town lies in, for places the gazetteer gives no state."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.briefing.parties import place_states
from briefer.briefing.parties.place_states import state_of_place


def test_a_town_names_the_state_it_lies_in() -> None:
    assert state_of_place("Goma") == "DR Congo"
    assert state_of_place("Aleppo") == "Syria"
    assert state_of_place("Christchurch") == "New Zealand"


def test_a_town_is_found_by_its_plain_spelling() -> None:
    # The data writes "İzmit" and "Kandahār"; English text writes them plain.
    assert state_of_place("Izmit") == "Turkey"
    assert state_of_place("Kandahar") == "Afghanistan"


def test_an_ambiguous_name_a_seat_or_an_unknown_name_names_no_state() -> None:
    assert state_of_place("Valencia") is None  # towns of Venezuela and of Spain
    assert state_of_place("Brussels") is None  # the seat of the European Union
    assert state_of_place("Narnia") is None


def test_a_state_or_a_people_is_never_a_town_of_another_state() -> None:
    # Towns named Palestine (Texas), Lebanon (Pennsylvania), Armenia (Colombia) and Berber
    # (Sudan) exist; the news means the state, the people.
    assert state_of_place("Palestine") is None
    assert state_of_place("Lebanon") is None
    assert state_of_place("Armenia") is None
    assert state_of_place("Berbers") is None
    assert state_of_place("Aleppo") == "Syria"  # a town the gazetteer knows stays one
    # A town read as a territory counts for that territory, not for its state.
    assert state_of_place("Banja Luka") is None


def test_a_region_is_never_a_town() -> None:
    # A town named Asia lies in the Philippines; the continent is no one state's place.
    assert state_of_place("Asia") is None
    assert state_of_place("Balkans") is None


def test_a_subdivision_of_another_state_makes_a_town_name_no_state() -> None:
    # Towns named Colorado (Brazil), Virginia (South Africa), Ontario (United States) and Goa
    # (the Philippines) exist; the news means the US states, the Canadian province, India's state.
    assert state_of_place("Colorado") is None
    assert state_of_place("Virginia") is None
    assert state_of_place("Ontario") is None
    assert state_of_place("Goa") is None
    # A town of the state whose subdivision bears its name stays that state's.
    assert state_of_place("Mandalay") == "Myanmar"
    # A large city outweighs a small subdivision elsewhere.
    assert state_of_place("Charlotte") == "United States"


def test_another_spelling_the_gazetteer_knows_is_the_place_it_spells() -> None:
    # Odessa, Texas has over 100,000 people; the gazetteer knows "Odessa" as Odesa's spelling.
    assert state_of_place("Odessa") == "Ukraine"
    assert state_of_place("Kharkov") == "Ukraine"


def test_the_town_index_is_kept_on_disk_and_read_back_equal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFER_HOME", str(tmp_path))
    builds: list[int] = []
    build = place_states._built_towns

    def counted() -> dict[str, str]:
        builds.append(1)
        return build()

    monkeypatch.setattr(place_states, "_built_towns", counted)
    place_states._towns.cache_clear()
    try:
        built = place_states._towns()
        place_states._towns.cache_clear()
        read = place_states._towns()
        assert builds == [1] and read == built and read["goma"] == "CD"
        # Another gazetteer (its data edited) builds the index again.
        monkeypatch.setattr(place_states.gazetteer, "cache_key", lambda: "edited")
        place_states._towns.cache_clear()
        place_states._towns()
        assert builds == [1, 1]
        # A corrupt file is built over.
        (tmp_path / "cache" / place_states._CACHE_FILE).write_text('{"key"', encoding="utf-8")
        place_states._towns.cache_clear()
        assert place_states._towns() == built and builds == [1, 1, 1]
    finally:
        place_states._towns.cache_clear()
