"""A CRF boundary tagger for attributions (cue / source / content), stacked on the rules.

Each paragraph is one sequence; every token gets BIO labels over three roles (``CUE``, ``SRC``,
``CON``). Features (:mod:`sitrep.claims.features`) are the word, its parse (tag, dependency,
head), the cue lexicon prior, quote position, its path to the nearest cue-like verb, the role the
rule extractor gave it, a window of two tokens each side, and the role probabilities of a
paragraph-wide BiLSTM (:mod:`sitrep.claims.rolenet`). The model is trained with python-crfsuite on
PolNeAR train by ``scripts/train_attribution_crf.py``, which converts it to arrays
(:class:`CRFModel`, ``data/claims/crf.npz``): tagging is numpy (feature weights looked up per
distinct feature value, Viterbi over all paragraphs at once); on the CRF's scores alone it gives
python-crfsuite's tags. The tagger adds the role network's log-probabilities, weighted, to those
scores (:attr:`CRFModel.net_weight`): a product of the two models.
Why not python-crfsuite's own tagger: it takes a list of feature strings per token, and building
those strings and having crfsuite look them up was more than half of the attribution stage's
time. Without the model file the stage falls back to rules alone.
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc

from sitrep.claims.extract import RawAttribution
from sitrep.claims.features import (
    OWN_FEATURES,
    OWN_KINDS,
    Column,
    DocColumns,
    Featurizer,
    Paragraph,
)
from sitrep.claims.quotes import Quote
from sitrep.claims.rolenet import RoleNet
from sitrep.errors import ModelError
from sitrep.text.spans import token_end

log = logging.getLogger(__name__)

ROLES = ("CUE", "SRC", "CON")
MODEL_FILE = "data/claims/crf.npz"
#: Default weight of the role network's log-probabilities added to the CRF's label scores before
#: Viterbi (a product of the two models; the shipped model stores its own,
#: :attr:`CRFModel.net_weight`). The CRF also reads the probabilities as features, but only in
#: fifths. Picked by 5-fold cross-validation on PolNeAR train (CRFs retrained per fold, the
#: network's out-of-fold probabilities; exact F1 cue / source / content): 0 → 0.682 / 0.720 /
#: 0.612; 0.3 → 0.700 / 0.730 / 0.628; 1 → 0.701 / 0.732 / 0.628; 2 → 0.701 / 0.731 / 0.626;
#: 4 → 0.698 / 0.730 / 0.620.
NET_WEIGHT = 1.0
#: Floor under the network's probabilities before the log, so a class it rules out is not vetoed
#: outright (1e-2 and 1e-6 gave the same cross-validated F1 to the third decimal).
_NET_FLOOR = 1e-4


def gold_labels(doc: Doc, para: Paragraph, spans: dict[str, list[tuple[int, int]]]) -> list[str]:
    """BIO labels of a paragraph's tokens from gold char spans per role (CUE > SRC > CON)."""
    labels = []
    prev_role, prev_frag = "O", -1
    for i in para.tokens:
        tok = doc[i]
        s, e = tok.idx, token_end(tok)
        label, frag_id = "O", -1
        for role in ROLES:
            for n, (fs, fe) in enumerate(spans.get(role, [])):
                if fs < e and s < fe:
                    label, frag_id = role, n
                    break
            if label != "O":
                break
        if label == "O":
            labels.append("O")
        elif label == prev_role and frag_id == prev_frag:
            labels.append("I-" + label)
        else:
            labels.append("B-" + label)
        prev_role, prev_frag = label, frag_id
    return labels


def decode(doc: Doc, para: Paragraph, tags: list[str]) -> list[tuple[str, int, int]]:
    """(role, start char, end char) spans from BIO tags."""
    spans: list[tuple[str, int, int]] = []
    cur: list[Any] | None = None
    for i, tag in zip(para.tokens, tags, strict=True):
        if tag == "O":
            cur = None
            continue
        tok = doc[i]
        kind, role = tag.split("-", 1)
        if cur is not None and kind == "I" and cur[0] == role:
            cur[2] = token_end(tok)
            spans[-1] = (cur[0], cur[1], cur[2])
            continue
        cur = [role, tok.idx, token_end(tok)]
        spans.append((role, cur[1], cur[2]))
    return spans


