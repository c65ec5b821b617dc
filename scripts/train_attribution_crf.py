"""Train the attribution CRF (``src/sitrep/data/claims/crf.npz``) on PolNeAR train.

Parses PolNeAR once (cached under /tmp by ``attribution_parse_cache.py``), runs the rule
extractor and reads the role network's probabilities for its stacked features (out-of-fold ones
for train, written by ``train_attribution_rolenet.py``: run that first; the shipped network's for
dev), and trains a python-crfsuite CRF over BIO role labels. The crfsuite model file is converted to
the arrays sitrep tags with (:class:`sitrep.claims.crf.CRFModel`, no python-crfsuite at run
time). ``--net-weight`` (stored in the model) is the weight the tagger gives the role network's
log-probabilities added to the CRF's scores; 1 was picked with ``--cv``. Prints the span-level
exact F1 per role on dev of the CRF alone (without the network's log-probabilities, merge and
links; ``bench/bench_attribution.py`` scores the whole stage). Usage::

    nice -n 10 .venv/bin/python scripts/train_attribution_rolenet.py
    nice -n 10 .venv/bin/python scripts/train_attribution_crf.py [--iterations 150]

``--cv`` instead cross-validates the whole attribution stage on PolNeAR train and writes nothing:
for each of 5 folds (article index mod 5 in file order, as the network's out-of-fold
probabilities) a CRF is trained on the other folds and the stage (actors, rules, CRF with the
network's out-of-fold probabilities, merge, links) codes the held-out articles; exact F1 per role, micro-averaged over
all 840 articles, is what the README reports (~15 min on 2 cores).
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
from attribution_parse_cache import CACHE, POLNEAR, load_cached, load_tensors
from sitrep.claims.crf import CRFModel, decode, gold_labels
from sitrep.claims.extract import Extractor
from sitrep.claims.features import Featurizer
from sitrep.eval.polnear import read_polnear
from sitrep.text.spans import trim_span
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


def _params(args: argparse.Namespace) -> dict:  # type: ignore[type-arg]
    return {
        "c1": args.c1,
        "c2": args.c2,
        "max_iterations": args.iterations,
        "feature.possible_transitions": True,
        "feature.minfreq": 2,
    }


def _fit(trainer: pycrfsuite.Trainer) -> CRFModel:
    with tempfile.TemporaryDirectory() as tmp:
        trainer.train(str(Path(tmp) / "crf.crfsuite"))
        return CRFModel.from_crfsuite(Path(tmp) / "crf.crfsuite")


_TRAINERS: list[pycrfsuite.Trainer] = []


def _fit_fold(k: int) -> tuple[int, CRFModel]:
    return k, _fit(_TRAINERS[k])  # a forked child trains the parent's k-th trainer


def cross_validate(args: argparse.Namespace, folds: int = 5) -> None:
    """Exact F1 per role of the whole attribution stage, each fold coded by a CRF trained on the
    others (see the module docstring)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from sitrep.claims.crf import CRFTagger
    from sitrep.eval.attribution import for_scoring
    from sitrep.eval.polnear import score
    from sitrep.pipeline import build_nlp
    from sitrep.settings import load_settings

    t0 = time.time()
    gold = read_polnear(POLNEAR / "train")
    order = {g.file: n for n, g in enumerate(gold)}  # the network's folds: index mod folds
    # fold models are kept next to the parse cache, named by their training parameters, and
    # reused while newer than the network's out-of-fold probabilities
    stem = f"c1_{args.c1}_c2_{args.c2}_it{args.iterations}"
    paths = [CACHE / "cv" / f"crf_fold{k}of{folds}_{stem}.npz" for k in range(folds)]
    models: dict[int, CRFModel] = {}
    if all(p.exists() and p.stat().st_mtime > OOF.stat().st_mtime for p in paths):
        print(f"reusing fold models {paths[0].parent}/*_{stem}.npz (delete them to retrain)")
        models = {k: CRFModel.load(p) for k, p in enumerate(paths)}
    else:
        _TRAINERS[:] = [pycrfsuite.Trainer(verbose=False) for _ in range(folds)]
        for g, _doc, _para, feats, labels in sequences("train", spacy.blank("en")):
            k = order[g.file] % folds
            for f, trainer in enumerate(_TRAINERS):
                if f != k:
                    trainer.append(feats, labels)
        for trainer in _TRAINERS:
            trainer.set_params(_params(args))
        print(f"{len(order)} articles in {folds} folds, features in {time.time() - t0:.0f}s")
        paths[0].parent.mkdir(exist_ok=True)
        with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
            for k, model in pool.map(_fit_fold, range(folds)):
                model.save(paths[k])
                models[k] = model
                print(f"fold {k} trained ({time.time() - t0:.0f}s)")
        _TRAINERS.clear()
    for model in models.values():
        model.net_weight = args.net_weight
    # the real pipeline up to the attribution stage (actors included), parsed afresh
    nlp = build_nlp(load_settings())
    with nlp.select_pipes(disable=["sitrep_attributions", "sitrep_events"]):
        parsed = nlp.pipe((g.text for g in gold), batch_size=16)
        docs = {g.file: d for g, d in zip(gold, parsed, strict=True)}
    stage = nlp.get_pipe("sitrep_attributions")
    probs, _classes = role_probs("train", docs)
    by_doc = {}
    for f, d in docs.items():
        if len(probs[f]) != len(d):
            raise SystemExit(f"{f}: {len(probs[f])} probabilities for {len(d)} tokens")
        by_doc[id(d)] = probs[f].astype(np.float32)
    print(f"parsed and resolved actors ({time.time() - t0:.0f}s)")
    held, preds = [], {}
    for k in range(folds):
        tagger = CRFTagger()
        tagger.model = models[k]
        # the network's out-of-fold probabilities, as the CRF was trained on
        tagger.role_probs_many = lambda ds, _c: [by_doc[id(d)] for d in ds]  # type: ignore[method-assign]
        stage.crf = tagger
        fold = [g for g in gold if order[g.file] % folds == k]
        for g in fold:
            atts = list(stage(docs[g.file])._.sitrep_attributions)
            preds[g.file] = for_scoring(atts, top_level_only=True)
        cue = score(fold, {g.file: preds[g.file] for g in fold})["cue"]["exact"]["f1"]
        print(f"fold {k}: {len(fold)} articles, cue exact F1 {cue:.3f}")
        held += fold
    for role, d in score(held, preds).items():
        ex = d["exact"]
        print(f"cv {role}: P {ex['p']:.3f} R {ex['r']:.3f} F1 {ex['f1']:.3f}")


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    ap = argparse.ArgumentParser()
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--c1", type=float, default=1.0)
    ap.add_argument("--c2", type=float, default=0.3)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument(
        "--net-weight", type=float, default=1.0, help="weight of the network's log-probabilities"
    )
    ap.add_argument("--cv", action="store_true", help="cross-validate on train; write nothing")
    args = ap.parse_args()
    if args.cv:
        cross_validate(args)
        return
    nlp = spacy.blank("en")
    t0 = time.time()
    trainer = pycrfsuite.Trainer(verbose=False)
    n = 0
    for _g, _doc, _para, feats, labels in sequences("train", nlp):
        trainer.append(feats, labels)
        n += 1
    print(f"{n} train sequences, features in {time.time() - t0:.0f}s")
    trainer.set_params(_params(args))
    t0 = time.time()
    model = _fit(trainer)
    model.net_weight = args.net_weight
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
        print(f"dev, CRF alone {tag}: P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}")


if __name__ == "__main__":
    main()
