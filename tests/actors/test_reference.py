"""One entity, one reading: a pronoun, short name or title has one actor everywhere.

Each case is a short original text. The pronoun (or short name, or title) must have the same
actor in the dispatch's actor table, in the attribution it speaks (``attribution.source``) and
in the event it does (``event.actor``, or ``event.recipient`` for an object), and that actor
must be the one its antecedent names. A case whose antecedent is None expects no actor.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from sitrep.records import Dispatch


@dataclass(frozen=True)
class Case:
    text: str
    mention: str  # the pronoun, short name or title, as written
    antecedent: str | None  # the earlier mention it stands for (None: it stands for no actor)
    nth: int = 0  # which occurrence of ``mention``
    says: bool = False  # the mention is the source of an attribution
    does: str | None = None  # the trigger of an event it is the actor of
    done_to: str | None = None  # the trigger of an event it is the recipient of
    published: str = "2022-02-21"


def _case(*args, xfail: str | None = None, **kw):
    c = Case(*args, **kw)
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(c, marks=marks, id=f"{c.mention}:{c.text[:40]}")


CASES = [
    # a possessive bound to its own clause's subject that no actor stands for: no one
    _case("The U.S. wants open markets. Yeutter said many countries would prefer U.S. "
          "retaliation to opening their own markets.", "their", None),
    # subjects: the subject of the previous sentence, not its object
    _case("Putin met Macron in Moscow on Monday. He accused Ukraine of shelling Donetsk.",
          "He", "Putin", says=True, does="accused"),
    _case("Macron met Putin in Paris on Monday. He said the talks had been useful.",
          "He", "Macron", says=True),
    _case("Erdogan called Putin on Monday. He urged Russia to show restraint in Ukraine.",
          "He", "Erdogan", does="urged"),
    _case("Scholz arrived in Kyiv from Germany on Monday. He said he would travel to Moscow next week.",
          "He", "Scholz", says=True),
    _case("Scholz arrived in Kyiv from Germany on Monday. He said he would travel to Moscow next week.",
          "he", "Scholz", nth=0),
    _case("Biden spoke with Zelensky on Sunday. He promised Ukraine more weapons. "
          "He also warned Russia against an invasion.", "He", "Biden", nth=1, does="warned"),
    # objects: never the subject of their own verb
    _case("Blinken called Russia's Lavrov on Tuesday and warned him against an invasion.",
          "him", "Lavrov", done_to="warned"),
    _case("Lavrov of Russia spoke with Blinken on Tuesday. Blinken told him that Washington would respond.",
          "him", "Lavrov"),
    _case("Ms. Maria Zakharova criticized Blinken of the United States on Monday. She accused him of spreading lies.",
          "him", "Blinken", done_to="accused"),
    # (the KB links a bare surname only to someone of a country the article names: issue 14's
    # precision rule; the cases name the country so that the pronoun has a person to refer to)
    # she/he chosen by gender from honorifics and gendered roles
    _case("Ms. Maria Zakharova criticized Blinken of the United States on Monday. She accused him of spreading lies.",
          "She", "Maria Zakharova", says=True),
    _case("Mr. Tom Arlen met Ms. Dana Ruiz in Geneva on Monday. She said the talks had failed.",
          "She", "Dana Ruiz", says=True),
    _case("Ms. Maria Zakharova met Sergei Lavrov on Monday. He said NATO had ignored Russia.",
          "He", "Sergei Lavrov", says=True),
    _case("Kremlin spokesman Dmitry Peskov met Foreign Ministry spokeswoman Maria Zakharova on "
          "Monday. She accused the West of hysteria.", "She", "Maria Zakharova", says=True),
    _case("Kremlin spokesman Dmitry Peskov met Foreign Ministry spokeswoman Maria Zakharova on "
          "Monday. He accused the West of hysteria.", "He", "Dmitry Peskov", says=True),
    # it / its for a state, government or organisation
    _case("Russia massed troops near the border on Tuesday. It denied planning an invasion.",
          "It", "Russia", says=True),
    _case("The Ukrainian government condemned the shelling on Monday. It accused Russia of "
          "violating the ceasefire.", "It", "Ukrainian government", says=True, does="accused"),
    _case("NATO moved jets to Estonia on Friday. It said the deployment was defensive.",
          "It", "NATO", says=True),
    _case("The Chinese government criticized the new sanctions. It said they would hurt trade.",
          "It", "Chinese government", says=True),
    _case("The Russian Defence Ministry released a video on Monday. Its spokesman accused Ukraine "
          "of sabotage.", "Its", "Russian Defence Ministry"),
    # they / their for a group
    _case("Ukrainian officials met in Kyiv on Monday. They accused Moscow of provoking a war.",
          "They", "Ukrainian officials", says=True, does="accused"),
    _case("Separatist fighters shelled a village near Donetsk on Sunday. They said Ukrainian "
          "forces had fired first.", "They", "Separatist fighters", says=True),
    _case("Palestinian officials in Ramallah rejected the claim on Monday. They called for an "
          "independent inquiry.", "They", "Palestinian officials", published="2023-10-09"),
    # possessives
    _case("Zelensky addressed parliament on Tuesday. His government asked NATO for air defence.",
          "His", "Zelensky"),
    # short names
    _case("Chinese Foreign Minister Wang Yi arrived in Moscow on Monday. Wang said China opposed "
          "the sanctions.", "Wang", "Wang Yi", nth=1, says=True),
    _case("Governor Halvard Brennick visited the border on Monday. Brennick said the crossing "
          "was closed.", "Brennick", "Halvard Brennick", nth=1, says=True),
    _case("Mr. Ivan Petrenko and Ms. Olena Petrenko ran the aid convoy. Ms. Petrenko said the "
          "road to Kharkiv was open.", "Ms. Petrenko", "Olena Petrenko", says=True),
    _case("Mr. Ivan Petrenko and Ms. Olena Petrenko ran the aid convoy. Mr. Petrenko said the "
          "road to Kharkiv was open.", "Mr. Petrenko", "Ivan Petrenko", says=True),
    # titles after a named holder
    _case("Russian Foreign Minister Sergei Lavrov met reporters in Moscow. The minister accused "
          "NATO of aggression.", "The minister", "Sergei Lavrov", says=True, does="accused"),
    _case("Ukrainian President Volodymyr Zelensky visited troops in Donbas. The president said "
          "Ukraine would not be provoked.", "The president", "Volodymyr Zelensky", says=True),
    _case("Putin met Macron at the Kremlin on Monday. The Russian president accused NATO of "
          "ignoring Moscow.", "The Russian president", "Putin", says=True, does="accused"),
    _case("Lavrov met Chinese Foreign Minister Wang Yi in Beijing. The minister said China "
          "understood the concerns of Russia.", "The minister", "Wang Yi", says=True),
    # "the report": the outlet that reported
    _case('The Harbour Gazette reported that the port would close. "The closure will last a '
          'month," the report stated.', "the report", "Harbour Gazette", says=True),
    # ... but not a report that is something: a document
    _case("An official told Reuters on Monday that the report was incorrect.", "the report",
          None),
    # relative pronouns
    _case("Lavrov met Blinken of the United States in Geneva on Friday. Blinken, who spoke first, warned Russia "
          "against an invasion.", "who", "Blinken"),
    # first person inside a quotation: its speaker
    _case('Putin met Macron on Monday. "I will not attack Ukraine," he said.', "I", "Putin"),
    _case('Russia massed troops. Putin met Macron on Monday. "We will not attack Ukraine," he '
          "said.", "We", "Russia"),
    # ... a government member's "we": their state, where the article names it
    _case('Ecuador suspended payments. "We will not pay," Ecuador\'s finance minister Ann '
          "Hartwell said.", "We", "Ecuador"),
    _case('"I am ready to talk," Zelensky told reporters in Kyiv on Monday.', "I", "Zelensky"),
    # no antecedent: the pronoun stands for no actor
    _case("The bridge was destroyed overnight. He said repairs would take weeks.", "He", None),
    _case("The ceasefire collapsed on Sunday. It had lasted only two days.", "It", None),
    _case("Russia massed troops near the border. It is unclear whether an invasion will follow.",
          "It", None),
    _case("The talks in Geneva ended without agreement. They had lasted six hours.", "They", None),
    _case("The Chinese government criticized the new sanctions. It said they would hurt trade.",
          "they", None),
    # a possessive whose clause's subject is a thing named before it: the thing's
    _case("The European Community met in Brussels. EC officials said they would act if the "
          "dollar resumes its slide.", "its", None),
    # a possessive on a noun coordinated after another: that noun ("Brazil and its banks")
    _case("The U.K. Government said it was a problem between Brazil and its creditor banks.",
          "its", "Brazil"),
    # "the two sides" are two people or two bodies, not a person and a body
    _case("Professor Ronald Wonnacott said a dispute commission should settle trade rows. He "
          "said the two sides should agree.", "the two sides", None),
    # a reflexive: the subject of its own clause, never someone named before
    _case("Michael Howard attacked the posters. Tony Blair distanced himself from them.",
          "himself", "Tony Blair"),
    _case("Tony Blair said Michael Howard should be ashamed of himself.", "himself",
          "Michael Howard"),
    _case("Iran warned the United States. The US said it would defend itself.", "itself",
          "United States"),
    # the subject of a coordinated clause: the parallel subject before it, here a thing
    _case("The Conservatives backed the identity cards bill. Mr Oyelaran said the cards would "
          "not solve crime and that they would cost too much.", "they", None),

    # gender from a first name the 1990 US Census lists for one sex ("Claire" f, "Martin" m)
    _case("Martin Oyelaran met Claire Hollis in Leeds. She said the talks had failed.",
          "She", "Claire Hollis", says=True),
    _case("Claire Hollis wrote to Mr Dunmore on Tuesday, accusing him of an error of "
          "judgement.", "him", "Dunmore"),
    # an object pronoun, or an infinitive's subject: its own sentence before a subject further
    # back (the lede's subject here is the reporter)
    _case("BBC correspondent Tom Arlen reported the row.\n\nThe party's leader Claire Hollis "
          "wrote to Mr Dunmore on Tuesday, calling for him to apologise.", "him", "Dunmore"),
    # out of reach: a first name the census lists do not hold
    _case("Lavrov met Annalena Baerbock in Moscow. She said Germany would stand by Ukraine.",
          "She", "Annalena Baerbock", says=True,
          xfail="'Annalena' is in no census first-name list: its gender is not known"),
]  # fmt: skip


def _find(text: str, word: str, nth: int) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
        while start > 0 and text[start - 1].isalpha():  # a whole word
            start = text.index(word, start + 1)
    return start, start + len(word)


def _table_actor(d: Dispatch, start: int, end: int) -> str | None:
    for actor in d.actors:
        for m in actor.mentions:
            if (m.start, m.end) == (start, end):
                return actor.id
    return None


@pytest.mark.parametrize("case", CASES)
def test_one_entity_one_reading(coder, case: Case):
    d = coder.code_text(case.text, published=case.published)
    start, end = _find(case.text, case.mention, case.nth)
    got = _table_actor(d, start, end)
    if case.antecedent is None:
        assert got is None, f"{case.mention!r} read as {got}"
    else:
        a_start, a_end = _find(case.text, case.antecedent, 0)
        want = next(
            (a.id for a in d.actors for m in a.mentions if m.start <= a_start and a_end <= m.end),
            None,
        )
        assert want is not None, f"no actor for the antecedent {case.antecedent!r}"
        assert got == want, f"{case.mention!r} read as {got}, expected {want}"
    spoken = [
        a for a in d.attributions if a.source and (a.source.start, a.source.end) == (start, end)
    ]
    if case.says:
        assert spoken, f"no attribution with source {case.mention!r}"
    for att in spoken:
        assert att.source is not None and att.source.actor == got
    for trigger, role in ((case.does, "actor"), (case.done_to, "recipient")):
        if trigger is None:
            continue
        # an event reported twice is one record: the trigger may be any of its mentions
        events = [e for e in d.events if any(m.trigger.text == trigger for m in e.mentions)]
        assert events, f"no event triggered by {trigger!r}"
        assert got in getattr(events[0], role), f"{role}s of {trigger!r}: {events[0]}"


def test_the_table_is_read_only_after_the_actors_stage(nlp):
    from sitrep.errors import SitrepError

    doc = nlp("Putin met Macron in Moscow on Monday.")
    table = doc._.sitrep_actors
    assert table.frozen
    actor_id = table.actor_at(0, len("Putin"))
    with pytest.raises(SitrepError, match="read only"):
        table.alias(10, 16, "Macron", actor_id)


def test_the_grammar_is_data():
    from sitrep.actors.reference import grammar

    g = grammar()
    assert g["pronoun"]["she"].gender == "f" and g["pronoun"]["they"].number == "pl"
    assert g["pronoun"]["it"].refers == "nonperson"
    assert g["honorific"]["mrs."].gender == "f"


def test_a_possessive_in_an_opening_phrase_refers_forward(coder):
    """ "As part of its spending plans, the government said": "its" is the government, not
    the organisation named in the sentence before."""
    import datetime as dt

    from sitrep.ingest.article import Article

    text = (
        "The country's biggest bank was close to collapse. As part of its spending plans, "
        "the government said it would ask firms to help."
    )
    actors = coder.code(Article(text, published=dt.date(2005, 1, 1))).actors
    its = next(a for a in actors if any(m.text == "its" for m in a.mentions))
    assert "government" in its.name.lower(), actors


def test_an_object_pronoun_is_not_its_controllers_subject(coder):
    """ "Trump responded by calling X dopey and accusing him": "him" is X, not Trump (the
    subject of the verb that controls "accusing")."""
    import datetime as dt

    from sitrep.ingest.article import Article

    text = (
        "Prince Alwaleed criticised Trump on Twitter. Trump responded by calling Alwaleed "
        "dopey and accusing him of wanting to control politicians."
    )
    actors = coder.code(Article(text, published=dt.date(2016, 6, 1))).actors
    him = next(a for a in actors if any(m.text == "him" for m in a.mentions))
    assert "Alwaleed" in him.name, actors


def test_an_object_pronoun_is_not_the_object_that_controls_its_verb(coder):
    """ "The mayor accused Oliver Finegold of doorstepping him": the object of "accused" is
    the one doorstepping, so "him" is the mayor (binding: a pronoun is free in its clause);
    "Oliver Finegold, of the Evening Standard newspaper" works for a newspaper (JRN), and the
    newspaper, named, is its own record, no anaphor of a journalist."""
    import datetime as dt

    from sitrep.ingest.article import Article

    text = (
        "The mayor accused Oliver Finegold, of the Evening Standard newspaper, of "
        "doorstepping him."
    )
    actors = coder.code(Article(text, published=dt.date(2005, 1, 1))).actors
    him = next(a for a in actors if any(m.text == "him" for m in a.mentions))
    finegold = next(a for a in actors if a.name == "Oliver Finegold")
    assert him.name.lower() == "mayor", actors
    assert finegold.sector == "JRN" and len(finegold.mentions) == 1, actors


def test_a_subject_that_controls_no_object_still_binds(coder):
    """ "Tony Blair used his speech to criticise him": "used" controls no object's act, so its
    subject is the infinitive's and "him" is not Blair (a review found the object-control rule
    firing on any verb with an object)."""
    import datetime as dt

    from sitrep.ingest.article import Article

    text = "Gordon Brown spoke on Monday. Tony Blair used his speech to criticise him."
    actors = coder.code(Article(text, published=dt.date(2005, 1, 1))).actors
    him = next(a for a in actors if any(m.text == "him" for m in a.mentions))
    assert him.name == "Gordon Brown", actors


def test_the_mayor_is_not_the_deputy_mayor(coder):
    """ "the mayor" is the holder of that office, not the nearer "Deputy Mayor X"; "Ms X"
    after "Deputy Mayor Alma X" is the same record."""
    import datetime as dt

    from sitrep.ingest.article import Article

    text = (
        "Mayor Karl Brandt faced calls to apologise. Deputy Mayor Alma Wendt said on Sunday "
        "that the mayor would say sorry. Ms Wendt said she hoped he would do it soon."
    )
    actors = coder.code(Article(text, published=dt.date(2005, 1, 1))).actors
    wendt = [a for a in actors if "Wendt" in a.name]
    assert len(wendt) == 1 and "Ms Wendt" in {m.text for m in wendt[0].mentions}, actors
    assert "the mayor" not in {m.text for m in wendt[0].mentions}, wendt


def test_he_after_an_unnamed_subject_is_not_the_person_named_before(coder):
    """ "A party spokesman said ..., but he was unaware ...": "he" is the spokesman, whom no
    record names, not the person the sentence before named; left unresolved rather than merged
    into that person's record. With no unnamed subject in between, "he" is that person."""
    import datetime as dt

    from sitrep.ingest.article import Article

    text = (
        "Papers report that Alan Milburn has played a key role in the plan. A Labour Party "
        "spokesman said the date was a matter for Mr Blair, but he was unaware of any plan."
    )
    actors = coder.code(Article(text, published=dt.date(2005, 1, 1))).actors
    assert not any(m.text == "he" for a in actors for m in a.mentions), actors
    text = "Alan Milburn has played a key role in the plan. He said the date was a matter for Mr Blair."
    actors = coder.code(Article(text, published=dt.date(2005, 1, 1))).actors
    he = next(a for a in actors if any(m.text == "He" for m in a.mentions))
    assert he.name == "Alan Milburn", actors


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        # a person named by a common noun is no "it": Labour, the subject of the clause
        (
            "Labour is to be investigated by a watchdog. The information commissioner is to "
            "look into a complaint about how Labour uses its call centres.",
            "its",
            "Labour Party",
        ),
        # the speaker of a quotation is not someone the quotation names
        (
            'Her comments did not impress shadow education secretary Tim Collins. "Ruth '
            'Kelly wants to ditch the Tomlinson report," he said.',
            "he",
            "Tim Collins",
        ),
        # (also when the quotation began a sentence before)
        (
            'Michael Howard attacked the plan. "Tony Blair has let the country down. He has '
            'broken his promise," he said.',
            "he",
            "Michael Howard",
        ),
        # he/him inside a quotation are not its speaker (who would say I/me)
        (
            'Former governor Tomas Brell died on Monday. Senator Mark Alvar said: "We will all '
            'miss him."',
            "him",
            "Tomas Brell",
        ),
        # (nor the speaker of the quotation it goes on from)
        (
            'Former governor Tomas Brell died on Monday. "It is a sad day," Senator Mark Alvar '
            'said. "Everyone in the state admired him."',
            "him",
            "Tomas Brell",
        ),
        # the reporter's "he" goes on with the story's subject, not with a person only a
        # quotation names (the pronoun dev set: six of one article's "he" went to him)
        (
            'Dick Morris dismissed his rival with another soundbite. "Robert Kilroy Silk is '
            'not a team player." So what is the big plan for the election? How will he '
            "achieve the breakthrough?",
            "he",
            "Dick Morris",
        ),
        # a passive's agent is its verb's logical subject
        (
            "Shadow foreign secretary Michael Ancram told MPs the paper was a trick. His claims "
            "were denied by Foreign Secretary Jack Straw. Cooperation would help, he argued.",
            "he",
            "Jack Straw",
        ),
        # a reflexive in an infinitive is bound by the object that controls it
        (
            "Gordon Brown spoke in Rome on Monday. He called on Japan to commit itself to the "
            "plan.",
            "itself",
            "Japan",
        ),
        # the owner of a thing inside another phrase is the least salient antecedent
        (
            "The Archbishop wrote to all three parties urging them not to fight the election by "
            "exploiting people's fears. In an open letter, he called on them to stop.",
            "them",
            "all three parties",
        ),
        # a body as the unnamed subject ("the group said") leaves "he" to the person named
        (
            "Amnesty International has campaigned for Ayman Nour. The group said Mr Nour was "
            "detained in Cairo, but he was released on bail.",
            "he",
            "Nour",
        ),
        # a possessive in an infinitive is its understood subject's: the object that controls
        # it, not the speaker
        (
            "Senator Mark Alvar urged Mayor Tomas Brell to explain his decision.",
            "his",
            "Tomas Brell",
        ),
        # a his/her is its own clause's subject, named before it, over the sentence's subject
        (
            "Prime Minister Jean Varo of France met President Carlos Ruiz of Chile on Monday. "
            "Varo said Ruiz had risked his standing at home.",
            "his",
            "Carlos Ruiz",
        ),
        # (also when a verb of causing makes an object the subject of an infinitive)
        (
            "President Carlos Ruiz of Chile met his aide, Pedro Alba, on Monday. Alba said "
            "nothing would cause the president to back away from his plan.",
            "his",
            "Carlos Ruiz",
        ),
        # a plural subject of "most of" is those it counts
        (
            "Dockers at the port of Valdo went on strike in Chile on Monday. Most of the 300 "
            "dockers offered their resignations.",
            "their",
            "300 dockers",
        ),
        # the one quoted speaks on, over the story's earlier speaker
        (
            "Robert Hale said grain output fell. Hale said costs rose. The Harbin Daily quoted "
            "Zhao Mingde, a delegate to the congress, attacking grain policy. He said "
            "investment had been cut.",
            "He",
            "Zhao Mingde",
        ),
        # a family name written first tells no sex ("Yang" is a woman's first name in the US
        # census lists)
        (
            "The Harbin Daily quoted Yang Kaiwen, the vice-governor, as saying farmers lack "
            "money. He said storage was poor.",
            "He",
            "Yang Kaiwen",
        ),
    ],
)
def test_a_pronoun_skips_what_cannot_be_its_antecedent(coder, text, pronoun, expected):
    actors = _actors_on(coder, text, (2005, 1, 1))
    holder = next((a for a in actors if any(m.text == pronoun for m in a.mentions)), None)
    assert holder is not None and holder.name == expected, actors


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        # an "it" that is an object is a thing or a deed
        ("The Treasury said the plan was sound and the cabinet would back it.", "it"),
        # expletive "it" before an adjective with a clause
        ("Ms Hollis said the ministry found it hard to persuade officials.", "it"),
        ("The minister told the BBC it would be naive not to use the evidence.", "it"),
        # an object "them" goes with the things of its own sentence first
        (
            "The central bank said the government could keep the exchange controls while "
            "finding ways to ease them.",
            "them",
        ),
        # the subject of a change of quantity measured by a number is a figure
        ("The Soviet Union said output grew slowly. It rose 3.6 pct in January.", "It"),
        # ("it" of a fall or rise is a figure with no number too)
        ("Chile ran a trade surplus with Peru and economists do not see it falling soon.", "it"),
        # extraposition: a stretch of time, a phrase of interest, a comparative
        ("Chile said Peru had signed the pact, but it would take time to check it.", "it"),
        ("Chile said it is not in the interests of either country to fight.", "it"),
        ("Chile said the lower peso made it cheaper to buy Chilean copper.", "it"),
        # a subject a cause explains is a situation; a thing's verb has a thing's subject
        ("Chile said its surplus grew. The ministry said it was due to a weaker peso.", "it"),
        ("Chile will not renew the copper agreement with Peru when it expires in May.", "it"),
        # a thing of the pronoun's own sentence before an actor of the one before
        (
            "The Chilean Senate met on Monday. Senator Pedro Alba opposed the bill, saying it "
            "would hurt copper exports.",
            "it",
        ),
        # a plural possessive bound to a plural subject that is no name
        (
            "Chile said the European Community levy was unfair. It said those opposed to the "
            "levy were under pressure to change their position.",
            "their",
        ),
    ],
)
def test_a_pronoun_for_a_thing_joins_no_actor(coder, text, pronoun):
    """The pronoun dev set's "attached to no agent" errors: "you guessed it", "rob it", "found
    it hard to", "ways to ease them" (the controls) are no party's mentions."""
    actors = _actors_on(coder, text, (2005, 1, 1))
    assert not any(m.text == pronoun for a in actors for m in a.mentions), actors


