"""Dates: one strict ISO date parser and the resolver of relative date expressions.

:func:`parse_iso_date` is the one reader of ISO dates in sitrep (options, metadata, gold
files): it accepts ``YYYY-MM-DD``, optionally followed by an ISO time (``2022-02-21T10:30:00Z``),
and nothing else. Its one failure behaviour is to raise :class:`~sitrep.errors.DateError` (an
``InputError`` and a ``ValueError``) naming the value; callers that treat a bad date as absent
catch it.

:func:`resolve_date` resolves date expressions against the publication date.

News writes dates relative to the day of publication: "on Monday" in an article published on
Monday 2022-02-21 is that day; in one published on Wednesday it is two days earlier. Rules
handle weekdays, today/yesterday/tomorrow, "last/next week|month|year"; ``dateparser`` (with
``RELATIVE_BASE`` = publication date, preferring past dates) handles the rest ("February 21",
"21 Feb 2022", "two days ago"). Durations and vague spans ("within days", "seven-year-old") are
not dates and resolve to None.

Example:
    >>> parse_iso_date("2022-02-21T10:30:00Z")
    datetime.date(2022, 2, 21)
    >>> resolve_date("Monday", published=dt.date(2022, 2, 21))
    datetime.date(2022, 2, 21)
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from sitrep.errors import DateError
from sitrep.text.lexicon import load_lexicon
from sitrep.text.normalise import collapse_whitespace

log = logging.getLogger(__name__)

# YYYY-MM-DD, then optionally T or a space and hh:mm[:ss[.fraction]] with an optional zone.
_ISO_RE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d|60)(?:[.,]\d+)?)?"
    r"(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?",
    re.ASCII,
)


def parse_iso_date(value: str | dt.date, *, what: str = "date") -> dt.date:
    """The calendar date of an ISO 8601 date or date-time; strict.

    Accepts a :class:`datetime.date` (a ``datetime`` gives its date) or a string, surrounding
    whitespace ignored, that is ``YYYY-MM-DD`` optionally followed by ``T`` (or a space) and a
    time ``hh:mm[:ss[.ffffff]]`` with an optional zone (``Z``, ``+02:00``). Anything else
    (``"2022-02-21garbage"``, ``"20220221"``, ``"21 Feb 2022"``, ``"2022-02-30"``) is rejected.

    Args:
        value: The value to read.
        what: What the value is, for the error message (``"--published"``, ``"gold date"``).

    Returns:
        The date (the time and zone, if any, are dropped: the date is the one written).

    Raises:
        DateError: ``value`` is not an ISO date; the message names it.

    Example:
        >>> parse_iso_date(" 2022-02-21 ")
        datetime.date(2022, 2, 21)
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = _ISO_RE.fullmatch(value.strip())
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                pass
    raise DateError(f"{what} {value!r} is not an ISO date; expected YYYY-MM-DD, e.g. 2022-02-21")


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_RE = re.compile(
    r"^(?:(?:on|by|since|from|until|till)\s+)?(?:(?P<rel>last|this|next|past|coming)\s+)?"
    r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?$",
    re.IGNORECASE,
)
_SIMPLE = {e.lemma: int(e.fields["offset"]) for e in load_lexicon("relative_days").entries}
_PERIOD_RE = re.compile(
    r"^(?P<rel>last|past|previous|next|this|coming|later this)\s+(?P<unit>week|month|year)$",
    re.I,
)
# Spans that spaCy tags DATE but that name no day: durations, ages, vague futures.
_NOT_A_DATE = re.compile(
    r"\b(?:old|long|within|for|during|over the|the past \w+ (?:days|weeks|months|years)|"
    r"days|weeks|months|years|decades?|centur(?:y|ies)|recent|coming days|soon|annual|daily|"
    r"weekly|monthly|yearly|ago\b.*\bago)\b",
    re.IGNORECASE,
)
_AGO_RE = re.compile(r"\b(?:ago|earlier|before)$", re.IGNORECASE)


