"""Wire headlines in capitals are put in sentence case for the parser (issue 13: the verb of
"IRAQ THREATENS AIR RAIDS" was lost among what the parser read as names)."""

from __future__ import annotations

import pytest

from sitrep.text.normalise import recase_after_abbreviations, recase_headlines

NAMES = {"arland", "belmark", "new arland", "u.s."}.__contains__


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ARLAND THREATENS AIR RAIDS", "Arland threatens air raids"),
        ("NEW ARLAND IMPOSES SANCTIONS ON BELMARK", "New Arland imposes sanctions on Belmark"),
        ("DIPLOMATS CALL U.S. ATTACK RESTRAINED", "Diplomats call U.S. attack restrained"),
        # only lines wholly in capitals; the rest, and its offsets, stay as written
        (
            "ARLAND TALKS END\nBELMARK, March 4 - Arland said",
            "Arland talks end\nBELMARK, March 4 - Arland said",
        ),
        ("Arland Talks End", "Arland Talks End"),
        ("UN", "UN"),
    ],
)
def test_headlines_in_capitals_are_put_in_sentence_case(text, expected):
    out = recase_headlines(text, proper=NAMES)
    assert out == expected
    assert len(out) == len(text)


def test_a_headline_in_capitals_keeps_its_verb_and_its_texts_as_written(coder):
    """Coded end to end: the headline's threat is found, and every record's text is the text
    as written (in capitals)."""
    text = "IRAQ THREATENS AIR RAIDS\n\nBAGHDAD, March 4 - Iraq said on Tuesday it would act."
    dispatch = coder.code_text(text, published="1987-03-04", outlet="Reuters")
    threats = [e for e in dispatch.events if e.trigger.text == "THREATENS"]
    assert len(threats) == 1 and threats[0].event == "THREATEN", dispatch.events
    for actor in dispatch.actors:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text, m


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Reuters-21578 capitalised the word after "U.S."; its stem is in lower case elsewhere
        (
            "Arland said it understood why the U.S.\nAttacked a platform. The attack ended.",
            "Arland said it understood why the U.S.\nattacked a platform. The attack ended.",
        ),
        ("The U.S. Said so, and Belmark said no.", "The U.S. said so, and Belmark said no."),
        # a name stays: capitalised inside a sentence elsewhere, or never in lower case
        ("The U.S. Navy sailed and the Navy docked.", "The U.S. Navy sailed and the Navy docked."),
        ("U.S. Treasury bills rose.", "U.S. Treasury bills rose."),
    ],
)
def test_a_word_capitalised_after_an_abbreviation_is_lowered(text, expected):
    out = recase_after_abbreviations(text)
    assert out == expected
    assert len(out) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire copy's capital after "U.S.", no lower-case form in the text: lowered when the
        # KB knows no name in it
        ("Reserves of 51 billion U.S. Dlrs.", "Reserves of 51 billion U.S. dlrs."),
        (
            "The surplus with the U.S. Rose to 13.6 billion.",
            "The surplus with the U.S. rose to 13.6 billion.",
        ),
        # a body, a place, a title, a name going on: as written
        ("The U.S. Navy sailed.", "The U.S. Navy sailed."),
        ("The U.S. House voted.", "The U.S. House voted."),
        ("U.S. Home Corp said.", "U.S. Home Corp said."),
        ("The U.S. Bureau of Mines said.", "The U.S. Bureau of Mines said."),
        # initials, not a country's abbreviation: a name
        ("Analysts at E.F. Hartwell and Co said so.", "Analysts at E.F. Hartwell and Co said so."),
    ],
)
def test_a_capital_after_an_abbreviation_the_kb_does_not_know_is_lowered(text, expected):
    from sitrep.actors.kb import load_kb

    out = recase_after_abbreviations(text, known=load_kb().knows_word)
    assert out == expected
    assert len(out) == len(text)
