"""Criticism said, not named (sitrep.events.criticism): a harsh judgement in what a speaker
says is an ACCUSE of the one judged; descriptions of violence and neutral reports are not."""

from __future__ import annotations

import pytest

from sitrep.events.criticism import harsh_judgement, harsh_label, reproach

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
        # a harsh predicate in the speaker's words judges the subject (words of political
        # speech VADER lacks: data/lexicons/criticism_words.tsv)
        ('His comments were "inappropriate".', True),
        ("His comments were inappropriate.", False),  # the reporter's word
        # a harsh name put on something in the speaker's words judges it
        ('The bill was "a travesty".', True),
        ("The bill was a travesty.", False),  # the reporter's word
        # a hyphenated word is read whole, as written (spaCy splits "ill - advised")
        ('He said the comment was "ill-advised".', True),
        ("He said the comment was ill-advised.", False),  # the reporter's word
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


@pytest.mark.parametrize(
    ("text", "verb", "harsh"),
    [
        ('He branded the government\'s response as "piecemeal and poor".', "branded", True),
        ('The minister described the plan as "absurd and dangerous".', "described", True),
        # a harsh adjective is a harsh name, quoted or not; a harsh noun needs quotes
        ("The minister described the plan as absurd.", "described", True),
        ("The minister described the vote as a tragedy.", "described", False),
        ('She called him "a good friend".', "called", False),
        ("The mayor described the scene to reporters.", "described", False),  # no name given
        # to brand is to reproach, whatever the name (in quotes: the one who brands it)
        ('The Lib Dems branded it a "sticking plaster" for the election.', "branded", True),
        ('He branded the new hours as a "leap in the dark".', "branded", True),
        ("The company branded its phones as premium devices.", "branded", False),  # marketing
        ("Labour has branded the proposal unworkable.", "branded", True),  # a harsh name
        ('She called it a "sticking plaster".', "called", False),  # a name, not a harsh one
    ],
)
def test_a_harsh_label_needs_a_harsh_name_in_quotes(nlp, text, verb, harsh):
    tok = next(t for t in nlp(text) if t.text == verb)
    assert (harsh_label(tok) is not None) is harsh


def test_a_harsh_label_is_an_accusation_of_what_is_labelled(coder):
    """'branded the UK government's response "piecemeal and poor"': criticism of the
    government (guideline section 3), whatever the classifier made of "branded"."""
    dispatch = coder.code_text(
        "Anna Velling branded the UK government's response to the floods as \"piecemeal and "
        'poor".',
        published=PUB,
    )
    names = {a.id: a.name for a in dispatch.actors}
    accusations = [e for e in dispatch.events if e.event == "ACCUSE"]
    assert len(accusations) == 1, [(e.event, e.trigger.text) for e in dispatch.events]
    assert accusations[0].modality == "asserted"
    assert any(
        "United Kingdom" in names[r] or "government" in names[r] for r in accusations[0].recipient
    )


def test_a_harsh_name_for_an_unowned_measure_accuses_the_government(coder):
    """'the legislation was "a travesty"' said by a campaigner: the government's bill, so an
    ACCUSE of the government (guideline section 4: a measure with no owner named)."""
    dispatch = coder.code_text(
        "LONDON, March 1 - The government is pushing its bill through the Commons. Rita "
        "Danvers, director of civil liberties pressure group Openlaw, said the legislation "
        'was "a travesty and a perversion of justice".',
        published=PUB,
    )
    names = {a.id: (a.name, a.sector) for a in dispatch.actors}
    accusations = [
        ([names[i] for i in e.actor], [names[i] for i in e.recipient])
        for e in dispatch.events
        if e.event == "ACCUSE"
    ]
    assert accusations == [([("Rita Danvers", "NGO")], [("government", "GOV")])], accusations


@pytest.mark.parametrize(
    ("text", "reproached"),
    [
        ('Mr Salmond said Mr Brown had failed the "tartan test".', True),
        ("Mr Cook said the government had misled Parliament.", True),
        ("He said the chancellor had failed to tackle unfairness in the tax system.", True),
        ("Analysts said the talks failed.", False),  # failed nothing: no one's conduct
        ("The minister said the reforms could fail.", False),  # a forecast
        ("He said the government had not misled anyone.", False),  # denied
        ("We failed to explain the plan, she said.", False),  # the speaker's own side
        ("The Tories said Mr Blair could not be trusted on the economy.", True),
        ("He said the figures could not be trusted.", True),  # (an actor is checked later)
        ("She said the minister could be trusted.", False),  # no negation: no reproach
    ],
)
def test_a_verb_of_reproach_said_of_someone_is_criticism(nlp, text, reproached):
    """ "Salmond said Mr Brown had failed the 'tartan test'": no harsh adjective, but the
    verb reproaches its subject's conduct (event_arguments.tsv "reproach")."""
    assert (reproach(_said(nlp, text)) is not None) is reproached


def _said(nlp, text):
    """The content of the text's "said"."""
    from sitrep.events.candidates import speech_content

    verb = next(t for t in nlp(text) if t.lower_ == "said")
    content = speech_content(verb)
    assert content is not None
    return content


