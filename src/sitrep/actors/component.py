"""The ``sitrep_actors`` stage: find actor mentions in a Doc and resolve them on its date.

What becomes a mention:

- named entities (PERSON, ORG, GPE, NORP, LOC, FAC), resolved through the knowledge base on
  ``doc._.published``; a title in front of a name is part of the mention ("French President
  Emmanuel Macron"), and a later bare surname ("Macron") inherits the actor;
- noun phrases that NER misses but that name an actor by a sector noun ("Ukrainian military
  saboteurs" -> UKR/MIL, "separatist proxies" -> REB, "Western governments" -> GOV) or a
  metonym ("the Kremlin", "the White House");
- the pronouns "he", "she", "they" (subjects), aliased to the last person (he/she) or
  group/state actor (they) named before them.

Unknown names stay unknown: they become actors with no country or sector (and their NER type)
rather than a guess.
"""

from __future__ import annotations

import datetime as dt
import logging

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.actors.kb import TITLE_WORDS, ActorKB, load_kb
from sitrep.actors.table import ActorTable, Resolution
from sitrep.settings import Settings

log = logging.getLogger(__name__)

_KINDS = {
    "GPE": "state",
    "NORP": "group",
    "ORG": "org",
    "PERSON": "person",
    "LOC": "place",
    "FAC": "place",
}
#: Longer spans are not looked up in the KB by ``ActorTable.resolve_span``.
_MAX_LOOKUP_WORDS = 10
_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_GROUP_PRONOUNS = {"they", "them"}
# Modifiers that may sit in front of a name as part of its title.
_TITLE_DEPS = {"compound", "amod", "nmod", "poss", "appos"}


class ActorsComponent:
    """spaCy component: fills ``doc._.sitrep_actors`` with an :class:`ActorTable`.

    Args:
        nlp: the pipeline (unused; spaCy's factory signature).
        name: the component name.
        settings: sitrep settings (``[actors] extra_files``, ``min_match_score``).
    """

    def __init__(self, nlp: Language, name: str, *, settings: Settings) -> None:
        self.name = name
        self.settings = settings
        self.kb: ActorKB = load_kb(
            settings.actors.extra_files, min_match_score=settings.actors.min_match_score
        )

    def __call__(self, doc: Doc) -> Doc:
        day = doc._.published if isinstance(doc._.published, dt.date) else None
        table = ActorTable()
        kb = self.kb

        def lookup(start: int, end: int, text: str) -> Resolution | None:
            if len(text.split()) > _MAX_LOOKUP_WORDS:
                return None  # a clause, not a name: the caller should pass a noun phrase
            res = kb.resolve(text, date=day, article=doc.text)
            if res is None or not res.known or not (res.country or res.sector):
                return None
            return res

        table.lookup = lookup
        surnames: dict[str, str] = {}  # last name -> actor id, for later bare mentions
        covered: set[int] = set()  # token indexes already inside a mention
        # (char offset, is a subject, actor id), for pronouns
        persons_order: list[tuple[int, bool, str]] = []
        groups_order: list[tuple[int, bool, str]] = []

        def remember(span: Span, actor_id: str) -> None:
            actor = table.actors[actor_id]
            subject = span.root.dep_ in ("nsubj", "nsubjpass")
            if actor.kind == "person":
                persons_order.append((span.start_char, subject, actor_id))
            elif actor.country or actor.sector:
                groups_order.append((span.start_char, subject, actor_id))

        # 1. named entities, with their title
        # people first, so their titles ("Secretary of State") are not entities of their own
        ents = sorted(doc.ents, key=lambda e: (e.label_ != "PERSON", e.start))
        for ent in ents:
            if ent.label_ not in _KINDS or any(i in covered for i in range(ent.start, ent.end)):
                continue
            ent = _last_line(ent)
            span = _with_title(ent, kb) if ent.label_ == "PERSON" else _strip_det(ent)
            text = span.text
            if ent.label_ == "PERSON":
                last = ent[-1].text.lower()
                # a bare surname of someone named in full earlier in the article is that
                # person (not a namesake in the KB, nor a place tagged PERSON)
                if len(ent) == 1 and last in surnames:
                    table.alias(span.start_char, span.end_char, text, surnames[last])
                    covered.update(range(span.start, span.end))
                    persons_order.append(
                        (span.start_char, span.root.dep_.startswith("nsubj"), surnames[last])
                    )
                    continue
            res = kb.resolve(text, date=day, ner=ent.label_, article=doc.text)
            if res is None and span is not ent:
                res = kb.resolve(ent.text, date=day, ner=ent.label_, article=doc.text)
                span = ent
            if res is None:
                res = Resolution(
                    name=ent.text, kind=_KINDS[ent.label_], ner=ent.label_, known=False
                )
            elif ent.label_ == "PERSON" and res.kind in ("group", "org") and not res.sector:
                res.kind = "person"
            actor_id = table.add_mention(span.start_char, span.end_char, span.text, res)
            covered.update(range(span.start, span.end))
            remember(span, actor_id)
            if ent.label_ == "PERSON" and len(ent) >= 2:
                surnames.setdefault(ent[-1].text.lower(), actor_id)
                if res.known:
                    surnames[ent[-1].text.lower()] = actor_id

        # 2. noun phrases NER missed: sector nouns ("Russian troops") and metonyms
        for chunk in _noun_phrases(doc):
            chunk = _last_line(chunk)
            if any(i in covered for i in range(chunk.start, chunk.end)) and not _adj_ents(chunk):
                continue
            if chunk.root.pos_ == "PRON":
                continue
            span = _strip_det(chunk)
            if not len(span):
                continue
            res = kb.resolve(span.text, date=day, head=True, article=doc.text)
            if res is None or not res.sector or res.sector == "UNK":
                continue
            # the chunk replaces the mentions of its modifiers ("Russian" in "Russian troops")
            for s, e in table.spans_in(span.start_char, span.end_char):
                if (s, e) != (span.start_char, span.end_char):
                    table.remove_mention(s, e)
            actor_id = table.add_mention(span.start_char, span.end_char, span.text, res)
            covered.update(range(span.start, span.end))
            remember(span, actor_id)

        # 3. pronouns back to the last named actor
        for token in doc:
            low = token.lower_
            if low not in _PERSON_PRONOUNS and low not in _GROUP_PRONOUNS:
                continue
            if token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            pool = persons_order if low in _PERSON_PRONOUNS else groups_order + persons_order
            before = [c for c in pool if c[0] < token.idx]
            if not before:
                continue
            # the last subject of this or the previous sentence, else the last mention
            sent = token.sent
            prev_start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
            subjects = [c for c in before if c[1] and c[0] >= prev_start]
            actor_id = max(subjects or before)[2]
            table.alias(token.idx, token.idx + len(token.text), token.text, actor_id)

        doc._.sitrep_actors = table
        return doc