class CRFModel:
    """A linear-chain CRF as arrays: state weights per feature string and label, transitions.

    :meth:`from_crfsuite` reads a python-crfsuite model file (its weights exactly, as doubles);
    :meth:`scores` and :meth:`viterbi` decode like crfsuite's tagger: a token's label scores are
    its features' weights added in feature order, the best path is the first maximum.
    :attr:`net_weight` is the weight :class:`CRFTagger` gives the role network's
    log-probabilities (stored with the model: it was picked for the network it was trained with).
    """

    def __init__(
        self,
        labels: Sequence[str],
        attributes: Sequence[str],
        weights: np.ndarray,
        transitions: np.ndarray,
        net_weight: float = NET_WEIGHT,
    ) -> None:
        n = len(labels)
        if weights.shape != (len(attributes), n) or transitions.shape != (n, n):
            raise ValueError(
                f"CRF arrays disagree: {len(labels)} labels, {len(attributes)} attributes, "
                f"weights {weights.shape}, transitions {transitions.shape}"
            )
        self.labels = tuple(labels)
        self.attributes = list(attributes)
        self.index = {a: k + 1 for k, a in enumerate(self.attributes)}  # 0: no weights
        self.weights = np.vstack([np.zeros((1, n)), weights]).astype(np.float64)
        self.transitions = transitions.astype(np.float64)
        self.net_weight = float(net_weight)

    @classmethod
    def load(cls, path: str | Path) -> CRFModel:
        """A model saved by :meth:`save`; :class:`~sitrep.errors.ModelError` if unreadable."""
        try:
            with np.load(path, allow_pickle=False) as npz:
                return cls(
                    [str(x) for x in npz["labels"]],
                    [str(x) for x in npz["attributes"]],
                    npz["weights"],
                    npz["transitions"],
                    float(npz["net_weight"]) if "net_weight" in npz.files else NET_WEIGHT,
                )
        except (OSError, KeyError, ValueError) as e:
            raise ModelError(
                f"cannot read the attribution CRF {path}: {e}; retrain it with "
                "scripts/train_attribution_crf.py",
                path=str(path),
                stage="sitrep_attributions",
            ) from e

    def save(self, path: str | Path) -> None:
        """Write the arrays (``.npz``, no pickles) that :meth:`load` reads."""
        np.savez_compressed(
            path,
            labels=np.array(self.labels),
            attributes=np.array(self.attributes),
            weights=self.weights[1:],
            transitions=self.transitions,
            net_weight=np.array(self.net_weight),
        )

    @classmethod
    def from_crfsuite(cls, path: str | Path) -> CRFModel:
        """Read a crfsuite 1st-order CRF model file (``lCRF``/``FOMC``, version 100).

        Raises:
            ValueError: not such a file, or a truncated one.
        """
        data = Path(path).read_bytes()
        try:
            return cls._from_crfsuite_bytes(data, str(path))
        except struct.error as e:
            raise ValueError(f"{path}: truncated crfsuite model ({e})") from e

    @classmethod
    def _from_crfsuite_bytes(cls, data: bytes, path: str) -> CRFModel:
        head = struct.unpack_from("<4sI4s9I", data, 0) if len(data) >= 48 else (b"",) * 4
        if head[0] != b"lCRF" or head[2] != b"FOMC":
            raise ValueError(f"{path}: not a crfsuite CRF model")
        if head[3] != 100:
            raise ValueError(f"{path}: crfsuite model version {head[3]}, expected 100")
        # (the header's feature count is not filled in: the feature chunk has it)
        n_labels, n_attrs, off_features, off_labels, off_attrs = head[5:10]
        labels = _cqdb_keys(data, off_labels)
        attributes = _cqdb_keys(data, off_attrs)
        if len(labels) != n_labels or len(attributes) != n_attrs:
            raise ValueError(f"{path}: {len(labels)} labels / {len(attributes)} attributes read")
        chunk, _size, n = struct.unpack_from("<4sII", data, off_features)
        if chunk != b"FEAT" or off_features + 12 + 20 * n > len(data):
            raise ValueError(f"{path}: bad feature chunk")
        feats = np.frombuffer(
            data,
            dtype=np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("w", "<f8")]),
            count=n,
            offset=off_features + 12,
        )
        weights = np.zeros((n_attrs, n_labels))
        transitions = np.zeros((n_labels, n_labels))
        state, trans = feats[feats["type"] == 0], feats[feats["type"] == 1]
        weights[state["src"], state["dst"]] = state["w"]
        transitions[trans["src"], trans["dst"]] = trans["w"]
        return cls(labels, attributes, weights, transitions)

    def scores(self, columns: Sequence[Column], n_tokens: int) -> np.ndarray:
        """Each token's label scores: its features' weights, summed in ``columns`` order.

        Args:
            columns: the feature columns (:mod:`sitrep.claims.features`) of a document.
            n_tokens: the document's length.

        Returns:
            (tokens × :attr:`labels`) float64 scores.
        """
        out = np.zeros((n_tokens, len(self.labels)))
        for c in columns:
            out += self.weights[c.lookup(self.index)]
        return out

    def item_scores(self, items: Sequence[Sequence[str]]) -> np.ndarray:
        """:meth:`scores` of feature strings (one list per token, python-crfsuite's items)."""
        get = self.index.get
        out = np.zeros((len(items), len(self.labels)))
        for t, feats in enumerate(items):
            for f in feats:
                out[t] += self.weights[get(f, 0)]
        return out

    def viterbi(self, sequences: Sequence[np.ndarray]) -> list[np.ndarray]:
        """The best label paths, all sequences stepped together.

        Args:
            sequences: per sequence, its tokens' label scores (tokens × :attr:`labels`, at
                least one token).

        Returns:
            Per sequence, the label index of each token on the highest-scoring path.
        """
        lengths = np.array([len(s) for s in sequences], np.int64)
        if not len(lengths):
            return []
        if lengths.min() < 1:
            raise ValueError("empty sequence")
        flat = np.concatenate(sequences)
        order = np.argsort(-lengths, kind="stable")  # running sequences: a prefix of this order
        starts = (np.cumsum(lengths) - lengths)[order]
        ends = starts + lengths[order] - 1
        longest = int(lengths.max())
        active = (lengths[None, :] > np.arange(longest)[:, None]).sum(axis=1).tolist()
        alpha = flat[starts]  # a copy (fancy indexing)
        back = np.zeros(flat.shape, np.int64)
        for t in range(1, longest):
            k = active[t]
            pos = starts[:k] + t
            m = alpha[:k, :, None] + self.transitions[None]
            best = m.argmax(axis=1)
            alpha[:k] = np.take_along_axis(m, best[:, None, :], axis=1)[:, 0] + flat[pos]
            back[pos] = best
        path = np.zeros(len(flat), np.int64)
        path[ends] = alpha.argmax(axis=1)
        for s in range(1, longest):  # s steps before each sequence's end
            k = active[s]
            pos = ends[:k] - s
            path[pos] = back[pos + 1, path[pos + 1]]
        return np.split(path, np.cumsum(lengths)[:-1])


