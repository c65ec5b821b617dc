"""The dateline of a news story: the place (and date, agency) a wire story opens with.

"SALVADOR, Feb 26 - Showers continued …", "HAMILTON, Bermuda, March 19 - …",
"KYIV (Reuters) - …", "WASHINGTON — …": the place the story was filed from, written before the
first sentence and cut from it by a dash. A reader takes it for what it is: a place, never an
actor, not part of the first sentence's subject, and the country the story is told from (the
actors stage falls back on it for the home country of unknown organisations: a Reuters story
filed in Pittsburgh about "Armco Inc" is about an American company).

Only the first lines are read (a headline may come first), and the place or the region must be
one the gazetteer knows. The place is written in
capitals ("LOS ANGELES", "ST. LOUIS"), or in any case when a date or an agency in brackets
follows it ("Kyiv (Reuters) -"); a region or country may follow it after a comma ("Fresno,
Calif."), and the dash must be followed by the story's first word.

Example:
    >>> d = find_dateline("HAMILTON, Bermuda, March 19 - Sea Containers Ltd said ...")
    >>> d.place, d.region, d.text[d.end:][:14]
    ('HAMILTON', 'Bermuda', 'Sea Containers')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from sitrep.places.geocode import Geocoder

_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?"
    r"|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*\.?\s+\d{1,2}"
)
_CAPS_PLACE = r"[A-Z][A-Z.'\-]*(?:\s[A-Z][A-Z.'\-]*){0,3}"
_TITLE_PLACE = r"[A-Z][\w.'\-]*(?:\s[A-Z][\w.'\-]*){0,3}"
_REGION = r"[A-Z][\w.'\-]*(?:\s[A-Z][\w.'\-]*){0,2}"
_AGENCY = r"\([A-Z][A-Za-z.&' ]{1,24}\)"
_LOWER_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
# (" . ": a dateline cut for the parser by :func:`with_datelines_cut`)
_DASH = r"(?:\s*(?:-{1,2}|\u2013|\u2014)|\s+\.)\s+"
# (or a wire ticker in angle brackets: "LONDON, Mar 2 - <Exco International Plc>, a ...")
_START = r"(?=[\"'\u201c\u2018(<]?[A-Z0-9])"
_DATELINE = re.compile(
    rf"(?P<place>{_CAPS_PLACE})(?:,\s+(?P<region>{_REGION}))??"
    rf"(?:,\s+(?P<date>{_MONTH}))?\s*(?P<agency>{_AGENCY})?{_DASH}{_START}"
    rf"|(?P<tplace>{_TITLE_PLACE})(?:,\s+(?P<tregion>{_REGION}))??"
    rf"(?:(?:,\s+(?P<tdate>{_MONTH}))\s*(?P<tagency1>{_AGENCY})?|\s*(?P<tagency>{_AGENCY})){_DASH}"
    rf"{_START}"
    # a wire story set in lower case: "Caracas, march 11 - venezuela will supply ecuador"
    rf"|(?P<lplace>{_TITLE_PLACE}),\s+(?P<ldate>{_LOWER_MONTH}){_DASH}(?=[\"a-z])"
)
# the first lines are searched (a headline and a byline may come before the dateline)
_SEARCH_CHARS = 400
_SEARCH_LINES = 3
# a capitals-only "place" no longer than this is an acronym heading, not a place ("UK -")
_MIN_CAPS = 3


@dataclass(frozen=True)
class Dateline:
    """A story's dateline: character offsets into ``text``.

    Attributes:
        text: the whole text the dateline was found in.
        start: where the dateline starts.
        end: where the story's first sentence starts (after the dash).
        place_start, place_end: the place's offsets ("HAMILTON").
        region_start, region_end: the region or country after it ("Bermuda"), or -1.
    """

    text: str
    start: int
    end: int
    place_start: int
    place_end: int
    region_start: int = -1
    region_end: int = -1

    @property
    def place(self) -> str:
        return self.text[self.place_start : self.place_end]

    @property
    def region(self) -> str | None:
        return self.text[self.region_start : self.region_end] if self.region_start >= 0 else None

    @cached_property
    def country(self) -> str | None:
        """The country filed from: the region's ("Hamilton, Bermuda"), else the place's."""
        geocoder = Geocoder.load()
        for name in (self.region, self.place):
            place = geocoder.lookup(name) if name else None
            if place is not None and place.country:
                return place.country
        return None


def find_dateline(text: str) -> Dateline | None:
    """The dateline opening the story in ``text`` (on one of its first lines), or None.

    The place, or the region after it, must be a place the gazetteer knows.
    """
    head = text[:_SEARCH_CHARS]
    for n, line in enumerate(re.finditer(r"(?m)^[ \t]*(?=\S)", head)):
        if n >= _SEARCH_LINES:
            break
        found = _dateline_at(text, line.end(), end=len(head))
        if found is not None:
            return found
    return None


def _dateline_at(text: str, pos: int, *, end: int | None = None) -> Dateline | None:
    """The dateline starting at ``pos`` of ``text`` (read up to ``end``) whose place, or region
    after it, the gazetteer knows; else None."""
    m = _DATELINE.match(text, pos, len(text) if end is None else end)
    if m is None:
        return None
    caps = m.group("place") is not None
    name, region = ("place", "region") if caps else ("tplace", "tregion")
    if m.group("lplace") is not None:
        name, region = "lplace", "lplace"  # (no region: the lower-case form has none)
    if caps and len(m.group(name).replace(".", "")) < _MIN_CAPS and not m.group("date"):
        return None
    found = Dateline(text, m.start(), m.end(), *m.span(name))
    if m.group(region) and region != name:
        found = Dateline(text, m.start(), m.end(), *m.span(name), *m.span(region))
    return found if found.country is not None else None


def all_datelines(text: str) -> list[Dateline]:
    """Every line's opening dateline whose place the gazetteer knows, in text order (a wire
    digest has one per item: "    BEIRUT - Rescue workers ...")."""
    out: list[Dateline] = []
    for line in re.finditer(r"(?m)^[ \t]*(?=\S)", text):
        found = _dateline_at(text, line.end())
        if found is not None:
            out.append(found)
    return out


def with_datelines_cut(text: str) -> str:
    """``text`` with the dash that ends each dateline made a full stop, the same length:
    "RIO DE JANEIRO, June 18 - Rio's dockworkers went on strike" is parsed as the dateline,
    then the sentence, not as one sentence whose subject is "RIO DE JANEIRO". Every line that
    opens with a dateline whose place the gazetteer knows is cut (a wire digest has one per
    item: "    BEIRUT - Rescue workers ..."). Record texts are read from the text as written.

    Example:
        >>> with_datelines_cut("PARIS, March 3 - Police arrested two men.")
        'PARIS, March 3 . Police arrested two men.'
    """
    out: list[str] | None = None
    for found in all_datelines(text):
        dash = re.search(r"(?:-{1,2}|\u2013|\u2014|\.)\s+$", text[found.start : found.end])
        if dash is None:
            continue
        at = found.start + dash.start()
        if out is None:
            out = list(text)
        out[at] = "."
        if text[at + 1] in "-":
            out[at + 1] = " "  # "--"
    return text if out is None else "".join(out)
