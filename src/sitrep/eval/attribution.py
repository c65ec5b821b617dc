"""Evaluate attribution extraction on a PolNeAR split (used by ``sitrep eval attribution``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from spacy.language import Language

from sitrep.eval.polnear import GoldArticle, read_polnear, score
from sitrep.records import Attribution


def for_scoring(attributions: list[Attribution], *, top_level_only: bool) -> list[Attribution]:
    """The attributions compared with PolNeAR gold.

    PolNeAR annotates only outermost attributions; with ``top_level_only`` the nested ones
    (``parent`` set) are left out of scoring (they stay in the predictions file).
    """
    if not top_level_only:
        return attributions
    return [a for a in attributions if a.parent is None]


def predict_polnear(
    gold: list[GoldArticle],
    nlp: Language,
    *,
    batch_size: int = 16,
    progress: Callable[[int], Any] | None = None,
) -> dict[str, list[Attribution]]:
    """Run ``nlp`` (with the sitrep attribution stage) over the gold texts.

    Returns:
        file name -> attributions.
    """
    out: dict[str, list[Attribution]] = {}
    texts = (g.text for g in gold)
    disable = [p for p in ("sitrep_events",) if p in nlp.pipe_names]
    with nlp.select_pipes(disable=disable):
        for g, doc in zip(gold, nlp.pipe(texts, batch_size=batch_size), strict=True):
            out[g.file] = list(doc._.sitrep_attributions or [])
            if progress is not None:
                progress(1)
    return out


def evaluate_polnear(
    directory: str | Path,
    nlp: Language,
    *,
    top_level_only: bool = True,
    progress: Callable[[int], Any] | None = None,
) -> tuple[dict[str, dict[str, dict[str, float]]], dict[str, list[Attribution]]]:
    """Score the attribution stage on a PolNeAR split.

    Args:
        directory: split folder with ``text/`` and ``attributions/``.
        nlp: a pipeline containing ``sitrep_attributions``.
        top_level_only: score only attributions without a parent (PolNeAR's convention).
        progress: called with 1 after each document.

    Returns:
        (per-role scores as :func:`sitrep.eval.polnear.score`, predictions by file).

    Raises:
        EvalError: the folder is not a PolNeAR split.
    """
    gold = read_polnear(directory)
    predictions = predict_polnear(gold, nlp, progress=progress)
    scored = {
        f: for_scoring(atts, top_level_only=top_level_only) for f, atts in predictions.items()
    }
    return score(gold, scored), predictions  # type: ignore[arg-type]
