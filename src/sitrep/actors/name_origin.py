"""Which of a story's countries a person's name comes from, when the name says so clearly.

A wire story filed in Washington about a US minister's trip names "Trade Minister Rha Woong Bae"
and "Zheng Tuobin, minister for foreign economic relations"; one filed in The Hague names
"Development Supervision Minister Ali Wardhana". The knowledge base knows none of them, and the
text gives no country of their own words, so the dateline's country was the only guess (judge42
coded all of them American or Dutch). Their names, though, are Korean, Chinese and Indonesian,
and the story names those countries.

The model is a character-trigram naive Bayes over the names of the knowledge base's people
(some 30,000 office holders of 200 countries: Wikidata, Phoenix and the hand-written table),
one name per person and country. It only picks among the countries a story names, and only
when the name is far likelier in one of them than in the country the context would give
(``MIN_GAIN`` per trigram, on average), and at least as likely there as among the world's
names at large (a name of no clear origin is not given to a country of many peoples' names
because that country's names fit anything a little): "Keiichi Udagawa" of a New York story that names Japan
is Japanese, "Mike Mansfield" of a Tokyo story that names the United States is American, while
"Richard Jeffrey" of a London story naming the United States stays British (English names are
about as likely in both). A Hispanic name between Mexico and Peru is decided only where one
country's names are clearly likelier.

Example:
    >>> origin = NameOrigin([("Keiichi Miyazawa", {"JPN"}), ("James Baker", {"USA"})])
    >>> origin.country("Natsuo Okada", {"USA", "JPN"}, default="USA")
    'JPN'
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

from sitrep.actors.given_names import common_given_name

#: How much likelier per trigram (natural log, on average) a name must be in a country than in
#: the context's country: ``e ** 0.8`` is about 2.2 times per trigram, a factor in the millions
#: over a whole name. Set on the names of judged samples 38-42 (Japanese, Korean, Chinese,
#: Indonesian and Swiss names gained; no English name moved).
MIN_GAIN = 0.8
#: Fewer trigrams than this say too little ("Li", "Wu").
MIN_GRAMS = 6
#: Countries whose people mostly bear English names: a name tells none of them from another.
_ENGLISH_NAMES = frozenset({"USA", "GBR", "CAN", "AUS", "NZL", "IRL"})
#: Countries whose people's names the news writes family name first ("Yang Jike", "Rha Woong
#: Bae", "Nguyen Van Linh"): their first word is no given name.
SURNAME_FIRST = frozenset({"CHN", "TWN", "HKG", "KOR", "PRK", "VNM"})
_SMOOTHING = 0.1
_WORLD = "*"


def _grams(name: str) -> list[str]:
    text = unicodedata.normalize("NFKD", name.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    out: list[str] = []
    for word in re.findall(r"[a-z]{2,}", text):
        word = f"^{word}$"
        out += [word[i : i + 3] for i in range(len(word) - 2)]
    return out


class NameOrigin:
    """Trigram counts of people's names by country; :meth:`country` decides among a few."""

    def __init__(self, people: Iterable[tuple[str, set[str]]]) -> None:
        self._counts: dict[str, Counter[str]] = defaultdict(Counter)
        for name, countries in people:
            grams = _grams(name)
            for country in countries:
                self._counts[country].update(grams)
        # (all countries' names pooled: what a name of no particular country looks like)
        self._counts[_WORLD] = sum(self._counts.values(), Counter())
        self._totals = {c: sum(n.values()) for c, n in self._counts.items()}
        self._vocabulary = len({g for n in self._counts.values() for g in n})

    def _mean_log(self, grams: list[str], country: str) -> float:
        counts = self._counts.get(country, Counter())
        total = self._totals.get(country, 0) + _SMOOTHING * self._vocabulary
        return sum(math.log((counts[g] + _SMOOTHING) / total) for g in grams) / len(grams)

    def country(self, name: str, candidates: Iterable[str], *, default: str | None) -> str | None:
        """The candidate country whose people's names ``name`` is clearly likeliest among, if
        it beats ``default`` (the context's country; None: any) by :data:`MIN_GAIN`; else
        None (keep the context's)."""
        grams = _grams(name)
        options = {c for c in candidates if c in self._counts and c != _WORLD}
        if len(grams) < MIN_GRAMS or not options:
            return None
        compared = options | ({default} if default is not None else set())
        scores = {c: self._mean_log(grams, c) for c in compared}
        best = max(options, key=lambda c: scores[c])
        if best == default:
            return None
        if best in _ENGLISH_NAMES and len(_ENGLISH_NAMES & set(scores)) > 1:
            # English names do not tell the English-speaking countries apart ("Malcolm
            # Baldrige" of a Tokyo story that names Britain and the United States)
            return None
        rivals = [scores[c] for c in scores if c != best]
        if rivals and scores[best] - max(rivals) < MIN_GAIN / 2:
            return None  # (two countries' names alike: "Jorge" of Argentina or Mexico)
        world = self._mean_log(grams, _WORLD)
        if scores[best] < world:
            # a name of no clear origin that a country of many peoples' names fits best
            # ("Halvard Ostrem" between West Germany, Brazil and the United States)
            return None
        # (with no context's country, the names of the world at large)
        base = scores[default] if default is not None else world
        return best if scores[best] - base >= MIN_GAIN else None

    def surname_first(self, name: str) -> bool:
        """Whether ``name`` is clearly one of a country that writes the family name first
        (:data:`SURNAME_FIRST`), its first word too, and that word no common census first name
        (:func:`~sitrep.actors.given_names.common_given_name`), so it tells no sex: "Yang
        Jike" (the US census lists "Yang" as a woman's first name), "Lee Teng-hui"; not
        "Nicola Sturgeon" nor "Susan Chang"."""
        first = name.split()[0] if name.split() else ""
        if common_given_name(first):
            return False
        for part, gain in ((name, MIN_GAIN), (first, 0.0)):
            grams = _grams(part)
            if not grams:
                return False
            world = self._mean_log(grams, _WORLD)
            if max(self._mean_log(grams, c) for c in SURNAME_FIRST) - world < gain:
                return False
        return True
