"""A CRF boundary tagger for attributions (cue / source / content), stacked on the rules.

Each paragraph is one sequence; every token gets BIO labels over three roles (``CUE``, ``SRC``,
``CON``). Features are the word, its parse (tag, dependency, head), the cue lexicon prior, quote
position, its path to the nearest cue-like verb, the role the rule extractor gave it, and the
role probabilities of a paragraph-wide BiLSTM (:mod:`sitrep.claims.rolenet`). The model is
trained on PolNeAR train by ``scripts/train_attribution_crf.py`` and shipped as
``data/claims/crf.model`` (python-crfsuite). Without python-crfsuite or the model file the stage
falls back to rules alone.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_PUNCT,
    IS_SPACE,
    IS_TITLE,
    LOWER,
    SENT_START,
    TAG,
)
from spacy.tokens import Doc

from sitrep.claims.extract import RawAttribution
from sitrep.claims.lexicon import Cue, load_cues
from sitrep.claims.quotes import Quote
from sitrep.claims.rolenet import ROLE_FEATURES, RoleNet

log = logging.getLogger(__name__)

ROLES = ("CUE", "SRC", "CON")
_CHILD_DEPS = {"ccomp", "nsubj", "nsubjpass", "dobj", "xcomp", "agent", "prep", "mark", "advcl"}
MODEL_FILE = "data/claims/crf.model"
#: The first features of every token (word, suffix, tag, … ``ch=``, see
#: :meth:`Featurizer.token_features`) are its own, one of each kind; the role network embeds them.
OWN_FEATURES = 20


@dataclass
class Paragraph:
    """Token indices of one paragraph (no whitespace tokens)."""

    tokens: list[int]


@dataclass
class TokenFeatures:
    """A document's per-token CRF features before the window and role-network features."""

    base: list[list[str]]  # each token's own feature strings
    short: list[tuple[str, str, str, str]]  # (word, tag, rule role, lexicon) for the window
    paragraphs: list[Paragraph]


def paragraphs(doc: Doc) -> list[Paragraph]:
    """Split the doc into paragraphs at newline whitespace tokens."""
    out: list[Paragraph] = []
    cur: list[int] = []
    is_space = doc.to_array(IS_SPACE)
    for i in range(len(doc)):
        if is_space[i]:
            if cur and "\n" in doc[i].text:
                out.append(Paragraph(cur))
                cur = []
            continue
        cur.append(i)
    if cur:
        out.append(Paragraph(cur))
    return out


def _edges(heads: list[int]) -> tuple[list[int], list[int]]:
    """Each token's leftmost and rightmost descendant (itself included), from head indices:
    what spaCy's ``Token.left_edge`` / ``right_edge`` give, without making a Token per call."""
    n = len(heads)
    left, right = list(range(n)), list(range(n))
    for i in range(n):
        cur, steps = i, 0
        while heads[cur] != cur and steps < n:
            cur = heads[cur]
            steps += 1
            if i < left[cur]:
                left[cur] = i
            if i > right[cur]:
                right[cur] = i
    return left, right


def _bucket(rate: float) -> str:
    if rate >= 0.6:
        return "4"
    if rate >= 0.35:
        return "3"
    if rate >= 0.15:
        return "2"
    if rate > 0.0:
        return "1"
    return "0"


def rule_labels(doc: Doc, raws: list[RawAttribution]) -> dict[int, str]:
    """Token index -> rule role label (``B-CUE`` …) from the rule extractor's spans."""
    labels: dict[int, str] = {}

    def mark(span: tuple[int, int] | None, role: str) -> None:
        if span is None:
            return
        toks = doc.char_span(span[0], span[1], alignment_mode="expand")
        if toks is None:
            return
        first = True
        for t in toks:
            if t.is_space:
                continue
            if t.i not in labels:
                labels[t.i] = ("B-" if first else "I-") + role
            first = False

    for raw in raws:
        mark(raw.cue, "CUE")
        mark(raw.source, "SRC")
        for frag in raw.content:
            mark(frag, "CON")
    return labels


