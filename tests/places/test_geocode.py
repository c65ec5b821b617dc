"""Geocoding place mentions to ISO3 country and coordinates."""

from __future__ import annotations

import pytest

from sitrep.places.geocode import Geocoder


@pytest.fixture(scope="module")
def geocoder():
    return Geocoder.load()


@pytest.mark.parametrize(
    ("text", "country", "near"),
    [
        ("Kyiv", "UKR", (50.45, 30.52)),
        ("Kiev", "UKR", (50.45, 30.52)),  # alternate spelling
        ("Donetsk", "UKR", (48.02, 37.80)),  # the big Donetsk, not the small Russian town
        ("Moscow", "RUS", (55.75, 37.62)),
        ("Washington", "USA", (38.90, -77.04)),  # the capital, not the state
        ("Paris", "FRA", (48.85, 2.35)),
        ("Aleppo", "SYR", (36.20, 37.16)),
        ("Crimea", "UKR", (45.3, 34.4)),  # packaged regions table
        ("eastern Ukraine", "UKR", None),
        ("the United States", "USA", None),
        ("U.S.", "USA", None),
        ("Britain", "GBR", None),
        ("Germany", "DEU", None),
    ],
)
def test_geocode(geocoder, text, country, near):
    loc = geocoder.geocode(text)
    assert loc is not None and loc.text == text and loc.country == country
    if near is not None:
        assert abs(loc.lat - near[0]) < 0.1 and abs(loc.lon - near[1]) < 0.1


@pytest.mark.parametrize("text", ["the White House", "Kremlin", "Foo", "", "Europe"])
def test_unknown(geocoder, text):
    assert geocoder.geocode(text) is None


def test_sea_has_no_country(geocoder):
    loc = geocoder.geocode("the Black Sea")
    assert loc is not None and loc.country is None and loc.lat is not None


def test_country_names_are_written_once() -> None:
    """The geocoder's own aliases hold only names that the actors' hand-written country table
    (data/actors/countries_extra.tsv, which the geocoder reads too) lacks."""
    import csv
    from importlib import resources

    from sitrep.text.lexicon import load_lexicon
    from sitrep.text.normalise import name_key

    text = resources.files("sitrep").joinpath("data/actors/countries_extra.tsv").read_text("utf-8")
    rows = csv.DictReader([x for x in text.splitlines() if not x.startswith("#")], delimiter="\t")
    names = {name_key(n) for r in rows for n in [r["name"], *r["names"].split("|")] if n}
    aliases = load_lexicon("country_aliases").mapping("iso3")
    assert not {name_key(a) for a in aliases} & names


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Congo", "COD"),
        ("England", "GBR"),
        ("the UAE", "ARE"),
        ("South Korea", "KOR"),
        ("U.S.", "USA"),
    ],
)
def test_hand_written_country_names(geocoder, name: str, iso3: str) -> None:
    loc = geocoder.geocode(name)
    assert loc is not None and loc.country == iso3


@pytest.mark.parametrize(
    ("text", "country"),
    [("Calif.", "USA"), ("N.J.", "USA"), ("Ga.", "USA"), ("Ont.", "CAN"), ("Man", "CIV")],
)
def test_a_state_abbreviation_is_read_only_with_its_full_stop(geocoder, text, country):
    """AP-style abbreviations ("Fresno, Calif."): "Ga." is Georgia, USA, not the country;
    "Man" without the full stop is the Ivorian city, not Manitoba."""
    loc = geocoder.geocode(text)
    assert loc is not None and loc.country == country


def test_a_shared_city_name_is_read_in_the_preferred_country():
    """ "Cadiz" in a story filed from Madrid is the Spanish city (a Philippine one is larger);
    a small namesake never beats a great city ("Paris" in an American story is in France)."""
    from sitrep.places.geocode import Geocoder

    geocoder = Geocoder.load()
    assert geocoder.lookup("Cadiz", prefer="ESP").country == "ESP"
    assert geocoder.lookup("Paris", prefer="USA").country == "FRA"
    assert geocoder.lookup("Paris").country == "FRA"
    # a country's namesake is a city of that own name: "Venice" in an American story is
    # Venice, California, never Dayton, Ohio, which the gazetteer also calls "Venice"
    here = geocoder.lookup("Venice", prefer="USA")
    assert here is not None and here.name == "Venice", here


