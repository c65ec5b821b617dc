"""Candidate events from the parse: trigger, actor span, recipient span, marked clause."""

from __future__ import annotations

import pytest

from sitrep.events.candidates import find_candidates, segments
from sitrep.events.lexicon import TriggerLexicon


def _cands(nlp, text):
    doc = nlp.make_doc(text)
    for _, proc in nlp.pipeline:
        if not _.startswith("sitrep_"):
            doc = proc(doc)
    return {c.trigger.text: c for c in find_candidates(doc, lexicon=TriggerLexicon.load())}


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "recipient"),
    [
        ("Russia has massed troops near Ukraine.", "massed", "Russia", "troops"),
        ("The army attacked the village at dawn.", "attacked", "The army", "the village"),
        # passive: the "by" agent acts, the subject receives
        ("The convoy was attacked by rebels.", "attacked", "rebels", "The convoy"),
        # prepositional object with coordination and an "of" phrase
        (
            "Putin spoke with leaders of France and Germany on Monday.",
            "spoke",
            "Putin",
            "leaders of France and Germany",
        ),
        # infinitive: the controller is the subject of "planned"
        ("Putin planned to recognize the regions.", "recognize", "Putin", "the regions"),
        # conjoined verb shares the subject
        ("Russia has massed troops and could invade Ukraine.", "invade", "Russia", "Ukraine"),
        # relative clause with "who": the antecedent acts
        ("Western governments, who accuse Russia, met.", "accuse", "Western governments", "Russia"),
        # object control: "accuse X of preparing"
        ("They accuse Russia of preparing an attack.", "preparing", None, None),
        # event nouns: "by" agent / possessor, "of"/"on" recipient, light verb's subject
        (
            "Recognition by Moscow of the regions angered Kyiv.",
            "Recognition",
            "Moscow",
            "the regions",
        ),
        (
            "Russia denied any plans to launch an attack on its neighbor.",
            "attack",
            "Russia",
            "its neighbor",
        ),
        ("Russia has made threats against Kyiv.", "threats", "Russia", "Kyiv"),
    ],
)
def test_arguments(nlp, text, trigger, actor, recipient):
    cands = _cands(nlp, text)
    if actor is None and recipient is None:
        assert trigger not in cands  # a light/controlled verb without its own event
        return
    cand = cands[trigger]
    assert (cand.actor.text if cand.actor else None) == actor
    assert (cand.recipient.text if cand.recipient else None) == recipient


def test_marked_clause_leaves_out_the_coordinated_verb(nlp):
    cands = _cands(nlp, "Russia has massed troops and could invade Ukraine within days.")
    assert cands["massed"].marked == "<s>Russia</s> has massed <t>troops</t>."
    assert cands["invade"].marked == "<s>Russia</s> could invade <t>Ukraine</t> within days"


@pytest.mark.parametrize(
    "text",
    [
        "The weather was pleasant.",  # linking verb only
        "Officials said the talks were useful.",  # speech verbs are attributions, not events
        "It seemed likely.",
        "A Bloomberg poll shows that Americans read the news.",  # not CAMEO event verbs
    ],
)
def test_no_event_candidates(nlp, text):
    cands = _cands(nlp, text)
    assert not ({"was", "said", "seemed", "shows", "read"} & set(cands))


def test_segments_cut_at_line_breaks(nlp):
    doc = nlp("Putin Makes Statement\n\nRussian President Vladimir Putin spoke with Macron.")
    segs = segments(doc)
    assert [s.text for s in segs][-1].startswith("Russian President")
    cands = _cands(nlp, doc.text)
    assert cands["spoke"].actor.text == "Russian President Vladimir Putin"