def test_a_lede_title_the_article_gives_someone_else_is_theirs(coder):
    """ "Mr Oyelaran said he was beaten. The home secretary said he would not open an
    inquiry" where the story names "Home Secretary Dara Quell": the title is Quell's office,
    not a detainee's (a BBC story made a Guantanamo detainee GOV this way)."""
    text = (
        "Tomas Oyelaran said he was beaten at the camp. The home secretary said he would not "
        "open an inquiry. Later, Home Secretary Dara Quell told MPs the claims were false."
    )
    actors = _actors_on(coder, text, (2005, 1, 1))
    detainee = next(a for a in actors if a.name == "Tomas Oyelaran")
    assert detainee.sector != "GOV", detainee
    assert not any(m.text == "The home secretary" for m in detainee.mentions), detainee


def test_us_in_capitals_in_a_quotation_is_the_country_not_its_speaker(coder):
    """ "We want the US to act," said X: "We" is the speaker's, "US" the United States."""
    text = 'Tomas Oyelaran said: "We want the US government to release the men."'
    actors = _actors_on(coder, text, (2005, 1, 1))
    speaker = next(a for a in actors if a.name == "Tomas Oyelaran")
    assert "US" not in {m.text for m in speaker.mentions}, speaker


def test_an_owner_pronoun_inside_a_phrase_is_not_that_phrase(coder):
    """ "aware of the pressures on them": the pressures are not what "them" stands for."""
    text = (
        "The minister met local councils last week. She said she was aware of the pressures "
        "on them to keep down bills."
    )
    actors = _actors_on(coder, text, (2005, 1, 1))
    holder = next((a for a in actors if any(m.text == "them" for m in a.mentions)), None)
    assert holder is not None and "councils" in holder.name, actors


