"""The sitrep_events stage end to end through the real pipeline (``coder`` fixture).

Rows name what the events stage itself decides (type via strong lexicon triggers, modality,
size, casualties, dates against the publication date, locations); actor names and countries
belong to the actors stage and are checked by the golden seed test.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from tests.conftest import shared_path

PUB = "2022-02-21"  # a Monday


def _events(coder, text):
    return coder.code_text(text, published=PUB).events


def _codes_at(coder, text, published, trigger=None, role="actor", *, event=None):
    """The (country, sector) of each party in ``role`` of the first event at ``trigger`` (or
    of type ``event``)."""
    dispatch = coder.code_text(text, published=published)
    actors = {a.id: a for a in dispatch.actors}
    found = [
        e
        for e in dispatch.events
        if (trigger is None or e.trigger.text == trigger) and (event is None or e.event == event)
    ]
    assert found, dispatch.events
    return [(actors[a].country, actors[a].sector) for a in getattr(found[0], role)]


def _one(coder, text, trigger):
    hits = [e for e in _events(coder, text) if e.trigger.text == trigger]
    assert len(hits) == 1, [(e.event, e.trigger.text) for e in _events(coder, text)]
    return hits[0]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Russia has massed 100,000 troops near the Ukrainian border.",
            "massed",
            {
                "event": "MOBILIZE",
                "modality": "asserted",
                "size": (100000, 100000, "troops"),
                "cameo": "154",
                "quad_class": 4,
            },
        ),
        (
            "Police arrested 30 protesters in Minsk on Sunday.",
            "arrested",
            {
                "event": "COERCE",
                "arrested": 30,
                "date": dt.date(2022, 2, 20),
                "location": ("Minsk", "BLR"),
                "cameo": "173",
            },
        ),
        (
            "Israel did not attack the convoy.",
            "attack",
            {"event": "ASSAULT", "modality": "negated"},
        ),
        (
            "Russia could invade Ukraine within days.",
            "invade",
            {"event": "ASSAULT", "modality": "predicted", "date": None},
        ),
        (
            "Government forces shelled rebel positions in Aleppo yesterday.",
            "shelled",
            {"event": "ASSAULT", "date": dt.date(2022, 2, 20), "location": ("Aleppo", "SYR")},
        ),
        (
            "Iran accused Israel of sabotaging its nuclear facility.",
            "accused",
            {"event": "ACCUSE", "quad_class": 3},
        ),
        (
            "China threatened to impose sanctions on Lithuania.",
            "threatened",
            {"event": "THREATEN", "modality": "asserted", "location": None},
        ),
        (
            "Putin planned to recognize the two regions as independent states.",
            "recognize",
            {"event": "SUPPORT", "modality": "planned", "cameo": "054"},
        ),
    ],
)
def test_event_fields(coder, text, trigger, expected):
    event = _one(coder, text, trigger)
    for key, want in expected.items():
        if key == "size":
            assert (event.size.min, event.size.max, event.size.unit) == want
        elif key == "location":
            got = (event.location.text, event.location.country) if event.location else None
            assert got == want
        else:
            assert getattr(event, key) == want, key
    assert text[event.trigger.start : event.trigger.end] == trigger
    assert event.sentence.start <= event.trigger.start < event.sentence.end
    assert event.actor or event.recipient


@pytest.mark.parametrize(
    "text",
    [
        "The weather was pleasant on Sunday.",
        "The museum opens at nine.",
        "Prices rose by two percent in January.",
        # a stance on a bill aimed at no one (guideline section 1, legislation)
        "Labour MPs backed the bill on Tuesday.",
        "The government saw its majority cut as an amendment was rejected by the Commons.",
        "Conservatives voted against the bill.",
        "On Monday, MPs voted 272-219 in favour of the Bill.",
        # a denial of what is said is an attribution's stance, not a REJECT
        "The MP had denied a claim that he was paid for guiding visitors around Parliament.",
        "The Chancellor's closest ally has denied suggestions of a tax giveaway in March.",
        "Opposition leader Halvard Brennick denies split over identity cards",
        "He again rejected newspaper speculation that his father entered the country illegally.",
        "Brennick rejects party's claim",
        # declining to comment refuses no one's call
        "An official of the state trading company declined comment on the court decision.",
        # a headline's passive: the move is denied, no one refused
        "Brennick's poll campaign move denied",
        'But Mr Brennick denied Mr Dunn, his transport spokesman, said the plans "stink".',
        # a threat someone is said or called to be is an assessment, not a threat made
        "The British government is a far greater threat than any terrorist organisation.",
        # a question, not a request
        "On tape, the mayor is heard asking Mr Finegold if he is a war criminal.",
        # a meeting spoken to is the speaker's audience
        "Murdani told a meeting of the ruling party in Jakarta that the situation was stable.",
        # what a poll finds is a statistic
        "A poll of 1,313 people suggests two-thirds of Velorians support the couple's decision.",
        # the reporting frame, standing for election, an opinion withheld
        "Speaking to reporters in Jakarta, the banker said growth would slow.",
        "Former presenter Halvard Brennick is to contest the seat of Erewash at the election.",
        "The MP declined to give her view of Mr Brennick at this point.",
    ],
)
def test_no_events(coder, text):
    assert _events(coder, text) == []


def test_ids_are_sequential_and_in_text_order(coder):
    events = _events(
        coder, "Police arrested 30 protesters in Minsk. Russia has massed troops near Ukraine."
    )
    assert [e.id for e in events] == [f"e{i}" for i in range(1, len(events) + 1)]
    assert [e.trigger.start for e in events] == sorted(e.trigger.start for e in events)


def test_weekday_follows_publication_date(coder):
    monday = _one(coder, "Macron spoke with Scholz by telephone on Monday.", "spoke")
    assert monday.date == dt.date(2022, 2, 21) and monday.date_text == "Monday"
    later = coder.code_text(
        "Macron spoke with Scholz by telephone on Monday.", published="2022-02-23"
    ).events
    assert [e.date for e in later if e.trigger.text == "spoke"] == [dt.date(2022, 2, 21)]


def test_no_publication_date_leaves_relative_dates_open(coder):
    d = coder.code_text("Police arrested 30 protesters in Minsk on Sunday.")
    (event,) = [e for e in d.events if e.trigger.text == "arrested"]
    assert event.date is None and event.date_text == "Sunday"


# -- the seed article ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(coder):
    path = shared_path("seed", "article.txt")
    meta = json.loads((path.parent / "meta.json").read_text("utf-8"))
    return coder.code_text(path.read_text("utf-8"), published=meta["published"])


def _by_trigger(d, word):
    return [e for e in d.events if e.trigger.text == word]


def _att(d, att_id):
    return next((a for a in d.attributions if a.id == att_id), None)


def test_seed_mobilize_sized_and_attributed(seed):
    (e,) = _by_trigger(seed, "massed")
    assert e.event == "MOBILIZE" and e.modality == "asserted"
    assert (e.size.min, e.size.max, e.size.unit) == (169000, 190000, "troops")
    att = _att(seed, e.attribution)
    assert att is not None and att.source is not None and att.source.text == "Washington"


def test_seed_consult_on_monday(seed):
    (e,) = _by_trigger(seed, "spoke")
    assert e.event == "CONSULT" and e.date == dt.date(2022, 2, 21) and e.date_text == "Monday"
    # a call without host or visitor: Russia, France and Germany all take part, no recipient
    # (PLOVER manual, CONSULT, "Requires recipient: No")
    assert len(e.actor) == 3 and not e.recipient


def test_seed_modalities(seed):
    invade = [e for e in seed.events if e.trigger.text == "invade" and e.event == "ASSAULT"]
    assert invade and all(e.modality != "asserted" for e in invade)
    assert any(e.modality == "predicted" for e in invade)
    (attack,) = _by_trigger(seed, "attack")
    assert attack.event == "ASSAULT" and attack.modality == "negated"
    assert any(e.event == "SUPPORT" and e.modality == "planned" for e in seed.events)
    (threats,) = _by_trigger(seed, "threats")
    assert threats.event == "THREATEN" and threats.modality in ("asserted", "conditional")


def test_seed_five_deaths_claimed_by_moscow(seed):
    dead = [e for e in seed.events if e.dead == 5]
    assert dead
    att = _att(seed, dead[0].attribution)
    assert att is not None and att.source is not None and att.source.text == "Moscow"


def test_seed_reject_by_kyiv(seed):
    (e,) = _by_trigger(seed, "dismissed")
    assert e.event == "REJECT"


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # the object of a refusal happened: the attack was made, the calls were issued
        ("The minister dismissed the latest Tory attack on his budget.", "Conservative", None),
        # "attracted criticism", "drew criticism from": the subject is the one criticised
        ("Labour has attracted fierce criticism from the Liberal Democrats over the plan.",
         "Liberal Democrat", "Labour"),
    ],
)  # fmt: skip
def test_an_act_aimed_at_the_subject_is_asserted_and_aimed_at_it(coder, text, actor, recipient):
    dispatch = coder.code_text(text, published="2005-03-01")
    names = {a.id: a.name for a in dispatch.actors}
    hits = [e for e in dispatch.events if e.event == "ACCUSE"]
    assert len(hits) == 1, [(e.event, e.modality, e.trigger.text) for e in dispatch.events]
    event = hits[0]
    assert event.modality == "asserted"
    assert any(actor in names[a] for a in event.actor), (event.actor, names)
    if recipient is not None:
        assert any(recipient in names[r] for r in event.recipient), (event.recipient, names)


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "recipient"),
    [
        # the recipient named inside an object that is no actor
        ("Germany rejected a request by Turkey to hold a rally.", "rejected", "Germany", "Turkey"),
        ("The prime minister cancelled a planned visit to Washington.", "cancelled",
         "prime minister", "United States"),
        ("Myanmar rejected any cooperation with the ICC.", "rejected", "Myanmar",
         "International Criminal Court"),
        # the recipient of the act an actor threatened, and of a mandative subjunctive
        ("Serbian units threatened to shell British forces near Vitez.", "threatened", "Serbia",
         "British Army"),
        ("Several ministers demanded that Boris Johnson step down as party leader.", "demanded",
         "ministers", "Johnson"),
        # "is willing to": the subject of the copula acts; its own troops are no recipient
        ("Australia is willing to withdraw its troops from Iraq.", "withdraw", "Australia",
         "Iraq"),
        # an investigation is an accusation (CAMEO 09) of whoever it is into
        ("Federal police have launched an investigation into the mayor of Sydney.",
         "investigation", "police", "mayor"),
        # the subject the parse attached to the object of the clause before
        # (an army's base: the army is attacked)
        ("Prisoners rioted in a jail and guerrillas attacked an army base.", "attacked",
         "guerrillas", "army"),
        # a verb of wanting with someone else to act asks them (REQUEST)
        ("The unions want the government to withdraw the regulations.", "want", "unions",
         "government"),
        # an active conjunct with its own auxiliary after a passive shares its subject
        ("The Liberal Democrats have not been drawn on the issue but have called for an "
         "inquiry.", "called", "Liberal Democrats", None),
    ],
)  # fmt: skip
def test_arguments_read_through_the_structure(coder, text, trigger, actor, recipient):
    dispatch = coder.code_text(text, published="2019-06-01")
    names = {a.id: a.name for a in dispatch.actors}
    hits = [e for e in dispatch.events if e.trigger.text == trigger]
    assert len(hits) == 1, [(e.event, e.trigger.text) for e in dispatch.events]
    event = hits[0]
    assert any(actor.lower() in names[a].lower() for a in event.actor), (event.actor, names)
    if recipient is None:
        assert event.recipient == [], (event.recipient, names)
    else:
        got = [names[r] for r in event.recipient]
        assert any(recipient.lower() in n.lower() for n in got), (got, names)


@pytest.mark.parametrize(
    ("text", "trigger", "event", "actor", "recipient"),
    [
        # an event noun with a light verb: the verb's subject acts, its recipient is the noun's
        ("The New Zealand government provided $2 million in assistance to Fiji.", "assistance",
         "AID", "New Zealand", "Fiji"),
        # a two-word noun found at its head: a cyber attack is coercion (issue 13)
        ("Russia launched a cyber attack against Estonia.", "attack", "COERCE", "Russia",
         "Estonia"),
        # a noun's recipient is the first actor among its objects
        ("President Trump announced a suspension of aid to Pakistan.", "suspension", "SANCTION",
         "Trump", "Pakistan"),
        # an armed group's attack on "government positions" is physical
        ("Rebels launched attacks on government positions.", "attacks", "ASSAULT", "Rebels",
         "government"),
        # a state's protest is an official complaint
        ("France protested over Canada's decision to close its ports to French vessels.",
         "protested", "ACCUSE", "France", "Canada"),
        # the nationality of what a measure falls on names whom it is aimed at; tariffs are
        # an economic sanction
        ("Canada threatened a ban on Danish pigmeat imports.", "threatened", "THREATEN",
         "Canada", "Denmark"),
        ("The United States imposed tariffs on Japanese electronic goods.", "imposed",
         "SANCTION", "United States", "Japan"),
        # a state returning refugees deports them
        ("The Home Office returned 40 refugees to Kosovo last week.", "returned", "COERCE",
         "Home Office", "refugees"),
        # ... and so is a party's: words, not a demonstration
        ("The Labour Party protested against Britain's decision to close the regiment.",
         "protested", "ACCUSE", "Labour", "United Kingdom"),
        # taking part in an event noun: the noun is the event, the subject its actor
        ("Nurses in Leeds joined the strike over pay.", "strike", "PROTEST", "Nurses", None),
        # ... and calling one: "miners call general strike" is their strike, as real as the call
        ("Tin miners call general strike\n\nThe miners said they would stop work.", "strike",
         "PROTEST", "miners", None),
        # "striking" the parse made a verb: the strikers protest (civil servants too: a
        # strike is no official complaint)
        ("Pickets were held by striking civil servants outside the ministry.", "striking",
         "PROTEST", "civil servants", None),
        # imposing sanctions is SANCTION (guideline section 3), not coercion
        ("Norway imposed sanctions on Iceland over the fishing dispute.", "imposed",
         "SANCTION", "Norway", "Iceland"),
        # forces on standby or alert: a change of force posture (CAMEO 152, PLOVER MOBILIZE)
        ("Ruritanian troops are on standby near the border with Arland.", "standby",
         "MOBILIZE", "Ruritanian troops", None),
        # the object's "by" phrase the parse hung on the verb names whose act was judged
        ("The minister attacked the decision by the Supreme Court to free the men.",
         "attacked", "ACCUSE", "minister", "Supreme Court"),
        # a party attacked is a rival criticised, unless armed men attack it
        ("Mr Hartwell has been attacking the Velorian Labour Party for months.",
         "attacking", "ACCUSE", "Hartwell", "Labour"),
        # warning someone (not) to act asks them to: a demand, not a threat of one's own
        ("Tobias Hartwell warned Mr Quillane not to be tempted to spend the surplus.",
         "warned", "REQUEST", "Hartwell", "Quillane"),
    ],
)  # fmt: skip
def test_types_and_arguments_of_nouns_and_official_acts(
    coder, text, trigger, event, actor, recipient
):
    dispatch = coder.code_text(text, published="2019-06-01")
    names = {a.id: a.name for a in dispatch.actors}
    hits = [e for e in dispatch.events if e.trigger.text == trigger]
    assert len(hits) == 1, [(e.event, e.trigger.text) for e in dispatch.events]
    assert hits[0].event == event
    assert any(actor in names[a] for a in hits[0].actor), (hits[0].actor, names)
    got = [names[r] for r in hits[0].recipient]
    assert (recipient is None and got == []) or any(recipient in n for n in got), got


@pytest.mark.parametrize(
    ("text", "not_coded"),
    [
        # (arming itself is a MOBILIZE; posing a threat is no THREATEN)
        ("Iran has equipped itself with missiles, posing a greater threat to shipping.",
         "THREATEN"),
        ("He deploys an array of tactics to fight back against his critics.", "MOBILIZE"),
        ("For years the economist has been warning that money growth would lead to inflation.",
         "THREATEN"),
    ],
)  # fmt: skip
def test_assessments_and_figurative_mobilising_are_no_events(coder, text, not_coded):
    events = coder.code_text(text, published="2019-06-01").events
    assert not [e for e in events if e.event == not_coded], events


def test_no_longer_negates(coder):
    dispatch = coder.code_text("Britain no longer recognises the government.", published=PUB)
    hits = [e for e in dispatch.events if e.event == "SUPPORT"]
    assert hits and all(e.modality == "negated" for e in hits), dispatch.events


def test_a_storm_of_criticism_is_aimed_at_the_subject(coder):
    text = "The minister faced a storm of criticism on his return to Washington on Tuesday."
    dispatch = coder.code_text(text, published="2019-06-01")
    names = {a.id: a.name for a in dispatch.actors}
    hits = [e for e in dispatch.events if e.event == "ACCUSE"]
    assert len(hits) == 1, dispatch.events
    assert hits[0].modality == "asserted"
    assert [names[r] for r in hits[0].recipient] == ["minister"], (hits[0].recipient, names)


@pytest.mark.parametrize(
    "text",
    [
        "Hailstorms and strong winds in the south killed two people.",
        "A huge explosion in a flax factory killed 45 workers.",
        "Seventeen people were killed after a dam collapsed following heavy rains.",
        "The explosion and fire, in which one worker was killed, occurred at night.",
        "Two people were killed in an explosion and fire at the plant.",
        "The Danish cargo ship sank off the coast today and one of its crew was killed.",
        "Japan is concerned over the increasing threat to ships navigating in the Gulf.",
    ],
)
def test_disasters_and_accidents_are_no_attacks(coder, text):
    events = coder.code_text(text, published="1987-03-01").events
    assert not [
        e for e in events if e.event in ("ASSAULT", "PROTEST", "COERCE", "THREATEN")
    ], events


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb explosion killed five soldiers in Baghdad.",
        "Ten soldiers were killed after a missile struck their base.",
    ],
)
def test_attacks_presented_as_attacks_stay_assaults(coder, text):
    events = coder.code_text(text, published="2019-06-01").events
    assert [e for e in events if e.event == "ASSAULT"], events


def test_an_attack_on_a_ship_named_by_its_flag_is_no_verbal_attack(coder):
    """ "an Iranian attack on a Kuwaiti ship": the nationality before the target is no person
    attacked in words (a judged sample's counted ACCUSE)."""
    events = coder.code_text(
        "An Iranian attack on a Kuwaiti ship killed two sailors.", published="1987-10-20"
    ).events
    attacks = [e for e in events if e.trigger.text == "attack"]
    assert [e.event for e in attacks] == ["ASSAULT"], events


@pytest.mark.parametrize(
    "text",
    [
        "Brazil's 40,000 seamen were still on strike.",
        "About 9,000 miners went on hunger strike to press for higher wages.",
        "The dockworkers went on strike today.",
    ],
)
def test_strikes_by_workers_are_protests(coder, text):
    dispatch = coder.code_text(text, published="1987-03-01")
    sectors = {a.id: a.sector for a in dispatch.actors}
    hits = [e for e in dispatch.events if e.event == "PROTEST"]
    assert len(hits) == 1, dispatch.events
    assert [sectors[a] for a in hits[0].actor] == ["LAB"], (hits[0].actor, sectors)


@pytest.mark.parametrize(
    ("text", "event", "recipient"),
    [
        # a headline drops the "was" of the passive: the subject was attacked
        ("Varnell attacked with paint\n\nThe MP was hit by paint at a rally on Friday.",
         "ASSAULT", "Varnell"),
        # (a named person attacked "with" something in a headline: physically)
        ("Kim Pelling attacked with eggs\n\nThe MEP was hit by eggs on Friday.", "ASSAULT",
         "Kim Pelling"),
        # ... and attacked "on" a topic is attacked in words
        ("Labour attacked on tax poster\n\nThe party was criticised on Monday.", "ACCUSE",
         "Labour"),
    ],
)  # fmt: skip
def test_a_headline_passive_names_the_one_attacked(coder, text, event, recipient):
    dispatch = coder.code_text(text, published="2005-03-01")
    names = {a.id: a.name for a in dispatch.actors}
    hits = [e for e in dispatch.events if e.trigger.text == "attacked"]
    assert len(hits) == 1 and hits[0].event == event, dispatch.events
    assert not hits[0].actor, hits[0]
    assert any(recipient in names[r] for r in hits[0].recipient), (hits[0], names)


def test_an_attack_on_another_states_soil_is_aimed_at_that_state(coder):
    """An attack that names no target, made in another country than the attacker's, is aimed
    at that country's state when the article names it ("an offensive in northern Iraq")."""
    dispatch = coder.code_text(
        "Iraq said its forces repelled the attack. Iranian troops launched a new offensive "
        "in northern Iraq on Tuesday.",
        published="1987-03-04",
    )
    names = {a.id: (a.name, a.kind) for a in dispatch.actors}
    hits = [e for e in dispatch.events if e.trigger.text == "offensive"]
    assert len(hits) == 1, dispatch.events
    assert [names[r] for r in hits[0].recipient] == [("Iraq", "state")], (hits[0], names)


def test_readiness_to_negotiate_is_an_offer_made_now(coder):
    """ "We are ready to negotiate with Israel": an AGREE (an offer), asserted (guideline
    section 5), not a planned one."""
    dispatch = coder.code_text(
        "Mr Abbas said the Palestinian Authority was ready to negotiate with Israel.",
        published="2005-03-01",
    )
    agree = [e for e in dispatch.events if e.event == "AGREE"]
    assert [e.modality for e in agree] == ["asserted"], dispatch.events


@pytest.mark.parametrize(
    "text",
    [
        "Union leaders will hold private talks with John Prescott on Wednesday.",
        # the future of any verb whose object the talks are
        "Minister Aldo Penreiro hopes to visit Canada next week before starting "
        "negotiations with the banks.",
        # what someone will go somewhere for
        "Foreign Secretary Jack Straw will go to Moscow next month for talks with Russian "
        "Foreign Minister Igor Ivanov.",
    ],
)
def test_talks_to_be_held_are_an_agreement_to_meet(coder, text):
    """Guideline section 5: a future meeting is an asserted AGREE, also when a light verb
    carries the future ("will hold talks with")."""
    dispatch = coder.code_text(text, published="2005-03-01")
    assert dispatch.events, text
    assert {(e.event, e.modality) for e in dispatch.events} == {
        ("AGREE", "asserted")
    }, dispatch.events


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # support its actor decided on or announced is support given
        ("The Conservatives announced they would back the government's plans.", "asserted"),
        ("The shadow cabinet had decided to support the government's plans.", "asserted"),
        # support someone else expects stays a forecast
        ("Analysts said the Conservatives would back the government's plans.", "predicted"),
    ],
)
def test_support_declared_by_its_actor_is_asserted(coder, text, modality):
    events = coder.code_text(text, published="2005-03-01").events
    support = [e for e in events if e.event == "SUPPORT"]
    assert [e.modality for e in support] == [modality], events


