"""The actor knowledge base: date-aware resolution of names, titles, metonyms and sector nouns."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.actors.kb import load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


D = dt.date

# (text, date, expected country, expected sector); None = none
CASES = [
    # people on the article's date
    ("President Biden", D(2022, 3, 1), "USA", "GOV"),
    ("Joe Biden", D(2015, 6, 1), "USA", "GOV"),  # Vice President then
    ("Joe Biden", D(2025, 6, 1), "USA", "ELI"),  # former office holder
    ("Jean-Yves Le Drian", D(2015, 5, 10), "FRA", "GOV"),
    ("Jean-Yves Le Drian", D(2023, 1, 10), "FRA", "ELI"),
    ("French President Emmanuel Macron", D(2022, 2, 21), "FRA", "GOV"),
    ("Macron", D(2022, 2, 21), "FRA", "GOV"),
    ("Vladimir Putin", D(2010, 1, 1), "RUS", "GOV"),  # Prime Minister then
    ("Volodymyr Zelenskyy", D(2023, 5, 1), "UKR", "GOV"),
    ("General Mark Milley", D(2022, 2, 21), "USA", "MIL"),
    ("Antony Blinken", D(2022, 2, 21), "USA", "GOV"),
    ("Rishi Sunak", D(2023, 1, 1), "GBR", "GOV"),
    ("Liz Truss", D(2023, 9, 1), "GBR", "ELI"),
    ("Angela Merkel", D(2017, 4, 1), "DEU", "GOV"),
    ("Benjamin Netanyahu", D(2022, 3, 1), "ISR", "OPP"),
    ("Jens Stoltenberg", D(2022, 3, 1), "NATO", "IGO"),
    ("Taliban", D(2019, 1, 1), "AFG", "REB"),
    ("Taliban", D(2022, 1, 1), "AFG", "GOV"),
    ("Mahinda Rajapaksa", D(2020, 1, 1), "LKA", "GOV"),
    # countries, capitals, metonyms, demonyms
    ("France", D(2022, 1, 1), "FRA", None),
    ("Kosovo", D(2022, 1, 1), "XKX", None),
    ("the Kremlin", D(2022, 1, 1), "RUS", "GOV"),
    ("the White House", D(2022, 1, 1), "USA", "GOV"),
    ("Kyiv", D(2022, 1, 1), "UKR", "GOV"),
    ("Washington", D(2022, 1, 1), "USA", "GOV"),
    ("Beijing", D(2022, 1, 1), "CHN", "GOV"),
    ("The Pentagon", D(2022, 1, 1), "USA", "MIL"),
    ("Newsmax", D(2022, 1, 1), "USA", "MED"),
    ("NATO", D(2022, 1, 1), "NATO", "IGO"),
    ("Ukrainian military saboteurs", D(2022, 2, 21), "UKR", "MIL"),
    ("Russian troops", D(2022, 2, 21), "RUS", "MIL"),
    ("Ukrainian farmers", D(2022, 2, 21), "UKR", "AGR"),
    ("ordinary Kazakhs", D(2022, 1, 1), "KAZ", "CVL"),
    ("British", D(2022, 1, 1), "GBR", None),
    # sector nouns and titles
    ("a disgraced former minister", D(2022, 1, 1), None, "ELI"),
    ("a former White House official", D(2022, 1, 1), "USA", "ELI"),
    ("Western governments", D(2022, 1, 1), None, "GOV"),
    ("separatist proxies", D(2022, 1, 1), None, "REB"),
    ("pro-Russian rebels", D(2022, 1, 1), None, "REB"),
    ("Mexican authorities", D(2022, 1, 1), "MEX", "GOV"),
    ("Shanghai authorities", D(2022, 1, 1), "CHN", "GOV"),
    ("A team of heavily armed police", D(2022, 1, 1), None, "COP"),
    ("Boko Haram", D(2022, 1, 1), "NGA", "REB"),
    ("European Union legislators", D(2022, 1, 1), "EUR", "LEG"),
    ("Danish Defence Minister Troels Lund Poulsen", D(2024, 1, 15), "DNK", "GOV"),
]


@pytest.mark.parametrize(("text", "date", "country", "sector"), CASES)
def test_resolve(kb, text, date, country, sector):
    res = kb.resolve(text, date=date)
    assert res is not None, f"{text!r} not resolved"
    assert (res.country, res.sector) == (country, sector)


@pytest.mark.parametrize(
    "text",
    [
        "Marcus Beam",
        "Zulhijjah Mirzadah",
        "Douglas Paul James",
        "puppies",
        "coronavirus",
        "was, expected",
    ],
)
def test_unknown_names_stay_unknown(kb, text):
    """Names the KB does not know are never guessed."""
    assert kb.resolve(text, date=D(2022, 1, 1)) is None


def test_context_disambiguates(kb):
    res = kb.resolve("Defense Minister", context="German", date=D(2022, 1, 1))
    assert res is not None and (res.country, res.sector) == ("DEU", "GOV")


def test_surname_does_not_match_a_different_full_name(kb):
    """'Jam Kamal Khan' is not Imran Khan or Karim Khan."""
    res = kb.resolve("Jam Kamal Khan", date=D(2022, 10, 20))
    assert res is None or res.country != "IGO"


def test_person_carries_office_and_wikidata(kb):
    res = kb.resolve("Putin", date=D(2022, 2, 21))
    assert res is not None
    assert res.kind == "person" and res.title == "President of Russia" and res.wikidata == "Q7747"


def test_spelling_variant_of_a_known_full_name(kb):
    res = kb.resolve("Volodimir Zelensky", date=D(2023, 1, 1))
    assert res is not None and (res.country, res.sector) == ("UKR", "GOV")


@pytest.mark.parametrize("text", ["Hussein", "Abdullah", "Vladimir Putine"])
def test_no_guess_from_given_names_or_other_surnames(kb, text):
    res = kb.resolve(text, date=D(2023, 1, 1))
    assert res is None


@pytest.mark.parametrize(
    ("text", "country"),
    [("New Zealand", "NZL"), ("New York", "USA"), ("The Hague", "NLD"), ("Jordan", "JOR")],
)
def test_place_names_are_not_cut_or_taken_for_people(kb, text, country):
    res = kb.resolve(text, date=D(2023, 1, 1))
    assert res is not None and res.country == country and res.kind != "person"


@pytest.mark.parametrize("text", ["us", "Us", "it"])
def test_pronouns_are_not_acronyms(kb, text):
    res = kb.resolve(text, date=D(2023, 1, 1))
    assert res is None or res.country is None
