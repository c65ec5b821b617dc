"""Turn raw attributions into SPEC.md records: ids, chains, disputes and resolved sources."""

from __future__ import annotations

import logging
import re

from spacy.tokens import Doc

from sitrep.actors.table import Resolution
from sitrep.claims.extract import RawAttribution
from sitrep.records import Attribution, SourceSpan, TextSpan
from sitrep.text.lexicon import word_set

log = logging.getLogger(__name__)

_PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them", "his", "its", "their"}
_MEDIA = {"report", "story", "article", "piece", "dispatch", "newspaper", "paper", "outlet"}
# nouns that stand for an earlier claim when something dismisses or denies them
_CLAIM_NOUNS = word_set("attribution_words", cls="claim_noun")
_NAMED = {"GPE": "state", "NORP": "group", "ORG": "org", "PERSON": "person"}
_DEFINITE = re.compile(r"^(the|this|that)\s+\w+$", re.IGNORECASE)


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
    deny/dispute of an earlier claim), and resolves sources to actors through
    ``doc._.sitrep_actors`` when the actors stage ran: pronouns and definite descriptions that
    the table cannot resolve take the previous speaker's actor; "the report"/"the story" take
    the outlet of the nearest report.

    Args:
        doc: the parsed document (with ``doc._.sitrep_actors`` or None).
        raws: extractor output.
        min_confidence: attributions below it are dropped.
        text: ``doc.text``, if the caller has it.

    Returns:
        Records with ids ``a1``, ``a2``, … in text order of their cues.
    """
    doc_text = doc.text if text is None else text  # Doc.text joins all tokens on each access
    raws = [r for r in raws if r.confidence >= min_confidence]
    raws.sort(key=lambda r: r.cue[0])
    table = doc._.sitrep_actors
    sent_of = _sent_index(doc) if len(doc) else []
    records: list[Attribution] = []
    actors: list[str | None] = []
    # sources: first what the actor table knows (or a named entity it does not), then
    # fallbacks (pronouns, "the report") that may point at actors found later in the text
    for raw in raws:
        actor = None
        if raw.source is not None and table is not None:
            # a relative pronoun ("…, who said") resolves through its antecedent
            s, e = raw.antecedent or raw.source
            text = doc_text[s:e]
            try:
                actor = table.resolve_span(s, e, text)
            except Exception:  # a lookup failure must not lose the attribution
                log.debug("actor lookup failed for %r", text, exc_info=True)
            if actor is None and raw.source_token is not None:
                head = doc[raw.source_token]
                if head.pos_ == "PROPN" or head.ent_type_ in _NAMED:
                    # a named source the knowledge base does not know is still an actor
                    res = Resolution(
                        name=text,
                        kind=_NAMED.get(head.ent_type_, "group"),
                        ner=head.ent_type_ or None,
                        known=False,
                    )
                    actor = table.add_mention(s, e, text, res)
            if actor is not None and raw.antecedent is not None:
                table.alias(
                    raw.source[0], raw.source[1], doc_text[raw.source[0] : raw.source[1]], actor
                )
        actors.append(actor)
    for n, raw in enumerate(raws):
        if raw.source is not None and actors[n] is None and table is not None:
            s, e = raw.source
            text = doc_text[s:e]
            actors[n] = _fallback_actor(doc, raw, text, n, raws, actors, doc_text=doc_text)
            if actors[n] is not None:
                table.alias(s, e, text, actors[n])
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


def _fallback_actor(
    doc: Doc,
    raw: RawAttribution,
    text: str,
    n: int,
    raws: list[RawAttribution],
    actors: list[str | None],
    *,
    doc_text: str,
) -> str | None:
    """An actor for a source the table could not resolve (pronoun, "the report", "the official")."""
    low = text.lower().strip()
    last = low.split()[-1] if low.split() else ""
    if last in _MEDIA:
        # the outlet of the nearest report, before this one, then after
        for m in range(n - 1, -1, -1):
            if raws[m].stance == "report" and actors[m] is not None:
                return actors[m]
        for m in range(n + 1, len(raws)):
            if raws[m].stance == "report" and actors[m] is not None:
                return actors[m]
        table = doc._.sitrep_actors
        via = list(
            re.finditer(r"\bvia\s+([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)", doc_text[: raw.cue[0]])
        )
        if via and table is not None:
            m_ = via[-1]
            return table.resolve_span(m_.start(1), m_.end(1), m_.group(1))
        return None
    table = doc._.sitrep_actors
    if low in _PRONOUNS and raw.source_token is not None and table is not None:
        # "Leaders … expressed …, they said": a subject earlier in the same sentence
        tok = doc[raw.source_token]
        plural = low in ("they", "them", "their", "we")
        for cand in reversed(list(doc[tok.sent.start : tok.i])):
            if cand.dep_ in ("nsubj", "nsubjpass") and cand.pos_ in ("NOUN", "PROPN"):
                if plural != (cand.tag_ in ("NNS", "NNPS")):
                    continue
                found = table.actor_at(cand.idx, cand.idx + len(cand.text))
                if found is None:
                    ctoks = list(cand.subtree)
                    s0, e0 = ctoks[0].idx, ctoks[-1].idx + len(ctoks[-1].text)
                    found = table.resolve_span(s0, e0, doc_text[s0:e0])
                if found is not None:
                    return found
    if low in _PRONOUNS or _DEFINITE.match(low):
        for m in range(n - 1, -1, -1):
            if actors[m] is not None:
                return actors[m]
    return None
