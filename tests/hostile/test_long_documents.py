"""Long documents: cut into sections at paragraph boundaries, coded apart, merged into one
Dispatch whose offsets index the whole text and whose ids and actors are consistent."""

from __future__ import annotations

import pytest
from pydantic import BaseModel
from tests.conftest import EXAMPLES

from sitrep.errors import InputError
from sitrep.ingest.article import Article
from sitrep.records import Mention, TextSpan
from sitrep.sections import split_sections

PARAGRAPHS = ["First paragraph here.", "Second one, a bit longer than the first.", "Third."]


@pytest.mark.parametrize(
    ("text", "max_chars", "expected"),
    [
        ("short text", 1000, ["short text"]),
        # a paragraph break in the second half of the window wins over a later sentence end
        ("\n\n".join(PARAGRAPHS), 70, [PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[1] + "\n\n", "Third."]),
        # no paragraph break: a line break, then a sentence end, then a space
        ("aaaa bbbb\ncccc dddd eeee ffff", 14, ["aaaa bbbb\n", "cccc dddd ", "eeee ffff"]),
        ("One two. Three four five six.", 16, ["One two. ", "Three four five ", "six."]),
        # one unbroken run: cut at the limit
        ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),
    ],
)
def test_split_sections(text, max_chars, expected):
    spans = split_sections(text, max_chars=max_chars)
    assert [text[s:e] for s, e in spans] == expected


def _spans(model: BaseModel, out: list) -> list:
    if isinstance(model, TextSpan | Mention):
        out.append(model)
    for name in type(model).model_fields:
        value = getattr(model, name)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, BaseModel):
                _spans(item, out)
    return out


@pytest.fixture(scope="module")
def long_text():
    """Our example dispatches, three times over (about 18,000 characters, 15 paragraphs+)."""
    texts = [p.read_text("utf-8").strip() for p in sorted(EXAMPLES.glob("*.txt"))]
    return "\n\n".join(texts * 3)


@pytest.fixture
def sectioned_coder(coder, monkeypatch):
    monkeypatch.setattr(coder.settings.pipeline, "section_chars", 2500)
    return coder


def test_long_text_is_coded_in_sections_merged_consistently(sectioned_coder, long_text):
    coder = sectioned_coder
    sections = split_sections(long_text, max_chars=2500)
    assert len(sections) >= 6
    merged = coder.code(Article(long_text, published=None))
    assert merged.article.text_chars == len(long_text)
    # offsets index the whole text
    spans = _spans(merged, [])
    assert spans and all(long_text[s.start : s.end] == s.text for s in spans)
    # ids renumbered in order, every reference resolves
    assert [e.id for e in merged.events] == [f"e{i}" for i in range(1, len(merged.events) + 1)]
    assert [a.id for a in merged.attributions] == [
        f"a{i}" for i in range(1, len(merged.attributions) + 1)
    ]
    actor_ids = {a.id for a in merged.actors}
    assert len(actor_ids) == len(merged.actors)
    keys = [(a.name.lower(), a.country, a.sector, a.kind) for a in merged.actors]
    assert len(set(keys)) == len(keys), "actors are merged by identity"
    for e in merged.events:
        assert set(e.actor + e.recipient) <= actor_ids
        assert e.attribution is None or e.attribution in {a.id for a in merged.attributions}
    # the merge is exact: the same records as coding each section apart, shifted
    expected = []
    for start, end in sections:
        part = coder.code(Article(long_text[start:end]))
        names = {a.id: a.name for a in part.actors}
        expected += [
            (e.event, e.modality, e.trigger.start + start, tuple(names[x] for x in e.actor))
            for e in part.events
        ]
    names = {a.id: a.name for a in merged.actors}
    got = [(e.event, e.modality, e.trigger.start, tuple(names[x] for x in e.actor)) for e in merged.events]  # fmt: skip
    assert got == expected
    # the same story repeated three times: its actors appear once, with mentions in each copy
    third = len(long_text) // 3
    for actor in merged.actors:
        if len(actor.mentions) >= 3:
            starts = [m.start for m in actor.mentions]
            assert min(starts) < third and max(starts) > 2 * third
            break
    else:
        pytest.fail("no actor with mentions across the copies")


def test_text_over_max_chars_is_an_input_error(coder, monkeypatch):
    monkeypatch.setattr(coder.settings.ingest, "max_chars", 100)
    with pytest.raises(InputError, match=r"ingest\.max_chars"):
        coder.code(Article("word " * 40))