def test_an_admin_area_of_the_preferred_country_beats_a_city_abroad():
    """ "Norfolk" in a British story is the English county (GeoNames admin2), not Norfolk,
    Virginia; without a story country the city stands; a world city stays itself."""
    from sitrep.places.geocode import Geocoder

    geocoder = Geocoder.load()
    assert geocoder.lookup("Norfolk", prefer="GBR").country == "GBR"
    assert geocoder.lookup("Norfolk").country == "USA"
    assert geocoder.lookup("Paris", prefer="GBR").country == "FRA"


def test_a_county_in_a_british_story_is_no_american_city(coder):
    """The actors stage reads a place the KB knows abroad in the story's country when the
    gazetteer has a division of that name there (issue 14: 'Norfolk's chief constable')."""
    d = coder.code_text(
        "Norfolk police chief Tom Hartwell backed the licensing law on Monday.",
        published="2005-01-01",
        outlet="BBC",
    )
    norfolk = next(a for a in d.actors if a.name == "Norfolk")
    assert norfolk.country == "GBR", d.actors


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        # a city's own name beats another city's other name: the gazetteer also calls Dayton,
        # Ohio "Venice" and Bordeaux "Porto" ...
        ("Venice", "ITA"),
        ("Porto", "PRT"),
        ("Zaragoza", "ESP"),
        # ... unless that city is far bigger: "Odessa" is Odesa, not Odessa, Texas
        ("Odessa", "UKR"),
    ],
)
def test_a_citys_own_name_beats_another_citys_other_name(geocoder, name: str, iso3: str) -> None:
    place = geocoder.lookup(name)
    assert place is not None and place.country == iso3, place


def test_a_qualified_america_is_no_us_place():
    from sitrep.places.geocode import Geocoder

    geocoder = Geocoder.load()
    for name in ("South America", "Central America", "North America"):
        loc = geocoder.geocode(name)
        assert loc is None or loc.country != "USA", (name, loc)


@pytest.mark.parametrize(
    ("name", "iso3"),
    [("British Columbia", "CAN"), ("Bavaria", "DEU"), ("Hokkaido", "JPN"), ("Alberta", "CAN")],
)
def test_a_first_level_division_no_city_is_named(geocoder, name: str, iso3: str) -> None:
    """A province or state the city list lacks is its one country's (GeoNames admin1)."""
    place = geocoder.lookup(name)
    assert place is not None and place.country == iso3, place


@pytest.mark.parametrize(
    "name", ["Northeast", "Islands", "Rivers", "Gulf", "German", "Eastern Region"]
)
def test_a_division_named_by_a_common_word_is_no_bare_place(geocoder, name: str) -> None:
    assert geocoder.lookup(name) is None


def test_a_dateline_with_a_province(geocoder) -> None:
    """ "TRAIL, British Columbia, April 24 -": filed from Canada, though the city list lacks
    Trail."""
    from sitrep.places.dateline import find_dateline

    found = find_dateline("STRIKE VOTE\n\nTRAIL, British Columbia, April 24 - Workers voted.")
    assert found is not None and found.country == "CAN", found


def test_a_famous_city_is_not_its_namesake_in_the_storys_country():
    """ "Venice" in a story filed from Washington is Italy's (the world names it in far more
    languages than Venice, California); "Cadiz" filed from Madrid is still Spain's."""
    geocoder = Geocoder.load()
    venice = geocoder.geocode("Venice", prefer="USA")
    assert venice is not None and venice.country == "ITA", venice
    cadiz = geocoder.geocode("Cadiz", prefer="ESP")
    assert cadiz is not None and cadiz.country == "ESP", cadiz
