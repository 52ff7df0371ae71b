"""Bylines, credit lines, photo credits and mastheads: one vocabulary, a variant for each use."""

from __future__ import annotations

from briefer.sources.credits import (
    has_fields,
    is_byline,
    is_credit,
    is_credit_paragraph,
    is_masthead,
    is_signed,
    masthead_like,
    without_photo_credit,
)


def test_every_variant_knows_the_same_words_of_a_credit() -> None:
    # "translated", "edited", "written" and the qualified "associated reporting" are credits to
    # the loader, the labels and the lead alike
    for credit in (
        "Translated by Lena Hartmann",
        "Edited by Lena Hartmann and Tomas Weber",
        "Written by Lena Hartmann",
        "Associated reporting by Lena Hartmann in Erbil",
    ):
        assert is_credit_paragraph(credit), credit
        assert is_signed(credit), credit
        assert is_byline(credit), credit


def test_a_credit_paragraph_is_names_and_the_words_of_a_credit() -> None:
    assert is_credit_paragraph("Reporting by Felix Light in Tbilisi; Editing by Andrew Heavens")
    # the links and particles a line of names holds, as a masthead's do
    assert is_credit_paragraph("Reporting by Ana dos Santos for the Atlantic News Agency")
    assert is_credit_paragraph("Photographs by Omar bin Said")
    # a sentence of the story has common words
    assert not is_credit_paragraph("Reporting by state media suggested the talks had failed.")
    assert not is_credit_paragraph("Edited by hand, the list named 40 officials.")


def test_labels_sign_every_photo_credit_the_loader_knows() -> None:
    for line in ("Photograph: Lena Hartmann/AFP", "Illustration: Tomas Weber", "Photo: AFP"):
        assert is_signed(line), line
        assert without_photo_credit(f"Troops near the border. {line}") == (
            "Troops near the border."
        )
    assert not is_signed("Photographs show troops near the border.")


def test_a_caption_label_a_lone_photo_credit_and_a_credit_of_places_are_signed() -> None:
    for line in (
        "Photo caption: Fishermen mend their nets at Port Esk on Sunday.",
        "Caption: Crowds outside the assembly on Monday.",
        "(Harbour Gazette photo)",
        "(Archive photograph)",
        "Additional reporting from Oslo and Bergen.",
        "(Northern Press; additional reporting by Kari Dahl in Tromsø)",
    ):
        assert is_signed(line), line
        assert is_credit(line), line
    # sentences of the story that hold the same words
    for sentence in (
        "Caption writers at the agency went on strike.",
        "The photo was taken from a helicopter.",
        "Additional reporting from the scene suggested dozens were hurt.",
    ):
        assert not is_signed(sentence), sentence


def test_a_masthead_holds_the_words_of_a_credit_and_of_names() -> None:
    assert is_masthead("Translated by Omar bin Said · 2 June 2031")
    assert is_masthead("Ilse van der Merwe, Africa correspondent | 2 June 2031")
    assert is_credit("Ilse van der Merwe, Africa correspondent | 2 June 2031")
    assert not is_masthead("Troops crossed the river · and the talks collapsed on Tuesday.")


def test_the_lead_passes_over_more_than_the_labels_call_a_masthead() -> None:
    # an issue number, or fields around a sentence: not a masthead to the labels, which must
    # never take a sentence of the story for one, but no lead either
    for line in (
        "Policy Brief No. 14/2023 — Horn and Nile Monitor",
        "Troops crossed the river · and the talks collapsed on Tuesday.",
    ):
        assert masthead_like(line), line
        assert not is_masthead(line), line
    assert not masthead_like("Troops crossed the river and the talks collapsed on Tuesday.")


def test_fields_are_kept_apart_by_a_spaced_bar_or_dot() -> None:
    for line in (
        "Commentary No. 14 · Centre for Policy · 21 April",
        "Commentary No. 14 | Centre for Policy | 21 April",
        "Commentary No. 14 • Centre for Policy • 21 April",
    ):
        assert has_fields(line), line
    assert not has_fields("Troops crossed the river·and the talks collapsed.")
