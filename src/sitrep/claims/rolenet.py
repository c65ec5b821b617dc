"""A BiLSTM role tagger stacked under the attribution CRF.

The CRF (:mod:`sitrep.claims.crf`) sees a window of two tokens each side; whether a verb is a
cue often depends on the whole paragraph (is there a quotation, a subject, a clause after it?).
This network reads a paragraph left to right and right to left. Each token's input is its
contextual vector from the parse (``doc.tensor``, en_core_web_sm's ``tok2vec`` output, so it costs
nothing) and the sum of learned embeddings of its own CRF features (word, suffix, tag,
dependency, head, cue lexicon prior, rule role, quotation, …). It outputs, per token, the
probability of each BIO role label (cue, source, content); the CRF takes them, bucketed, as
features, and the tagger adds their logs to the CRF's label scores. The shipped file holds an
ensemble of two such networks whose probabilities are averaged.

Weights (``data/claims/rolenet.npz``, fp16, no pickles) are trained by
``scripts/train_attribution_rolenet.py``; inference is a numpy forward pass (no torch at run
time). Without the file, or for a pipeline that sets no ``doc.tensor`` of the trained width,
the CRF runs without these features and, since it was trained with them, less accurately.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from importlib import resources
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from sitrep.errors import ModelError

if TYPE_CHECKING:
    from sitrep.claims.features import Column

log = logging.getLogger(__name__)

MODEL_FILE = "data/claims/rolenet.npz"
_CHUNK_TOKENS = 2048
#: Work arrays up to this many float32 elements (64 MB) are kept between calls.
_KEEP_ELEMENTS = 16 * 1024 * 1024
_ARRAYS = ("emb", "wih_f", "whh_f", "b_f", "wih_b", "whh_b", "b_b", "out_w", "out_b")


def feature_prefix(feature: str) -> str:
    """The name part of a CRF feature string (``"w=said"`` -> ``"w="``)."""
    return feature[: feature.find("=") + 1]


def arrays_from_state(state: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The file's arrays of one member from a PyTorch state dict with modules ``emb`` (an
    EmbeddingBag), ``lstm`` (one bidirectional layer) and ``out`` (a Linear), as numpy arrays;
    the two LSTM biases are summed."""
    return {
        "emb": state["emb.weight"],
        "wih_f": state["lstm.weight_ih_l0"],
        "whh_f": state["lstm.weight_hh_l0"],
        "b_f": state["lstm.bias_ih_l0"] + state["lstm.bias_hh_l0"],
        "wih_b": state["lstm.weight_ih_l0_reverse"],
        "whh_b": state["lstm.weight_hh_l0_reverse"],
        "b_b": state["lstm.bias_ih_l0_reverse"] + state["lstm.bias_hh_l0_reverse"],
        "out_w": state["out.weight"],
        "out_b": state["out.bias"],
    }


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


def _bilstm(
    xproj: np.ndarray, whh: np.ndarray, lengths: np.ndarray, out: np.ndarray | None = None
) -> np.ndarray:
    """LSTMs over sequences laid end to end, all sequences and directions stepped together.

    Args:
        xproj: (directions, tokens, 4·hidden): per direction every token's input projection
            plus both biases, gates in the order i, f, o, g. The first half of the directions
            read forward, the second half backward (one pair per ensemble member). The
            sequences follow one another in the order of ``lengths``.
        whh: (directions, hidden, 4·hidden) recurrent weights, same gate order.
        lengths: each sequence's length (all > 0).
        out: where to write the result (every element is written), else a new array.

    Returns:
        (directions, tokens, hidden): each token's hidden state per direction.
    """
    n_dir, n_tok, four_h = xproj.shape
    half = n_dir // 2
    hidden = four_h // 4
    three = 3 * hidden
    # longest first: the sequences still running at step t are a prefix of this order
    order = np.argsort(-lengths, kind="stable")
    starts = (np.cumsum(lengths) - lengths)[order]
    last = starts + lengths[order] - 1
    active = (lengths[None, :] > np.arange(int(lengths.max()))[:, None]).sum(axis=1)
    x_fwd, x_bwd = xproj[:half], xproj[half:]
    h = np.zeros((n_dir, len(order), hidden), np.float32)
    c = np.zeros((n_dir, len(order), hidden), np.float32)
    if out is None:
        out = np.empty((n_dir, n_tok, hidden), np.float32)
    for t, k in enumerate(active.tolist()):
        fwd, bwd = starts[:k] + t, last[:k] - t
        g = np.matmul(h[:, :k], whh)
        g[:half] += x_fwd[:, fwd]
        g[half:] += x_bwd[:, bwd]
        ifo = _sigmoid(g[..., :three])
        ck = ifo[..., hidden : 2 * hidden] * c[:, :k] + ifo[..., :hidden] * np.tanh(g[..., three:])
        hk = ifo[..., 2 * hidden :] * np.tanh(ck)
        c[:, :k], h[:, :k] = ck, hk
        out[:half, fwd], out[half:, bwd] = hk[:half], hk[half:]
    return out