def test_it_is_the_thing_that_holds_the_actor_not_the_actor(coder):
    """ "favoured a return to the IMF, arguing that it would make talks easier": the return,
    not the IMF (the pronoun dev set)."""
    actors = _actors_on(
        coder,
        "Business leaders said they favoured a return to the International Monetary Fund, "
        "arguing that it would make debt negotiations easier.",
        (1987, 3, 3),
    )
    assert not any(m.text == "it" for a in actors for m in a.mentions), actors


def _actors_on(coder, text: str, day: tuple[int, int, int]):
    """The actor records of ``text`` coded as published on ``day``."""
    import datetime as dt

    from sitrep.ingest.article import Article

    return coder.code(Article(text, published=dt.date(*day))).actors


@pytest.mark.parametrize(
    ("text", "day", "person", "mention", "count"),
    [
        # "Mr Brennick" after "Halvard Brennick" (named twice) and a passing "Oslo's mayor,
        # Ivar Brennick": the story's Brennick, not the nearer one
        ("The campaign chief denied warning Halvard Brennick the party would lose. "
         "Mr Brennick said the report was false. The strategist once advised Oslo's mayor, "
         "Ivar Brennick. Mr Brennick appointed him as his elections chief last year.",
         (2005, 1, 1), "Halvard", "Mr Brennick", 2),
        # "Former President Bill Clinton ... attacked Obama. Clinton said": the nearer Clinton,
        # whom the story made a subject, not the one named more often before
        ("Hillary Clinton won the primary. Clinton thanked her supporters. Clinton said she "
         "would fight on. Former President Bill Clinton, campaigning in South Carolina, "
         "attacked Barack Obama. Clinton said Obama's record on the war was a fairy tale.",
         (2008, 1, 20), "Bill", "Clinton", 1),
    ],
)  # fmt: skip
def test_a_surname_two_people_share(coder, text, day, person, mention, count):
    actors = _actors_on(coder, text, day)
    found = next(a for a in actors if a.name.startswith(person))
    assert len([m for m in found.mentions if m.text == mention]) == count, [
        (a.name, [m.text for m in a.mentions]) for a in actors
    ]


