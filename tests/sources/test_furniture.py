"""Page furniture left in a page's text (ads, cross-links, sign-ups, notices) is dropped whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.sources import load_document
from briefer.sources.furniture import is_furniture, without_credit

FURNITURE = [
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Read more: What is behind the latest flare-up in the Caucasus?",
    "READ MORE | Troops pull back from the border",
    "Related: Kosovo Serbs remove barricades",
    "Related stories",
    "Most viewed",
    "Watch: Video shows the moment the bridge collapsed",
    "Sign up to First Edition, our free daily newsletter – every weekday morning at 7am",
    "Subscribe to our Africa briefing, delivered to your inbox every Friday.",
    "Privacy Notice: Newsletters may contain info about charities and online ads.",
    "Follow us on Twitter and Facebook",
    "Share on Facebook Share on Twitter Share via Email",
    "1,204 comments",
    "© 2024 Meridian News & Media Limited. All rights reserved.",
    "Copyright 2023 The Northern Courier",
    "This page is no longer being updated.",
    "This article is more than 2 years old",
    "This story has been updated with the minister's comments.",
    "Times are GMT.",
    "All times in CET",
    "The views expressed are the author's own.",
    "Views are those of the authors.",
    "Explore more on these topics: Armenia, Azerbaijan, Europe, news",
    "Click here to read the full report",
    "Reporting by Felix Light in Tbilisi; Additional reporting by Nailia Bagirova",
    "Writing by Tom Balmforth, Editing by Gareth Jones",
    "Associated Press writer Aida Sultanova in London contributed to this report.",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "Image source, Getty Images",
    "Skip to content",
    "Subscribe to continue reading. Already a subscriber? Log in",
    "This article is only available to subscribers.",
    "Already a subscriber? Sign in",
    "Supported by",
    "Listen to this article · 5:32 min",
    "Listen to this story",
    "Topics",
    "Unsubscribe from this newsletter",
    "View this email in your browser",
    "You are receiving this email because you signed up at our site.",
    "Manage your preferences | Unsubscribe",
]

STORY = [
    "Turkey, a close ally of Azerbaijan, called for calm.",
    "Times are tough for the farmers along the border.",
    "Copyright law was amended in 2019 to allow the seizure.",
    "Subscribers to the service said prices had doubled.",
    "Related talks in Geneva broke down on Monday.",
    "Watch the skies, the minister told reporters.",
    "Share prices fell sharply in Istanbul.",
    "Follow-up talks are due in Vienna next week.",
    "This article of the treaty was never applied.",
    "Reporting by state media suggested the talks had failed.",
    "Image sources were checked by the agency before publication, it said.",
    "Supported by France, the resolution passed.",
    "Unsubscribed voters were not counted, officials said.",
    "Listen to this: the army is coming, the mayor said.",
    # furniture's words opening a long paragraph of the story
    "Read more than the headlines and the picture changes: "
    + "the two governments had been talking in secret for months, " * 6,
]


@pytest.mark.parametrize("text", FURNITURE)
def test_furniture_is_recognised(text: str) -> None:
    assert is_furniture(text)


@pytest.mark.parametrize("text", STORY)
def test_story_sentences_are_not_furniture(text: str) -> None:
    assert not is_furniture(text)


def test_a_page_with_obfuscated_class_names_loses_its_inline_furniture(tmp_path: Path) -> None:
    # Class names like "css-1x2y3z" give the HTML loader nothing to drop by: the words do.
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Troops massed on border</title></head><body>"
        '<div class="css-1x2y3z"><h1>Troops massed on border</h1><div class="css-body">'
        "<p>Armenia and Azerbaijan moved troops towards their border on Monday.</p>"
        "<p>Advertisement</p>"
        "<p>The European Union urged both governments to exercise restraint.</p>"
        '<p><strong>Read more:</strong> <a href="/x">What is behind the flare-up?</a></p>'
        "<p>Sign up to First Edition, our free daily newsletter</p>"
        "<p>Turkey, a close ally of Azerbaijan, called for calm.</p>"
        "</div></div></body></html>",
        encoding="utf-8",
    )
    doc = load_document(page)
    texts = [doc.paragraph_text(p.number) for p in doc.paragraphs]
    assert texts == [
        "Armenia and Azerbaijan moved troops towards their border on Monday.",
        "The European Union urged both governments to exercise restraint.",
        "Turkey, a close ally of Azerbaijan, called for calm.",
    ]
    # citations count the story's paragraphs only, with no gaps
    assert [p.number for p in doc.paragraphs] == [1, 2, 3]


def test_text_copied_from_a_page_loses_its_furniture_too(tmp_path: Path) -> None:
    path = tmp_path / "copied.txt"
    path.write_text(
        "Troops massed on border\n\n"
        "Armenia and Azerbaijan moved troops towards their border on Monday.\n\n"
        "ADVERTISEMENT\n\n"
        "Russia said it was ready to mediate.\n\n"
        "Share this article\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert "ADVERTISEMENT" not in doc.text
    assert "Share this article" not in doc.text
    assert doc.text.endswith("Russia said it was ready to mediate.")


@pytest.mark.parametrize(
    ("caption", "kept"),
    [
        (
            "Soldiers near the frontier on Sunday. Photograph: Ivan Petrov/AFP/Getty Images",
            "Soldiers near the frontier on Sunday.",
        ),
        ("A protester in Tbilisi. (Photo: Reuters)", "A protester in Tbilisi."),
        (
            "Families wait near the port. Photograph: A. N. Other/Agency",
            "Families wait near the port.",
        ),
        # a full stop after a word ends the caption's sentence, so no credit follows it
        (
            "Crowds gathered. Photo: the square. Police watched.",
            "Crowds gathered. Photo: the square. Police watched.",
        ),
        ("Rescuers search the rubble. Photo: AP Photo/Emrah Gurel", "Rescuers search the rubble."),
        # a colon inside the story's sentence is no credit
        ("The minister said the image: was clear.", "The minister said the image: was clear."),
        ("Photo opportunities were few, aides said.", "Photo opportunities were few, aides said."),
        # a copied page's caption label goes, the caption stays
        ("Image caption, Troops near the front line", "Troops near the front line"),
        ("The caption, Image caption, was wrong.", "The caption, Image caption, was wrong."),
    ],
)
def test_a_photo_credit_closing_a_caption_is_dropped(caption: str, kept: str) -> None:
    assert without_credit(caption) == kept


def test_a_caption_keeps_its_words_and_loses_its_credit(tmp_path: Path) -> None:
    page = tmp_path / "captions.html"
    page.write_text(
        "<html><head><title>Border clashes</title></head><body><article>"
        "<h1>Border clashes kill six</h1>"
        "<figure><figcaption>Soldiers patrol near the frontier. "
        "Photograph: Ivan Petrov/AFP/Getty Images</figcaption></figure>"
        "<p>Six soldiers were killed in clashes on the border on Monday, officials said.</p>"
        "<figure><figcaption><span>A damaged house in Tegh.</span> "
        '<span class="image-credit">Reuters</span></figcaption></figure>'
        "<p>The United Nations called for restraint.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    doc = load_document(page)
    texts = [doc.paragraph_text(p.number) for p in doc.paragraphs]
    assert texts == [
        "Border clashes kill six",
        "Soldiers patrol near the frontier.",
        "Six soldiers were killed in clashes on the border on Monday, officials said.",
        "A damaged house in Tegh.",
        "The United Nations called for restraint.",
    ]
