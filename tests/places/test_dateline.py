"""A wire story's dateline: the place it was filed from, found before the first sentence."""

from __future__ import annotations

import pytest

from sitrep.places.dateline import find_dateline, with_datelines_cut


@pytest.mark.parametrize(
    ("text", "place", "region", "country", "first_words"),
    [
        ("HAMILTON, Bermuda, March 19 - Sea Containers Ltd said", "HAMILTON", "Bermuda", "BMU",
         "Sea Containers"),
        ("    SALVADOR, Feb 26 - Showers continued", "SALVADOR", None, "BRA", "Showers"),
        ("KYIV (Reuters) - Ukraine said", "KYIV", None, "UKR", "Ukraine"),
        ("Kyiv (Reuters) - Ukraine said", "Kyiv", None, "UKR", "Ukraine"),
        ("WASHINGTON \u2014 The Pentagon said", "WASHINGTON", None, "USA", "The Pentagon"),
        ("FRESNO, Calif. - The city council", "FRESNO", "Calif.", "USA", "The city"),
        ("Bank chief quits\n\nLOS ANGELES, Feb 26 - BankAmerica Corp is", "LOS ANGELES", None,
         "USA", "BankAmerica"),
    ],
)  # fmt: skip
def test_a_dateline_gives_the_place_and_where_the_story_starts(
    text, place, region, country, first_words
):
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.region, found.country) == (place, region, country)
    assert text[found.end :].startswith(first_words)


@pytest.mark.parametrize(
    "text",
    [
        "UK - Britain said on Tuesday it would act.",  # a short capitals heading
        "OIL PRICES FALL - ANALYSTS SAY",  # a headline, no place
        "The man - who said nothing - left.",  # a dash inside a sentence
        "Talks resumed on Tuesday - officials said the mood was good.",  # no place, no date
        "Line one.\nLine two.\nLine three.\nLine four.\nPARIS - France said",  # too far down
    ],
)
def test_no_dateline(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "RIO DE JANEIRO, JUNE 18 - Rio's dockworkers went on strike today.",
            "RIO DE JANEIRO, JUNE 18 . Rio's dockworkers went on strike today.",
        ),
        # a wire digest: one dateline per item, each cut
        (
            "HIGHLIGHTS\n\n    BEIRUT - Rescue workers came.\n    PARIS - Police arrested two men.",
            "HIGHLIGHTS\n\n    BEIRUT . Rescue workers came.\n    PARIS . Police arrested two men.",
        ),
        # a dash inside a sentence is no dateline
        ("Mr Blair - who is here - said so.", "Mr Blair - who is here - said so."),
    ],
)
def test_datelines_are_cut_for_the_parser_and_still_found(text, expected):
    out = with_datelines_cut(text)
    assert out == expected and len(out) == len(text)
    if out != text:
        found = find_dateline(out)
        assert found is not None and found.country is not None, found


def test_a_dateline_before_a_wire_ticker() -> None:
    """ "LONDON, Mar 2 - <Exco International Plc>, a subsidiary ...": a dateline, though the
    story opens with a ticker's angle bracket."""
    from sitrep.places.dateline import find_dateline

    found = find_dateline("EXCO BUYS BROKER\n\nLONDON, Mar 2 - <Exco International Plc>, said.")
    assert found is not None and (found.place, found.country) == ("LONDON", "GBR"), found


def test_a_dateline_of_a_story_set_in_lower_case() -> None:
    """ "Caracas, march 11 - venezuela will supply ecuador": a wire story set in lower case
    after its headline still has its dateline."""
    from sitrep.places.dateline import find_dateline

    found = find_dateline("OIL LOAN\n\nCaracas, march 11 - venezuela will supply ecuador.")
    assert found is not None and (found.place, found.country) == ("Caracas", "VEN"), found
    assert find_dateline("HEAD\n\nThe plan, may 3 - we said so.") is None