def test_the_prime_minister_is_not_the_deputy_prime_minister(coder):
    """A lesser office two words before the title ("Deputy Prime Minister") is not the office
    the description names ("the prime minister"), with the title's own modifier between."""
    text = (
        "Prime Minister Karl Brandt met union leaders. Deputy Prime Minister Alma Wendt said "
        "the talks went well. She added that the prime minister would decide."
    )
    actors = _actors_on(coder, text, (2005, 1, 1))
    holder = [a for a in actors if "the prime minister" in {m.text for m in a.mentions}]
    assert [a.name for a in holder] == ["Karl Brandt"], [(a.name, a.mentions) for a in actors]


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        # the person the story is about, whom the KB does not know: the description is theirs
        # and gives them their sector
        (
            "Henrik Falstow, 52, said he would give no more money. Mr Falstow said "
            "the cabinet was divided. The businessman, whose latest venture is a hotel, "
            "also criticised the war.",
            True,
        ),
        # named once: as often someone else
        (
            "Henrik Falstow said the cabinet was divided. The businessman also criticised the war.",
            False,
        ),
        # told apart by whose it is: someone new
        (
            "Henrik Falstow said the cabinet was divided. Mr Falstow left. The family's "
            "lawyer said they would appeal.",
            False,
        ),
    ],
)
def test_a_description_by_occupation_stands_for_the_story_s_unknown_person(coder, text, linked):
    """ "The businessman" after two mentions of an unknown Mr Falstow is Mr Falstow, BUS."""
    import datetime as dt

    from sitrep.ingest.article import Article

    actors = coder.code(Article(text, published=dt.date(2005, 1, 1))).actors
    falstow = next(a for a in actors if "Falstow" in a.name)
    described = any(
        m.text.lower().startswith(("the businessman", "the family")) for m in falstow.mentions
    )
    assert described is linked, [(a.name, a.sector, [m.text for m in a.mentions]) for a in actors]
    if linked:
        assert falstow.sector == "BUS"