def _check_network(model: CRFModel, net: RoleNet, path: str) -> None:
    """:class:`~sitrep.errors.ModelError` unless ``net`` gives a class for each of ``model``'s
    labels and embeds the feature kinds the featurizer computes first."""
    missing = set(model.labels) - set(net.classes)
    problem = ""
    if missing:
        problem = f"the CRF's labels {sorted(missing)} are not classes of the role network"
    elif tuple(net.prefixes) != OWN_KINDS:
        problem = f"the role network embeds {list(net.prefixes)}, not {list(OWN_KINDS)}"
    if problem:
        raise ModelError(
            f"attribution models do not fit together ({path}): {problem}; retrain both "
            "(scripts/train_attribution_rolenet.py, then scripts/train_attribution_crf.py)",
            path=path,
            stage="sitrep_attributions",
        )


def _cqdb_keys(data: bytes, base: int) -> list[str]:
    """The strings of a constant quark database (crfsuite's string <-> id store), by id."""
    chunk, _size, _flag, _order, n, bwd = struct.unpack_from("<4s5I", data, base)
    if chunk != b"CQDB":
        raise ValueError("bad string table")
    offsets = struct.unpack_from(f"<{n}I", data, base + bwd)
    out = []
    for off in offsets:
        _id, size = struct.unpack_from("<II", data, base + off)
        out.append(data[base + off + 8 : base + off + 8 + size - 1].decode("utf-8"))
    return out