def is_date_expression(text: str) -> bool:
    """Whether ``text`` names a day (absolute or relative), not a duration or a vague span."""
    t = re.sub(r"^(?:on|by|since|from|until|till|in|at|as of)\s+", "", text.strip(), flags=re.I)
    low = t.lower().strip(",.;")
    if low in _SIMPLE or _WEEKDAY_RE.match(t) or _PERIOD_RE.match(t):
        return True
    if _NOT_A_DATE.search(low) and not _AGO_RE.search(low):
        return False
    return bool(re.search(r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ago", low))


def _weekday(m: re.Match[str], published: dt.date, *, future: bool) -> dt.date:
    target = _WEEKDAYS.index(m.group("day").lower())
    rel = (m.group("rel") or "").lower()
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if rel in ("last", "past"):
        return published - dt.timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return published + dt.timedelta(days=ahead or 7)
    if future:
        return published + dt.timedelta(days=ahead)
    return published - dt.timedelta(days=back)


def resolve_date(text: str, *, published: dt.date | None, future: bool = False) -> dt.date | None:
    """The calendar date a date expression names, relative to ``published``.

    Args:
        text: the expression as written ("Monday", "last week", "Feb. 21", "2022-02-20").
        published: the publication date; without it only absolute dates resolve.
        future: the event is planned or predicted, so a bare weekday means the next one.

    Returns:
        The date, or None for durations, vague spans and expressions that do not parse.
    """
    t = collapse_whitespace(text.strip().strip(",.;"))
    t = re.sub(r"^(?:on|by|since|from|until|till|in|at|as of)\s+", "", t, flags=re.I)
    low = t.lower()
    if not low:
        return None
    if published is not None:
        if low in _SIMPLE:
            return published + dt.timedelta(days=_SIMPLE[low])
        m = _WEEKDAY_RE.match(t)
        if m:
            return _weekday(m, published, future=future)
        m = _PERIOD_RE.match(t)
        if m:
            rel, unit = m.group("rel").lower(), m.group("unit").lower()
            if rel == "later this":
                # "talks with U.S. officials later this week": after the publication day,
                # within the period (the next day stands for it)
                return published + dt.timedelta(days=1)
            sign = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
            days = {"week": 7, "month": 30, "year": 365}[unit]
            return published + dt.timedelta(days=sign * days)
    if _NOT_A_DATE.search(low) and not _AGO_RE.search(low):
        return None
    if not re.search(r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ago", low):
        return None
    return _dateparser(t, published, future=future)


def _dateparser(text: str, published: dt.date | None, *, future: bool = False) -> dt.date | None:
    import dateparser

    base = dt.datetime.combine(published, dt.time(12)) if published else None
    config: dict[str, object] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day"]}
    if base is not None:
        config["RELATIVE_BASE"] = base
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=config)
    except Exception as e:  # dateparser raises assorted errors on odd input
        log.debug("dateparser failed on %r: %s", text, e)
        return None
    if parsed is None:
        return None
    has_year = re.search(r"\b\d{4}\b", text) is not None
    if published is None and not has_year:
        return None  # a year-less date needs the publication year
    if has_year or published is None:
        return parsed.date()
    return _nearest_year(parsed.date(), published, future=future)


def _nearest_year(day: dt.date, published: dt.date, *, future: bool) -> dt.date:
    """The year of a year-less date ("March 3"): news speak of days near the publication date,
    so the closest one wins; a planned or predicted event prefers the coming one (within half a
    year), a reported one the past one."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(day.replace(year=year))
        except ValueError:  # 29 February
            continue
    best = min(candidates, key=lambda d: abs((d - published).days))
    if future and best < published:
        ahead = [d for d in candidates if d >= published and (d - published).days <= 183]
        best = ahead[0] if ahead else best
    elif not future and best > published + dt.timedelta(days=7):
        behind = [d for d in candidates if d <= published and (published - d).days <= 183]
        best = behind[-1] if behind else best
    return best
