"""Property-based tests (hypothesis): readers never raise on arbitrary bytes, checks agree with
decoding, dates either parse in range or fail with ValueError, sections tile the text, and a
Dispatch survives the JSON round trip."""

from __future__ import annotations

import datetime as dt
import itertools
import string
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.ingest.article import Article
from sitrep.ingest.readers import (
    MIN_YEAR,
    Rejected,
    check_bytes,
    decode_bytes,
    parse_date,
    read_file,
)
from sitrep.records import (
    Actor,
    ArticleMeta,
    Attribution,
    Dispatch,
    Event,
    Mention,
    SentenceSpan,
    SourceSpan,
    TextSpan,
)
from sitrep.sections import split_sections

# no deadline and no speed check: the machine running the tests may be shared and slow
PROPERTY = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
QUICK = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

# bytes that look like the start of each format, so the readers get past their first check
PREFIXES = {
    ".txt": [b""],
    ".html": [b"", b"<html><body><p>"],
    ".jsonl": [b"", b'{"text": "', b"\n"],
    ".rss": [b"", b'<?xml version="1.0"?><rss><channel><item><description>'],
    ".warc": [b"", b"WARC/1.0\r\nWARC-Type: response\r\n"],
    ".sgm": [b"", b'<REUTERS NEWID="1"><DATE>26-FEB-1987</DATE><TEXT><BODY>'],
}


@pytest.mark.parametrize("suffix", sorted(PREFIXES))
@PROPERTY
@given(data=st.data())
def test_readers_never_raise_on_random_bytes(ingest_settings, suffix, data):
    prefix = data.draw(st.sampled_from(PREFIXES[suffix]))
    body = data.draw(st.binary(max_size=2000) | st.text(max_size=2000).map(str.encode))
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"doc{suffix}"
        path.write_bytes(prefix + body)
        items = list(read_file(path, settings=ingest_settings))
    assert items, "a file gives at least one Article or Rejected"
    for item in items:
        assert isinstance(item, Article | Rejected)
        if isinstance(item, Rejected):
            assert item.reason and "\n" not in item.reason
        else:
            assert item.text.strip()


@pytest.fixture(scope="module")
def ingest_settings():
    from sitrep.settings import load_settings

    return load_settings().ingest


@PROPERTY
@given(data=st.binary(max_size=500) | st.text(max_size=300).map(str.encode))
def test_check_bytes_agrees_with_decoding(ingest_settings, data):
    reason = check_bytes(data, settings=ingest_settings)
    if reason is None:
        assert isinstance(decode_bytes(data), str)


@QUICK
@given(value=st.text(max_size=30) | st.dates().map(dt.date.isoformat) | st.none())
def test_parse_date_is_in_range_or_a_value_error(value):
    try:
        parsed = parse_date(value)
    except ValueError as e:
        assert str(e)
        return
    assert parsed is None or MIN_YEAR <= parsed.year <= dt.date.today().year + 1


@QUICK
@given(
    text=st.text(alphabet=string.ascii_letters + " .\n\t!?\"'", max_size=5000),
    max_chars=st.integers(min_value=20, max_value=800),
)
def test_sections_tile_the_text_within_the_limit(text, max_chars):
    spans = split_sections(text, max_chars=max_chars)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert all(0 < end - start <= max_chars for start, end in spans) or text == ""


# ------------------------------------------------------------------------ record round trip

_text = st.text(max_size=20)
_ids = st.from_regex(r"[axe][1-9][0-9]?", fullmatch=True)
_nat = st.integers(min_value=0, max_value=10**6)
_span = st.builds(TextSpan, start=_nat, end=_nat, text=_text)
_floats = st.floats(allow_nan=False, allow_infinity=False, width=32)


@st.composite
def dispatches(draw):
    actors = draw(
        st.lists(
            st.builds(
                Actor,
                id=_ids,
                name=_text,
                country=st.none() | st.sampled_from(["RUS", "UKR", "USA"]),
                mentions=st.lists(st.builds(Mention, start=_nat, end=_nat, text=_text), max_size=3),
            ),
            max_size=3,
        )
    )
    attributions = draw(
        st.lists(
            st.builds(
                Attribution,
                id=_ids,
                cue=_span,
                source=st.none() | st.builds(SourceSpan, start=_nat, end=_nat, text=_text),
                content=st.lists(_span, max_size=2),
                confidence=st.none() | _floats,
            ),
            max_size=3,
        )
    )
    events = draw(
        st.lists(
            st.builds(
                Event,
                id=_ids,
                event=st.sampled_from(["ASSAULT", "ACCUSE", "AGREE"]),
                trigger=_span,
                sentence=st.builds(SentenceSpan, start=_nat, end=_nat),
                date=st.none() | st.dates(),
                dead=st.none() | st.integers(min_value=0, max_value=10**6),
                confidence=_floats,
                actor=st.lists(_ids, max_size=2),
            ),
            max_size=3,
        )
    )
    meta = st.builds(
        ArticleMeta, id=st.text(min_size=1, max_size=16), published=st.none() | st.dates()
    )
    return Dispatch(
        article=draw(meta),
        actors=actors,
        attributions=attributions,
        events=events,
        warnings=draw(st.lists(_text, max_size=2)),
    )


@QUICK
@given(d=dispatches())
def test_dispatch_json_round_trip(d):
    assert Dispatch.model_validate_json(d.model_dump_json()) == d
    assert Dispatch.model_validate_json(d.model_dump_json(by_alias=True)) == d
