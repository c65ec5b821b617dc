"""ActorTable: the actors of one document and their mentions (``doc._.sitrep_actors``).

The actors stage fills it (names, short names, titles, noun phrases, pronouns: see
:mod:`sitrep.actors.reference`) and then freezes it; the claims and events stages only read it
(:meth:`ActorTable.actor_at`, :meth:`ActorTable.actors_in`), so every stage gives a span the
same actor. ``to_records()`` gives SPEC.md ACTOR records.
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass, field

from sitrep.errors import SitrepError
from sitrep.records import Actor, ActorKind, Mention

#: Determiners of an indefinite description ("one trader", "a spokesman", "another official").
_INDEFINITE = frozenset({"a", "an", "one", "another"})


def indefinite(first_word: str) -> bool:
    """Whether a noun phrase opening with ``first_word`` is an indefinite description ("one
    senior trader", "a company official"), which brings in someone new each time."""
    return first_word.lower() in _INDEFINITE


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
    """The document's entity table: actors by id, and which actor each mention span is.

    Written only by the actors stage (``add_mention``, ``alias``, ``remove_mention``), which
    calls :meth:`freeze` when it is done; later stages read it and a write raises.
    """

    actors: dict[str, Actor] = field(default_factory=dict)
    _key_to_id: dict[tuple, str] = field(default_factory=dict)
    # offsets of the indefinite descriptions each made a record of its own (record: new_at)
    _introduced: set[int] = field(default_factory=set)
    # (start, end) -> actor id, for every mention
    _spans: dict[tuple[int, int], str] = field(default_factory=dict)
    # the keys of _spans in order, rebuilt lazily after a change (range queries by bisection;
    # scanning every mention per query is quadratic on long texts)
    _order: list[tuple[int, int]] | None = None
    _longest: int = 0
    # mentions that only modify a non-agent noun ("Japanese" in "Japanese internment camps")
    _modifiers: set[tuple[int, int]] = field(default_factory=set)
    # (start, end) -> the actors one plural mention stands for together ("the two countries")
    _groups: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)
    #: the group record a person's quoted "we" stands for -> a named mention of the person
    #: (:meth:`side_of`; a mention, for the record it ends in may be another)
    _sides: dict[str, tuple[int, int]] = field(default_factory=dict)
    frozen: bool = False

    def freeze(self) -> None:
        """End of the actors stage: from now on the table is read only. A speaker's side
        takes the speaker's final name, country and sector (:meth:`side_of`)."""
        for side_id, mention in self._sides.items():
            person_id = self._spans.get(mention)
            if person_id is None:
                continue
            side, person = self.actors[side_id], self.actors[person_id]
            side.name = _side_name(person.name)
            side.country, side.sector = person.country, person.sector
        self.frozen = True

    def _writable(self) -> None:
        if self.frozen:
            raise SitrepError(
                "the actor table is read only after the actors stage; a later stage that needs "
                "a resolution must get it from sitrep.actors (component or reference module)"
            )

    def add_mention(
        self, start: int, end: int, text: str, res: Resolution, *, new: bool = False
    ) -> str:
        """Record a mention resolved to ``res``; returns the actor id (merged by identity).

        A state with no sector of its own acts through its government (SPEC.md: "Russia" is
        ``RUS``/``GOV``), so its record is coded ``GOV``, one record with its capital's. The
        agents dictionary's ``UNK`` (a title that says no sector) is recorded as no sector.
        """
        actor_id = self.record(res, new_at=start if new else None)
        self.alias(start, end, text, actor_id)
        return actor_id

    def record(self, res: Resolution, *, new_at: int | None = None) -> str:
        """The id of the actor ``res`` resolves to, made (with no mention yet) if new.
        ``new_at``: an indefinite description's offset ("one trader said ... one trader
        said", "a company official"): someone new each time it is written, one record per
        mention (judge53 found two traders' quotes, two analysts', in one record); the
        record keeps that (:meth:`introduced`) when its mention moves (a country given)."""
        self._writable()
        if res.sector == "UNK":
            # the agents dictionary's "unknown" ("general secretary" of whom?) is no sector
            res = dataclasses.replace(res, sector=None)
        if res.kind == "state" and not res.sector:
            res = dataclasses.replace(res, sector="GOV")
        key: tuple = (res.name.lower(), res.country, res.sector, res.kind)
        if new_at is not None:
            key = (*key, new_at)
            self._introduced.add(new_at)
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
        return actor_id

    def introduced(self, actor_id: str) -> bool:
        """Whether the actor's first mention is an indefinite description that made it a
        record of its own (``record(new_at=...)``): no other record of its name is the same."""
        actor = self.actors[actor_id]
        return bool(actor.mentions) and actor.mentions[0].start in self._introduced

    def side_of(self, person_id: str) -> str:
        """The group record for the side a person speaks for when their quoted "we" names no
        body the article names ("'our net income fell,' the chairman said": his company):
        one per person, coded as the person is when the table is frozen (:meth:`freeze`)."""
        person = self.actors[person_id]
        for side_id, (start, end) in self._sides.items():
            if self._spans.get((start, end)) == person_id:
                return side_id
        side_id = self.record(Resolution(name=_side_name(person.name)))
        first = person.mentions[0]
        self._sides[side_id] = (first.start, first.end)
        return side_id

    def alias(self, start: int, end: int, text: str, actor_id: str) -> None:
        """Add a mention (e.g. a resolved pronoun) to an existing actor."""
        self._writable()
        if (start, end) in self._spans:
            return
        self._spans[(start, end)] = actor_id
        self._order = None
        self._longest = max(self._longest, end - start)
        self.actors[actor_id].mentions.append(Mention(start=start, end=end, text=text))

    def add_group(self, start: int, end: int, text: str, actor_ids: tuple[str, ...]) -> None:
        """Record a plural mention that stands for several actors together ("the two
        countries", "both sides"): each of them gets the mention, and :meth:`actors_in` gives
        them all for a span holding it. A span that is already a mention is left alone."""
        self._writable()
        if (start, end) in self._spans or (start, end) in self._groups or len(actor_ids) < 2:
            return
        self._groups[(start, end)] = tuple(actor_ids)
        for actor_id in actor_ids:
            actor = self.actors[actor_id]
            actor.mentions = sorted(
                [*actor.mentions, Mention(start=start, end=end, text=text)], key=lambda m: m.start
            )

    def group_at(self, start: int, end: int) -> tuple[str, ...]:
        """The actors of the plural mention holding ``[start, end)`` (none: empty)."""
        for (s, e), ids in self._groups.items():
            if s <= start and end <= e:
                return ids
        return ()

    def merge(self, source_id: str, target_id: str) -> None:
        """Make every mention of ``source_id`` a mention of ``target_id`` (the same entity read
        two ways, e.g. with and without the title that gives its sector); the source keeps no
        mention, and a later mention resolved as it goes to the target."""
        self._writable()
        if source_id == target_id:
            return
        source, target = self.actors[source_id], self.actors[target_id]
        for m in source.mentions:
            self._spans[(m.start, m.end)] = target_id
        target.mentions = sorted([*target.mentions, *source.mentions], key=lambda m: m.start)
        source.mentions = []
        for key, aid in list(self._key_to_id.items()):
            if aid == source_id:
                self._key_to_id[key] = target_id
        for span, ids in list(self._groups.items()):
            if source_id in ids:
                merged = tuple(dict.fromkeys(target_id if a == source_id else a for a in ids))
                if len(merged) < 2:
                    del self._groups[span]  # (the two were one: a mention of it)
                    self._spans.setdefault(span, merged[0])
                    self._order = None
                else:
                    self._groups[span] = merged

    def recode(
        self,
        actor_id: str,
        *,
        sector: str | None,
        country: str | None = None,
        kind: ActorKind | None = None,
    ) -> None:
        """Give an actor another sector in this article (a former office holder running for
        office is a candidate), a country where it has none and ``country`` is given (its
        employer's), and another kind where ``kind`` is given (a name read as a person's that
        the article calls "the charity"); later mentions resolved as either reading join it."""
        self._writable()
        actor = self.actors[actor_id]
        if actor.country is None and country is not None:
            actor.country = country
        if kind is not None:
            actor.kind = kind
        for key, aid in list(self._key_to_id.items()):
            if aid == actor_id:
                self._key_to_id[(key[0], actor.country, sector, actor.kind)] = actor_id
        actor.sector = sector

    def remove_mention(self, start: int, end: int) -> None:
        """Drop the mention at exactly ``[start, end)`` (e.g. "Russian" inside "Russian troops")."""
        self._writable()
        actor_id = self._spans.pop((start, end), None)
        if actor_id is None:
            return
        self._order = None
        actor = self.actors[actor_id]
        actor.mentions = [m for m in actor.mentions if (m.start, m.end) != (start, end)]

    def mark_modifier(self, start: int, end: int) -> None:
        """Note that the mention at ``[start, end)`` only modifies a non-agent noun: an actor
        with no other mention is left out of :meth:`to_records` unless a record uses it."""
        self._writable()
        if (start, end) in self._spans:
            self._modifiers.add((start, end))

    def is_modifier(self, start: int, end: int) -> bool:
        """Whether the mention at ``[start, end)`` was marked by :meth:`mark_modifier`."""
        return (start, end) in self._modifiers

    def actors_in(self, start: int, end: int) -> list[str]:
        """Ids of actors with a mention inside ``[start, end)`` (the members of a plural
        mention inside it too), in text order, unique."""
        found: list[tuple[tuple[int, int], tuple[str, ...]]] = [
            (key, (self._spans[key],)) for key in self.spans_in(start, end)
        ]
        found += [
            (key, ids) for key, ids in self._groups.items() if start <= key[0] and key[1] <= end
        ]
        out: list[str] = []
        for _, ids in sorted(found):
            for a in ids:
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

    def mention_at(self, start: int, end: int) -> str | None:
        """The actor of the mention at exactly ``[start, end)``, if there is one."""
        return self._spans.get((start, end))

    def actor_at(self, start: int, end: int) -> str | None:
        """The actor of the mention that best covers ``[start, end)`` (the head-most, last one)."""
        exact = self._spans.get((start, end))
        if exact is not None:
            return exact
        # (one mention's actor: not the members of a plural mention, which are several)
        inside = self.spans_in(start, end)
        if inside:
            return self._spans[inside[0]]
        order = self._sorted()
        # a covering mention starts at most the longest mention's length before ``start``
        lo = bisect.bisect_left(order, (start - self._longest, -1))
        for s, e in order[lo : bisect.bisect_right(order, (start, end + self._longest + 1))]:
            if s <= start and e >= end:
                return self._spans[(s, e)]
        return None

    def to_records(self, used: set[str] | frozenset[str] = frozenset()) -> list[Actor]:
        """The actors with at least one mention, as SPEC.md ACTOR records.

        An actor named only as the modifier of a non-agent noun ("U.S. history") is left out
        unless its id is in ``used`` (an event or attribution refers to it: "U.S. sanctions").
        A record with other mentions lists those only: a nationality in front of a thing is no
        mention of an agent (actor coding guideline, Modifiers; judges counted "U.S. sales",
        "the Paris communique", "union concessions" in a state's or union's record as
        another entity merged in).
        """
        out = []
        for a in self.actors.values():
            acting = [m for m in a.mentions if (m.start, m.end) not in self._modifiers]
            if acting and len(acting) < len(a.mentions) and a.kind in ("state", "org", "group"):
                # (a person's mention once read as a modifier and then found to be theirs
                # stays: "Nogales said" after a town of that name was tried)
                a = a.model_copy(update={"mentions": acting})
            if a.mentions and (a.id in used or acting):
                out.append(a)
        return out


def _side_name(person: str) -> str:
    """The name of the group a person's quoted "we" stands for (:meth:`ActorTable.side_of`)."""
    return f"those {person} speaks for"
