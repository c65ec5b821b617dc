"""Text normalisers."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.text.normalise import collapse_whitespace, name_key, strip_accents

# the machine is shared and slow at times: no deadlines, no speed health check
RELAXED = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("  the  Donetsk’s. ", "the donetsk's"),
        ("“Kharkiv”", "kharkiv"),
        ("ＵＳＡ", "usa"),
        ("", ""),
    ],
)
def test_name_key(text: str, key: str) -> None:
    assert name_key(text) == key


def test_strip_accents() -> None:
    assert strip_accents("Nausėda, Zelenskyy, Erdoğan") == "Nauseda, Zelenskyy, Erdogan"


@RELAXED
@given(st.text(max_size=40))
def test_collapse_whitespace_is_idempotent(text: str) -> None:
    once = collapse_whitespace(text, form="NFC")
    assert collapse_whitespace(once, form="NFC") == once
    assert "  " not in once and once == once.strip()


# names as written in news: letters, digits, spaces, tabs, punctuation and quote marks
_NAME_CHARS = st.sampled_from([*"aZé字0 \t\n.,;:-'’“”\"()", "ô", "ﬁ"])


@RELAXED
@given(st.text(alphabet=_NAME_CHARS, max_size=30))
def test_name_key_is_idempotent(text: str) -> None:
    key = name_key(text)
    assert name_key(key) == key
    assert key == key.lower() and "  " not in key
