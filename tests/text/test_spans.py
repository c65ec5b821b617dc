"""Property tests for the span helpers: spans stay inside the text, trimming only shrinks and is
idempotent, and a span's text is always ``text[start:end]``."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.text.spans import (
    EDGE_PUNCT,
    strip_span,
    token_end,
    tokens_span,
    trim_separators,
    trim_span,
)

# the machine is shared and slow at times: no deadlines, no speed health check
RELAXED = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

# text with plenty of the characters the trimmers look at
_ALPHABET = st.sampled_from([*"ab Z\t\n\u00a0.,;:!?\"'“”‘’—–-…*()", "é", "字"])
TEXTS = st.text(alphabet=_ALPHABET, max_size=40) | st.text(max_size=40)


@st.composite
def text_and_span(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(TEXTS)
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return text, start, end


@RELAXED
@given(text_and_span())
def test_trim_span_shrinks_and_is_idempotent(case: tuple[str, int, int]) -> None:
    text, start, end = case
    s, e = trim_span(text, start, end)
    assert start <= s <= e <= end
    assert trim_span(text, s, e) == (s, e)
    inner = text[s:e]
    if any(c not in EDGE_PUNCT for c in text[start:end]):
        assert inner[0] not in EDGE_PUNCT and inner[-1] not in EDGE_PUNCT
    else:  # punctuation only: kept, less surrounding whitespace
        assert inner == text[start:end].strip()


@RELAXED
@given(text_and_span())
def test_trim_separators_shrinks_and_is_idempotent(case: tuple[str, int, int]) -> None:
    text, start, end = case
    span = trim_separators(text, start, end)
    if span is None:
        assert all(c.isspace() or c in ",;:—–-" for c in text[start:end])
        return
    s, e = span
    assert start <= s < e <= end
    assert trim_separators(text, s, e) == (s, e)
    assert not text[s].isspace() and text[s] not in ",;—–-"
    assert not text[e - 1].isspace() and text[e - 1] not in ",;:—–-"


@RELAXED
@given(text_and_span(), st.integers(-5, 50), st.integers(-5, 50))
def test_strip_span_stays_in_text(case: tuple[str, int, int], lo: int, hi: int) -> None:
    text = case[0]
    s, e = strip_span(text, lo, hi, left=str.isspace)
    assert 0 <= s <= e <= len(text)
    assert text[s:e] == text[s:e].lstrip()


@dataclass
class _Tok:
    idx: int
    text: str


@RELAXED
@given(st.lists(st.text(min_size=1, max_size=8), min_size=1, max_size=6), st.text(max_size=3))
def test_token_offsets_give_the_token_text(words: list[str], gap: str) -> None:
    text, toks = "", []
    for w in words:
        toks.append(_Tok(len(text), w))
        text += w + gap
    for t in toks:
        assert text[t.idx : token_end(t)] == t.text
    s, e = tokens_span(toks)
    assert text[s:e] == (gap.join(words))


def test_tokens_span_of_nothing_is_an_error() -> None:
    with pytest.raises(ValueError, match="empty"):
        tokens_span([])


def test_spacy_tokens(nlp) -> None:
    doc = nlp("  Russia said: “Ukraine shelled Donetsk,” officials added.")
    for tok in doc:
        assert doc.text[tok.idx : token_end(tok)] == tok.text
    opening = next(t for t in doc if t.text == "“")
    closing = next(t for t in doc if t.text == "”")
    s, e = trim_span(doc.text, opening.idx, token_end(closing))
    assert doc.text[s:e] == "Ukraine shelled Donetsk"