def test_not_allowing_is_a_refusal_and_what_is_refused_no_event(coder):
    """Double negation (issue 13): "will not allow" and "will not tolerate" are a REJECT,
    asserted; the attacks not tolerated are no event of their own."""
    dispatch = coder.code_text(
        "Israel will not allow Syrian troops to enter Lebanon. The Palestinian president said "
        "he would not tolerate attacks on Israeli civilians.",
        published="2005-03-01",
    )
    got = [(e.event, e.modality, e.trigger.text) for e in dispatch.events]
    assert ("REJECT", "asserted", "allow") in got, got
    assert ("REJECT", "asserted", "tolerate") in got, got
    assert not [e for e in dispatch.events if e.event == "ASSAULT"], got


def test_an_appeals_infinitive_is_no_event_of_its_own(coder):
    """ "appealed for the prisoners to be freed": the release is what was asked, no RETREAT."""
    dispatch = coder.code_text(
        "Rights groups appealed for the detained journalists to be freed.",
        published="2019-06-01",
    )
    assert [e.event for e in dispatch.events] == ["REQUEST"], dispatch.events


@pytest.mark.parametrize(
    "text",
    [
        "The United Nations urged Russia to withdraw its troops from Georgia.",
        # what is asked for ("called for X") is no event either
        "President Reagan called for the immediate approval of $300 million in new economic "
        "aid for Honduras.",
    ],
)
def test_a_requests_content_is_no_event_of_its_own(coder, text):
    events = coder.code_text(text, published="1987-08-20").events
    assert [e.event for e in events] == ["REQUEST"], events


