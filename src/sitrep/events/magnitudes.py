"""Magnitudes in event sentences: sizes with units, dead, injured, arrested.

Regular expressions over the text (numbers in digits or words, ranges, "more than", "up to",
vague plurals such as "thousands of"). Each finder returns :class:`Measure` objects with character
offsets, so the events stage can give each one to the nearest event.

Example:
    >>> [m.size for m in find_sizes("a force numbering 169,000-190,000 troops")]
    [Size(min=169000.0, max=190000.0, unit='troops')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.records import Size
from sitrep.text.lexicon import load_lexicon

_UNITS = load_lexicon("units").lemmas()
# Capitalised plural demonyms ("100 ethnic Albanians", "168 Liberians") count as people.
_DEMONYM = r"[A-Z][a-z]+(?:ians|ans|ese|ers|is|ks|ds|ts|es)"
_SINGULAR = {
    e.fields["singular"]: e.lemma for e in load_lexicon("units").entries if e.fields["singular"]
}

_WORDS = {e.lemma: int(e.fields["value"]) for e in load_lexicon("number_words").entries}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Vague plurals give a lower bound only (the smallest value the plural can mean, doubled:
# "hundreds" is at least 200).
_VAGUE = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000,
    "tens of thousands": 20_000, "hundreds of thousands": 200_000, "millions": 2_000_000,
}  # fmt: skip

_WORD_ALT = "|".join(sorted(_WORDS, key=len, reverse=True))
_NUM = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{_WORD_ALT})"
    r"(?:[\s-]+(?:hundred|thousand|million|billion))?(?:\s*(?:k|m|bn)\b)?"
)
_VAGUE_ALT = "|".join(sorted(_VAGUE, key=len, reverse=True))
_QUANT = (
    rf"(?P<q>(?:(?P<pre>more than|over|at least|up to|as many as|nearly|almost|about|around|"
    rf"some|roughly|approximately|an estimated|fewer than|less than|under)\s+)?"
    rf"(?:between\s+(?P<a1>{_NUM})\s+and\s+(?P<b1>{_NUM})|"
    rf"(?P<a2>{_NUM})\s*(?:-|–|—|to)\s*(?P<b2>{_NUM})|"
    rf"(?P<n>{_NUM})|(?P<vague>{_VAGUE_ALT})(?:\s+of)?))"
)
_UNIT_ALT = "|".join(sorted([*(re.escape(u) for u in _UNITS), *_SINGULAR], key=len, reverse=True))
_SIZE_RE = re.compile(
    rf"(?<![\w.,-])(?i:{_QUANT})\s+(?:(?:[A-Za-z'’-]+\s+){{0,2}}?)"
    rf"(?P<unit>(?i:{_UNIT_ALT})\b|{_DEMONYM}\b(?!\s+(?:{_UNIT_ALT})\b))"
)

_CASUALTY_NOUN = {
    "dead": r"(?:dead|deaths?|killed|fatalities|lives lost|bodies)",
    "injured": r"(?:injured|wounded|injuries|hurt|casualties)",
    "arrested": r"(?:arrested|detained|arrests|detentions|taken into custody|held|jailed)",
}
_CASUALTY_VERB = {
    "dead": r"(?:kill(?:ed|ing|s)?|left)",
    "injured": r"(?:injur(?:ed|ing|es)?|wound(?:ed|ing|s)?)",
    "arrested": r"(?:arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|round(?:ed|ing)? up)",
}
_PEOPLE = (
    r"(?:(?:[A-Za-z'’-]+\s+){0,2}?(?:people|persons|civilians|soldiers|troops|servicemen|"
    r"protesters|demonstrators|police(?:men)?|officers|militants|fighters|guerrillas|rebels|"
    r"children|women|men|others|members|activists|journalists|students|workers|residents|"
    r"villagers|prisoners|pilgrims|sailors|pilots|peacekeepers|[A-Z][a-z]+(?:ians|ans|is|ese))\s+)?"
)
_CASUALTY_RE = {
    kind: [
        # "five deaths", "12 people were killed", "three soldiers dead", "two killed"
        re.compile(
            rf"\b{_QUANT}\s+{_PEOPLE}(?:(?:were|was|have been|had been|are|got|being)\s+)?"
            rf"{_CASUALTY_NOUN[kind]}\b",
            re.IGNORECASE,
        ),
        # "killing five", "killed at least 12 people", "arrested 30 protesters"
        re.compile(rf"\b{_CASUALTY_VERB[kind]}\s+{_QUANT}\b", re.IGNORECASE),
        # "A journalist has been killed", "A Palestinian prisoner died": one person
        *(
            [
                re.compile(
                    r"\b(?P<q>(?P<n>(?:A|An|a|an)))\s+(?:[A-Za-z'’-]+\s+){0,3}?"
                    r"(?:[a-z]+)\s+(?:(?:was|has been|had been)\s+(?:killed|shot dead)|died)\b"
                )
            ]
            if kind == "dead"
            else []
        ),
        # "death toll rose to 40", "the toll of dead reached 7"
        *(
            [re.compile(rf"\bdeath toll\s+(?:\w+\s+){{0,3}}?(?:to|of|at|is|was)\s+{_QUANT}", re.I)]
            if kind == "dead"
            else []
        ),
    ]
    for kind in _CASUALTY_NOUN
}


@dataclass(frozen=True)
class Measure:
    """A magnitude found in text: ``kind`` is size, dead, injured or arrested."""

    kind: str
    start: int
    end: int
    text: str
    size: Size


def parse_number(text: str) -> float | None:
    """A number written in digits or words: ``"169,000"``, ``"1.5 million"``, ``"five"``.

    Returns:
        The value, or None when ``text`` is not a number.
    """
    t = text.strip().lower().replace("–", "-")
    if not t:
        return None
    scale = 1.0
    m = re.search(r"[\s-]*(hundred|thousand|million|billion|k|m|bn)$", t)
    if m:
        scale = {"k": 1e3, "m": 1e6, "bn": 1e9}.get(m.group(1), _SCALES.get(m.group(1), 1))
        t = t[: m.start()].strip()
        if not t:
            return None
    if t in _WORDS:
        return _WORDS[t] * scale
    try:
        return float(t.replace(",", "")) * scale
    except ValueError:
        return None


def _quantity(m: re.Match[str]) -> tuple[float | None, float | None] | None:
    g = {k: v for k, v in m.groupdict().items() if v}
    pre = g.get("pre", "").lower()
    if "vague" in g:
        return float(_VAGUE[g["vague"].lower()]), None
    if "a1" in g or "a2" in g:
        lo = parse_number(g.get("a1") or g["a2"])
        hi = parse_number(g.get("b1") or g["b2"])
        if lo is None or hi is None:
            return None
        if hi < lo and hi < 1000 <= lo:  # "169,000-190" is not a range we understand
            return None
        return lo, hi
    if "n" not in g:
        return None
    n = 1.0 if g["n"].lower() in ("a", "an") else parse_number(g["n"])
    if n is None:
        return None
    if pre in ("more than", "over", "at least"):
        return n, None
    if pre in ("up to", "as many as", "fewer than", "less than", "under", "nearly", "almost"):
        return None, n
    return n, n


def _is_year(m: re.Match[str]) -> bool:
    n = m.groupdict().get("n")
    return bool(n and re.fullmatch(r"(?:19|20)\d\d", n))


def find_sizes(text: str, *, offset: int = 0) -> list[Measure]:
    """Sizes such as ``"169,000-190,000 troops"`` or ``"tens of thousands of protesters"``.

    Args:
        text: the text to search (usually one sentence).
        offset: added to the returned offsets (the sentence's start in the article).

    Returns:
        Measures of kind ``"size"``, in text order.
    """
    out: list[Measure] = []
    for m in _SIZE_RE.finditer(text):
        if _is_year(m):
            continue
        q = _quantity(m)
        if q is None:
            continue
        unit = m.group("unit").lower()
        unit = _SINGULAR.get(unit, unit)
        if unit not in _UNITS:
            unit = "people"  # a demonym: "168 Liberians"
        out.append(
            Measure(
                "size",
                offset + m.start(),
                offset + m.end(),
                m.group(0),
                Size(min=q[0], max=q[1], unit=unit),
            )
        )
    return out


def find_casualties(text: str, *, offset: int = 0) -> list[Measure]:
    """Counts of dead, injured and arrested people ("five deaths", "killing 12").

    Args:
        text: the text to search (usually one sentence).
        offset: added to the returned offsets.

    Returns:
        Measures of kind ``"dead"``, ``"injured"`` or ``"arrested"``, in text order; their
        ``size.min`` is the count (the lower bound of a range).
    """
    out: list[Measure] = []
    taken: list[tuple[int, int]] = []
    for kind, patterns in _CASUALTY_RE.items():
        for rx in patterns:
            for m in rx.finditer(text):
                if _is_year(m) or any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                q = _quantity(m)
                if q is None:
                    continue
                taken.append((m.start(), m.end()))
                out.append(
                    Measure(
                        kind,
                        offset + m.start(),
                        offset + m.end(),
                        m.group(0),
                        Size(min=q[0], max=q[1], unit="people"),
                    )
                )
    return sorted(out, key=lambda x: x.start)


def count(measure: Measure) -> int | None:
    """The integer count of a casualty measure (lower bound, else upper bound)."""
    value = measure.size.min if measure.size.min is not None else measure.size.max
    return int(value) if value is not None else None
