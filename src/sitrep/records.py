"""The output records of ``SPEC.md`` — the one shared vocabulary of sitrep.

Every stage produces these and every output (JSON, store, report) reads them. Field names are a
contract (see ``SPEC.md``): add fields freely, rename or remove none without a migration note in
``CHANGELOG.md``. Offsets are Python string indices into the article text exactly as read,
end-exclusive.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "sitrep.dispatch/1"

#: The 16 PLOVER event types, in codebook order.
PLOVER_EVENTS: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

Kind = Literal["direct", "indirect", "mixed", "according_to", "nominal"]
Stance = Literal["assert", "deny", "dispute", "accuse", "predict", "report"]
Modality = Literal[
    "asserted", "negated", "planned", "predicted", "conditional", "hypothetical", "reported_denied"
]
ActorKind = Literal["state", "person", "org", "group", "place"]


class _Record(BaseModel):
    # Stages fill some fields after construction (an event's date, place, size): every
    # assignment is validated too, so a record can never hold a value its type forbids.
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    def offsets(self) -> Iterator[TextSpan | SentenceSpan | Mention]:
        """Every record inside this one (itself included) that holds ``start``/``end`` offsets
        into the article text: text spans, sentence spans and mentions, depth first."""
        if isinstance(self, TextSpan | SentenceSpan | Mention):
            yield self
        for name in type(self).model_fields:
            value = getattr(self, name)
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, _Record):
                    yield from item.offsets()


class TextSpan(_Record):
    """A span of the article text: ``text == article_text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class SentenceSpan(_Record):
    """A sentence's character extent (no text, to keep records small)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class SourceSpan(TextSpan):
    """The surface mention of a claim's source; ``actor`` points into ``Dispatch.actors``."""

    actor: str | None = None


class Attribution(_Record):
    """Who says so: one attributed claim."""

    id: str
    cue: TextSpan
    source: SourceSpan | None = None
    content: list[TextSpan] = Field(default_factory=list)
    kind: Kind = "indirect"
    stance: Stance = "assert"
    parent: str | None = None
    disputes: str | None = None
    confidence: float | None = None


class Location(_Record):
    text: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class Size(_Record):
    min: float | None = None
    max: float | None = None
    unit: str | None = None


class EventMention(_Record):
    """One place in the article where an event is reported."""

    trigger: TextSpan
    sentence: SentenceSpan


class Event(_Record):
    """Who did what to whom, PLOVER-coded.

    One event reported several times (headline, lede, body) is one record; ``mentions`` lists
    every place it is reported, the first being ``trigger``/``sentence``.
    """

    id: str
    event: str
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    actor: list[str] = Field(default_factory=list)
    recipient: list[str] = Field(default_factory=list)
    trigger: TextSpan
    sentence: SentenceSpan
    modality: Modality = "asserted"
    attribution: str | None = None
    date: dt.date | None = None
    date_text: str | None = None
    location: Location | None = None
    size: Size | None = None
    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None
    cameo: str | None = None
    quad_class: int | None = None
    confidence: float = 0.0
    mentions: list[EventMention] = Field(default_factory=list)


class Mention(_Record):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Actor(_Record):
    """A resolved entity: a country, an office holder, an organisation, a group."""

    id: str
    name: str
    country: str | None = None
    sector: str | None = None
    kind: ActorKind = "group"
    mentions: list[Mention] = Field(default_factory=list)
    title: str | None = None
    wikidata: str | None = None


class ArticleMeta(_Record):
    id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    language: str = "en"
    text_chars: int = 0


class Dispatch(_Record):
    """One coded article."""

    schema_: str = Field(default=SCHEMA, alias="schema")
    article: ArticleMeta
    attributions: list[Attribution] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", validate_assignment=True, populate_by_name=True)

    def to_json_dict(self) -> dict:
        """The record as plain JSON types, with ``schema`` spelled as in SPEC.md."""
        return self.model_dump(mode="json", by_alias=True)