def test_a_vow_of_retaliation_is_a_threat(coder):
    dispatch = coder.code_text("Iran vowed to retaliate against the United States.",
                               published="1987-10-19")  # fmt: skip
    names = {a.id: a.name for a in dispatch.actors}
    hits = [e for e in dispatch.events if e.event == "THREATEN"]
    assert len(hits) == 1 and hits[0].modality == "asserted", dispatch.events
    assert [names[a] for a in hits[0].actor] == ["Iran"]
    assert [names[r] for r in hits[0].recipient] == ["United States"]


@pytest.mark.parametrize(
    ("text", "not_coded"),
    [
        # an attitude is no act; a thing named is no event ("Iraqi weapons" is no attack)
        ("Eight out of 10 voters do not trust politicians to tell the truth.", None),
        ("The Tories stressed a lack of trust in Tony Blair after his claims over Iraqi weapons.",
         "ASSAULT"),
    ],
)  # fmt: skip
def test_attitudes_and_things_are_no_events(coder, text, not_coded):
    events = coder.code_text(text, published="2005-01-01").events
    if not_coded is None:
        assert events == [], events
    else:
        assert not [e for e in events if e.event == not_coded], events


def test_an_agentless_arrest_reported_by_the_police_is_theirs(coder):
    """ "X has been arrested, police said": a passive with no agent, reported by the police or
    a court, has them as its actor (guideline section 4); reported by others, no actor."""
    by_police = _one(
        coder,
        "A former manager of the Arlandian Steel Company has been arrested, police said.",
        "arrested",
    )
    assert by_police.actor, by_police
    by_witness = _one(
        coder,
        "A former manager of the Arlandian Steel Company has been arrested, his brother said.",
        "arrested",
    )
    assert not by_witness.actor, by_witness


