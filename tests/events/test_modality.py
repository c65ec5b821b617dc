"""Modality rules over the real parse: (sentence, trigger, expected) tables."""

from __future__ import annotations

import pytest

from sitrep.events.modality import event_modality, modality_with_attribution

CASES = [
    # the examples
    ("Russia could invade within days.", "invade", "predicted"),
    ("Russia has denied any plans to launch an attack on its neighbor.", "attack", "negated"),
    (
        "Biden accepted the meeting but only if an invasion hasn't happened.",
        "invasion",
        "conditional",
    ),
    (
        "Putin fully planned to sign a decree that recognized the two regions.",
        "recognized",
        "planned",
    ),
    # one per label, plus reports that must not change the modality
    ("Police arrested 30 protesters on Sunday.", "arrested", "asserted"),
    # every verb of saying in the one reporting-verb list frames its complement alike
    ("The minister would say that Russia invaded Ukraine.", "invaded", "asserted"),
    ("The minister would argue that Russia invaded Ukraine.", "invaded", "asserted"),
    ("Analysts would suggest that the army attacked the convoy.", "attacked", "asserted"),
    ("Officials would explain that the army attacked the convoy.", "attacked", "asserted"),
    ("Washington says Russia has massed troops near the border.", "massed", "asserted"),
    ("Moscow said saboteurs had tried to enter Russian territory.", "enter", "asserted"),
    ("Russia did not attack Ukraine.", "attack", "negated"),
    # a ban or bar on an act: the act is not reported as done
    ("A court barred the firm from taking part in the auction.", "taking", "hypothetical"),
    ("The law bans banks from providing loans to the rebels.", "providing", "hypothetical"),
    ("Russia refused to withdraw its troops.", "withdraw", "negated"),
    ("No additional troops were deployed to the region.", "deployed", "negated"),
    ("The unions called off the protest.", "protest", "negated"),
    # a power, a right or a duty to act is no act done
    (
        "The federation opposes giving officers the power to detain suspects.",
        "detain",
        "hypothetical",
    ),
    (
        "The guidance said the police had a duty to investigate all incidents.",
        "investigate",
        "hypothetical",
    ),
    # a question asks whether, it does not report
    ("Will Velorian troops attack the tankers?", "attack", "hypothetical"),
    ("Why did the ministers consult the unions?", "consult", "hypothetical"),
    ("Troops attacked the tankers, did they not say?", "attacked", "asserted"),
    # what a verb of ending is aimed at is going on, whatever becomes of the ending
    ("Talks failed to end the seamen's strike.", "strike", "asserted"),
    ("Talks aimed at ending the seamen's strike collapsed.", "strike", "asserted"),
    # "rule" negates only as "rule out"
    ("The government ruled out military action against the rebels.", "action", "negated"),
    ("The seamen's strike was ruled illegal last Friday.", "strike", "asserted"),
    ("Russia is preparing to invade Ukraine.", "invade", "planned"),
    ("Talks are scheduled for Thursday in Istanbul.", "Talks", "planned"),
    ("The minister will visit Paris on Tuesday.", "visit", "predicted"),
    ("More protests are expected over the weekend.", "protests", "predicted"),
    ("If Russia invades, the West will impose sanctions.", "invades", "conditional"),
    ("If Russia invades, the West will impose sanctions.", "impose", "conditional"),
    ("Should Russia invade, the sanctions will be immediate.", "invade", "conditional"),
    ("The EU called for a ceasefire.", "ceasefire", "hypothetical"),
    ("Kosovo wants the EU states to recognize its independence.", "recognize", "hypothetical"),
    ("Such an invasion would cost thousands of lives.", "invasion", "hypothetical"),
    # "would" reported in the past is the future of then: "said they would meet"
    ("Officials said the two sides would meet on Monday.", "meet", "predicted"),
    ("The official said he was unaware of any attack on the pipeline.", "attack", "negated"),
    # a reduced passive relative reports a done act, whatever the main clause's future
    ("The 500 people arrested during the riots will face trial.", "arrested", "asserted"),
    ("Kyiv denied that its troops shelled the village.", "shelled", "reported_denied"),
    ("Kyiv denied reports that its troops shelled the village.", "shelled", "reported_denied"),
    # the accusing itself was done; only what it says is disputed
    ("The minister dismissed Valdoria's accusations as a fabrication.", "accusations", "asserted"),
    # an event noun as subject: negated only by the verb it happens or is held by
    ("The planned strike by dockworkers did not go ahead.", "strike", "negated"),
    ("The attack did not kill anyone.", "attack", "asserted"),
    ("But his spokesman insisted his attack on Labour was not a stunt.", "attack", "asserted"),
    # a conjunct shares its first conjunct's negation only when it leans on its auxiliaries
    ("Russia did not attack or invade Ukraine.", "invade", "negated"),
    ("He said his comments were not racist and refused to apologise.", "refused", "asserted"),
    ("He has not endorsed her or conceded the race.", "conceded", "negated"),
    ("A right to criticise Arab states is not an insult.", "criticise", "hypothetical"),
    # a negative subject denies what happened in the event, not the event (judged sample)
    ("Officials said no progress had been made in talks with Japan.", "talks", "asserted"),
    ("No one was hurt in the attack on the village.", "attack", "asserted"),
    ("No talks were held with China.", "talks", "negated"),
    ("Japan did not attend the talks.", "attend", "negated"),
    # an event noun that failed to bring something about took place
    ("Talks with the Japanese had failed to provide any reason to wait.", "Talks", "asserted"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_event_modality(nlp, text, trigger, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    assert event_modality(tok) == expected


@pytest.mark.parametrize(
    ("modality", "stance", "expected"),
    [
        ("asserted", "deny", "reported_denied"),
        ("asserted", "assert", "asserted"),
        ("asserted", None, "asserted"),
        ("negated", "deny", "negated"),  # "denied any plans to attack" stays negated
        ("predicted", "deny", "predicted"),
    ],
)
def test_attribution_stance(modality, stance, expected):
    assert modality_with_attribution(modality, stance) == expected
