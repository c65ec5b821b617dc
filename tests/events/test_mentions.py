"""One event, several mentions: repeats across sentences merge; distinct events stay apart."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.events.mentions import with_mentions
from sitrep.records import Event, Location, SentenceSpan, TextSpan

TEXT = (
    "Arland accuses Belmark of shelling.\n\n"  # 0-35
    "Arland on Monday accused Belmark of shelling the port.\n\n"  # 37-91
    "Arland accused Belmark again of shelling on Friday.\n\n"  # 93-144
)


def _event(sentence: tuple[int, int], trigger: str, **fields: object) -> Event:
    start = TEXT.index(trigger, sentence[0])
    base: dict[str, object] = {
        "id": "",
        "event": "ACCUSE",
        "actor": ["x1"],
        "recipient": ["x2"],
        "trigger": TextSpan(start=start, end=start + len(trigger), text=trigger),
        "sentence": SentenceSpan(start=sentence[0], end=sentence[1]),
    }
    base.update(fields)
    return Event.model_validate(base)


HEAD, LEDE, LATER = (0, 35), (37, 91), (93, 144)


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        ({}, {}, True),
        ({}, {"date": dt.date(2022, 2, 21)}, True),  # the repeat fills in the date
        ({"date": dt.date(2022, 2, 20)}, {"date": dt.date(2022, 2, 21)}, False),
        ({}, {"modality": "negated"}, False),
        ({}, {"event": "ASSAULT"}, False),
        ({}, {"recipient": ["x3"]}, False),
        ({"dead": 2}, {"dead": 5}, False),
        (
            {"location": Location(text="port", country="BLM")},
            {"location": Location(text="capital", country="BLM")},
            False,
        ),
        ({"recipient": []}, {"recipient": []}, False),  # one party and another trigger word
    ],
)
def test_headline_and_lede_merge_unless_something_tells_them_apart(first, second, merged):
    events = [_event(HEAD, "accuses", **first), _event(LEDE, "accused", **second)]
    out = with_mentions(events, text=TEXT)
    assert len(out) == (1 if merged else 2)
    assert all(e.mentions[0].trigger == e.trigger for e in out)
    if merged:
        assert [m.sentence.start for m in out[0].mentions] == [HEAD[0], LEDE[0]]
        if second.get("date"):
            assert out[0].date == second["date"]


def test_a_further_event_stays_apart():
    events = [_event(LEDE, "accused"), _event(LATER, "accused")]
    assert len(with_mentions(events, text=TEXT)) == 2  # "again"


def test_one_party_merges_on_the_same_trigger_word():
    events = [
        _event(HEAD, "accuses", recipient=[]),
        _event(LEDE, "accused", recipient=[]),
        _event(LATER, "shelling", recipient=[], event="ASSAULT"),
    ]
    assert [len(e.mentions) for e in with_mentions(events, text=TEXT)] == [1, 1, 1]


def test_a_lede_tells_the_headlines_event_with_its_recipient():
    """ "IRAN SAYS U.S. RAID CAUSED DAMAGE" / "U.S. attacks on two Iranian oil platforms":
    the headline's event without a recipient and the lede's with one are one event."""
    events = [
        _event(HEAD, "accuses", recipient=[]),
        _event(LEDE, "accused"),
        _event(LATER, "accused"),
    ]
    out = with_mentions(events, text=TEXT)
    assert [m.sentence.start for m in out[0].mentions] == [HEAD[0], LEDE[0]]
    assert out[0].recipient == ["x2"]
    assert len(out) == 2  # (the later sentence says "again")


def test_parties_compare_by_what_they_stand_for():
    events = [_event(HEAD, "accuses"), _event(LEDE, "accused", actor=["x7"])]
    same_country = {"x1": "ARL", "x7": "ARL", "x2": "BLM"}
    assert len(with_mentions(events, text=TEXT)) == 2
    out = with_mentions(events, text=TEXT, party=same_country.__getitem__)
    assert len(out) == 1


def test_pipeline_gives_one_record_for_a_repeated_accusation(coder):
    text = (
        "Russia accuses Ukraine of shelling Donetsk\n\n"
        "Russia on Monday accused Ukraine of shelling Donetsk, the Kremlin said.\n\n"
        "Russia accused Ukraine again on Tuesday of shelling Luhansk."
    )
    d = coder.code_text(text, published="2022-02-21")
    accusations = [e for e in d.events if e.event == "ACCUSE"]
    assert [len(e.mentions) for e in accusations] == [2, 1]
    assert all(
        m.trigger.text == text[m.trigger.start : m.trigger.end]
        for e in d.events
        for m in e.mentions
    )


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a named person is themself: A accusing B and B accusing A, both of one country
        (
            "Senator Ada Brill criticised Governor Tom Vale on Monday. Vale responded by "
            "accusing Brill of lying.",
            "ACCUSE",
        ),
        # a party, a union or a business is a party of its own, apart from its state: the
        # police arresting strikers is not the strikers' act repeated
        (
            "Chilean police arrested 40 Chilean dockworkers on Monday.\n\n"
            "Chilean dockworkers arrested two Chilean police informers on Tuesday.",
            "COERCE",
        ),
    ],
)
def test_repeats_merge_by_country_only_for_states(coder, text, event):
    """Repeats merge by country for states ("Russia" and "Moscow"), not for named people nor
    for a country's parties, unions and businesses: these are two events each."""
    d = coder.code_text(text, published="2016-05-01")
    hits = [e for e in d.events if e.event == event]
    assert len(hits) == 2, [(e.trigger.text, e.actor, e.recipient) for e in d.events]


def test_a_definite_event_noun_is_a_further_mention_of_the_event_before(coder):
    """ "the raid", "the attack" with nothing else said of them are further mentions of the
    raid reported before (one record, several mentions); "another attack" is not one, and an
    event noun with no event of its type before it adds nothing."""
    text = (
        "Arlandian warplanes attacked a Belmarkian tanker in the gulf on Monday, officials "
        "said.\n\nA spokesman said the raid took place at dawn and all aircraft returned "
        "safely.\n\nBelmark condemned the attack. Diplomats said another attack was likely.\n\n"
        "The talks were postponed."
    )
    dispatch = coder.code_text(text, published="2019-06-03")
    assaults = [e for e in dispatch.events if e.event == "ASSAULT"]
    assert len(assaults) == 1, dispatch.events
    mentioned = [m.trigger.text for m in assaults[0].mentions]
    assert mentioned == ["attacked", "raid", "attack"], mentioned
    assert not [e for e in dispatch.events if e.event == "CONSULT"], dispatch.events


def test_a_merged_record_keeps_the_named_party_of_a_later_mention():
    """A headline's description ("Kenyan leader", x1) and the lede's name (President Moi, x9)
    are one party by country and sector; the merged record names him."""
    events = [_event(HEAD, "accuses"), _event(LEDE, "accused", actor=["x9"])]
    out = with_mentions(
        events,
        text=TEXT,
        party=lambda a: "KEN/GOV" if a in ("x1", "x9") else a,
        named=lambda a: a == "x9",
    )
    assert len(out) == 1 and out[0].actor == ["x9"], out