@pytest.mark.parametrize(
    ("text", "trigger", "parties"),
    [
        (
            "Senior Hungarian and Romanian officials agreed on Wednesday to cooperate on refugees.",
            "agreed",
            {("HUN", "GOV"), ("ROU", "GOV")},
        ),
        # the meeting "of" them: those who meet are all actors; a generic head ("heads") takes
        # its sector from what it heads (the central bank: GOV)
        (
            "After the meeting of the Peruvian and Mexican central bank heads, officials said "
            "silver sales would rise.",
            "meeting",
            {("PER", "GOV"), ("MEX", "GOV")},
        ),
    ],
)
def test_coordinated_nationalities_are_each_a_party(coder, text, trigger, parties):
    """ "Senior Hungarian and Romanian officials agreed": both states' officials act (the
    actors stage records the second at its nationality word)."""
    dispatch = coder.code_text(text, published=PUB)
    actors = {a.id: a for a in dispatch.actors}
    event = next(e for e in dispatch.events if e.trigger.text == trigger)
    assert {(actors[a].country, actors[a].sector) for a in event.actor} == parties, [
        actors[a] for a in event.actor
    ]
    assert not event.recipient


def test_a_vowed_reprisal_threatens_the_attacker_and_the_attack_happened(coder):
    """ "Iran vows reprisal for U.S. attack": a threat (THREATEN, asserted) aimed at the
    attacker; the attack it answers is an event of its own, asserted, not the threat's
    content."""
    dispatch = coder.code_text("IRAN VOWS REPRISAL FOR U.S. ATTACK ON OIL RIG", published=PUB)
    actors = {a.id: a for a in dispatch.actors}
    by_trigger = {e.trigger.text: e for e in dispatch.events}
    vow, attack = by_trigger["VOWS"], by_trigger["ATTACK"]
    assert (vow.event, vow.modality) == ("THREATEN", "asserted"), vow
    assert [actors[a].country for a in vow.recipient] == ["USA"], vow
    assert (attack.event, attack.modality) == ("ASSAULT", "asserted"), attack


def test_an_attack_with_no_target_is_aimed_at_the_storys_enemy(coder):
    """The conflict dyad of the story: an attack that names no target is aimed at the one
    state its attacker's country attacks elsewhere in the article; none when there is
    none."""
    text = (
        "Iraq said it repelled an Iranian attack near Basra on Monday. "
        "Iran launched its northern offensive last Tuesday night."
    )
    dispatch = coder.code_text(text, published=PUB)
    actors = {a.id: a for a in dispatch.actors}
    offensive = next(e for e in dispatch.events if e.trigger.text == "offensive")
    assert [actors[a].country for a in offensive.recipient] == ["IRQ"], offensive
    alone = coder.code_text("Iran launched its northern offensive last Tuesday.", published=PUB)
    offensive = next(e for e in alone.events if e.trigger.text == "offensive")
    assert not offensive.recipient, offensive


def test_sanctions_with_no_target_are_aimed_at_the_storys_sanctioned_state(coder):
    """The dyad holds for sanctions and threats too: "Reagan announced the sanctions" after
    tariffs on Japanese goods is aimed at Japan (judged samples: recipients missing)."""
    text = (
        "WASHINGTON, April 17 - The United States imposed tariffs on Japanese goods today. "
        "In March President Reagan announced the sanctions."
    )
    dispatch = coder.code_text(text, published="1987-04-17")
    actors = {a.id: a for a in dispatch.actors}
    sanctions = next(e for e in dispatch.events if e.trigger.text == "sanctions")
    assert [actors[a].country for a in sanctions.recipient] == ["JPN"], sanctions


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        # a missile, bomb or rocket attack is physical, even when its target reads as a name
        (
            "Congress acted after the Iraqi missile attack on the U.S. frigate Stark in the Gulf.",
            "attack",
            "ASSAULT",
        ),
        # guideline section 3: signing, initialling or ratifying an agreement is SUPPORT
        # (PLOVER SUPPORT: sign or ratify), the verb read with its object
        (
            "China and Portugal initialled a joint declaration on Macao on Thursday.",
            "initialled",
            "SUPPORT",
        ),
        # finalising an agreement is SUPPORT (PLOVER manual, SUPPORT: "ratify, sign, or
        # finalize an agreement or treaty"; PLV codes "reached an agreement" so), not AGREE
        (
            "House and Senate negotiators reached an agreement on the bill on Wednesday.",
            "reached",
            "SUPPORT",
        ),
    ],
)
def test_a_trigger_read_with_its_words_has_their_type(coder, text, trigger, event):
    """The words with a trigger decide its type: "missile attack", "initialled a declaration"."""
    found = _one(coder, text, trigger)
    assert found.event == event, found


def test_a_headline_participle_on_its_head_noun_is_a_passive(coder):
    """ "FORMER FIRM EXECUTIVES ARRESTED IN JAPAN": the participle on the headline's head noun
    is the passive whose "were" the headline dropped; a weak trigger there is no act
    ("MINISTER DELAYED FOR TALKS")."""
    arrested = coder.code_text("FORMER GOLD FIRM EXECUTIVES ARRESTED IN JAPAN", published=PUB)
    hits = [e for e in arrested.events if e.trigger.text == "ARRESTED"]
    assert len(hits) == 1 and hits[0].event == "COERCE" and hits[0].recipient, arrested.events
    delayed = coder.code_text("IVORY COAST MINISTER DELAYED FOR COCOA TALKS", published=PUB)
    assert not [e for e in delayed.events if e.trigger.text == "DELAYED"], delayed.events


def test_a_participle_on_an_actor_noun_is_a_reduced_passive(coder):
    """ "a soldier killed by rebels": the soldier was killed, the rebels killed (a reduced
    passive relative clause)."""
    dispatch = coder.code_text("A soldier killed by rebels was buried on Monday.", published=PUB)
    actors = {a.id: a for a in dispatch.actors}
    killed = next(e for e in dispatch.events if e.trigger.text == "killed")
    assert [actors[a].sector for a in killed.actor] == ["REB"], killed
    assert [actors[a].sector for a in killed.recipient] == ["MIL"], killed


def test_a_refusal_to_act_is_a_stated_rejection(coder):
    """ "Russia refused to withdraw its troops": a REJECT, asserted, at the refusing verb (the
    guideline's REJECT: refuse); the refused withdrawal is no event of its own."""
    events = _events(coder, "Arland refused to withdraw its troops from Belmark on Monday.")
    assert [(e.event, e.modality, e.trigger.text) for e in events] == [
        ("REJECT", "asserted", "refused")
    ], events


def test_backing_is_support_and_backing_down_is_not(coder):
    """ "has backed the introduction of the law": SUPPORT (a sure trigger, with endorse and
    praise); "backed down": yielding, read with its particle."""
    backed = _one(coder, "The police chief has backed the introduction of the new law.", "backed")
    assert backed.event == "SUPPORT", backed
    assert all(
        e.event != "SUPPORT"
        for e in _events(coder, "The government backed down over the tax plan on Monday.")
    )


def test_a_denial_of_something_asked_for_is_a_refusal(coder):
    """ "has been denied defector status by Britain": a REJECT (guideline section 3: deny a
    request), unlike a denial of a claim."""
    events = _events(coder, "He says he has been denied defector status by Britain.")
    assert [e.event for e in events] == ["REJECT"], events


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        # an agent noun compounded with an event noun is its actor, with an act noun its owner
        ("Labour has attracted media criticism for using the new laws.", "ACCUSE", "media", "Labour Party"),
        ("The Tories are to back controversial government plans.", "SUPPORT", "Conservative Party", "government"),
    ],
)  # fmt: skip
def test_an_agent_noun_modifying_a_noun_is_an_argument(coder, text, event, actor, recipient):
    d = coder.code_text(text, published=PUB)
    names = {a.id: a.name for a in d.actors}
    hits = [e for e in d.events if e.event == event]
    assert hits, d.events
    assert [names[a] for a in hits[0].actor] == [actor], (hits[0], names)
    assert [names[r] for r in hits[0].recipient] == [recipient], (hits[0], names)


