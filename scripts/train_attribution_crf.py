"""Train the attribution CRF (``src/sitrep/data/claims/crf.npz``) on PolNeAR train.

Parses PolNeAR once (cached under /tmp by ``attribution_parse_cache.py``), runs the rule
extractor and reads the role network's probabilities for its stacked features (out-of-fold ones
for train, written by ``train_attribution_rolenet.py``: run that first; the shipped network's for
dev), and trains a python-crfsuite CRF over BIO role labels. The crfsuite model file is converted to
the arrays sitrep tags with (:class:`sitrep.claims.crf.CRFModel`, no python-crfsuite at run
time). Prints the shipped tagger's span-level exact F1 per role on dev. Usage::

    nice -n 10 .venv/bin/python scripts/train_attribution_rolenet.py
    nice -n 10 .venv/bin/python scripts/train_attribution_crf.py [--iterations 150]
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pycrfsuite
import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))
from attribution_parse_cache import POLNEAR, load_cached, load_tensors
from sitrep.claims.crf import CRFModel, decode, gold_labels
from sitrep.claims.extract import Extractor
from sitrep.claims.features import Featurizer
from sitrep.claims.polnear import read_polnear, trim_span
from train_attribution_rolenet import OOF

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sitrep" / "data" / "claims" / "crf.npz"
ROLE_OF = {"cue": "CUE", "source": "SRC", "content": "CON"}


def sequences(split: str, nlp):  # type: ignore[no-untyped-def]
    """(doc, paragraph, features, gold labels) for every paragraph of ``split``."""
    docs = dict(load_cached(split, nlp))
    extractor, feat = Extractor(), Featurizer()
    probs, classes = role_probs(split, docs)
    for g in read_polnear(POLNEAR / split):
        doc = docs[g.file]
        raws, quotes = extractor.extract(doc)
        spans: dict[str, list[tuple[int, int]]] = {"CUE": [], "SRC": [], "CON": []}
        for att in g.attributions:
            for role, tag in ROLE_OF.items():
                spans[tag].extend(getattr(att, role))
        pr = probs[g.file].astype(np.float32)
        for para, feats in feat.doc_features(doc, raws, quotes, probs=pr, classes=classes):
            yield g, doc, para, feats, gold_labels(doc, para, spans)


def role_probs(split: str, docs: dict) -> tuple[dict[str, np.ndarray], tuple[str, ...]]:  # type: ignore[type-arg]
    """The role network's class probabilities per article: out-of-fold ones for train, the
    shipped network's for other splits."""
    from sitrep.claims.rolenet import RoleNet

    net = RoleNet.load()
    if net is None:
        raise SystemExit("no role network: run scripts/train_attribution_rolenet.py first")
    if split == "train":
        if not OOF.exists():
            raise SystemExit(f"{OOF} missing: run scripts/train_attribution_rolenet.py first")
        with np.load(OOF) as npz:
            return {k: npz[k] for k in npz.files}, net.classes
    extractor, featurizer = Extractor(), Featurizer()
    tensors = load_tensors(split)
    out = {}
    for name, doc in docs.items():
        raws, quotes = extractor.extract(doc)
        tf = featurizer.token_features(doc, raws, quotes)
        out[name] = net.doc_probs(
            tensors[name].astype(np.float32), [p.tokens for p in tf.paragraphs], tf.base
        )
    return out, net.classes


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    ap = argparse.ArgumentParser()
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--c1", type=float, default=1.0)
    ap.add_argument("--c2", type=float, default=0.3)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    nlp = spacy.blank("en")
    t0 = time.time()
    trainer = pycrfsuite.Trainer(verbose=False)
    n = 0
    for _g, _doc, _para, feats, labels in sequences("train", nlp):
        trainer.append(feats, labels)
        n += 1
    print(f"{n} train sequences, features in {time.time() - t0:.0f}s")
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.possible_transitions": True,
            "feature.minfreq": 2,
        }
    )
    t0 = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        trainer.train(str(Path(tmp) / "crf.crfsuite"))
        model = CRFModel.from_crfsuite(Path(tmp) / "crf.crfsuite")
    model.save(args.out)
    print(f"trained in {time.time() - t0:.0f}s -> {args.out}")
    tp = dict.fromkeys(ROLE_OF.values(), 0)
    npred = dict.fromkeys(ROLE_OF.values(), 0)
    ngold = dict.fromkeys(ROLE_OF.values(), 0)
    by_file: dict[str, tuple] = {}
    for g, doc, para, feats, _labels in sequences("dev", nlp):
        path = model.viterbi([model.item_scores(feats)])[0]
        tags = [model.labels[k] for k in path.tolist()]
        by_file.setdefault(g.file, (g, doc, []))[2].extend(decode(doc, para, tags))
    for g, _doc, spans in by_file.values():
        for role, tag in ROLE_OF.items():
            gold = {trim_span(g.text, *s) for a in g.attributions for s in getattr(a, role)}
            pred = {trim_span(g.text, s, e) for r, s, e in spans if r == tag}
            tp[tag] += len(gold & pred)
            npred[tag] += len(pred)
            ngold[tag] += len(gold)
    for tag in tp:
        p = tp[tag] / max(npred[tag], 1)
        r = tp[tag] / max(ngold[tag], 1)
        print(f"dev {tag}: P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}")


if __name__ == "__main__":
    main()
