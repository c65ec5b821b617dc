"""Turn raw attributions into SPEC.md records: ids, chains, disputes and resolved sources."""

from __future__ import annotations

import logging

from spacy.tokens import Doc

from sitrep.actors.reference import grammar
from sitrep.claims.extract import RawAttribution
from sitrep.records import Attribution, SourceSpan, TextSpan
from sitrep.text.lexicon import word_set
from sitrep.text.spans import doc_text as _doc_text

log = logging.getLogger(__name__)

_MEDIA = grammar()["media"]  # "the report", "the story"
# nouns that stand for an earlier claim when something dismisses or denies them
_CLAIM_NOUNS = word_set("attribution_words", cls="claim_noun")


def _span(text: str, start: int, end: int) -> TextSpan:
    return TextSpan(start=start, end=end, text=text[start:end])


def _sent_index(doc: Doc) -> list[int]:
    """Sentence number of each token."""
    out = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            out[i] = n
    return out


def link(
    doc: Doc,
    raws: list[RawAttribution],
    *,
    min_confidence: float = 0.0,
    text: str | None = None,
) -> list[Attribution]:
    """Build SPEC.md attribution records from ``raws`` (sorted by cue offset).

    Sets ``parent`` (an attribution whose content holds this one's cue), ``disputes`` (for a
    deny/dispute of an earlier claim), and reads the sources' actors from
    ``doc._.sitrep_actors`` when the actors stage ran (names, titles and pronouns were resolved
    there, "the report"/"the story" as the outlet named nearest; this stage writes nothing to
    the table).

    Args:
        doc: the parsed document (with ``doc._.sitrep_actors`` or None).
        raws: extractor output.
        min_confidence: attributions below it are dropped.
        text: ``doc.text``, if the caller has it.

    Returns:
        Records with ids ``a1``, ``a2``, … in text order of their cues.
    """
    doc_text = _doc_text(doc) if text is None else text
    raws = [r for r in raws if r.confidence >= min_confidence]
    raws.sort(key=lambda r: r.cue[0])
    table = doc._.sitrep_actors
    sent_of = _sent_index(doc) if len(doc) else []
    records: list[Attribution] = []
    # sources are read from the actor table, where the actors stage resolved names, titles,
    # pronouns, relative pronouns and "the report" (its outlet); a relative pronoun
    # ("…, who said") also through its antecedent
    actors: list[str | None] = []
    for raw in raws:
        actor = None
        if raw.source is not None and table is not None:
            actor = table.actor_at(*raw.source)
            if actor is None and raw.antecedent is not None:
                actor = table.actor_at(*raw.antecedent)
            if actor is None:
                # "They said" for coordinated actors: a source is one actor, the first named
                actor = next(iter(table.group_at(*raw.source)), None)
        actors.append(actor)
    for n, raw in enumerate(raws):
        source = None
        if raw.source is not None:
            s, e = raw.source
            source = SourceSpan(start=s, end=e, text=doc_text[s:e], actor=actors[n])
        records.append(
            Attribution(
                id=f"a{n + 1}",
                cue=_span(doc_text, *raw.cue),
                source=source,
                content=[_span(doc_text, s, e) for s, e in raw.content],
                kind=raw.kind,  # type: ignore[arg-type]
                stance=raw.stance,  # type: ignore[arg-type]
                confidence=round(raw.confidence, 3),
            )
        )
    # media sources ("the report stated") report: stance "report"
    for rec in records:
        if rec.source is not None and rec.stance == "assert":
            words = rec.source.text.lower().split()
            if words and words[-1] in _MEDIA:
                rec.stance = "report"
    # disputes first: a rebuttal inside the claim's sentence is not reported by the claim
    _link_disputes(doc, records, raws, sent_of)
    # chains: the innermost attribution whose content contains this cue
    for rec in records:
        best: tuple[int, str] | None = None
        for other in records:
            if other is rec:
                continue
            if other.id == rec.disputes:
                continue
            for frag in other.content:
                if frag.start <= rec.cue.start and rec.cue.end <= frag.end:
                    size = frag.end - frag.start
                    if best is None or size < best[0]:
                        best = (size, other.id)
        rec.parent = best[1] if best else None
    return records


def _link_disputes(
    doc: Doc, records: list[Attribution], raws: list[RawAttribution], sent_of: list[int]
) -> None:
    """A deny/dispute of a claim noun points at the nearest earlier attribution."""
    for n, (rec, raw) in enumerate(zip(records, raws, strict=True)):
        if rec.stance not in ("deny", "dispute"):
            continue
        target = raw.target_token
        about_claim = rec.kind == "nominal" or (
            target is not None and doc[target].lower_ in _CLAIM_NOUNS
        )
        if not about_claim or not len(doc):
            continue
        here = sent_of[raw.cue_token]
        for m in range(n - 1, -1, -1):
            prev, praw = records[m], raws[m]
            if here - sent_of[praw.cue_token] > 3:
                break
            same = (
                rec.source is not None
                and prev.source is not None
                and rec.source.actor is not None
                and rec.source.actor == prev.source.actor
            )
            if not same and prev.stance not in ("deny", "dispute"):
                rec.disputes = prev.id
                break
