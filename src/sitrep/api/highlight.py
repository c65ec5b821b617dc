"""Article text cut into segments for the article view, each carrying the roles it plays.

The article text is untrusted: it is never turned into markup here. Segments are plain
``(text, roles)`` pairs; the template escapes the text and maps roles to CSS classes.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Any

__all__ = ["ROLES", "Span", "chain", "claim_spans", "event_spans", "segments"]

#: Highlight roles, in legend order, with what each means.
ROLES: dict[str, str] = {
    "trigger": "event trigger",
    "actor": "actor (who did it)",
    "recipient": "recipient (to whom)",
    "cue": "attribution cue (said, denied, …)",
    "source": "source (who says so)",
    "content": "what is claimed",
}


@dataclass(frozen=True)
class Span:
    """A highlighted span of the article text."""

    start: int
    end: int
    role: str
    text: str


def segments(text: str, spans: list[Span]) -> list[tuple[str, tuple[str, ...]]]:
    """Cut ``text`` at every span boundary: ``(piece, roles covering it)`` in text order."""
    cuts = {0, len(text)}
    for s in spans:
        if 0 <= s.start < s.end <= len(text):
            cuts.update((s.start, s.end))
    points = sorted(cuts)
    out: list[tuple[str, tuple[str, ...]]] = []
    for a, b in pairwise(points):
        roles = tuple(
            r for r in ROLES if any(s.role == r and s.start <= a and b <= s.end for s in spans)
        )
        if out and out[-1][1] == roles:
            out[-1] = (out[-1][0] + text[a:b], roles)
        else:
            out.append((text[a:b], roles))
    return out


def _by_id(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {item["id"]: item for item in items}


def claim_spans(text: str, attribution: dict[str, Any]) -> list[Span]:
    """Cue, source and content fragments of one attribution (SPEC.md ATTRIBUTION)."""
    spans = [_span(text, attribution["cue"], "cue")]
    if attribution.get("source"):
        spans.append(_span(text, attribution["source"], "source"))
    spans += [_span(text, c, "content") for c in attribution.get("content") or []]
    return spans


def _span(text: str, raw: dict[str, Any], role: str) -> Span:
    start, end = int(raw["start"]), int(raw["end"])
    return Span(start, end, role, text[start:end])


def event_spans(text: str, dispatch: dict[str, Any], event: dict[str, Any]) -> list[Span]:
    """The trigger, actor and recipient mentions, and the carrying attribution, of one event.

    Actor and recipient mentions are those inside a sentence that reports the event; an actor
    named only elsewhere has all its mentions highlighted.
    """
    spans = [_span(text, event["trigger"], "trigger")]
    sentences = [(event["sentence"]["start"], event["sentence"]["end"])] + [
        (m["sentence"]["start"], m["sentence"]["end"]) for m in event.get("mentions") or []
    ]
    actors = _by_id(dispatch.get("actors") or [])
    for role in ("actor", "recipient"):
        for actor_id in event.get(role) or []:
            actor = actors.get(actor_id)
            if actor is None:
                continue
            mentions = actor.get("mentions") or []
            inside = [
                m
                for m in mentions
                if any(s0 <= m["start"] and m["end"] <= s1 for s0, s1 in sentences)
            ]
            spans += [_span(text, m, role) for m in inside or mentions]
    attributions = _by_id(dispatch.get("attributions") or [])
    if event.get("attribution") in attributions:
        spans += claim_spans(text, attributions[event["attribution"]])
    return spans


def chain(dispatch: dict[str, Any], attribution_id: str | None) -> list[dict[str, Any]]:
    """The reporting chain of an attribution, outermost first (``parent`` links followed).

    Each link is ``{"id", "source", "cue", "stance"}``, ``source`` the resolved actor's name
    where known, else the source as written. Cycles (never expected) are cut.
    """
    attributions = _by_id(dispatch.get("attributions") or [])
    actors = _by_id(dispatch.get("actors") or [])
    links: list[dict[str, Any]] = []
    seen: set[str] = set()
    current = attribution_id
    while current and current in attributions and current not in seen:
        seen.add(current)
        a = attributions[current]
        source = a.get("source")
        name = None
        if source:
            actor = actors.get(source.get("actor") or "")
            name = actor["name"] if actor else source["text"]
        links.append(
            {"id": current, "source": name or "an unnamed source", "cue": a["cue"]["text"],
             "stance": a["stance"]}
        )  # fmt: skip
        current = a.get("parent")
    return list(reversed(links))
