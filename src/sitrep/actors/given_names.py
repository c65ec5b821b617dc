"""The sex a first name tells, from the 1990 US Census first-name lists.

The lists are the files the ``names`` package ships (``dist.male.first``,
``dist.female.first``: public-domain census data in an MIT-licensed package); each gives a
name's share of the men (women) counted. A name is one sex's when at least 95% of its share
is that sex's: "Charles" m, "Nicola" f; "Leslie", "Robin" and "Jean" are both, and names the
lists lack ("Annalena", "Vladimir") unknown. Used for pronouns (:mod:`sitrep.actors.reference`)
and for the honorific a KB person must fit (:mod:`sitrep.actors.kb`: "Mrs. Clinton" in 2016 is
Hillary, not Bill).
"""

from __future__ import annotations

import importlib.resources
from functools import lru_cache

# a first name is one sex's when at least this share of its bearers in the census lists are
_GIVEN_NAME_SHARE = 0.95


#: a first name this common (percent of one sex's bearers in the census lists) is a given name
#: wherever it stands ("Susan Chang"), not a family name written first ("Yang" 0.002)
_COMMON_SHARE = 0.01


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, dict[str, float]]:
    """First names (upper case) -> sex -> percent of that sex's bearers, from the 1990 US
    Census lists the ``names`` package ships."""
    freq: dict[str, dict[str, float]] = {}
    for sex, fname in (("m", "dist.male.first"), ("f", "dist.female.first")):
        text = (importlib.resources.files("names") / fname).read_text("ascii")
        for line in text.splitlines():
            parts = line.split()
            if len(parts) >= 2:
                freq.setdefault(parts[0], {})[sex] = float(parts[1])
    return freq


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """First names (upper case) and the sex ("m" | "f") the 1990 US Census name lists give
    almost all their bearers, read from the files the ``names`` package ships (public domain
    census data, MIT-licensed package): "CHARLES" m, "ANGELA" f; "LESLIE", "ROBIN", "JEAN" none."""
    out: dict[str, str] = {}
    for name, by_sex in _frequencies().items():
        total = sum(by_sex.values())
        for sex, share in by_sex.items():
            if total > 0 and share / total >= _GIVEN_NAME_SHARE:
                out[name] = sex
    return out


def given_name_gender(first: str) -> str | None:
    """The sex ("m" | "f") a first name tells, when the census lists it almost only for one
    ("Nicola" f, "Charles" m), else None (unknown names, initials, names of both)."""
    if len(first) < 2 or not first.isalpha():
        return None
    return _given_names().get(first.upper())


def common_given_name(first: str) -> bool:
    """Whether the census lists count ``first`` among the common first names of either sex
    (at least :data:`_COMMON_SHARE` percent of its bearers: "Susan", "Ian"; not "Yang")."""
    return max(_frequencies().get(first.upper(), {}).values(), default=0.0) >= _COMMON_SHARE