def test_a_verb_linking_two_events_is_no_event_of_its_own(coder):
    """ "Mortimer's criticism was prompted by a government study": the criticism is an event,
    the prompting links it to its cause (event_arguments.tsv, causal)."""
    events = _events(
        coder, "Professor Ann Mortimer's criticism was prompted by a new government study."
    )
    assert not [e for e in events if e.trigger.text == "prompted"], events


def test_a_weapon_names_no_one_who_fired_it(coder):
    """ "Artillery shells struck the Valdorian village": the shells' artillery is no actor
    (the sentence's country would make Valdoria shell itself)."""
    events = _events(
        coder,
        "Artillery shells struck the Valdorian border village of Dren early on Tuesday, "
        "killing three civilians, local officials said.",
    )
    assert events and all(not e.actor for e in events if e.event == "ASSAULT"), events


def test_a_verb_telling_of_the_event_its_subject_names_is_that_event(coder):
    """ "eight hours of talks in Rio with the minister ended without resolving the dispute":
    one CONSULT (the talks), not a second one on "resolving" with Rio, a place, as a party."""
    dispatch = coder.code_text(
        "Leao Franco said eight hours of talks in Rio de Janeiro with Labor Minister Almir "
        "Pazzianotto ended today without resolving the dispute.",
        published="1987-03-13",
    )
    consults = [e for e in dispatch.events if e.event == "CONSULT"]
    assert len(consults) == 1, [(e.event, e.trigger.text) for e in dispatch.events]
    kinds = {a.id: a.kind for a in dispatch.actors}
    assert all(kinds[a] != "place" for e in dispatch.events for a in e.actor + e.recipient)
    # talks "with" the minister that the speaker reports are the speaker's side's too
    names = {a.id: a.name for a in dispatch.actors}
    assert {names[a] for a in consults[0].actor} >= {"Leao Franco"}, consults[0]


@pytest.mark.parametrize(
    ("text", "noun", "event", "recipient"),
    [
        ("US sanctions hit Iran hard, officials said on Monday.", "sanctions", "SANCTION", "IRN"),
        ("Israeli air strikes targeted Hamas leaders in Gaza.", "strikes", "ASSAULT", "PSE"),
        # (in the passive, the event noun is the agent)
        ("Iran was hit hard by US sanctions, officials said.", "sanctions", "SANCTION", "IRN"),
    ],
)
def test_a_verb_by_which_an_event_reaches_its_target_is_no_event(
    coder, text, noun, event, recipient
):
    """ "US sanctions hit Iran": the sanctions are the event, aimed at the verb's object; the
    verb is no attack of its own (event_arguments.tsv "impact")."""
    dispatch = coder.code_text(text, published="2012-01-23")
    kinds = [(e.event, e.trigger.text) for e in dispatch.events]
    assert kinds == [(event, noun)], kinds
    countries = {a.id: a.country for a in dispatch.actors}
    assert [countries[r] for r in dispatch.events[0].recipient] == [recipient], dispatch.events


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        ("Tory leader Michael Howard launched a fierce broadside at the government.",
         "broadside", "ACCUSE"),
        ("The engineering union staged warning strikes at 152 companies on Tuesday.",
         "strikes", "PROTEST"),
    ],
)  # fmt: skip
def test_nouns_of_criticism_and_of_labour_protest(coder, text, trigger, event):
    """A broadside is criticism (ACCUSE), a warning strike a strike (PROTEST), not a threat
    (triggers.tsv, strong nominal entries)."""
    found = [(e.event, e.trigger.text) for e in _events(coder, text)]
    assert (event, trigger) in found, found


def test_a_call_issued_to_someone_to_act_is_a_request(coder):
    """ "issued a broad call to the unions to support the strikers": a call with a "to"
    infinitive is what a "call for" is (REQUEST), and the verb putting it out is typed by it
    (PLV codes the issuing verb), asserted; not SUPPORT for the content."""
    dispatch = coder.code_text(
        "JOHANNESBURG, April 2 - The Kelaran labour federation has issued a broad call to the "
        "country's trade union movement to support the striking railway workers.",
        published="1987-04-02",
    )
    kinds = [(e.event, e.trigger.text, e.modality) for e in dispatch.events]
    assert ("REQUEST", "issued", "asserted") in kinds, kinds
    assert not any(
        e.event == "SUPPORT" and e.modality == "asserted" for e in dispatch.events
    ), kinds


def test_a_threat_discounted_is_no_ones_threat(coder):
    """ "The White House discounted the threat of a trade war": the threat is the object of a
    dismissal (a refusal verb), not the White House's own threat; with no one making it, no
    THREATEN."""
    events = _events(coder, "The White House discounted the threat of a trade war with Japan.")
    assert not any(e.event == "THREATEN" for e in events), [
        (e.event, e.trigger.text) for e in events
    ]


def test_a_gerund_threat_is_aimed_at_the_object_of_the_act_threatened(coder):
    """ "criticised the rail company for threatening to replace the strikers": the gerund has
    no subject of its own (its controller is the company); the threat is aimed at the
    strikers, the object of the act threatened."""
    dispatch = coder.code_text(
        "JOHANNESBURG, April 2 - The union criticised the state-owned rail company for "
        "threatening to replace the strikers with whites.",
        published="1987-04-02",
    )
    names = {a.id: a.name for a in dispatch.actors}
    threats = [e for e in dispatch.events if e.event == "THREATEN"]
    assert threats, [(e.event, e.trigger.text) for e in dispatch.events]
    assert {names[r] for r in threats[0].recipient} == {"strikers"}, threats[0]


def test_expelled_from_a_party_is_the_partys_act(coder):
    """ "The MP, who was expelled from Labour over his stance": a passive of removal with no
    agent; the body of its "from" phrase removed him (SANCTION by Labour)."""
    dispatch = coder.code_text(
        "The Glasgow Kelvin MP, who was expelled from Labour over his stance on the war, accused "
        "Ms Harwood of being a stooge.",
        published="2005-01-01",
    )
    names = {a.id: a.name for a in dispatch.actors}
    expelled = [e for e in dispatch.events if e.trigger.text == "expelled"]
    assert expelled and {names[a] for a in expelled[0].actor} == {"Labour Party"}, expelled


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an admonition "against"/"about" a danger: disapproval (ACCUSE), no threat of one's own
        ("The Greens warned both parties against pandering to prejudice.", "ACCUSE"),
        (
            "Angry backbenchers warned Mr Arlen and Mr Dunmore about the dangers of disunity.",
            "ACCUSE",
        ),
        # a warning with the one warned and what they should not do: a demand (REQUEST)
        ("The minister warned Mr Dunmore not to be tempted.", "REQUEST"),
        # a warning whose content is a state of things: an assessment, no event
        ("He warned the Abstentions Party was the real challenge to Labour.", None),
    ],
)
def test_what_a_warning_is(coder, text, expected):
    found = [e.event for e in _events(coder, text) if e.trigger.text == "warned"]
    assert found == ([expected] if expected else []), found


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an unowned measure: the government of the critics' country
        ("Labour MPs criticised the housing plans on Tuesday.", "criticised", [("GBR", "GOV")]),
        ("Housing plans criticised by Labour MPs.", "criticised", [("GBR", "GOV")]),
        ("The Liberal Democrats have pledged to oppose the bill.", "pledged", [("GBR", "GOV")]),
        # control orders, bans, powers and systems are measures too (judge16)
        ("Police chiefs have backed the control orders.", "backed", [("GBR", "GOV")]),
        # a measure with its owner named is aimed at that owner, not at the government
        (
            "Labour MPs criticised the Conservative plans on Tuesday.",
            "criticised",
            [("GBR", "PTY")],
        ),
    ],
)
def test_a_measure_criticised_is_the_governments(coder, text, trigger, expected):
    """Criticism, support or opposition aimed at a government measure that names no owner
    ("Housing plans criticised by MPs") is aimed at the government of the critics' country,
    when the article names it (event coding guideline, section 4)."""
    dispatch = coder.code_text(
        f"LONDON, March 3 - {text} The government said the measures would go ahead.",
        published="2005-03-03",
    )
    actors = {a.id: a for a in dispatch.actors}
    hits = [e for e in dispatch.events if e.trigger.text == trigger]
    assert len(hits) == 1, dispatch.events
    got = [(actors[r].country, actors[r].sector) for r in hits[0].recipient]
    assert got == expected, (hits[0], actors)