class Featurizer:
    """Token features for the CRF (see module docstring)."""

    def __init__(self) -> None:
        self.cues: dict[tuple[str, str], Cue] = load_cues()

    def _lex_word(self, word: str) -> str:
        cue = self.cues.get((word, "V")) or self.cues.get((word, "N"))
        if cue is None:
            return "-"
        return cue.pos + _bucket(cue.rate)

    def token_features(
        self,
        doc: Doc,
        raws: list[RawAttribution],
        quotes: list[Quote],
        *,
        text: str | None = None,
    ) -> TokenFeatures:
        """Each token's own features (no window, no role network yet) and the paragraphs."""
        text = doc.text if text is None else text
        rl = rule_labels(doc, raws)
        in_quote = bytearray(len(text) + 1)
        for q in quotes:
            for s, e in q.fragments:
                in_quote[s:e] = b"\x01" * (e - s)
        n = len(doc)
        arr = doc.to_array([LOWER, TAG, DEP, HEAD, ENT_TYPE, IS_TITLE, IS_PUNCT, SENT_START, IDX])
        strings = doc.vocab.strings
        names: dict[int, str] = {0: ""}

        def name(h: int) -> str:
            v = names.get(h)
            if v is None:
                v = names[h] = strings[h]
            return v

        lower = [name(h) for h in arr[:, 0].tolist()]
        tags = [name(h) for h in arr[:, 1].tolist()]
        deps = [name(h) for h in arr[:, 2].tolist()]
        heads = (np.arange(n) + arr[:, 3].astype(np.int64)).tolist()
        ents = [name(h) or "-" for h in arr[:, 4].tolist()]
        title, punct, sent_start, idxs = (arr[:, k].tolist() for k in (5, 6, 7, 8))
        left, right = _edges(heads)
        kids: list[set[str]] = [set() for _ in range(n)]
        for i, h in enumerate(heads):
            if h != i and deps[i] in _CHILD_DEPS:
                kids[h].add(deps[i])
        lex_cache: dict[str, str] = {}
        lexs = []
        for w in lower:
            lx = lex_cache.get(w)
            if lx is None:
                lx = lex_cache[w] = self._lex_word(w)
            lexs.append(lx)
        strong = [lx != "-" and lx[-1] in "234" for lx in lexs]
        base: list[list[str]] = []
        short: list[tuple[str, str, str, str]] = []
        for i in range(n):
            # the nearest cue-like ancestor: dependency of the step below it, and distance
            anc_dep, anc_dist = "none", "0"
            prev, cur, depth = i, heads[i], 1
            while depth <= 6:
                if strong[cur] and cur != prev:
                    anc_dep, anc_dist = deps[prev], str(min(depth, 3))
                    break
                if heads[cur] == cur:
                    break
                prev, cur, depth = cur, heads[cur], depth + 1
            h = heads[i]
            r = rl.get(i, "O")
            lex, hlex = lexs[i], lexs[h]
            hre = "1" if right[h] == i else "0"
            hle = "1" if left[h] == i else "0"
            ch = "|".join(sorted(kids[i]))
            f = [
                "w=" + lower[i],
                "suf=" + lower[i][-3:],
                "tag=" + tags[i],
                "dep=" + deps[i],
                "hdep=" + deps[h],
                "htag=" + tags[h],
                "hlex=" + hlex,
                "lex=" + lex,
                "anc=" + anc_dep,
                "ancd=" + anc_dist,
                "r=" + r,
                "q=" + ("1" if in_quote[idxs[i]] else "0"),
                "shape=" + ("X" if title[i] else ("P" if punct[i] else "x")),
                "ent=" + ents[i],
                "sb=" + ("1" if sent_start[i] == 1 else "0"),
                "le=" + ("1" if left[i] == i else "0"),
                "re=" + ("1" if right[i] == i else "0"),
                "hle=" + hle,
                "hre=" + hre,
                "ch=" + ch,
                f"r|tag={r}|{tags[i]}",
                f"lex|ch={lex}|{ch}",
                f"dep|hre={deps[i]}|{hre}",
                f"dep|hle={deps[i]}|{hle}",
                f"anc|dep={anc_dep}|{deps[i]}",
                "bias",
            ]
            if lex != "-":
                f.append("hw=" + lower[i])
            if hlex != "-":
                f.append("hw2=" + lower[h])
            base.append(f)
            short.append((lower[i], tags[i], r, lex))
        return TokenFeatures(base, short, paragraphs(doc))

    def paragraph_features(
        self,
        tf: TokenFeatures,
        *,
        probs: np.ndarray | None = None,
        classes: tuple[str, ...] = (),
    ) -> Iterator[tuple[Paragraph, list[list[str]]]]:
        """Per paragraph: the feature strings of its tokens (python-crfsuite items).

        Args:
            tf: from :meth:`token_features`.
            probs: the role network's class probabilities (doc tokens × classes, see
                :mod:`sitrep.claims.rolenet`), or None to leave those features out.
            classes: the class names of ``probs``' columns (``"O"``, ``"B-CUE"``, …).
        """
        base, short = tf.base, tf.short
        nn_own: list[list[str]] | None = None
        cue_level: list[str] = []
        if probs is not None:
            roles = np.stack(
                [
                    probs[:, [k for k, c in enumerate(classes) if c.split("-")[-1] == role]].sum(1)
                    for role, _ in ROLE_FEATURES
                ],
                axis=1,
            )
            levels = np.minimum(4, (roles * 5).astype(np.int64)).astype(str)
            best = probs.argmax(axis=1)
            nn_own = [
                [f"{name}={lv}" for (_, name), lv in zip(ROLE_FEATURES, row, strict=True)]
                + [f"nnarg={classes[int(b)]}"]
                for row, b in zip(levels, best, strict=True)
            ]
            cue_level = [str(lv) for lv in levels[:, 0]]
        for para in tf.paragraphs:
            feats: list[list[str]] = []
            idx = para.tokens
            n = len(idx)
            for k, i in enumerate(idx):
                f = list(base[i])
                for off in (-2, -1, 1, 2):
                    j = k + off
                    if 0 <= j < n:
                        w, t, r, lx = short[idx[j]]
                        f.append(f"{off}w={w}")
                        f.append(f"{off}tag={t}")
                        f.append(f"{off}r={r}")
                        f.append(f"{off}lex={lx}")
                    else:
                        f.append(f"{off}pad")
                if nn_own is not None:
                    f.extend(nn_own[i])
                    for off in (-1, 1):
                        j = k + off
                        if 0 <= j < n:
                            f.append(f"{off}nnc={cue_level[idx[j]]}")
                feats.append(f)
            yield para, feats

    def doc_features(
        self,
        doc: Doc,
        raws: list[RawAttribution],
        quotes: list[Quote],
        *,
        text: str | None = None,
        probs: np.ndarray | None = None,
        classes: tuple[str, ...] = (),
    ) -> Iterator[tuple[Paragraph, list[list[str]]]]:
        """:meth:`token_features` then :meth:`paragraph_features`."""
        tf = self.token_features(doc, raws, quotes, text=text)
        yield from self.paragraph_features(tf, probs=probs, classes=classes)