def _one_accusation(coder, text):
    """The one ACCUSE of a text coded alone: (actor names, recipient names)."""
    dispatch = coder.code_text(text, published=PUB)
    names = {a.id: a.name for a in dispatch.actors}
    accusations = [e for e in dispatch.events if e.event == "ACCUSE"]
    assert len(accusations) == 1, [(e.event, e.trigger.text) for e in dispatch.events]
    event = accusations[0]
    return [names[a] for a in event.actor], [names[a] for a in event.recipient]


def test_a_reproach_of_a_named_actor_is_an_accusation(coder):
    actor, recipient = _one_accusation(
        coder, 'SNP leader Alex Salmond said Mr Brown had failed the "tartan test" in his Budget.'
    )
    assert actor == ["Alex Salmond"]
    assert "Brown" in " ".join(recipient)


def test_harsh_words_about_a_partys_conduct_accuse_the_party_not_the_people_offended(coder):
    """ "This poster campaign - which was offensive to many people - was a big misjudgement by
    Labour's campaign team": the Conservatives accuse Labour, not "many people"."""
    text = (
        'But a Conservative spokeswoman said: "This poster campaign - which was offensive to '
        "many people - was a big misjudgement by Labour's campaign team.\""
    )
    d = coder.code_text(text, published="2005-02-01")
    names = {a.id: a.name for a in d.actors}
    accused = [names[r] for e in d.events if e.event == "ACCUSE" for r in e.recipient]
    assert accused == ["Labour Party"], d.events


def test_a_reproaching_content_verb_is_the_accusation_not_an_event_of_its_own(coder):
    """ "Howard said Labour had betrayed pensioners": the speaker accuses Labour; the
    betrayal is what the accusation says, not Labour acting (PROTEST) on its own."""
    dispatch = coder.code_text(
        "Tory leader Michael Howard said Labour had betrayed pensioners.", published=PUB
    )
    names = {a.id: a.name for a in dispatch.actors}
    assert [(e.event, e.trigger.text) for e in dispatch.events] == [("ACCUSE", "said")]
    event = dispatch.events[0]
    assert [names[a] for a in event.actor] == ["Michael Howard"]
    assert [names[a] for a in event.recipient] == ["Labour Party"]


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # a harsh adjective as the name a labelling verb gives, quoted or not
        ("The Liberal Democrats called the Home Office scheme deeply flawed.", "Home Office"),
        ("Labour called the Tory plan unworkable.", "Conservative Party"),
    ],
)
def test_a_harsh_adjective_given_as_a_name_accuses(coder, text, accused):
    assert _one_accusation(coder, text)[1] == [accused]


def test_a_name_that_mourns_accuses_no_one(coder):
    """A noun name after a plain labelling verb ("called the vote a tragedy") is no reproach:
    only a stigmatising verb ("branded") makes any name one."""
    dispatch = coder.code_text("The minister called the vote a tragedy.", published=PUB)
    assert not [e for e in dispatch.events if e.event == "ACCUSE"]


def test_a_harsh_name_given_in_the_passive_accuses_the_subject(coder):
    assert _one_accusation(
        coder, 'The government plans were branded "deeply irresponsible" by the Liberal Democrats.'
    ) == (["Liberal Democrats"], ["government"])


@pytest.mark.parametrize(
    ("text", "reproached"),
    [
        ("Mr Letwin said Labour did not deliver the policies the country needs.", True),
        ("He said ministers had not kept their promises.", True),
        ("He said the post would not be delivered on Sunday.", False),  # a passive: no one's
        ("He said Labour would not deliver the leaflets.", False),  # a forecast
    ],
)
def test_a_word_not_kept_is_a_reproach(nlp, text, reproached):
    assert (reproach(_said(nlp, text)) is not None) is reproached


def test_a_quotation_that_goes_on_is_its_speakers_criticism(coder):
    """A sentence of a quotation with no verb of saying of its own is said by the speaker
    of the quotation it goes on from: its harsh judgement of a named party accuses it."""
    dispatch = coder.code_text(
        'Anna Velling, a Labour MP, spoke at the conference on Monday. "We came here to listen," '
        'she said. "The Conservative Party is incompetent and dishonest."',
        published=PUB,
    )
    names = {a.id: a.name for a in dispatch.actors}
    accusations = [
        ([names[a] for a in e.actor], [names[a] for a in e.recipient])
        for e in dispatch.events
        if e.event == "ACCUSE"
    ]
    assert accusations == [(["Anna Velling"], ["Conservative Party"])], accusations


def test_a_quotation_that_goes_on_says_nothing_harsh_and_accuses_no_one(coder):
    dispatch = coder.code_text(
        'Anna Velling, a Labour MP, spoke at the conference on Monday. "We came here to listen," '
        'she said. "The Conservative Party has a new leader."',
        published=PUB,
    )
    assert [e.event for e in dispatch.events if e.event == "ACCUSE"] == []