def test_a_headline_surname_is_the_person_the_body_names_in_full(coder):
    """ "Brennick quits over plan" above "Halvard Brennick, 52, resigned": one record."""
    import datetime as dt

    from sitrep.ingest.article import Article

    text = (
        "Brennick quits over harbour plan\n\n"
        "Halvard Brennick, 52, resigned on Monday after the council approved the plan."
    )
    actors = coder.code(Article(text, published=dt.date(2005, 1, 1))).actors
    named = [a for a in actors if "Brennick" in a.name]
    assert len(named) == 1, [(a.name, [m.text for m in a.mentions]) for a in actors]
    assert {m.text for m in named[0].mentions} >= {"Brennick", "Halvard Brennick"}


def _members(d, text: str, phrase: str) -> set[str]:
    start = text.index(phrase)
    return {
        a.name
        for a in d.actors
        for m in a.mentions
        if (m.start, m.end) == (start, start + len(phrase))
    }


@pytest.mark.parametrize(
    ("text", "phrase", "names", "trigger"),
    [
        # a coordinated pair named before
        (
            "Egypt and Uganda held talks in Cairo on Monday. The two countries signed an "
            "agreement on road building.",
            "The two countries",
            {"Egypt", "Uganda"},
            "signed",
        ),
        # the subject and object of one verb, in the same sentence
        (
            "Turkey accused Greece of breaching the treaty under which both sides agreed to keep "
            "the status quo.",
            "both sides",
            {"Turkey", "Greece"},
            "agreed",
        ),
        # people: "the two men" are the two people named, not the party that speaks of them
        (
            "Tony Blair and Gordon Brown met on Monday. The Conservatives said the two men were "
            "behaving like schoolboys.",
            "the two men",
            {"Tony Blair", "Gordon Brown"},
            None,
        ),
    ],
)
def test_the_two_countries_stand_for_the_pair_named_before(coder, text, phrase, names, trigger):
    d = coder.code_text(text, published="2005-03-01")
    got = _members(d, text, phrase)
    assert {n for n in names if any(n in g or g in n for g in got)} == names, got
    if trigger is not None:
        event = next(e for e in d.events if e.trigger.text == trigger)
        assert {d_a.name for d_a in d.actors if d_a.id in event.actor} == got


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # three countries fit and none is paired: no guess
        (
            "France, Germany and Italy sent envoys. Spain protested. The two countries later "
            "signed a pact.",
            "The two countries",
        ),
        # "the two men" after two states: no people to stand for
        ("Egypt and Uganda held talks. The two men signed a pact.", "The two men"),
    ],
)
def test_a_pair_with_no_fitting_antecedent_stays_unread(coder, text, phrase):
    d = coder.code_text(text, published="2005-03-01")
    assert _members(d, text, phrase) == set()


