"""Hard-wrapped wire text is parsed unwrapped; offsets and record texts stay the article's."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.text.normalise import unwrap_lines

WIRE = (
    "KESTRIA, March 3 - Valdorian forces shelled the border town of\n"
    "Mirn overnight, killing three civilians, the Kestrian defence\n"
    "ministry said in a statement on Tuesday.\n"
    "    The ministry accused Valdoria of breaking the ceasefire it\n"
    "signed last month and demanded that its troops withdraw.\n"
)


@pytest.mark.parametrize(
    ("text", "unwrapped"),
    [
        (WIRE, True),
        ("Headline\n\nA paragraph that ends.\nAnother one.\nA third.\nAnd a fourth.", False),
        ("one line only", False),
        ("Short\nlines\nof\na poem", True),
        # a digest of short wrapped items: lines that end a paragraph do not count against it
        (
            "HIGHLIGHTS\n\nKESTRIA - Troops shelled\nthe town.\n   - - - -\n"
            "   MIRN - Police arrested\ntwo men.\n   - - - -\n   ARLA - Talks ended\nat noon.",
            True,
        ),
    ],
)
def test_only_hard_wrapped_text_is_unwrapped(text: str, unwrapped: bool) -> None:
    out = unwrap_lines(text)
    assert len(out) == len(text)
    assert (out != text) == unwrapped


def test_paragraph_breaks_stay() -> None:
    out = unwrap_lines(WIRE)
    assert "\n    The ministry" in out
    assert "town of Mirn" in out


@given(st.text(alphabet=st.sampled_from("ab .\n\t"), max_size=200))
def test_same_length_and_only_newlines_change(text: str) -> None:
    out = unwrap_lines(text)
    assert len(out) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, out, strict=True))


def test_pipeline_reads_wire_text_whole_and_keeps_texts_as_written(coder) -> None:
    d = coder.code_text(WIRE, published="2024-03-05")
    assert {"ASSAULT", "ACCUSE"} <= {e.event for e in d.events}
    spans = [s for r in (*d.events, *d.attributions, *d.actors) for s in r.offsets()]
    assert spans
    for span in spans:
        if hasattr(span, "text"):
            assert span.text == WIRE[span.start : span.end]