def test_a_headline_verb_read_as_a_noun_keeps_its_subject(coder):
    """ "KENYAN LEADER APPEALS FOR U.S. INVESTMENT": the parser reads the headline's verb as
    the head noun of its subject; the agent noun before it is the actor."""
    dispatch = coder.code_text(
        "KENYAN LEADER APPEALS FOR U.S. INVESTMENT\n\nNAIROBI, March 3 - Kenya's president "
        "appealed for more American investment on Tuesday.",
        published="1987-03-03",
    )
    actors = {a.id: a for a in dispatch.actors}
    head = [e for e in dispatch.events if e.trigger.text == "APPEALS"]
    assert len(head) == 1, dispatch.events
    assert [(actors[a].country, actors[a].sector) for a in head[0].actor] == [("KEN", "GOV")]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a warning of what the warned one's course would bring about: advice, a REQUEST
        (
            "Reagan warned Congress that such action would undercut his ability to negotiate.",
            "warned",
            "REQUEST",
        ),
        # a warning of the speaker's side's own act stays a threat
        ("The Kremlin warned Kiev that Russia would retaliate.", "warned", "THREATEN"),
    ],
)
def test_a_warning_is_a_threat_only_of_the_speakers_own_act(coder, text, trigger, expected):
    """Guideline section 3: warnings with serious repercussions (the speaker's own act) are
    THREATEN; warning someone of what their course would bring is advice (REQUEST)."""
    dispatch = coder.code_text(text, published="1987-04-26")
    hits = [e for e in dispatch.events if e.trigger.text == trigger]
    assert [e.event for e in hits] == [expected], dispatch.events


def test_a_thing_that_threatens_makes_no_threat(coder):
    """ "The plan threatens jobs": a danger someone sees (an assessment), not a threat an actor
    makes; "Rebel forces threatened the town" is one."""
    dispatch = coder.code_text(
        "The plan threatens thousands of jobs, unions said. Rebel forces threatened the town.",
        published="2005-03-01",
    )
    assert [e.trigger.text for e in dispatch.events if e.event == "THREATEN"] == ["threatened"]


def test_a_warning_of_the_speakers_own_government_is_a_threat(coder):
    """ "warned the envoy that his government would expel him": the speaker's side acts (a
    possessive pronoun ties the clause's subject to the speaker): THREATEN, not advice."""
    dispatch = coder.code_text(
        "President Robert Mugabe has warned British envoy Brian Donnelly that his government "
        "would expel him if he continued interfering.",
        published="2002-03-01",
    )
    hits = [e for e in dispatch.events if e.trigger.text == "warned"]
    assert [e.event for e in hits] == ["THREATEN"], dispatch.events


@pytest.mark.parametrize(
    "text",
    [
        # "due to" plans the meeting
        "Bundesbank President Karl Otto Poehl is due to meet the finance minister later today.",
        # a present-tense visit with a date after the publication date
        "Japanese Prime Minister Yasuhiro Nakasone visits Washington next week.",
        # "later this week": after the publication day
        "Britain's farm minister has talks with U.S. officials in Washington later this week.",
    ],
)
def test_a_meeting_to_come_is_an_agreement_to_meet(coder, text):
    """Future meetings are AGREE, asserted (event coding guideline section 3; PLOVER manual,
    CONSULT), also when only "due to" or the date says they are to come."""
    dispatch = coder.code_text(text, published="1987-04-07")
    assert [(e.event, e.modality) for e in dispatch.events][:1] == [
        ("AGREE", "asserted")
    ], dispatch.events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Lord Chief Justice has clashed with ministers over plans to curb appeals.", "ACCUSE"),
        ("Police clashed with protesters in Whitehall on Tuesday.", "ASSAULT"),
        ("Iraq and Iran clashed near Basra on Tuesday.", "ASSAULT"),
    ],
)
def test_a_clash_between_parties_that_use_no_force_is_one_of_words(coder, text, expected):
    """Guideline section 1, figurative uses: a judge and ministers clash in words (ACCUSE at
    most); police and protesters, or two states, clash with force (ASSAULT)."""
    dispatch = coder.code_text(text, published="2005-03-03")
    hits = [e.event for e in dispatch.events if e.trigger.text == "clashed"]
    assert hits == [expected], dispatch.events


@pytest.mark.parametrize(
    ("text", "published", "actor", "recipient"),
    [
        # "leaves for Washington for talks with Reagan": the going is no event of its own
        (
            "TOKYO, April 13 - Prime Minister Yasuhiro Nakasone leaves for Washington on April "
            "29 for talks with President Ronald Reagan.",
            "1987-04-13",
            "JPN",
            "USA",
        ),
        # "offered talks with X": the offering verb is no second record
        (
            "SEOUL, March 17 - South Korea's prime minister today offered talks with North "
            "Korea.",
            "1987-03-17",
            "KOR",
            "PRK",
        ),
    ],
)
def test_a_visitor_meets_a_host_and_an_offer_is_made_to_someone(
    coder, text, published, actor, recipient
):
    """Talks one travels for or offers are the event, a future meeting (AGREE, asserted:
    guideline section 5), the visitor's with the host, the offerer's to the one named."""
    dispatch = coder.code_text(text, published=published)
    country = {a.id: a.country for a in dispatch.actors}
    events = [
        (e.event, e.trigger.text, [country[i] for i in e.actor], [country[i] for i in e.recipient])
        for e in dispatch.events
    ]
    assert events == [("AGREE", "talks", [actor], [recipient])], events


@pytest.mark.parametrize(
    ("text", "published", "event", "actor", "recipient"),
    [
        # the nationality of what a measure falls on, through "worth of"
        (
            "WASHINGTON, April 17 - The U.S. Administration imposed 100 pct tariffs on 300 mln "
            "dlrs worth of Japanese color television sets today.",
            "1987-04-17",
            "SANCTION",
            "USA",
            "JPN",
        ),
        # whom a letter is addressed to
        (
            "SEOUL, March 17 - South Korean Prime Minister Lho Shin-yong proposed in a letter "
            "to his North Korean counterpart Li Gun-mo that they meet.",
            "1987-03-17",
            "AGREE",
            "KOR",
            "PRK",
        ),
    ],
)
def test_a_recipient_named_in_a_phrase_of_the_act(coder, text, published, event, actor, recipient):
    """Recipients the judged samples found missing: "tariffs on ... worth of Japanese sets" are
    aimed at Japan; "proposed in a letter to X" is proposed to X (issue 13: recipients)."""
    dispatch = coder.code_text(text, published=published)
    country = {a.id: a.country for a in dispatch.actors}
    found = [
        (e.event, [country[i] for i in e.actor], [country[i] for i in e.recipient])
        for e in dispatch.events
        if e.event == event
    ]
    assert found == [(event, [actor], [recipient])], dispatch.events


@pytest.mark.parametrize(
    "demand",
    [
        "The Liberal Democrats have called for a delay.",
        "Labour MP Tom Harris called for a weekly payment of 100 pounds.",
    ],
)
def test_a_partys_demand_that_names_no_one_is_made_of_its_government(coder, demand):
    """ "The Liberal Democrats called for a delay": a party (or a legislator, the opposition)
    asks the government of its country (guideline section 4), when the article
    names that government."""
    text = f"The British government wants the new licensing law in force by the summer. {demand}"
    assert _codes_at(coder, text, "2005-01-10", role="recipient", event="REQUEST") == [
        ("GBR", "GOV")
    ]


def test_parties_who_meet_together_have_no_recipient_of_their_own_country(coder):
    """ "Shultz and Shevardnadze met today in an elegant Moscow mansion": both are actor (no
    host or visitor), and the venue's country is no recipient (guideline section 4)."""
    text = (
        "MOSCOW, April 13 - U.S. Secretary of State George Shultz and Soviet Foreign Minister "
        "Eduard Shevardnadze met today in an elegant Moscow mansion."
    )
    dispatch = coder.code_text(text, published="1987-04-13")
    actors = {a.id: a for a in dispatch.actors}
    met = [e for e in dispatch.events if e.event == "CONSULT"]
    assert len(met) == 1 and not met[0].recipient, met
    assert sorted(actors[a].country for a in met[0].actor) == ["RUS", "USA"], met


