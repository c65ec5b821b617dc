"""Criticism said, not named (sitrep.events.criticism): a harsh judgement in what a speaker
says is an ACCUSE of the one judged; descriptions of violence and neutral reports are not."""

from __future__ import annotations

import pytest

from sitrep.events.criticism import harsh_judgement

PUB = "2005-03-01"


@pytest.mark.parametrize(
    ("text", "harsh"),
    [
        ('"That was a really outrageous and shameful decision."', True),
        ('"The plan is a disastrous waste of money."', True),
        ("The plan is a disastrous waste of money.", False),  # a paraphrase, not their words
        ('"The talks were constructive and useful."', False),
        ('"The army attacked the village and killed two people."', False),  # reported, not judged
        ('"The plan is not bad at all."', False),
        ('"The article was a warning shot to the prime minister."', False),  # a reading, no verdict
    ],
)
def test_a_harsh_judgement_needs_negative_evaluative_words_in_quotes(nlp, text, harsh):
    assert (harsh_judgement(nlp(text)) is not None) is harsh


def test_a_harsh_judgement_of_a_named_actor_is_an_accusation(coder):
    """'the Treasury plan was "a disgraceful, incompetent mess", Ms Velling said': the
    speaker accuses the Treasury, asserted."""
    dispatch = coder.code_text(
        'Anna Velling, a Labour MP, said the Treasury plan was "a disgraceful, incompetent '
        'mess".',
        published=PUB,
    )
    accusations = [e for e in dispatch.events if e.event == "ACCUSE"]
    assert len(accusations) == 1, [(e.event, e.trigger.text) for e in dispatch.events]
    event = accusations[0]
    names = {a.id: a.name for a in dispatch.actors}
    assert event.modality == "asserted"
    assert [names[a] for a in event.actor] == ["Anna Velling"]
    assert "Treasury" in " ".join(names[a] for a in event.recipient)


def test_a_content_that_reports_an_event_is_not_criticism(coder):
    """The police report an arrest; they accuse no one of anything by saying so."""
    dispatch = coder.code_text(
        'Police said they had arrested three men after "a violent and brutal attack" on a '
        "shopkeeper in Leeds.",
        published=PUB,
    )
    assert not [e for e in dispatch.events if e.event == "ACCUSE"], dispatch.events
