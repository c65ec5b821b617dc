"""Dates relative to the publication date (Monday 2022-02-21)."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.text.dates import is_date_expression, resolve_date

PUB = dt.date(2022, 2, 21)  # a Monday


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("Monday", False, dt.date(2022, 2, 21)),  # published Monday: the same day
        ("on Monday", False, dt.date(2022, 2, 21)),
        ("Sunday", False, dt.date(2022, 2, 20)),
        ("Friday", False, dt.date(2022, 2, 18)),
        ("Friday", True, dt.date(2022, 2, 25)),  # a planned event: the coming Friday
        ("last Monday", False, dt.date(2022, 2, 14)),
        ("next Monday", False, dt.date(2022, 2, 28)),
        ("Thursday morning", False, dt.date(2022, 2, 17)),
        ("today", False, PUB),
        ("yesterday", False, dt.date(2022, 2, 20)),
        ("tomorrow", False, dt.date(2022, 2, 22)),
        ("last week", False, dt.date(2022, 2, 14)),
        ("later this week", False, dt.date(2022, 2, 22)),  # after the day, within the week
        ("two days ago", False, dt.date(2022, 2, 19)),
        ("February 21", False, dt.date(2022, 2, 21)),
        ("Feb. 20", False, dt.date(2022, 2, 20)),
        ("21 February 2022", False, dt.date(2022, 2, 21)),
        ("2022-02-19", False, dt.date(2022, 2, 19)),
    ],
)
def test_resolve(text, future, expected):
    assert resolve_date(text, published=PUB, future=future) == expected


@pytest.mark.parametrize(
    "text", ["within days", "seven-year-old", "some time soon", "recent weeks", "hours"]
)
def test_not_a_day(text):
    assert resolve_date(text, published=PUB) is None
    assert not is_date_expression(text)


def test_a_year_is_no_day():
    # kept as date_text by the stage, but Event.date has day precision
    assert resolve_date("2014", published=PUB) is None
    assert is_date_expression("2014")


def test_relative_without_publication_date():
    assert resolve_date("Monday", published=None) is None
    assert is_date_expression("Monday")
    assert resolve_date("March 3, 2021", published=None) == dt.date(2021, 3, 3)


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("March 3", True, dt.date(2022, 3, 3)),  # a planned event: the coming March 3
        ("March 3", False, dt.date(2022, 3, 3)),  # nearest to publication, not a year back
        ("Feb. 18", False, dt.date(2022, 2, 18)),
        ("December 30", False, dt.date(2021, 12, 30)),  # across the new year
        ("March 3, 2021", True, dt.date(2021, 3, 3)),  # an explicit year is kept
    ],
)
def test_year_less_dates_take_the_nearest_year(text, future, expected):
    assert resolve_date(text, published=dt.date(2022, 2, 21), future=future) == expected