@pytest.mark.parametrize(
    ("text", "event", "recipients"),
    [
        # a letter to a newspaper is published, not addressed to the paper as a party
        (
            "LONDON, March 3 - Former ministers demanded in a letter to The Times that the "
            "inquiry be reopened.",
            "REQUEST",
            [],
        ),
        # opposition leaders who meet the government: the government is the recipient
        (
            "NAIROBI, March 3 - Opposition leaders John Kamau and Peter Otieno met the "
            "government on Monday.",
            "CONSULT",
            ["KEN"],
        ),
    ],
)
def test_recipients_the_review_found_wrong(coder, text, event, recipients):
    """Letters to newspapers and meetings with one's own government (a review of the
    session's recipient rules)."""
    dispatch = coder.code_text(text, published="2005-03-03")
    actors = {a.id: a for a in dispatch.actors}
    found = [e for e in dispatch.events if e.event == event]
    assert found and [actors[r].country for r in found[0].recipient] == recipients, found


def test_a_strike_a_union_holds_out_on_a_condition_is_a_threat(coder):
    """ "The union said it would strike on Thursday unless a settlement was reached": a union
    strikes by stopping work (not ASSAULT), and a strike held out on a condition is a threat,
    made now (guideline section 3); a strike planned with no condition stays a PROTEST."""
    threat = coder.code_text(
        "TORONTO, March 3 - The union said it would strike on Thursday unless a settlement "
        "was reached with the company.",
        published="1987-03-03",
    )
    assert [(e.event, e.modality) for e in threat.events] == [("THREATEN", "asserted")]
    plan = coder.code_text(
        "TORONTO, March 3 - The union plans a strike next week.", published="1987-03-03"
    )
    assert [e.event for e in plan.events] == ["PROTEST"], plan.events


@pytest.mark.parametrize(
    ("text", "trigger", "partner"),
    [
        (
            "WASHINGTON, Oct 20 - Reagan said he was ready for talks with congressional leaders.",
            "talks",
            "congressional leaders",
        ),
        (
            "WASHINGTON, Oct 20 - President Reagan said he is willing to negotiate with Congress "
            "on the budget.",
            "negotiate",
            "Congress",
        ),
    ],
)
def test_a_meeting_one_is_ready_for_is_an_offer_to_meet(coder, text, trigger, partner):
    """ "ready for talks with X", "willing to negotiate with X": an offer to meet, made now
    (AGREE, asserted; guideline section 5), the one ready to the one named after "with"."""
    dispatch = coder.code_text(text, published="1987-10-20")
    actors = {a.id: a for a in dispatch.actors}
    found = [e for e in dispatch.events if e.trigger.text == trigger]
    assert len(found) == 1, dispatch.events
    event = found[0]
    assert (event.event, event.modality) == ("AGREE", "asserted"), event
    assert len(event.actor) == 1 and "Reagan" in actors[event.actor[0]].name, event
    mentions = [m.text for r in event.recipient for m in actors[r].mentions]
    assert partner in mentions, event


def test_the_devolved_executive_is_accused_and_raising_funds_moves_no_force(coder):
    """ "The Conservatives accuse the Scottish Executive of using the council tax to raise
    funds": the Executive is Scotland's devolved government (GBR GOV), and raising funds is no
    mobilisation (PLOVER MOBILIZE moves forces; a real article coded it so)."""
    dispatch = coder.code_text(
        "The Conservatives accuse the Scottish Executive of using the council tax to raise funds.",
        published="2005-01-01",
    )
    actors = {a.id: a for a in dispatch.actors}
    assert [e.event for e in dispatch.events] == ["ACCUSE"], dispatch.events
    (accused,) = dispatch.events[0].recipient
    assert (actors[accused].name, actors[accused].sector) == ("Scottish Executive", "GOV")


def test_an_act_of_one_side_of_a_labour_dispute_is_aimed_at_the_other(coder):
    """ "The unions rejected the offer": in a story of bank employers against unions, the
    unions' act with no one named is aimed at the employers (judge15 found the other side
    missing from nine records of labour disputes; a strike itself keeps none)."""
    text = (
        "BONN, March 3 - West German bank employers refused a union demand to drop flexible "
        "working hours from the talks. The unions rejected the offer of a pay rise."
    )
    assert _codes_at(coder, text, "1987-03-03", "rejected", "recipient") == [("DEU", "BUS")]


def test_a_union_facing_several_parties_gets_no_guessed_recipient(coder):
    dispatch = coder.code_text(
        "BONN, March 3 - Bank employers refused a union demand. The government criticised the "
        "union. The unions rejected the offer of a pay rise.",
        published="1987-03-03",
    )
    ballots = [e for e in dispatch.events if e.trigger.text == "rejected"]
    assert ballots and not ballots[0].recipient, ballots


def test_an_agent_noun_before_an_act_noun_is_its_actor(coder):
    """ "Rebel raids on oil pipelines": the rebels raid (judge16 found such attacks with no
    actor, the attacker named by a common noun before the act)."""
    text = (
        "BOGOTA, March 12 - Rebel raids on oil pipelines have cost Colombia millions of "
        "dollars, officials said."
    )
    assert [sector for _, sector in _codes_at(coder, text, "1987-03-12", "raids")] == ["REB"]


def test_would_not_back_is_a_refusal(coder):
    """ "his party would not back the plans": a refusal, asserted (PLOVER REJECT; guideline
    section 3, like "would not allow"), not a negated SUPPORT."""
    found = _one(
        coder, "Conservative leader Michael Howard said his party would not back the plans.", "back"
    )
    assert (found.event, found.modality) == ("REJECT", "asserted"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Liberal Democrats opposed the plans for identity cards on Monday.",
        "The Tories have pledged to oppose the bill when it is debated next week.",
    ],
)
def test_opposing_a_measure_is_rejecting_it(coder, text):
    """PLOVER REJECT (the blind golds code 8 of 12 such verbs so; the classifier alone read
    them as THREATEN, ACCUSE or PROTEST)."""
    assert "REJECT" in [e.event for e in _events(coder, text)], _events(coder, text)


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "recipient"),
    [
        # "US" in capitals is the country, not the pronoun "us": both sides sign
        (
            "The US and China signed a trade agreement on Friday.",
            "signed",
            [("USA", "GOV"), ("CHN", "GOV")],
            [],
        ),
        # a small clause: the one found guilty is the recipient
        (
            "A Paris court found the Libyan government guilty of funding the campaign.",
            "found",
            [("FRA", "JUD")],
            [("LBY", "GOV")],
        ),
        # the purpose of a summons is aimed at the one summoned
        (
            "Norway summoned the Iranian ambassador to complain about the arrests.",
            "complain",
            [("NOR", "GOV")],
            [("IRN", "GOV")],
        ),
        # restating one's own side's support: aimed at whom it supports, not at the side
        (
            "Putin reiterated Russia's support for the Syrian government.",
            "reiterated",
            [("RUS", "GOV")],
            [("SYR", "GOV")],
        ),
        # a weapon's subject: the agent who fired it acts
        (
            "The rockets fired by the Syrian army struck a Turkish border post.",
            "struck",
            [("SYR", "MIL")],
            None,
        ),
    ],
)
def test_roles_read_through_small_clauses_purposes_and_instruments(
    coder, text, trigger, actor, recipient
):
    assert _codes_at(coder, text, "2019-06-03", trigger) == actor
    if recipient is not None:
        assert _codes_at(coder, text, "2019-06-03", trigger, role="recipient") == recipient


def test_an_attack_on_a_place_in_another_country_is_aimed_at_that_country(coder):
    text = "The Indian air force launched airstrikes against a militant camp in Pakistan."
    assert _codes_at(coder, text, "2019-02-26", "airstrikes", role="recipient") == [("PAK", None)]


def test_a_topic_is_no_recipient_and_joining_forces_names_no_force(coder):
    d = coder.code_text(
        "Germany and France agreed to share intelligence on Iran.", published="2019-06-03"
    )
    actors = {a.id: a for a in d.actors}
    agreed = [e for e in d.events if e.trigger.text == "agreed"]
    assert agreed and all(actors[r].country != "IRN" for r in agreed[0].recipient)
    d = coder.code_text(
        "The French president will join forces with the Dutch prime minister.",
        published="2019-06-03",
    )
    assert not any(a.sector == "MIL" for a in d.actors), [(a.name, a.sector) for a in d.actors]


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        # foreign troops fighting beside the state on whose soil they are: no recipient read
        # from a country recorded as a place outside the target's phrase
        ("American troops launched a major offensive in southern Afghanistan on Tuesday.",
         "offensive", []),
        # a restated stance with no partner named is aimed at its possessor
        ("Russia reaffirmed Syria's territorial integrity on Monday.", "reaffirmed",
         [("SYR", "GOV")]),
        # information asked about someone's programme is asked of them
        ("The IAEA demanded information on Iran's nuclear programme.", "demanded",
         [("IRN", "GOV")]),
    ],
)  # fmt: skip
def test_the_reviews_misfires_of_the_role_rules(coder, text, trigger, recipient):
    assert _codes_at(coder, text, "2019-06-03", trigger, role="recipient") == recipient


