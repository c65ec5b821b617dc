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


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """First names (upper case) and the sex ("m" | "f") the 1990 US Census name lists give
    almost all their bearers, read from the files the ``names`` package ships (public domain
    census data, MIT-licensed package): "CHARLES" m, "ANGELA" f; "LESLIE", "ROBIN", "JEAN" none."""
    freq: dict[str, dict[str, float]] = {}
    for sex, fname in (("m", "dist.male.first"), ("f", "dist.female.first")):
        text = (importlib.resources.files("names") / fname).read_text("ascii")
        for line in text.splitlines():
            parts = line.split()
            if len(parts) >= 2:
                freq.setdefault(parts[0], {})[sex] = float(parts[1])
    out: dict[str, str] = {}
    for name, by_sex in freq.items():
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