def gold_labels(doc: Doc, para: Paragraph, spans: dict[str, list[tuple[int, int]]]) -> list[str]:
    """BIO labels of a paragraph's tokens from gold char spans per role (CUE > SRC > CON)."""
    labels = []
    prev_role, prev_frag = "O", -1
    for i in para.tokens:
        tok = doc[i]
        s, e = tok.idx, tok.idx + len(tok.text)
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
        tok = doc[i]
        if tag == "O":
            cur = None
            continue
        kind, role = tag.split("-", 1)
        if cur is not None and kind == "I" and cur[0] == role:
            cur[2] = tok.idx + len(tok.text)
            spans[-1] = (cur[0], cur[1], cur[2])
            continue
        cur = [role, tok.idx, tok.idx + len(tok.text)]
        spans.append((role, cur[1], cur[2]))
    return spans


class CRFTagger:
    """Loads the shipped CRF model; ``tag(doc, raws, quotes)`` gives role spans."""

    def __init__(self, path: str | Path | None = None) -> None:
        import pycrfsuite  # optional: python-crfsuite

        if path is None:
            path = str(resources.files("sitrep").joinpath(MODEL_FILE))
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(path))
        self.featurizer = Featurizer()
        self.net = RoleNet.load()

    @classmethod
    def load(cls) -> CRFTagger | None:
        """The shipped tagger, or None (logged) when python-crfsuite or the model is missing."""
        try:
            path = resources.files("sitrep").joinpath(MODEL_FILE)
            if not Path(str(path)).exists():
                log.warning("attribution CRF model %s missing; using rules only", MODEL_FILE)
                return None
            return cls(str(path))
        except ImportError:
            log.warning("python-crfsuite not installed; attribution boundaries from rules only")
            return None

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
        """:meth:`tag` of several ``(doc, raws, quotes, text)`` at once (the role network runs
        over all their paragraphs together)."""
        tfs = [self.featurizer.token_features(d, r, q, text=t) for d, r, q, t in items]
        probs = self.role_probs_many([d for d, *_ in items], tfs)
        classes = self.net.classes if self.net is not None else ()
        out = []
        for (doc, *_), tf, pr in zip(items, tfs, probs, strict=True):
            spans: list[tuple[str, int, int]] = []
            for para, feats in self.featurizer.paragraph_features(tf, probs=pr, classes=classes):
                spans.extend(decode(doc, para, self.tagger.tag(feats)))
            out.append(spans)
        return out

    def role_probs(self, doc: Doc, tf: TokenFeatures) -> np.ndarray | None:
        """The role network's class probabilities for every token of ``doc`` (whitespace rows
        all ``O``), or None without the network or a ``doc.tensor`` of its width."""
        return self.role_probs_many([doc], [tf])[0]

    def role_probs_many(
        self, docs: Sequence[Doc], tfs: Sequence[TokenFeatures]
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
                    [p.tokens for p in tfs[k].paragraphs],
                    [b[:OWN_FEATURES] for b in tfs[k].base],
                )
                for k in todo
            ]
        )
        for k, pr in zip(todo, got, strict=True):
            out[k] = pr
        return out