def test_they_after_coordinated_subjects_stands_for_all_of_them(coder):
    text = "Britain and France sent envoys to Kyiv. They urged Russia to withdraw its troops."
    d = coder.code_text(text, published="2022-02-21")
    assert _members(d, text, "They") == {"United Kingdom", "France"}
    urged = next(e for e in d.events if e.trigger.text == "urged")
    assert {a.name for a in d.actors if a.id in urged.actor} == {"United Kingdom", "France"}
    assert {a.country for a in d.actors if a.id in urged.recipient} == {"RUS"}


def _actor_of(d, text: str, phrase: str, nth: int = 0):
    start, end = _find(text, phrase, nth)
    return _table_actor(d, start, end)


def test_a_peer_and_the_full_name_are_one_person(coder):
    """'Lord Callaghan', then 'Jim Callaghan' (a name the KB does not hold): one record, with
    the peer's reading."""
    text = (
        "Former prime minister Lord Callaghan has died. Lord Callaghan was 92. Colleagues "
        "said Jim Callaghan never forgot his roots."
    )
    d = coder.code_text(text, published="2005-03-26")
    assert _actor_of(d, text, "Jim Callaghan") == _actor_of(d, text, "Lord Callaghan", 1)


def test_a_family_role_tells_the_gender():
    from sitrep.actors.reference import words_gender

    assert words_gender(["his", "wife"]) == "f"
    assert words_gender(["her", "son"]) == "m"


