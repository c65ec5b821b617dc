"""Sizes and casualty counts: (text, expected) tables with negative cases."""

from __future__ import annotations

import pytest

from sitrep.events.magnitudes import count, find_casualties, find_sizes, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a force numbering 169,000-190,000 troops in the region", (169000, 190000, "troops")),
        ("more than 100,000 troops", (100000, None, "troops")),
        ("up to 5,000 Russian soldiers", (None, 5000, "soldiers")),
        ("between 10 and 20 warships", (10, 20, "warships")),
        ("about 30 tanks", (30, 30, "tanks")),
        ("1.5 million people fled", (1_500_000, 1_500_000, "people")),
        ("tens of thousands of protesters marched", (20000, None, "protesters")),
        ("twelve armoured vehicles", (12, 12, "vehicles")),
        ("one battalion", (1, 1, "battalions")),
        ("Ghana deported 168 Liberians on Monday", (168, 168, "people")),  # demonym
        ("Tens of thousands of university students marched", (20000, None, "students")),
    ],
)
def test_sizes(text, expected):
    sizes = find_sizes(text)
    assert len(sizes) == 1
    s = sizes[0].size
    assert (s.min, s.max, s.unit) == expected
    assert text[sizes[0].start : sizes[0].end] == sizes[0].text


@pytest.mark.parametrize(
    "text",
    [
        "the two breakaway regions",  # no unit we know
        "a seven-year-old ceasefire",
        "in 2022 troops moved",  # a year is not a count
        "the troops moved north",  # no number
        "a Mi-26 helicopter",  # a model number
    ],
)
def test_no_size(text):
    assert find_sizes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tried to enter in armed vehicles leading to five deaths", [("dead", 5)]),
        ("12 people were killed in the blast", [("dead", 12)]),
        ("the strike killed at least 12", [("dead", 12)]),
        ("three soldiers were wounded", [("injured", 3)]),
        ("police arrested 30 protesters", [("arrested", 30)]),
        ("the death toll rose to 40", [("dead", 40)]),
        ("two killed and five injured", [("dead", 2), ("injured", 5)]),
        ("dozens were detained", [("arrested", 24)]),
        ("A journalist has been killed in a blast", [("dead", 1)]),
        ("A Palestinian prisoner died in custody", [("dead", 1)]),
        ("Three US servicemen were killed by a bomb", [("dead", 3)]),
    ],
)
def test_casualties(text, expected):
    assert [(m.kind, count(m)) for m in find_casualties(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "five people gathered",
        "killed in 2014",
        "the wounded soldier",
        "deaths are tragic",
        "an attack killed civilians",  # no count
        "a report said",
    ],
)
def test_no_casualties(text):
    assert find_casualties(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("169,000", 169000), ("five", 5), ("1.5 million", 1_500_000), ("20k", 20000), ("x", None)],
)
def test_parse_number(text, value):
    assert parse_number(text) == value
