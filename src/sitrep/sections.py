"""Long texts in sections: cut at paragraph boundaries, coded one by one, merged into one record.

spaCy's parse of one Doc grows faster than linearly with its length (a 1,000,000-character text
took 219 s and 3.4 GB where the same text as 200 files took 35 s), so :class:`~sitrep.pipeline.Coder`
codes a text longer than ``pipeline.section_chars`` as consecutive sections: each is cut at the
last paragraph break (else line break, sentence end, space) before the limit, parsed and coded on
its own, and the section records are merged here: offsets shifted back into the whole text,
attribution and event ids renumbered, actors merged by identity (the same name, country, sector
and kind are one actor, as within a section).

What a section boundary loses: a pronoun at the start of a section is not resolved to a speaker
of the previous one, and a quotation that spans the cut is read as two. Paragraph cuts make both
rare.
"""

from __future__ import annotations

import re

from sitrep.records import Actor, Attribution, Dispatch, Event

# Cut points, best first: a blank line, a line break, a sentence end, any space.
_CUTS = (
    re.compile(r"\n[^\S\n]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"[.!?][\"'”’)\]]*\s+"),
    re.compile(r"\s+"),
)


def split_sections(text: str, *, max_chars: int) -> list[tuple[int, int]]:
    """``(start, end)`` of consecutive sections covering ``text``, each at most ``max_chars``.

    A cut goes after the last paragraph break in the second half of the window, else the last
    line break, sentence end or space there, else (one unbroken run of characters) at the limit.

    Example:
        >>> split_sections("a\\n\\nb", max_chars=1000)
        [(0, 4)]
    """
    spans = []
    start, n = 0, len(text)
    while n - start > max_chars:
        lo, hi = start + max_chars // 2, start + max_chars
        cut = hi
        for pattern in _CUTS:
            last = None
            for last in pattern.finditer(text, start + 1, hi):  # noqa: B007  (keep the last)
                pass
            if last is not None and last.end() > lo:
                cut = last.end()
                break
        spans.append((start, cut))
        start = cut
    spans.append((start, n))
    return spans


def _shift(model: Dispatch, offset: int) -> None:
    """Add ``offset`` to every character offset inside a record, in place."""
    for span in model.offsets():
        span.start += offset
        span.end += offset


def _actor_key(actor: Actor) -> tuple[str, str | None, str | None, str]:
    return (actor.name.lower(), actor.country, actor.sector, actor.kind)


def _unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def merge_sections(parts: list[tuple[int, Dispatch]]) -> Dispatch:
    """One Dispatch from the records of consecutive sections (``(offset, dispatch)`` each).

    Offsets are shifted by each section's start; ids are renumbered (``a1``.., ``e1``..,
    ``x1``.. in text order); actors with the same identity become one actor with all mentions.
    The article metadata is the first part's.
    """
    if len(parts) == 1 and parts[0][0] == 0:
        return parts[0][1]
    actors: dict[tuple[str, str | None, str | None, str], Actor] = {}
    attributions: list[Attribution] = []
    events: list[Event] = []
    warnings: list[str] = []
    for offset, part in parts:
        _shift(part, offset)
        actor_ids: dict[str, str] = {}
        for actor in part.actors:
            key = _actor_key(actor)
            merged = actors.get(key)
            if merged is None:
                merged = actor.model_copy(update={"id": f"x{len(actors) + 1}", "mentions": []})
                actors[key] = merged
            merged.mentions.extend(actor.mentions)
            actor_ids[actor.id] = merged.id
        attribution_ids = {
            a.id: f"a{len(attributions) + i}" for i, a in enumerate(part.attributions, 1)
        }
        for a in part.attributions:
            a.id = attribution_ids[a.id]
            a.parent = attribution_ids.get(a.parent, a.parent) if a.parent else None
            a.disputes = attribution_ids.get(a.disputes, a.disputes) if a.disputes else None
            if a.source is not None and a.source.actor is not None:
                a.source.actor = actor_ids.get(a.source.actor, a.source.actor)
            attributions.append(a)
        for e in part.events:
            e.id = f"e{len(events) + 1}"
            e.actor = _unique([actor_ids.get(x, x) for x in e.actor])
            e.recipient = _unique([actor_ids.get(x, x) for x in e.recipient])
            if e.attribution is not None:
                e.attribution = attribution_ids.get(e.attribution, e.attribution)
            events.append(e)
        warnings.extend(w for w in part.warnings if w not in warnings)
    return Dispatch(
        article=parts[0][1].article,
        attributions=attributions,
        events=events,
        actors=list(actors.values()),
        warnings=warnings,
    )