def test_a_quotation_that_runs_on_into_the_next_paragraph(nlp):
    """No closing mark at the end of a paragraph whose quotation goes on in the next one (the
    news convention), and a nested quotation inside: each paragraph's quotation is one."""
    from sitrep.actors.reference import _quotations

    text = (
        'Kennedy said: "When I was first elected, he was the "Father of the House" and took '
        'an interest in my days.\n\n"He was always full of warmth." Born in 1912, he rose.'
    )
    doc = nlp(text)
    assert [doc[a:b].text for a, b in _quotations(doc)] == [
        'When I was first elected, he was the "Father of the House" and took an interest in '
        "my days.",
        "He was always full of warmth.",
    ]
    # a closing mark lost where paragraphs were run together: two quotations, not one nested
    doc = nlp('She said: "We have made progress. "But parents are worried." It is thought so.')
    assert [doc[a:b].text for a, b in _quotations(doc)] == [
        "We have made progress.",
        "But parents are worried.",
    ]


def test_i_in_a_quotation_that_goes_on_is_its_speaker(coder):
    text = (
        'Ruth Kelly told the BBC: "It is important to support teachers. "I would like to '
        'see teachers able to remove disruptive children."'
    )
    d = coder.code_text(text, published="2005-03-26")
    assert _actor_of(d, text, "I", 1) == _actor_of(d, text, "Ruth Kelly") is not None  # (not "It")


def test_he_in_a_quotation_is_the_story_s_topic_not_the_last_person_named(coder):
    """Tributes: 'he' in a quotation that names no one is the person the story is about,
    not the politician the reporter named last."""
    text = (
        "Former prime minister Lord Callaghan has died aged 92. Lord Callaghan was the longest "
        "living former prime minister. He entered Downing Street in 1976. He led Labour until "
        "1980. Chancellor Gordon Brown said the former prime minister would be mourned. "
        'Lord Hattersley said: "It was not a surprise." "He was a decent, kindly man."'
    )
    d = coder.code_text(text, published="2005-03-26")
    assert _actor_of(d, text, "He", 2) == _actor_of(d, text, "Lord Callaghan", 1) is not None


def test_dr_and_the_surname_are_the_person_named_in_full(coder):
    """ "Dr Brian Gibbons ... Dr Gibbons": one record (Dr and Prof tell no gender)."""
    text = (
        "The new health minister, Dr Brian Gibbons, admitted big challenges. Later, Dr Gibbons "
        "praised the work of his predecessor."
    )
    d = coder.code_text(text, published="2005-01-01")
    assert _actor_of(d, text, "Dr Gibbons") == _actor_of(d, text, "Dr Brian Gibbons") is not None


def test_they_who_speak_on_are_the_speakers_not_the_subjects_of_their_report(coder):
    """'Diplomats said Britain, West Germany and the Netherlands maintained their opposition.
    They added ...': "They" are the diplomats, "their" the three states."""
    text = (
        "Diplomats said Britain, West Germany and the Netherlands maintained their opposition "
        "to the tax. They added Denmark did not formally state its final position."
    )
    d = coder.code_text(text, published="1987-06-18")
    assert _members(d, text, "They") == {"Diplomats"}
    assert _members(d, text, "their") == {"United Kingdom", "Germany", "Netherlands"}
    # (and "They" keeps its antecedent's country, none: not Denmark's from its sentence)
    assert {a.country for a in d.actors if a.name == "Diplomats"} == {None}


def test_a_persons_we_is_the_side_they_speak_for_not_the_person(coder):
    # a company chairman's "we" and "our" stand for those he speaks for (his company, which
    # the quotation does not name): one group record coded as he is, never his own record
    text = (
        "HOUSTON, March 3 - Corvale Drilling Inc said it would cut 200 jobs. Chairman Dale "
        'Ashford said: "Our costs rose and we must act." Ashford said sales fell.'
    )
    d = coder.code_text(text, published="1987-03-03")
    person = next(a for a in d.actors if any(m.text == "Dale Ashford" for m in a.mentions))
    assert person.kind == "person"
    assert not any(m.text in ("Our", "we") for m in person.mentions)
    sides = [a for a in d.actors if {m.text for m in a.mentions} == {"Our", "we"}]
    assert len(sides) == 1, [(a.name, [m.text for m in a.mentions]) for a in d.actors]
    side = sides[0]
    assert side.kind == "group" and "Dale Ashford" in side.name
    assert side.country == "USA"
    assert (side.country, side.sector) == (person.country, person.sector)


def test_a_subject_pronoun_under_an_infinitive_is_its_controllers(coder):
    """ "were pressing the government to explain how it proposes to pay": "it" is the
    government, the object that controls "explain", not the newspaper that is the sentence's
    subject; "whether it would open its markets": "its" goes with that "it"."""
    import datetime as dt

    from sitrep.ingest.article import Article

    text = (
        "The Times of Zambia said the IMF was pressing the government to explain how it "
        "proposes to pay for the subsidies. The United States urged Japan to say whether it "
        "would open its markets."
    )
    actors = coder.code(Article(text, published=dt.date(1987, 3, 3))).actors
    first_it = min((m.start, a.name) for a in actors for m in a.mentions if m.text == "it")
    assert first_it[1] == "government", actors
    japan = next(a for a in actors if a.name == "Japan")
    assert {"it", "its"} <= {m.text for m in japan.mentions}, actors


