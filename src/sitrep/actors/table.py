"""ActorTable: the actors of one document and their mentions (``doc._.sitrep_actors``).

The actors stage fills it; the claims and events stages look spans up in it and may add
mentions (a pronoun resolved to its speaker). ``to_records()`` gives SPEC.md ACTOR records.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from sitrep.records import Actor, Mention


@dataclass
class Resolution:
    """What the knowledge base says about a name (on a date, in a context)."""

    name: str
    country: str | None = None
    sector: str | None = None
    kind: str = "group"  # state | person | org | group | place
    title: str | None = None
    wikidata: str | None = None
    ner: str | None = None  # spaCy label of the mention, kept when the KB does not know it
    code_2: str | None = None  # a secondary agent code (GOV/MIL for a defence minister)
    known: bool = True
    confidence: float = 1.0


@dataclass
class ActorTable:
    actors: dict[str, Actor] = field(default_factory=dict)
    _key_to_id: dict[tuple, str] = field(default_factory=dict)
    # (start, end) -> actor id, for every mention
    _spans: dict[tuple[int, int], str] = field(default_factory=dict)
    # the keys of _spans in order, rebuilt lazily after a change (range queries by bisection;
    # scanning every mention per query is quadratic on long texts)
    _order: list[tuple[int, int]] | None = None
    _longest: int = 0

    def add_mention(self, start: int, end: int, text: str, res: Resolution) -> str:
        """Record a mention resolved to ``res``; returns the actor id (merged by identity)."""
        key = (res.name.lower(), res.country, res.sector, res.kind)
        actor_id = self._key_to_id.get(key)
        if actor_id is None:
            actor_id = f"x{len(self.actors) + 1}"
            self._key_to_id[key] = actor_id
            self.actors[actor_id] = Actor(
                id=actor_id,
                name=res.name,
                country=res.country,
                sector=res.sector,
                kind=res.kind,  # type: ignore[arg-type]
                title=res.title,
                wikidata=res.wikidata,
            )
        self.alias(start, end, text, actor_id)
        return actor_id

    def alias(self, start: int, end: int, text: str, actor_id: str) -> None:
        """Add a mention (e.g. a resolved pronoun) to an existing actor."""
        if (start, end) in self._spans:
            return
        self._spans[(start, end)] = actor_id
        self._order = None
        self._longest = max(self._longest, end - start)
        self.actors[actor_id].mentions.append(Mention(start=start, end=end, text=text))

    def remove_mention(self, start: int, end: int) -> None:
        """Drop the mention at exactly ``[start, end)`` (e.g. "Russian" inside "Russian troops")."""
        actor_id = self._spans.pop((start, end), None)
        if actor_id is None:
            return
        self._order = None
        actor = self.actors[actor_id]
        actor.mentions = [m for m in actor.mentions if (m.start, m.end) != (start, end)]

    def actors_in(self, start: int, end: int) -> list[str]:
        """Ids of actors with a mention inside ``[start, end)``, in text order, unique."""
        out: list[str] = []
        for key in self.spans_in(start, end):
            a = self._spans[key]
            if a not in out:
                out.append(a)
        return out

    def spans_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """``(start, end)`` of every mention inside ``[start, end)``, in text order."""
        order = self._sorted()
        out = []
        for key in order[bisect.bisect_left(order, (start, -1)) :]:
            if key[0] >= end:
                break
            if key[1] <= end:
                out.append(key)
        return out

    def _sorted(self) -> list[tuple[int, int]]:
        if self._order is None:
            self._order = sorted(self._spans)
        return self._order

    def actor_at(self, start: int, end: int) -> str | None:
        """The actor of the mention that best covers ``[start, end)`` (the head-most, last one)."""
        exact = self._spans.get((start, end))
        if exact is not None:
            return exact
        inside = self.actors_in(start, end)
        if inside:
            return inside[0]
        order = self._sorted()
        # a covering mention starts at most the longest mention's length before ``start``
        lo = bisect.bisect_left(order, (start - self._longest, -1))
        for s, e in order[lo : bisect.bisect_right(order, (start, end + self._longest + 1))]:
            if s <= start and e >= end:
                return self._spans[(s, e)]
        return None

    def to_records(self) -> list[Actor]:
        return [a for a in self.actors.values() if a.mentions]

    # Set by the actors stage: a callable (start, end, text) -> Resolution | None that asks the
    # knowledge base about a span that is not yet a mention.
    lookup: object | None = None

    def resolve_span(self, start: int, end: int, text: str) -> str | None:
        """The actor of a span: an existing mention inside it, else a KB lookup of its text.

        Used by later stages for sources and event arguments; a resolved span becomes a mention.
        """
        found = self.actor_at(start, end)
        if found is not None or self.lookup is None:
            return found
        res = self.lookup(start, end, text)  # type: ignore[operator]
        if res is None:
            return None
        return self.add_mention(start, end, text, res)
