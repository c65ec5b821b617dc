"""Text normalisers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.text.normalise import collapse_whitespace, name_key, strip_accents


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


@given(st.text(max_size=40))
def test_normalisers_are_idempotent(text: str) -> None:
    once = collapse_whitespace(text, form="NFC")
    assert collapse_whitespace(once, form="NFC") == once
    assert "  " not in once and once == once.strip()
    assert name_key(name_key(text)) == name_key(text) or name_key(text) != name_key(text).strip()