def test_a_bare_surname_after_a_wife_named_after_her_husband(coder):
    """ "President Reagan ... The president and Mrs Reagan celebrate ... Reagan replied":
    the bare surname is the President the KB knows (named more, and coded), not Mrs Reagan,
    who keeps only her own mentions."""
    import datetime as dt

    from sitrep.ingest.article import Article

    text = (
        "WASHINGTON, March 4 - President Reagan denounced press reports about his wife. "
        "The president and Mrs Reagan celebrate their anniversary today. When a reporter "
        "asked about Mrs Reagan's role, Reagan replied that it was fiction. Reagan said so."
    )
    actors = coder.code(Article(text, published=dt.date(1987, 3, 4))).actors
    wife = next(a for a in actors if any(m.text == "Mrs Reagan" for m in a.mentions))
    assert "Reagan" not in {m.text for m in wife.mentions}, wife
    president = next(a for a in actors if any(m.text == "President Reagan" for m in a.mentions))
    assert [m.text for m in president.mentions].count("Reagan") == 2, president


def test_a_name_the_parse_makes_the_root_is_the_subject(nlp):
    doc = nlp(
        "WASHINGTON, March 24 - William Bywater, president of the International Union of "
        "Electronic Workers, called on President Reagan to retaliate against Japan for unfair "
        "practices in semiconductor trade. He said in a statement a crash program was needed."
    )
    table = doc._.sitrep_actors
    he = next(m for a in table.actors.values() for m in a.mentions if m.text == "He")
    assert table.actors[table.actor_at(he.start, he.end)].name == "William Bywater"


def test_an_unnamed_banker_is_the_he_and_the_banker_after_him(nlp):
    """ "said one banker ... he added": the unnamed banker; "Another senior banker agreed ...
    The banker added": that one, not the banker named further back."""
    doc = nlp(
        "TORONTO, April 9 - Bank of Montreal chairman William Mulholland said the plan would "
        'help Brazil.\n    "I don\'t think it\'s going to fly," said one banker.\n    "And is '
        'there a market for such investment," he added.\n    Mulholland admitted, "it is '
        'something of an experiment."\n    Another senior banker agreed that swaps should be '
        'explored.\n    The banker added, "conversion should happen."'
    )
    table = doc._.sitrep_actors

    def owner(text: str) -> str:
        m = next(m for a in table.actors.values() for m in a.mentions if m.text == text)
        return table.actors[table.actor_at(m.start, m.end)].name

    assert owner("he") == "one banker"
    assert owner("The banker") == "Another senior banker"


def test_what_is_approved_or_signed_is_the_document_named_before(nlp):
    doc = nlp(
        "WASHINGTON, March 5 - The full Ways and Means Committee is to consider the bill next "
        "week and congressional sources said they expect it will be approved. Under the Paris "
        "accords, the United States, Britain and Japan agreed to stabilize exchange rates. But, "
        "only five weeks after they were signed, the dollar fell. Japan said it was rejected."
    )
    table = doc._.sitrep_actors
    committee = next(a for a in table.actors.values() if "Ways and Means" in a.name and a.mentions)
    assert [m.text for m in committee.mentions] == ["Ways and Means Committee"]
    japan = next(a for a in table.actors.values() if a.name == "Japan" and a.mentions)
    assert "it" in [m.text for m in japan.mentions]  # (what a party says of itself)
    assert all("they" not in [m.text for m in a.mentions] for a in table.actors.values())


def test_a_pair_is_of_actors_not_of_names_on_things(coder):
    """ "the Iran-Iraq war" names no pair for "the two countries" (judge50)."""
    import datetime as dt

    from sitrep.ingest.article import Article

    actors = coder.code(
        Article(
            "ABU DHABI, June 29 - Yugoslavia and the United Arab Emirates have agreed to "
            "initiate efforts to end the Iraq-Iran war, a UAE minister said.\n"
            '    "We agreed during the talks to end the Iraq-Iran war," he said.\n'
            "    He was the first senior UAE official to visit Yugoslavia since the two "
            "countries established diplomatic relations last November.",
            published=dt.date(1987, 4, 10),
        )
    ).actors
    pair = [a for a in actors if any(m.text == "the two countries" for m in a.mentions)]
    assert {a.country for a in pair} == {"SRB", "ARE"}, pair


def test_an_indefinite_description_brings_in_someone_new(coder):
    """Two "one trader" quotes are two people; "a ministry spokesman" and then "the
    spokesman" are one."""
    text = (
        "TOKYO, March 10 - The dollar fell, one senior trader said. The yen may rise further, "
        "one trader said. Exports will suffer, one trader said. Toshiba Corp will cut chip "
        "output, a company official said. Oki Electric Industry Co will follow, a company "
        "official said. A ministry spokesman said the ministry would act. The spokesman added "
        "that rates would stay low."
    )
    actors = _actors_on(coder, text, (1987, 3, 10))
    traders = [a for a in actors if "trader" in a.name]
    assert len(traders) == 3 and all(len(a.mentions) == 1 for a in traders), traders
    officials = [a for a in actors if "official" in a.name]
    assert [len(a.mentions) for a in officials] == [1, 1], officials
    spokesman = [a for a in actors if "spokesman" in a.name]
    assert [len(a.mentions) for a in spokesman] == [2], spokesman


def test_he_after_an_unnamed_source_is_not_the_person_named_in_passing(coder):
    """ "Asked if the trip by Baker had been dropped, the Treasury spokesman replied ... He
    described the trip": the spokesman, whom no record names, not Baker: left unresolved."""
    text = (
        "WASHINGTON, April 27 - Treasury Secretary James Baker has cancelled a trip, a Treasury "
        "spokesman said. Asked if the trip by Baker had been dropped, the Treasury spokesman "
        'replied: "I would think so." He described the trip as ceremonial.'
    )
    actors = _actors_on(coder, text, (1987, 4, 27))
    baker = next(a for a in actors if a.name == "James Baker")
    assert "He" not in [m.text for m in baker.mentions], baker.mentions
