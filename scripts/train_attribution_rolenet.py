"""Train the attribution role network (``src/sitrep/data/claims/rolenet.npz``) on PolNeAR train.

A one-layer BiLSTM over each paragraph (see :mod:`sitrep.claims.rolenet`): inputs are spaCy's
``doc.tensor`` vectors and the sum of embeddings of each token's own CRF features; targets are
the BIO role labels of all annotated attributions. ``--seeds`` trains one ensemble member per
seed (probabilities averaged); the shipped network has two members (seeds 0 and 1). Against one
member they scored PolNeAR dev exact F1 cue / source / content +0.002 / +0.006 / +0.006 and
the held-out fifth of train +0.001 / +0.001 / +0.002, for about 4 points more of the bare parse
time (attribution stage ~16% instead of ~12%). Four members (seeds 0–3) gave dev +0.007 /
+0.005 / +0.009 and the fifth +0.002 / +0.002 / +0.005 but cost 23–27%, near the 30% limit.
Because the CRF is trained on the network's outputs, its training features must not come from a network that
saw the same article: the script cross-fits 5 folds over the train articles (in file order, fold
= index mod 5) per member and writes the members' mean out-of-fold probabilities next to the
parse cache for ``train_attribution_crf.py``; the shipped members are then trained on all of
train. Prints token-level P/R per role on dev. Usage (reproducible: fixed seeds; ~25 s per epoch
per fold and core, ~10 min per member on 2 cores, ~20 min for the shipped two)::

    nice -n 10 .venv/bin/python scripts/train_attribution_rolenet.py
    nice -n 10 .venv/bin/python scripts/train_attribution_crf.py
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import spacy
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from attribution_parse_cache import CACHE, POLNEAR, load_cached, load_tensors
from sitrep.claims.crf import gold_labels
from sitrep.claims.extract import Extractor
from sitrep.claims.features import OWN_FEATURES, OWN_KINDS, Featurizer
from sitrep.claims.rolenet import MODEL_FILE, arrays_from_state
from sitrep.eval.polnear import read_polnear

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sitrep" / MODEL_FILE
OOF = CACHE / "train.rolenet_oof.npz"
ROLE_OF = {"cue": "CUE", "source": "SRC", "content": "CON"}
CLASSES = ("O", "B-CUE", "I-CUE", "B-SRC", "I-SRC", "B-CON", "I-CON")

log = logging.getLogger("train_attribution_rolenet")

# one paragraph: (doc token indices, doc.tensor rows, feature strings, class targets)
Para = tuple[np.ndarray, np.ndarray, list[list[str]], np.ndarray]


def dataset(split: str) -> list[tuple[str, int, list[Para]]]:
    """(file name, tokens, paragraphs) of every article of ``split``, in read order."""
    nlp = spacy.blank("en")
    docs = dict(load_cached(split, nlp))
    tensors = load_tensors(split)
    extractor, featurizer = Extractor(), Featurizer()
    out = []
    for g in read_polnear(POLNEAR / split):
        doc = docs[g.file]
        tensor = tensors[g.file].astype(np.float32)
        if len(tensor) != len(doc):
            raise SystemExit(
                f"{g.file}: {len(tensor)} vectors for {len(doc)} tokens; rm -r {CACHE}"
            )
        spans: dict[str, list[tuple[int, int]]] = {"CUE": [], "SRC": [], "CON": []}
        for att in g.attributions:
            for role, tag in ROLE_OF.items():
                spans[tag].extend(getattr(att, role))
        raws, quotes = extractor.extract(doc)
        tf = featurizer.token_features(doc, raws, quotes)
        paras: list[Para] = []
        for para in tf.paragraphs:
            idx = np.array(para.tokens, dtype=np.int64)
            feats = [tf.base[i][:OWN_FEATURES] for i in para.tokens]
            y = np.array([CLASSES.index(lb) for lb in gold_labels(doc, para, spans)])
            paras.append((idx, tensor[idx], feats, y))
        out.append((g.file, len(doc), paras))
    return out


class Net(torch.nn.Module):
    """Feature-embedding bag + doc.tensor -> BiLSTM -> class logits."""

    def __init__(self, n_features: int, width: int, emb: int, hidden: int, dropout: float):
        super().__init__()
        self.emb = torch.nn.EmbeddingBag(n_features, emb, mode="sum", padding_idx=0)
        self.drop = torch.nn.Dropout(dropout)
        self.lstm = torch.nn.LSTM(width + emb, hidden, batch_first=True, bidirectional=True)
        self.out = torch.nn.Linear(2 * hidden, len(CLASSES))

    def forward(self, x: torch.Tensor, ids: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        batch, steps, _ = x.shape
        e = self.emb(ids.view(batch * steps, -1)).view(batch, steps, -1)
        h = self.drop(torch.cat([x, e], -1))
        packed = torch.nn.utils.rnn.pack_padded_sequence(
            h, lengths, batch_first=True, enforce_sorted=False
        )
        o, _ = self.lstm(packed)
        o, _ = torch.nn.utils.rnn.pad_packed_sequence(o, batch_first=True, total_length=steps)
        return self.out(self.drop(o))  # type: ignore[no-any-return]


def batches(
    paras: list[Para], vocab: dict[str, int], size: int, rng: np.random.Generator | None
) -> Iterator[tuple[list[Para], torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]]:
    """Padded batches of similar-length paragraphs (shuffled batch order when ``rng``)."""
    paras = sorted(paras, key=lambda p: len(p[0]))
    chunks = [paras[i : i + size] for i in range(0, len(paras), size)]
    if rng is not None:
        rng.shuffle(chunks)  # type: ignore[arg-type]
    for ch in chunks:
        lengths = [len(p[0]) for p in ch]
        steps, width = max(lengths), ch[0][1].shape[1]
        x = torch.zeros(len(ch), steps, width)
        ids = torch.zeros(len(ch), steps, len(OWN_KINDS), dtype=torch.long)
        y = torch.full((len(ch), steps), -100)
        for b, (_idx, vec, feats, target) in enumerate(ch):
            n = lengths[b]
            x[b, :n] = torch.from_numpy(vec)
            for t, fs in enumerate(feats):
                row = [vocab.get(f, 0) for f in fs]
                ids[b, t, : len(row)] = torch.tensor(row)
            y[b, :n] = torch.from_numpy(target)
        yield ch, x, ids, y, torch.tensor(lengths)


def train(
    articles: list[tuple[str, int, list[Para]]],
    vocab: dict[str, int],
    args: argparse.Namespace,
    seed: int,
) -> Net:
    """Cross-entropy, Adam, gradient clipping; fixed seed."""
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    width = articles[0][2][0][1].shape[1]
    net = Net(len(vocab) + 1, width, args.emb, args.hidden, args.dropout)
    opt = torch.optim.Adam(net.parameters(), lr=args.lr)
    paras = [p for _, _, ps in articles for p in ps]
    for epoch in range(args.epochs):
        net.train()
        total, t0 = 0.0, time.time()
        for _ch, x, ids, y, lengths in batches(paras, vocab, 32, rng):
            logits = net(x, ids, lengths)
            loss = torch.nn.functional.cross_entropy(
                logits.view(-1, len(CLASSES)), y.view(-1), ignore_index=-100
            )
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += loss.item()
        log.info("epoch %d loss %.1f (%.0fs)", epoch, total, time.time() - t0)
    net.eval()
    return net


def predict(
    net: Net, articles: list[tuple[str, int, list[Para]]], vocab: dict[str, int]
) -> dict[str, np.ndarray]:
    """File name -> class probabilities of every doc token (whitespace tokens: ``O``)."""
    out = {}
    with torch.no_grad():
        for name, n_tokens, paras in articles:
            probs = np.zeros((n_tokens, len(CLASSES)), dtype=np.float32)
            probs[:, 0] = 1.0
            for ch, x, ids, _y, lengths in batches(paras, vocab, 64, None):
                pr = torch.softmax(net(x, ids, lengths), -1).numpy()
                for b, p in enumerate(ch):
                    probs[p[0]] = pr[b, : len(p[0])]
            out[name] = probs
    return out


def save(nets: list[Net], vocab: dict[str, int], width: int, path: Path) -> None:
    """The ensemble's weights as fp16 numpy arrays stacked on a leading member axis (no
    pickles), with the vocabulary and class names."""
    members = [
        arrays_from_state({k: v.detach().numpy() for k, v in net.state_dict().items()})
        for net in nets
    ]
    np.savez_compressed(
        path,
        **{k: np.stack([m[k] for m in members]).astype(np.float16) for k in members[0]},
        vocab=np.array(sorted(vocab, key=vocab.__getitem__)),
        classes=np.array(CLASSES),
        prefixes=np.array(OWN_KINDS),
        width=np.array(width),
    )


_JOB_DATA: tuple | None = None  # type: ignore[type-arg]


def _job(job: tuple[int, int]) -> tuple[tuple[int, int], object]:
    """(seed, fold ``k``): the fold's held-out probabilities; ``k < 0``: the network trained on
    all of train."""
    assert _JOB_DATA is not None
    articles, vocab, args = _JOB_DATA
    torch.set_num_threads(1)
    seed, k = job
    if k < 0:
        return job, train(articles, vocab, args, seed)
    fit = [a for i, a in enumerate(articles) if i % args.folds != k]
    held = [a for i, a in enumerate(articles) if i % args.folds == k]
    return job, predict(train(fit, vocab, args, seed), held, vocab)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--hidden", type=int, default=96)
    ap.add_argument("--emb", type=int, default=64)
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--dropout", type=float, default=0.25)
    ap.add_argument("--min-count", type=int, default=2, help="feature strings seen fewer times")
    ap.add_argument(
        "--seeds", type=int, nargs="+", default=[0, 1], help="one ensemble member per seed"
    )
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2, help="folds trained in parallel")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    torch.set_num_threads(1)
    t0 = time.time()
    articles = dataset("train")
    counts = Counter(f for _, _, ps in articles for p in ps for fs in p[2] for f in fs)
    kept = sorted(f for f, c in counts.items() if c >= args.min_count)
    vocab = {f: n + 1 for n, f in enumerate(kept)}
    log.info(
        "%d train articles, %d feature strings (%.0fs)", len(articles), len(vocab), time.time() - t0
    )
    global _JOB_DATA
    _JOB_DATA = (articles, vocab, args)
    oof: dict[str, np.ndarray] = {}
    nets: dict[int, Net] = {}
    jobs = [(seed, k) for seed in args.seeds for k in [*range(args.folds), -1]]
    # the folds and final networks are independent: run them in parallel (fork shares data)
    ctx = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=args.jobs, mp_context=ctx) as pool:
        for (seed, k), result in pool.map(_job, jobs):
            if k < 0:
                assert isinstance(result, Net)
                nets[seed] = result
            else:
                # out-of-fold probabilities: the mean over the ensemble's members
                for name, probs in result.items():  # type: ignore[attr-defined]
                    oof[name] = oof.get(name, 0) + probs / len(args.seeds)
            what = f"fold {k}" if k >= 0 else "final network"
            log.info("seed %d %s done (%.0fs)", seed, what, time.time() - t0)
    np.savez(OOF, **{n: p.astype(np.float16) for n, p in oof.items()})  # type: ignore[arg-type]
    members = [nets[seed] for seed in args.seeds]
    save(members, vocab, articles[0][2][0][1].shape[1], args.out)
    log.info("out-of-fold probabilities -> %s; network -> %s", OOF, args.out)
    dev = dataset("dev")
    runs = [predict(net, dev, vocab) for net in members]
    probs = {n: sum(r[n] for r in runs) / len(runs) for n in runs[0]}
    pred = np.concatenate(
        [probs[n][np.concatenate([p[0] for p in ps])].argmax(1) for n, _, ps in dev]
    )
    gold = np.concatenate([np.concatenate([p[3] for p in ps]) for _, _, ps in dev])
    for role in ("CUE", "SRC", "CON"):
        cols = [k for k, c in enumerate(CLASSES) if c.endswith(role)]
        p_in, g_in = np.isin(pred, cols), np.isin(gold, cols)
        tp = int((p_in & g_in).sum())
        print(
            f"dev tokens {role}: P {tp / max(1, int(p_in.sum())):.3f} "
            f"R {tp / max(1, int(g_in.sum())):.3f}"
        )


if __name__ == "__main__":
    main()