class CRFTagger:
    """The shipped CRF and role network; :meth:`tag` gives role spans."""

    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            path = str(resources.files("sitrep").joinpath(MODEL_FILE))
        self.model = CRFModel.load(path)
        self.featurizer = Featurizer()
        self.net = RoleNet.load()
        if self.net is not None:
            _check_network(self.model, self.net, str(path))

    @classmethod
    def load(cls) -> CRFTagger | None:
        """The shipped tagger, or None (logged) when the model file is missing."""
        path = resources.files("sitrep").joinpath(MODEL_FILE)
        if not Path(str(path)).exists():
            log.warning("attribution CRF model %s missing; using rules only", MODEL_FILE)
            return None
        return cls(str(path))

    def tag(
        self,
        doc: Doc,
        raws: list[RawAttribution],
        quotes: list[Quote],
        *,
        text: str | None = None,
    ) -> list[tuple[str, int, int]]:
        """Role spans ``(role, start, end)`` of ``doc``, paragraph by paragraph."""
        return self.tag_many([(doc, raws, quotes, text)])[0]

    def tag_many(
        self, items: Sequence[tuple[Doc, list[RawAttribution], list[Quote], str | None]]
    ) -> list[list[tuple[str, int, int]]]:
        """:meth:`tag` of several documents at once (the role network and the Viterbi search run
        over all their paragraphs together).

        Args:
            items: per document ``(doc, raws, quotes, text)``: the rule extractor's attributions
                and quotations, and ``doc.text`` (or None).

        Returns:
            Per document, its role spans ``(role, start char, end char)``.
        """
        cols = [self.featurizer.columns(d, r, q, text=t) for d, r, q, t in items]
        probs = self.role_probs_many([d for d, *_ in items], cols)
        classes = self.net.classes if self.net is not None else ()
        scores: list[np.ndarray] = []
        where: list[tuple[int, Paragraph]] = []
        for k, ((doc, *_), dc, pr) in enumerate(zip(items, cols, probs, strict=True)):
            columns = dc.own + dc.window()
            if pr is not None:
                columns += dc.network(pr, classes)
            doc_scores = self.model.scores(columns, len(doc))
            if pr is not None and self.model.net_weight:
                of_label = [classes.index(lab) for lab in self.model.labels]
                doc_scores += self.model.net_weight * np.log(pr[:, of_label] + _NET_FLOOR)
            for para in dc.paragraphs:
                scores.append(doc_scores[para.tokens])
                where.append((k, para))
        out: list[list[tuple[str, int, int]]] = [[] for _ in items]
        labels = self.model.labels
        for (k, para), path in zip(where, self.model.viterbi(scores), strict=True):
            out[k].extend(decode(items[k][0], para, [labels[j] for j in path.tolist()]))
        return out

    def role_probs(self, doc: Doc, columns: DocColumns) -> np.ndarray | None:
        """The role network's class probabilities for every token of ``doc`` (whitespace rows
        all ``O``), or None without the network or a ``doc.tensor`` of its width."""
        return self.role_probs_many([doc], [columns])[0]

    def role_probs_many(
        self, docs: Sequence[Doc], columns: Sequence[DocColumns]
    ) -> list[np.ndarray | None]:
        """:meth:`role_probs` of several documents, in one pass of the network."""
        net = self.net
        out: list[np.ndarray | None] = [None] * len(docs)
        if net is None:
            return out
        todo = [
            k for k, d in enumerate(docs) if getattr(d.tensor, "shape", None) == (len(d), net.width)
        ]
        # what the network embeds: each token's own features (the rest adds nothing)
        got = net.docs_probs(
            [
                (
                    docs[k].tensor,
                    [p.tokens for p in columns[k].paragraphs],
                    net.feature_ids(columns[k].own[:OWN_FEATURES]),
                )
                for k in todo
            ]
        )
        for k, pr in zip(todo, got, strict=True):
            out[k] = pr
        return out
