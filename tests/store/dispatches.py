"""Hand-built Dispatch records (SPEC.md) for store and report tests that need exact contents.

These are records, not stand-ins for the stages: the store and the report consume records, and
building them by hand pins what each test expects.
"""

from __future__ import annotations

import datetime as dt

from sitrep.ingest import Article
from sitrep.records import (
    Actor,
    ArticleMeta,
    Attribution,
    Dispatch,
    Event,
    Mention,
    SentenceSpan,
    SourceSpan,
    TextSpan,
)


def span(text: str, part: str, *, after: int = 0) -> TextSpan:
    start = text.index(part, after)
    return TextSpan(start=start, end=start + len(part), text=part)


def actor(text: str, aid: str, name: str, country: str | None, sector: str | None) -> Actor:
    start = text.index(name)
    return Actor(
        id=aid,
        name=name,
        country=country,
        sector=sector,
        kind="state",
        mentions=[Mention(start=start, end=start + len(name), text=name)],
    )


def event(
    text: str,
    eid: str,
    kind: str,
    trigger: str,
    *,
    quad: int,
    actor_ids: list[str],
    recipient_ids: list[str],
    modality: str = "asserted",
    attribution: str | None = None,
) -> Event:
    trig = span(text, trigger)
    s0 = text.rfind(". ", 0, trig.start)
    s0 = 0 if s0 < 0 else s0 + 2
    s1 = text.find(".", trig.end)
    return Event(
        id=eid,
        event=kind,
        trigger=trig,
        sentence=SentenceSpan(start=s0, end=s1 + 1 if s1 >= 0 else len(text)),
        actor=actor_ids,
        recipient=recipient_ids,
        modality=modality,  # type: ignore[arg-type]
        quad_class=quad,
        attribution=attribution,
        confidence=0.9,
    )


def attribution(
    text: str,
    aid: str,
    cue: str,
    source: str,
    content: str,
    *,
    stance: str = "assert",
    disputes: str | None = None,
    source_actor: str | None = None,
) -> Attribution:
    src = span(text, source)
    return Attribution(
        id=aid,
        cue=span(text, cue),
        source=SourceSpan(start=src.start, end=src.end, text=src.text, actor=source_actor),
        content=[span(text, content)],
        stance=stance,  # type: ignore[arg-type]
        disputes=disputes,
    )


def article(text: str, *, published: str, outlet: str, path: str | None = None) -> Article:
    return Article(text, published=dt.date.fromisoformat(published), outlet=outlet, path=path)


def dispatch(art: Article, **layers) -> Dispatch:
    meta = ArticleMeta(
        id=art.id,
        title=art.title,
        outlet=art.outlet,
        published=art.published,
        text_chars=len(art.text),
    )
    return Dispatch(article=meta, **layers)


# Two articles of a small invented standoff: an accusation, a denial linked to it, a shelling, a
# meeting (cooperation) and a predicted attack (not counted as having happened).
TEXT_A = (
    "Valdoria accused Kestria of shelling the village of Dren. "
    "Kestria denied that its army had fired on Dren. "
    "Kestrian artillery shelled Dren again on Tuesday. "
    "Valdoria warned that Kestria could attack within days."
)
TEXT_B = (
    "Ministers of Valdoria and Kestria met in Geneva on Saturday. "
    "Kestria said it had withdrawn its troops from the border zone."
)


def standoff() -> list[tuple[Article, Dispatch]]:
    """Two hand-coded articles with known dyads, balance and a contested claim."""
    a = article(TEXT_A, published="2025-03-04", outlet="Wire", path="a.txt")
    acts = [
        actor(TEXT_A, "x1", "Valdoria", "VAL", "GOV"),
        actor(TEXT_A, "x2", "Kestria", "KES", "GOV"),
    ]
    attrs = [
        attribution(TEXT_A, "a1", "accused", "Valdoria", "Kestria of shelling the village of Dren",
                    stance="accuse", source_actor="x1"),
        attribution(TEXT_A, "a2", "denied", "Kestria", "that its army had fired on Dren",
                    stance="deny", disputes="a1", source_actor="x2"),
    ]  # fmt: skip
    events = [
        event(TEXT_A, "e1", "ACCUSE", "accused", quad=3, actor_ids=["x1"], recipient_ids=["x2"]),
        event(TEXT_A, "e2", "REJECT", "denied", quad=3, actor_ids=["x2"], recipient_ids=["x1"]),
        event(TEXT_A, "e3", "ASSAULT", "shelled", quad=4, actor_ids=["x2"], recipient_ids=["x1"]),
        event(TEXT_A, "e4", "ASSAULT", "attack", quad=4, actor_ids=["x2"], recipient_ids=["x1"],
              modality="predicted", attribution=None),
    ]  # fmt: skip
    b = article(TEXT_B, published="2025-03-08", outlet="Ledger", path="b.txt")
    acts_b = [
        actor(TEXT_B, "x1", "Valdoria", "VAL", "GOV"),
        actor(TEXT_B, "x2", "Kestria", "KES", "GOV"),
    ]
    events_b = [
        event(TEXT_B, "e1", "CONSULT", "met", quad=1, actor_ids=["x1"], recipient_ids=["x2"]),
        event(TEXT_B, "e2", "RETREAT", "withdrawn", quad=2, actor_ids=["x2"], recipient_ids=["x1"]),
    ]  # fmt: skip
    return [
        (a, dispatch(a, actors=acts, attributions=attrs, events=events)),
        (b, dispatch(b, actors=acts_b, events=events_b)),
    ]