def _ifog(w: np.ndarray) -> np.ndarray:
    """Rows of a PyTorch LSTM weight/bias from gate order i, f, g, o to i, f, o, g."""
    i, f, g, o = np.split(w, 4, axis=0)
    return np.concatenate([i, f, o, g], axis=0)


class RoleNet:
    """The shipped role network; ``paragraph_probs`` gives class probabilities per token."""

    def __init__(self, path: str | Path) -> None:
        try:
            with np.load(path, allow_pickle=False) as npz:
                w = {k: npz[k].astype(np.float32) for k in _ARRAYS}
                vocab = [str(s) for s in npz["vocab"]]
                self.classes = tuple(str(c) for c in npz["classes"])
                # the feature kinds it embeds (the vocabulary holds only these)
                self.prefixes = tuple(str(p) for p in npz["prefixes"])
                self.width = int(npz["width"])
        except (OSError, KeyError, ValueError) as e:
            raise ModelError(
                f"cannot read the attribution role network {path}: {e}; retrain it with "
                "scripts/train_attribution_rolenet.py",
                path=str(path),
                stage="sitrep_attributions",
            ) from e
        # one or several ensemble members, stacked on a leading axis
        w = {k: v[None] if v.ndim == (1 if k.startswith(("b_", "out_b")) else 2) else v
             for k, v in w.items()}  # fmt: skip
        emb = w["emb"]
        self.members, n_emb, self.emb_width = emb.shape
        if w["wih_f"].shape[2] != self.width + self.emb_width or len(vocab) + 1 != n_emb:
            raise ModelError(
                f"attribution role network {path} is inconsistent (inputs {w['wih_f'].shape[2]}, "
                f"vector width {self.width}, {len(vocab)} features for {n_emb} "
                "embeddings); retrain it",
                path=str(path),
                stage="sitrep_attributions",
            )
        self.vocab = {s: n + 1 for n, s in enumerate(vocab)}  # 0: unknown (zero embedding)
        # the members' embeddings side by side: one gather serves them all
        self.emb = np.concatenate(list(emb), axis=1)
        # directions: every member's forward one, then every member's backward one; weights
        # transposed for x @ W, gates reordered to i, f, o, g
        m = range(self.members)
        self.wih = np.stack(
            [_ifog(w["wih_f"][k]).T for k in m] + [_ifog(w["wih_b"][k]).T for k in m]
        )
        self.whh = np.stack(
            [_ifog(w["whh_f"][k]).T for k in m] + [_ifog(w["whh_b"][k]).T for k in m]
        )
        self.bias = np.stack([_ifog(w["b_f"][k]) for k in m] + [_ifog(w["b_b"][k]) for k in m])
        self.out_w = np.stack([w["out_w"][k].T for k in m])
        self.out_b = w["out_b"]
        # paragraph_probs' input projections and hidden states, kept between calls per thread
        self._buffers = threading.local()

    @classmethod
    def load(cls) -> RoleNet | None:
        """The shipped network, or None (logged) when its file is missing."""
        path = Path(str(resources.files("sitrep").joinpath(MODEL_FILE)))
        if not path.exists():
            log.warning("attribution role network %s missing; CRF runs without it", MODEL_FILE)
            return None
        return cls(path)

    def embed(self, features: Sequence[list[str]]) -> np.ndarray:
        """Sum of the feature embeddings of each token. Only feature strings the network was
        trained on have an embedding; the rest (other feature kinds, unseen words) add nothing."""
        get = self.vocab.get
        lengths = [len(f) for f in features]
        if not lengths or min(lengths) == 0:
            out = np.zeros((len(lengths), self.emb.shape[1]), np.float32)
            for n, feats in enumerate(features):
                if feats:
                    out[n] = self.emb[[get(f, 0) for f in feats]].sum(0)
            return out
        flat = [f for feats in features for f in feats]
        ids = np.fromiter(map(get, flat, repeat(0)), dtype=np.int64, count=len(flat))
        if min(lengths) == max(lengths):
            # as many features per token (the CRF's own features are): add one column of
            # embeddings at a time, never gathering all of them at once
            cols = ids.reshape(len(lengths), lengths[0])
            out = self.emb[cols[:, 0]]
            for j in range(1, lengths[0]):
                out += self.emb[cols[:, j]]
            return out
        starts = np.cumsum([0, *lengths[:-1]])
        return np.add.reduceat(self.emb[ids], starts, axis=0)

    def _scratch(self, name: str, size: int) -> np.ndarray:
        """A float32 work array of ``size`` elements, kept between calls of this thread: a fresh
        array of tens of MB per batch costs its page faults. Arrays over
        :data:`_KEEP_ELEMENTS` are not kept (one huge batch does not pin its memory)."""
        buf = getattr(self._buffers, name, None)
        if buf is not None and len(buf) >= size:
            return buf[:size]
        buf = np.empty(size, np.float32)
        if size <= _KEEP_ELEMENTS:
            setattr(self._buffers, name, buf)
        return buf

    def feature_ids(self, columns: Sequence[Column]) -> np.ndarray:
        """Per token (rows) and feature kind (columns), the embedding index of its feature;
        ``columns`` are the kinds the network embeds (:attr:`prefixes`), in that order."""
        kinds = tuple(c.kind for c in columns)
        if kinds != self.prefixes:
            raise ValueError(f"the network embeds {self.prefixes}, not {kinds}")
        return np.stack([c.lookup(self.vocab) for c in columns], axis=1)

    def embed_ids(self, ids: np.ndarray) -> np.ndarray:
        """Sum of the embeddings of each row of feature indices (:meth:`feature_ids`), one
        column at a time as :meth:`embed` adds them."""
        if ids.shape[1] == 0:
            return np.zeros((len(ids), self.emb.shape[1]), np.float32)
        out = self.emb[ids[:, 0]]
        for j in range(1, ids.shape[1]):
            out += self.emb[ids[:, j]]
        return out

    def _project(self, vec: np.ndarray, emb: np.ndarray, out: np.ndarray) -> None:
        """Write the input projections (directions × tokens × 4·hidden) of tokens' vectors and
        summed feature embeddings (all members' side by side) into ``out``."""
        w = self.emb_width
        for k in range(len(self.wih)):
            m = k % self.members
            # x @ W = vec @ W[:width] + emb @ W[width:], without joining vec and emb
            np.matmul(vec, self.wih[k, : self.width], out=out[k])
            out[k] += emb[:, m * w : (m + 1) * w] @ self.wih[k, self.width :]
            out[k] += self.bias[k]

    def paragraph_probs(
        self,
        vectors: Sequence[np.ndarray],
        features: Sequence[list[list[str]] | np.ndarray],
    ) -> list[np.ndarray]:
        """Class probabilities (tokens × classes) for each paragraph.

        Args:
            vectors: per paragraph, its tokens' ``doc.tensor`` rows (tokens × width).
            features: per paragraph, its tokens' CRF feature strings, or their embedding
                indices (tokens × kinds, :meth:`feature_ids`).
        """
        if not vectors:
            return []
        lengths = np.array([len(v) for v in vectors])
        ends = np.cumsum(lengths)
        # input projections a few thousand tokens at a time (the gathered embeddings of a whole
        # batch at once would not stay in cache), written in place
        shape = (len(self.wih), int(ends[-1]), self.wih.shape[2])
        size = shape[0] * shape[1] * shape[2]
        xproj = self._scratch("xproj", size).reshape(shape)
        lo = 0
        while lo < len(vectors):
            hi, n = lo, 0
            while hi < len(vectors) and (n < _CHUNK_TOKENS or hi == lo):
                n += len(vectors[hi])
                hi += 1
            vec = np.concatenate([np.asarray(v, np.float32) for v in vectors[lo:hi]])
            chunk = features[lo:hi]
            if all(isinstance(f, np.ndarray) for f in chunk):
                emb = self.embed_ids(np.concatenate(chunk))
            else:
                emb = self.embed([tok for para in chunk for tok in para])
            t0 = int(ends[lo - 1]) if lo else 0
            self._project(vec, emb, xproj[:, t0 : int(ends[hi - 1])])
            lo = hi
        n_hid = shape[0] * shape[1] * self.whh.shape[1]
        hidden_out = self._scratch("hidden", n_hid).reshape(*shape[:2], -1)
        hs = _bilstm(xproj, self.whh, lengths, hidden_out)
        probs = np.zeros((xproj.shape[1], self.out_b.shape[1]), np.float32)
        hidden = hs.shape[2]
        for k in range(self.members):
            # [h_fwd, h_bwd] @ W, a half of W per direction
            logits = hs[k] @ self.out_w[k][:hidden]
            logits += hs[self.members + k] @ self.out_w[k][hidden:]
            logits += self.out_b[k]
            logits -= logits.max(axis=1, keepdims=True)
            e = np.exp(logits)
            probs += e / e.sum(axis=1, keepdims=True)
        probs /= self.members
        return np.split(probs, ends[:-1])

    def doc_probs(
        self,
        tensor: np.ndarray,
        paragraphs: Sequence[list[int]],
        features: Sequence[list[str]] | np.ndarray,
    ) -> np.ndarray:
        """Class probabilities for every token of a document (tokens outside the paragraphs,
        i.e. whitespace, get ``O``).

        Args:
            tensor: ``doc.tensor`` (tokens × :attr:`width`).
            paragraphs: the token indices of each paragraph.
            features: each doc token's CRF feature strings, or the embedding indices of its
                own features (tokens × kinds, :meth:`feature_ids`).
        """
        return self.docs_probs([(tensor, paragraphs, features)])[0]

    def docs_probs(
        self,
        docs: Sequence[tuple[np.ndarray, Sequence[list[int]], Sequence[list[str]] | np.ndarray]],
    ) -> list[np.ndarray]:
        """:meth:`doc_probs` of several documents in one pass: their paragraphs are stepped
        together, which costs about as much as the longest document alone."""
        vectors: list[np.ndarray] = []
        feats: list[list[list[str]] | np.ndarray] = []
        for tensor, paragraphs, features in docs:
            for p in paragraphs:
                if p:
                    vectors.append(tensor[p])
                    if isinstance(features, np.ndarray):
                        feats.append(features[p])
                    else:
                        feats.append([features[i] for i in p])
        per_para = iter(self.paragraph_probs(vectors, feats))
        out = []
        o = self.classes.index("O")
        for tensor, paragraphs, _ in docs:
            probs = np.zeros((len(tensor), len(self.classes)), np.float32)
            probs[:, o] = 1.0
            for p in paragraphs:
                if p:
                    probs[p] = next(per_para)
            out.append(probs)
        return out
