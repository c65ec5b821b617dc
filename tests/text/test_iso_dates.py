"""The one strict ISO date parser: round trips, and everything else is rejected the same way."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.errors import DateError, InputError
from sitrep.text.dates import parse_iso_date

# the machine is shared and slow at times: no deadlines, no speed health check
RELAXED = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

DATES = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31))


@RELAXED
@given(DATES)
def test_iso_dates_round_trip(day: dt.date) -> None:
    assert parse_iso_date(day.isoformat()) == day
    assert parse_iso_date(f" {day.isoformat()}\n") == day
    assert parse_iso_date(day) == day


@RELAXED
@given(st.datetimes(min_value=dt.datetime(1000, 1, 1)), st.sampled_from(["T", " "]))
def test_iso_datetimes_give_their_date(when: dt.datetime, sep: str) -> None:
    assert parse_iso_date(when.isoformat(sep=sep)) == when.date()
    assert parse_iso_date(when.isoformat(timespec="minutes") + "Z") == when.date()
    assert parse_iso_date(when) == when.date()


@RELAXED
@given(DATES, st.text(min_size=1, max_size=10).filter(lambda s: not s.isspace()))
def test_trailing_garbage_is_rejected(day: dt.date, tail: str) -> None:
    text = day.isoformat() + tail
    try:
        parsed = parse_iso_date(text)
    except DateError as e:
        assert repr(text) in str(e)
    else:  # only a well-formed time (or zone) may follow the date
        assert parsed == day
        assert tail.strip()[0] in "T 0123456789Z+-:" or tail[0] in "T "


@RELAXED
@given(st.text(max_size=30) | st.binary(max_size=30).map(lambda b: b.decode("latin-1")))
def test_random_text_never_raises_anything_but_date_error(text: str) -> None:
    try:
        day = parse_iso_date(text)
    except DateError:
        return
    assert day.isoformat() == text.strip()[:10]


@pytest.mark.parametrize(
    "text",
    ["2022-02-21garbage", "20220221", "2022-02-30", "21 Feb 2022", "", "2022-2-1", "2022-02-21T25:00",
     "２０２２-０２-２１", "2022-02-21T10:30junk"],
)  # fmt: skip
def test_rejected(text: str) -> None:
    with pytest.raises(DateError, match="not an ISO date"):
        parse_iso_date(text)


def test_one_failure_type_for_every_caller() -> None:
    with pytest.raises(DateError) as info:
        parse_iso_date("2022-02-21garbage", what="--published")
    assert isinstance(info.value, InputError) and isinstance(info.value, ValueError)
    assert "--published '2022-02-21garbage'" in str(info.value)
