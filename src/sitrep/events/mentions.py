"""One event, several mentions: an event an article reports more than once (headline, lede,
body) becomes one record whose ``mentions`` list every place it is reported.

Two events of different sentences are the same event when they agree on everything the text
says about them: PLOVER type, actors, recipients and modality, with both an actor and a
recipient resolved (or, with one of them, the same trigger word), and no field that tells them apart (a different date, place, count or size; the later
sentence calling it another, a new or a second one). Agreement is judged on the coded record, so
"Russia accuses Ukraine of shelling" in a headline and "Russia on Monday accused Ukraine of
shelling …" in the lede merge, while two shellings on different days stay two.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sitrep.records import Event, EventMention

#: Fields that, when both events set them to different values, make them different events.
_DISTINGUISHING = ("date", "dead", "injured", "arrested", "size")
#: Words in the later sentence that announce a further event rather than a repeat.
_FURTHER = re.compile(r"\b(?:again|another|new|second|third|fresh|renewed|latest|further)\b", re.I)
#: Fields a repeat may fill in when the first mention left them empty.
_FILLABLE = ("attribution", "date", "date_text", "location", "size", "dead", "injured", "arrested")


def _key(event: Event, party: Callable[[str], str]) -> tuple[object, ...]:
    return (
        event.event,
        tuple(sorted({party(a) for a in event.actor})),
        tuple(sorted({party(r) for r in event.recipient})),
        event.modality,
    )


def _both_parties(event: Event) -> bool:
    return bool(event.actor and event.recipient)


def _same_word(first: Event, later: Event) -> bool:
    return first.trigger.text.lower() == later.trigger.text.lower()


def _compatible(first: Event, later: Event, text: str) -> bool:
    for field in _DISTINGUISHING:
        a, b = getattr(first, field), getattr(later, field)
        if a is not None and b is not None and a != b:
            return False
    places = (first.location, later.location)
    if all(places) and len({(p.country, p.text.lower()) for p in places if p}) > 1:
        return False
    sentence = text[later.sentence.start : later.sentence.end]
    return not _FURTHER.search(sentence)


def _headline_and_lede(text: str, events: list[Event]) -> tuple[int, int | None]:
    """Where a wire story's headline ends (its first line, when short) and where its lede
    sentence (the first sentence of an event after it) starts; (0, None) without a headline."""
    end = text.find("\n")
    if end <= 0 or end > _HEADLINE_CHARS or not text[:end].strip():
        return 0, None
    after = [e.sentence.start for e in events if e.sentence.start > end]
    # (the lede: the first sentence after the headline, whether or not an event is in it)
    first_break = text.find("\n\n", end)
    body = first_break if first_break >= 0 else end
    lede = min((s for s in after if s >= body), default=None)
    if lede is not None and text[body:lede].count(".") > 1:
        lede = None  # (an event only further into the story)
    return end, lede


#: A headline is a first line of at most this many characters.
_HEADLINE_CHARS = 200


def with_mentions(
    events: list[Event],
    *,
    text: str,
    party: Callable[[str], str] = str,
    named: Callable[[str], bool] = lambda _: False,
) -> list[Event]:
    """Merge repeats of one event across sentences, in text order; set every ``mentions``.

    Args:
        events: the article's events in text order, one per sentence and type at most.
        text: the article text the offsets index into.
        party: what an actor id stands for when comparing two events' arguments (the
            component passes the actor's country where it has one, so "Russia" in a headline
            and "Moscow" in the lede are the same party); the id itself by default.
        named: whether an actor id is someone named (not a description such as "Kenyan
            leader"): a merged record keeps the named parties of a later mention.

    Returns:
        The events that remain, each with ``mentions`` (its own trigger first).
    """
    out: list[Event] = []
    by_key: dict[tuple[object, ...], list[Event]] = {}
    headline, lede = _headline_and_lede(text, events)
    for event in events:
        # copies: a mention is its own record (an offset shift must not move the trigger twice)
        event.mentions = [
            EventMention(trigger=event.trigger.model_copy(), sentence=event.sentence.model_copy())
        ]
        if not (event.actor or event.recipient):
            out.append(event)
            continue
        key = _key(event, party)
        first = next(
            (
                e
                for e in by_key.get(key, ())
                if e.sentence.start != event.sentence.start
                and (_both_parties(event) or _same_word(e, event))
                and _compatible(e, event, text)
            ),
            None,
        )
        if first is None and lede is not None and event.sentence.start == lede:
            # "IRAN SAYS U.S. RAID CAUSED DAMAGE" / "U.S. attacks on two Iranian oil
            # platforms ...": the lede tells the headline's event again, with a recipient the
            # headline left out (same type, actors and modality)
            first = next(
                (
                    e
                    for e in out
                    if e.sentence.end <= headline
                    and e.event == event.event
                    and e.modality == event.modality
                    and e.actor
                    and _key(e, party)[1] == key[1]
                    and event.recipient
                    and (not e.recipient or _key(e, party)[2] == key[2])
                    and _compatible(e, event, text)
                ),
                None,
            )
            if first is not None and not first.recipient:
                first.recipient = list(event.recipient)
        if first is None:
            by_key.setdefault(key, []).append(event)
            out.append(event)
            continue
        first.mentions.append(event.mentions[0])
        for role in ("actor", "recipient"):
            # a headline's "Kenyan leader" and the lede's President Moi: the name is kept
            mine, theirs = getattr(first, role), getattr(event, role)
            if any(named(a) for a in theirs) and not any(named(a) for a in mine):
                setattr(first, role, list(theirs))
        for field in _FILLABLE:
            if getattr(first, field) is None and getattr(event, field) is not None:
                setattr(first, field, getattr(event, field))
        first.confidence = max(first.confidence, event.confidence)
    return out


def with_anaphors(
    events: list[Event], anaphors: list[tuple[EventMention, str, str]], *, text: str
) -> list[Event]:
    """Add each event anaphor ("the raid", "Monday's attack": a mention, its PLOVER type and
    its modality, from :func:`sitrep.events.candidates.event_anaphors`) as a further mention of
    the latest event of that type and modality reported in an earlier sentence; an anaphor
    that is already an event's trigger or mention, that announces a further event ("another
    attack"), or that has no such event before it adds nothing. ``events`` must carry their
    ``mentions`` (:func:`with_mentions`); returns them."""
    taken = {(m.trigger.start, m.trigger.end) for e in events for m in e.mentions}
    for mention, event_type, modality in sorted(anaphors, key=lambda a: a[0].trigger.start):
        span = (mention.trigger.start, mention.trigger.end)
        if span in taken:
            continue
        if _FURTHER.search(text[mention.sentence.start : mention.sentence.end]):
            continue
        before = [
            (
                max(
                    m.sentence.start for m in e.mentions if m.sentence.end <= mention.sentence.start
                ),
                e,
            )
            for e in events
            if e.event == event_type
            and e.modality == modality
            and any(m.sentence.end <= mention.sentence.start for m in e.mentions)
        ]
        if not before:
            continue
        _, antecedent = max(before, key=lambda b: b[0])
        antecedent.mentions.append(mention)
        taken.add(span)
    return events