def _last_line(span: Span) -> Span:
    """An entity never spans a line break (a headline and the first line are not one name)."""
    for i in range(span.end - 1, span.start - 1, -1):
        tok = span.doc[i]
        if "\n" in tok.text or (i < span.end - 1 and "\n" in tok.whitespace_):
            start = i + 1
            while start < span.end and span.doc[start].is_space:
                start += 1
            if start >= span.end:
                return span
            return Span(span.doc, start, span.end, label=span.label)  # keeps the entity type
    return span


def _strip_det(span: Span) -> Span:
    start = span.start
    while start < span.end and span.doc[start].lower_ in ("the", "a", "an"):
        start += 1
    end = span.end
    while end > start and span.doc[end - 1].tag_ == "POS":
        end -= 1
    return span.doc[start:end]


def _with_title(ent: Span, kb: ActorKB) -> Span:
    """Extend a PERSON entity leftwards over its title ("French President Emmanuel Macron",
    "Secretary of State Antony Blinken"), never across a line break or a verb."""
    doc = ent.doc
    start = ent.start
    while start > 0:
        prev = doc[start - 1]
        if "\n" in prev.whitespace_ or "\n" in prev.text:
            break
        low = prev.lower_.rstrip(".")
        if low == "of":
            if start - 2 >= 0 and doc[start - 2].lower_ in TITLE_WORDS:
                start -= 1
                continue
            break
        if low == "the":
            break
        if (
            prev.ent_type_ in ("NORP", "GPE")
            or low in TITLE_WORDS
            or low in kb.agents
            or low in kb.demonyms
        ):
            # lower-case words only when they are titles ("spokeswoman Maria Zakharova")
            if not (prev.is_title or prev.is_upper or prev.ent_type_ or low in TITLE_WORDS):
                break
            if low in ("of", "the"):
                break
            start -= 1
            continue
        break
    return doc[start : ent.end]


def _adj_ents(chunk: Span) -> bool:
    """A chunk whose only entities are modifiers (NORP/GPE adjectives: "Russian troops")."""
    ents = [t for t in chunk if t.ent_type_]
    return bool(ents) and all(t.ent_type_ in ("NORP", "GPE") and t.i != chunk.root.i for t in ents)


def _noun_phrases(doc: Doc) -> list[Span]:
    try:
        return list(doc.noun_chunks)
    except ValueError:  # no parser in this pipeline
        return []
