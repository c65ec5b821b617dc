"""A dispatch's events as plain tuples, for tests that code written sentences through the real
pipeline: (type, trigger, modality, actor parties, recipient parties), each party a
(country, sector) pair."""

from __future__ import annotations

PUB = "2022-02-21"


def event_records(coder, text, published=PUB):
    dispatch = coder.code_text(text, published=published)
    actors = {a.id: a for a in dispatch.actors}

    def parties(ids):
        return {(actors[a].country, actors[a].sector) for a in ids}

    return [
        (e.event, e.trigger.text, e.modality, parties(e.actor), parties(e.recipient))
        for e in dispatch.events
    ]
