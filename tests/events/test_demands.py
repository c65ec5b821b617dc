"""Demands said, not named (sitrep.events.demands): a speaker who says what another actor
should or must do asks them to (REQUEST); a forecast, a resolve of the speaker's own side or
a reproach for the past asks no one."""

from __future__ import annotations

import pytest

from sitrep.events.candidates import speech_content
from sitrep.events.demands import demand_in

PUB = "2005-03-01"


@pytest.mark.parametrize(
    ("text", "subject", "passive"),
    [
        ("Mr Hale said the minister should resign.", "minister", False),
        ("She said the council must publish the report.", "council", False),
        ('"The government needs to rethink the bill," he said.', "government", False),
        ("He said the plans should be re-examined.", "plans", True),
        ("New powers are needed to close the clubs, police chiefs told MPs.", "powers", True),
        ("He said we must act now.", None, None),  # the speaker's own side: a resolve
        ("He said the minister should have resigned.", None, None),  # the past: a reproach
        ("He said the talks would need to resume.", None, None),  # a forecast
        ("He said the minister resigned.", None, None),  # no modal: a report
    ],
)
def test_a_demand_is_a_modal_of_obligation_on_someone_else(nlp, text, subject, passive):
    doc = nlp(text)
    verb = next(t for t in doc if t.lower_ in ("said", "told"))
    content = speech_content(verb)
    assert content is not None
    demand = demand_in(content.root)
    if subject is None:
        assert demand is None
    else:
        assert demand is not None and demand.subject is not None
        assert demand.subject.text == subject and demand.passive is passive


def test_a_demand_said_is_a_request_of_the_one_who_is_to_act(coder):
    """'Mr Hale said the mayor should apologise': the speaker asks the mayor (REQUEST)."""
    dispatch = coder.code_text(
        "Tony Blair said the mayor of London should apologise.", published=PUB
    )
    requests = [e for e in dispatch.events if e.event == "REQUEST"]
    assert len(requests) == 1, [(e.event, e.trigger.text) for e in dispatch.events]
    names = {a.id: a for a in dispatch.actors}
    event = requests[0]
    assert [names[a].name for a in event.actor] == ["Tony Blair"]
    assert [names[a].sector for a in event.recipient] == ["GOV"]
    assert event.modality == "asserted"


def test_a_passive_demand_is_asked_of_the_one_told(coder):
    """'New powers are needed, police chiefs told MPs': the police ask the MPs."""
    dispatch = coder.code_text(
        "New powers are needed to close disorderly pubs, police chiefs have told MPs.",
        published=PUB,
    )
    requests = [e for e in dispatch.events if e.event == "REQUEST"]
    assert len(requests) == 1, [(e.event, e.trigger.text) for e in dispatch.events]
    names = {a.id: a for a in dispatch.actors}
    assert [names[a].sector for a in requests[0].actor] == ["COP"]
    assert [names[a].sector for a in requests[0].recipient] == ["LEG"]


def test_a_forecast_with_should_is_no_request(coder):
    """'revenue sources should include bonds': no agent is asked to do anything."""
    dispatch = coder.code_text(
        "The finance minister said revenue sources should include the issue of bonds.",
        published=PUB,
    )
    assert not [e for e in dispatch.events if e.event == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The party suggested the government review the ceiling.", "government"),
        ("He suggested the plan was a good one.", None),  # an opinion suggested, no demand
    ],
)
def test_a_bare_verb_after_suggest_is_a_demand(nlp, text, subject):
    """A mandative subjunctive ("suggested the government review ...") asks its subject."""
    doc = nlp(text)
    verb = next(t for t in doc if t.lower_ == "suggested")
    content = speech_content(verb)
    assert content is not None
    demand = demand_in(content.root, mandative=True)
    assert (demand.subject.text if demand and demand.subject else None) == subject
    assert demand_in(content.root) is None  # no modal: not without the mandative verb


def test_a_call_for_a_body_to_act_is_a_request_of_no_one_named(coder):
    """ "an independent body should monitor the figures": the speaker calls for a body that
    does not exist yet; a REQUEST with no recipient (guideline section 5)."""
    dispatch = coder.code_text(
        "LONDON, March 1 - Labour MP Ann Fielding said an independent body should monitor "
        "the figures.",
        published=PUB,
    )
    requests = [e for e in dispatch.events if e.event == "REQUEST"]
    assert len(requests) == 1 and not requests[0].recipient, dispatch.events


def test_we_must_is_the_speaker_s_own_duty_not_a_demand(coder):
    """ "we must also recognise ...": what the speaker's side owes, asked of no one."""
    d = coder.code_text(
        'Nicola Sturgeon of the Scottish National Party said: "But we must also recognise '
        'that some people have concerns."',
        published="2005-03-26",
    )
    assert not [e for e in d.events if e.event == "REQUEST" and e.modality == "asserted"], d.events