def test_a_broker_is_not_the_one_who_acts(coder):
    d = coder.code_text(
        "A ceasefire brokered by Egypt ended three days of fighting.", published=PUB
    )
    actors = {a.id: a for a in d.actors}
    assert not any(
        actors[a].country == "EGY" for e in d.events if e.event == "ASSAULT" for a in e.actor
    ), d.events


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        (
            "US President Donald Trump on Tuesday reneged on an international nuclear accord with Iran.",
            "reneged",
            "IRN",
        ),
    ],
)
def test_the_party_an_objects_phrase_names_is_the_recipient(coder, text, trigger, country):
    """An object that is no party, naming the other party in its "with"/"against"/"to"
    phrase: that party is the recipient."""
    assert (country, "GOV") in _codes_at(coder, text, "2018-05-08", trigger, role="recipient")


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        ("France expressed its support for the rebels.", "expressed", "SUPPORT"),
        (
            "The Conservatives announced their support for the government plans.",
            "announced",
            "SUPPORT",
        ),
        ("Senior Tories argued vociferously against the move.", "argued", "REJECT"),
        ("Mr Blair ridiculed the Tory plans.", "ridiculed", "ACCUSE"),
    ],
)
def test_support_declared_opposition_argued_and_ridicule(coder, text, trigger, event):
    """Support voiced or announced is SUPPORT, arguing against a measure REJECT, ridicule
    ACCUSE (event coding guideline, section 3), asserted."""
    found = [e for e in _events(coder, text) if e.trigger.text == trigger]
    assert found and found[0].event == event and found[0].modality == "asserted", found


def test_telling_someone_to_act_is_a_request(coder):
    """ "The president told the army to withdraw from the capital": an order (REQUEST, the
    army its recipient); "told Reuters the talks had failed" reports a statement."""
    told = _one(coder, "The president told the army to withdraw from the capital.", "told")
    assert told.event == "REQUEST" and told.modality == "asserted", told
    assert not [
        e
        for e in _events(coder, "He told Reuters the talks had failed.")
        if e.trigger.text == "told"
    ]


def test_wanting_someone_to_act_is_a_request_and_its_content_no_event(coder):
    """ "The unions want the government to withdraw the regulations": a demand on the
    government (PLOVER REQUEST), not a withdrawal; wanting a thing to change asks no one."""
    got = [
        (e.event, e.trigger.text, e.modality)
        for e in _events(coder, "The unions want the government to withdraw the regulations.")
    ]
    assert got == [("REQUEST", "want", "asserted")]
    assert _events(coder, "They want the law to change.") == []


def test_an_active_conjunct_with_its_own_auxiliary_keeps_its_own_modality(coder):
    """ "have not been drawn ... but have called for": the call is made (asserted), and the
    passive's subject is who calls, not whom it is aimed at."""
    event = _one(
        coder,
        "The Liberal Democrats have not been drawn on the issue but have called for an inquiry.",
        "called",
    )
    assert (event.event, event.modality) == ("REQUEST", "asserted")
    assert event.recipient == []


def test_parties_a_thing_is_found_among_are_not_its_agent(coder):
    """ "struck by the level of concern among voters": the voters are where the concern is,
    not who struck; no party is left to act."""
    assert _events(coder, "He said he was struck by the level of concern among voters.") == []


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("The union will strike unless the government withdraws the plan.", "strike",
         "government"),
        ("Israel will bomb the camps unless Hamas frees the hostages.", "bomb", "Hamas"),
    ],
)  # fmt: skip
def test_harm_held_out_on_a_condition_is_a_threat_aimed_at_who_is_to_meet_it(
    coder, text, trigger, recipient
):
    """Guideline section 3, THREATEN: the condition ("unless the government withdraws the
    plan") is what the threat asks, no event of its own."""
    dispatch = coder.code_text(text, published=PUB)
    names = {a.id: a.name for a in dispatch.actors}
    assert [(e.event, e.trigger.text, e.modality) for e in dispatch.events] == [
        ("THREATEN", trigger, "asserted")
    ]
    assert [names[r] for r in dispatch.events[0].recipient] == [recipient]


@pytest.mark.parametrize(
    ("text", "trigger", "event", "recipient"),
    [
        # verbal attacks: a headline's "blasts" of a plan, "hit out at" someone
        ("Tony Blair blasts Tory spending plans", "blasts", "ACCUSE", "Conservative Party"),
        ("Michael Howard hit out at the government over its record on crime.", "hit", "ACCUSE",
         "government"),
        # "blasted" a thing: the physical act
        ("Militants blasted the bridge near Kabul.", "blasted", "ASSAULT", None),
    ],
)  # fmt: skip
def test_blasting_and_hitting_out(coder, text, trigger, event, recipient):
    dispatch = coder.code_text(text, published="2005-02-01")
    names = {a.id: a.name for a in dispatch.actors}
    event_ = _one_in(dispatch, trigger)
    assert event_.event == event
    assert [names[r] for r in event_.recipient] == ([recipient] if recipient else [])


def _one_in(dispatch, trigger):
    hits = [e for e in dispatch.events if e.trigger.text == trigger]
    assert len(hits) == 1, [(e.event, e.trigger.text) for e in dispatch.events]
    return hits[0]


def test_a_need_reported_in_the_past_is_a_demand_made(coder):
    """ "The Tories said ministers needed to act": the past is the report's (backshift), the
    demand is made; "needed to borrow money last year" reports a past need, asks no one."""
    dispatch = coder.code_text("The Tories said ministers needed to act.", published=PUB)
    assert [(e.event, e.trigger.text) for e in dispatch.events] == [("REQUEST", "said")]
    dated = coder.code_text(
        "The chairman said the firm needed to borrow money last year.", published=PUB
    )
    assert not [e for e in dated.events if e.event == "REQUEST"]


def test_an_order_to_someone_is_a_request(coder):
    """ "ordered officials to speed up the relaxation": an order (guideline section 3,
    ordering: REQUEST); "ordered the arrest of" stays the arrest's COERCE."""
    event = _one(coder, "Premier Yu ordered officials to speed up the relaxation.", "ordered")
    assert event.event == "REQUEST"
    arrest = _events(coder, "The general ordered the arrest of the opposition leader.")
    assert "REQUEST" not in {e.event for e in arrest}


def test_a_vow_to_fight_a_measure_is_opposition_not_a_threat(coder):
    dispatch = coder.code_text(
        "OTTAWA - Canada vowed to fight the U.S. action on potash imports.", published=PUB
    )
    assert [(e.event, e.trigger.text, e.modality) for e in dispatch.events] == [
        ("REJECT", "vowed", "asserted")
    ]
    rebels = _one(coder, "The rebels vowed to fight the army.", "vowed")
    assert rebels.event == "THREATEN"


@pytest.mark.parametrize(
    "text",
    [
        "LONDON - The Law Lords ruled that the detention of foreign suspects was unlawful.",
        "The Supreme Court ruled the ban illegal.",
    ],
)
def test_a_court_ruling_something_unlawful_is_a_sanction(coder, text):
    """A court's verdict without prison (guideline section 3: SANCTION); a king's ruling is
    none."""
    found = [e for e in _events(coder, text) if e.trigger.text == "ruled"]
    assert [e.event for e in found] == ["SANCTION"]
    assert not [e for e in _events(coder, "The king ruled for 30 years.") if e.event == "SANCTION"]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # the body complained to is the forum; the one complained of is accused
        (
            "Cyprus has protested to the United Nations over airspace violations by the "
            "Turkish air force.",
            "TUR",
        ),
        ("Britain complained to the European Commission about French subsidies.", "FRA"),
    ],
)
def test_a_complaint_to_a_body_accuses_the_one_complained_of(coder, text, recipient):
    dispatch = coder.code_text(text, published="1987-03-27")
    actors = {a.id: a for a in dispatch.actors}
    accused = [e for e in dispatch.events if e.event == "ACCUSE"]
    assert accused, dispatch.events
    assert {actors[r].country for r in accused[0].recipient} == {recipient}, dispatch.events
