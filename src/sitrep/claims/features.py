"""Token features of the attribution tagger, computed a column at a time.

A feature *kind* (``"w="``, ``"tag="``, ``"-1w="``, ``"bias"`` …) has at most one value per token.
A :class:`Column` holds a kind's distinct values in one document and, per token, which of them it
has, so the features are computed with numpy over whole documents and each distinct value becomes
a string once per document, not once per token. The CRF (:mod:`sitrep.claims.crf`) and the role
network (:mod:`sitrep.claims.rolenet`) look their weights up per distinct value. The same columns
give the feature strings python-crfsuite trains on (:func:`token_strings`): training and tagging
read the same features by construction.

The kinds (see :meth:`Featurizer.columns`): the word, its suffix, tag, dependency, its head's
dependency, tag and cue-lexicon prior, its own lexicon prior, its nearest cue-like ancestor (the
dependency of the step below it and the distance), the role the rule extractor gave it, quotation,
shape, entity type, sentence start, whether it is the left/right edge of its own or its head's
subtree, its child dependencies, five conjunctions of these, ``bias``, and the word again when it
or its head is in the cue lexicon. Window kinds repeat the word, tag, rule role and lexicon prior
of the tokens up to two places away in the paragraph (``-2w=`` …, or ``-2pad`` past its edge);
role-network kinds bucket its role probabilities.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

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
from sitrep.text.spans import doc_text

#: The kinds each token has one of, first in :meth:`Featurizer.columns` and in this order: the
#: role network embeds them (:mod:`sitrep.claims.rolenet`).
OWN_KINDS = (
    "w=", "suf=", "tag=", "dep=", "hdep=", "htag=", "hlex=", "lex=", "anc=", "ancd=", "r=", "q=",
    "shape=", "ent=", "sb=", "le=", "re=", "hle=", "hre=", "ch=",
)  # fmt: skip
OWN_FEATURES = len(OWN_KINDS)
#: Rule-role values (``r=``): BIO over the three roles.
RULE_ROLES = ("O", "B-CUE", "I-CUE", "B-SRC", "I-SRC", "B-CON", "I-CON")
#: Child dependencies named by ``ch=`` (joined in this, alphabetical, order).
CHILD_DEPS = ("advcl", "agent", "ccomp", "dobj", "mark", "nsubj", "nsubjpass", "prep", "xcomp")
#: Window offsets and the kinds each neighbour contributes.
WINDOW = (-2, -1, 1, 2)
WINDOW_KINDS = ("w=", "tag=", "r=", "lex=")
#: Roles whose network probabilities (summed over their B-/I- classes) become features, with the
#: feature kinds.
ROLE_FEATURES = (("CUE", "nnc="), ("SRC", "nns="), ("CON", "nno="))
_LEVELS = ["0", "1", "2", "3", "4"]


@dataclass
class Column:
    """One feature kind over a document's tokens.

    Attributes:
        kind: the feature name up to and including ``=`` (``"w="``), or a whole constant feature
            (``"bias"``, ``"-1pad"``) whose only value is ``""``.
        values: the kind's distinct values in the document.
        codes: per document token, the index of its value in ``values``; -1 where the token does
            not have the feature.
    """

    kind: str
    values: list[str]
    codes: np.ndarray

    def lookup(self, table: dict[str, int]) -> np.ndarray:
        """Per token, ``table``'s entry for its feature string (``kind + value``); 0 for tokens
        without the feature and for strings not in ``table``."""
        kind, get = self.kind, table.get
        lut = np.zeros(len(self.values) + 1, np.int64)  # the last entry serves code -1
        lut[:-1] = [get(kind + v, 0) for v in self.values]
        return lut[self.codes]


@dataclass
class Paragraph:
    """Token indices of one paragraph (no whitespace tokens)."""

    tokens: list[int]


@dataclass
class DocColumns:
    """A document's own-feature columns, its paragraphs and each token's window neighbours."""

    own: list[Column]
    paragraphs: list[Paragraph]
    #: offset -> per doc token, the doc index of the token that many places away in its
    #: paragraph; -1 past the paragraph's edge and for tokens in no paragraph (whitespace)
    neighbours: dict[int, np.ndarray]
    #: per doc token: whether it is in a paragraph
    in_paragraph: np.ndarray

    def column(self, kind: str) -> Column:
        """The own-feature column of ``kind`` (``"w="`` …)."""
        return next(c for c in self.own if c.kind == kind)

    def window(self) -> list[Column]:
        """The window columns, in feature-string order: per offset the neighbour's kinds, then
        the pad feature (a token has one or the other)."""
        base = {k: self.column(k) for k in WINDOW_KINDS}
        out = []
        for off in WINDOW:
            nb = self.neighbours[off]
            has = nb >= 0
            for k in WINDOW_KINDS:
                c = base[k]
                out.append(Column(f"{off}{k}", c.values, np.where(has, c.codes[nb], -1)))
            pad = np.where(~has & self.in_paragraph, 0, -1)
            out.append(Column(f"{off}pad", [""], pad))
        return out

    def network(self, probs: np.ndarray, classes: Sequence[str]) -> list[Column]:
        """Columns from the role network's class probabilities (doc tokens × classes): each
        role's probability in fifths (``nnc=`` …), the most likely class (``nnarg=``) and the
        neighbours' cue fifths (``-1nnc=``, ``1nnc=``)."""
        roles = np.stack(
            [
                probs[:, [k for k, c in enumerate(classes) if c.split("-")[-1] == role]].sum(1)
                for role, _ in ROLE_FEATURES
            ],
            axis=1,
        )
        levels = np.minimum(4, (roles * 5).astype(np.int64))
        out = [Column(kind, _LEVELS, levels[:, k]) for k, (_, kind) in enumerate(ROLE_FEATURES)]
        out.append(Column("nnarg=", list(classes), probs.argmax(axis=1)))
        for off in (-1, 1):
            nb = self.neighbours[off]
            out.append(Column(f"{off}nnc=", _LEVELS, np.where(nb >= 0, levels[nb, 0], -1)))
        return out


def token_strings(columns: Sequence[Column], tokens: Sequence[int]) -> list[list[str]]:
    """Feature strings, as python-crfsuite trains on them.

    Args:
        columns: a document's feature columns.
        tokens: doc indices of the tokens wanted.

    Returns:
        Per token, ``kind + value`` of each column it has a value in, in column order.
    """
    cols = [(c.kind, c.values, c.codes[np.asarray(tokens, np.int64)].tolist()) for c in columns]
    out: list[list[str]] = [[] for _ in tokens]
    for kind, values, codes in cols:
        for feats, code in zip(out, codes, strict=True):
            if code >= 0:
                feats.append(kind + values[code])
    return out


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


def edges(heads: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each token's leftmost and rightmost descendant, itself included.

    What spaCy's ``Token.left_edge`` / ``right_edge`` give, computed one tree level at a time for
    all tokens instead of a Token object per call.

    Args:
        heads: each token's head index (a root is its own head).

    Returns:
        (left edges, right edges), token indices.
    """
    n = len(heads)
    idx = np.arange(n)
    left, right = idx.copy(), idx.copy()
    cur = heads.copy()
    live = cur != idx
    for _ in range(n):
        if not live.any():
            break
        np.minimum.at(left, cur[live], idx[live])
        np.maximum.at(right, cur[live], idx[live])
        nxt = heads[cur]
        live &= nxt != cur
        cur = nxt
    return left, right


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


def _factor(keys: np.ndarray) -> tuple[list[int], np.ndarray]:
    """Distinct keys (as Python ints) and each element's index among them."""
    uniq, inv = np.unique(keys, return_inverse=True)
    return uniq.tolist(), inv.reshape(-1).astype(np.int64)


def _strings_column(kind: str, strings: list[str]) -> Column:
    """A column from one string per token."""
    index: dict[str, int] = {}
    codes = np.fromiter((index.setdefault(s, len(index)) for s in strings), np.int64, len(strings))
    return Column(kind, list(index), codes)


def _derive(kind: str, base: Column, values_of: dict[str, str]) -> Column:
    """A column whose value is a function of ``base``'s (``values_of[base value]``)."""
    index: dict[str, int] = {}
    remap = np.fromiter(
        (index.setdefault(values_of[v], len(index)) for v in base.values),
        np.int64,
        len(base.values),
    )
    return Column(kind, list(index), remap[base.codes])


def _pair(kind: str, a: Column, b: Column) -> Column:
    """``a``'s and ``b``'s values joined by ``|`` (both present on every token)."""
    nb = max(1, len(b.values))
    keys, codes = _factor(a.codes * nb + b.codes)
    return Column(kind, [f"{a.values[k // nb]}|{b.values[k % nb]}" for k in keys], codes)


def _at(kind: str, c: Column, where: np.ndarray) -> Column:
    """``c``'s value of the token at ``where`` (an index per token)."""
    return Column(kind, c.values, c.codes[where])


def _flag(kind: str, flags: np.ndarray) -> Column:
    return Column(kind, ["0", "1"], flags.astype(np.int64))


class Featurizer:
    """Token feature columns for the CRF and the role network (see module docstring)."""

    def __init__(self) -> None:
        self.cues: dict[tuple[str, str], Cue] = load_cues()
        self._lex: dict[str, str] = {}

    def _lex_word(self, word: str) -> str:
        lx = self._lex.get(word)
        if lx is None:
            cue = self.cues.get((word, "V")) or self.cues.get((word, "N"))
            lx = "-" if cue is None else cue.pos + _bucket(cue.rate)
            if len(self._lex) < 200_000:  # words are many but finite; bound the cache anyway
                self._lex[word] = lx
        return lx

    def columns(
        self,
        doc: Doc,
        raws: list[RawAttribution],
        quotes: list[Quote],
        *,
        text: str | None = None,
    ) -> DocColumns:
        """The document's feature columns, paragraphs and window neighbours.

        Args:
            doc: a parsed document.
            raws: the rule extractor's attributions (for the rule-role kind ``r=``).
            quotes: the document's quotations (for ``q=``).
            text: ``doc.text``, if the caller has it.

        Returns:
            The own-feature columns (:data:`OWN_KINDS` first, then the conjunctions, ``bias``,
            ``hw=``, ``hw2=``: the feature-string order), the paragraphs and the neighbours.
        """
        text = doc_text(doc) if text is None else text
        n = len(doc)
        strings = doc.vocab.strings
        arr = doc.to_array([LOWER, TAG, DEP, HEAD, ENT_TYPE, IS_TITLE, IS_PUNCT, SENT_START, IDX])
        idx = np.arange(n)
        heads = idx + arr[:, 3].astype(np.int64)

        def hashed(kind: str, k: int, empty: str = "") -> Column:
            keys, codes = _factor(arr[:, k])
            return Column(kind, [strings[h] if h else empty for h in keys], codes)

        w = hashed("w=", 0)
        tag = hashed("tag=", 1)
        dep = hashed("dep=", 2)
        ent = hashed("ent=", 4, "-")
        suf = _derive("suf=", w, {v: v[-3:] for v in w.values})
        lex = _derive("lex=", w, {v: self._lex_word(v) for v in w.values})
        strong_value = np.array([v != "-" and v[-1] in "234" for v in lex.values], bool)
        strong = strong_value[lex.codes]
        no_lex = lex.values.index("-") if "-" in lex.values else -2

        # the nearest cue-like ancestor: dependency of the step below it, and distance
        anc = np.full(n, len(dep.values), np.int64)  # "none"
        ancd = np.zeros(n, np.int64)
        prev, cur = idx.copy(), heads.copy()
        open_ = np.ones(n, bool)
        for depth in range(1, 7):
            hit = open_ & strong[cur] & (cur != prev)
            anc[hit] = dep.codes[prev[hit]]
            ancd[hit] = min(depth, 3)
            open_ &= ~hit
            open_ &= heads[cur] != cur
            prev, cur = cur, heads[cur]
        anc_col = Column("anc=", [*dep.values, "none"], anc)

        labels = rule_labels(doc, raws)
        r_codes = np.zeros(n, np.int64)
        for i, lab in labels.items():
            r_codes[i] = RULE_ROLES.index(lab)
        r = Column("r=", list(RULE_ROLES), r_codes)

        in_quote = np.zeros(len(text) + 1, np.int8)
        for q in quotes:
            for s, e in q.fragments:
                in_quote[s:e] = 1
        title, punct = arr[:, 5].astype(bool), arr[:, 6].astype(bool)
        left, right = edges(heads)
        bits = np.zeros(n, np.int64)
        not_root = heads != idx
        for b, name in enumerate(CHILD_DEPS):
            if name in dep.values:
                m = not_root & (dep.codes == dep.values.index(name))
                np.bitwise_or.at(bits, heads[m], 1 << b)
        keys, codes = _factor(bits)
        ch = Column(
            "ch=",
            ["|".join(d for b, d in enumerate(CHILD_DEPS) if k >> b & 1) for k in keys],
            codes,
        )
        hre = _flag("hre=", right[heads] == idx)
        hle = _flag("hle=", left[heads] == idx)
        own = [
            w,
            suf,
            tag,
            dep,
            _at("hdep=", dep, heads),
            _at("htag=", tag, heads),
            _at("hlex=", lex, heads),
            lex,
            anc_col,
            Column("ancd=", ["0", "1", "2", "3"], ancd),
            r,
            _flag("q=", in_quote[arr[:, 8].astype(np.int64)] == 1),
            Column("shape=", ["x", "X", "P"], np.where(title, 1, np.where(punct, 2, 0))),
            ent,
            _flag("sb=", arr[:, 7].astype(np.int64) == 1),
            _flag("le=", left == idx),
            _flag("re=", right == idx),
            hle,
            hre,
            ch,
            _pair("r|tag=", r, tag),
            _pair("lex|ch=", lex, ch),
            _pair("dep|hre=", dep, hre),
            _pair("dep|hle=", dep, hle),
            _pair("anc|dep=", anc_col, dep),
            Column("bias", [""], np.zeros(n, np.int64)),
            Column("hw=", w.values, np.where(lex.codes != no_lex, w.codes, -1)),
            Column("hw2=", w.values, np.where(lex.codes[heads] != no_lex, w.codes[heads], -1)),
        ]
        paras = paragraphs(doc)
        order = np.array([i for p in paras for i in p.tokens], np.int64)
        pid = np.repeat(np.arange(len(paras)), [len(p.tokens) for p in paras])
        in_para = np.zeros(n, bool)
        in_para[order] = True
        neighbours = {}
        for off in (-2, -1, 1, 2):
            nb = np.full(n, -1, np.int64)
            pos = np.arange(len(order)) + off
            ok = (pos >= 0) & (pos < len(order))
            ok[ok] &= pid[pos[ok]] == pid[ok]
            nb[order[ok]] = order[pos[ok]]
            neighbours[off] = nb
        return DocColumns(own, paras, neighbours, in_para)

    def token_features(
        self,
        doc: Doc,
        raws: list[RawAttribution],
        quotes: list[Quote],
        *,
        text: str | None = None,
    ) -> TokenFeatures:
        """The columns with each token's own feature strings (what training reads)."""
        cols = self.columns(doc, raws, quotes, text=text)
        return TokenFeatures(cols, token_strings(cols.own, range(len(doc))), cols.paragraphs)

    def paragraph_features(
        self,
        tf: TokenFeatures,
        *,
        probs: np.ndarray | None = None,
        classes: Sequence[str] = (),
    ) -> Iterator[tuple[Paragraph, list[list[str]]]]:
        """Per paragraph: the feature strings of its tokens (python-crfsuite items): own,
        window and, given the role network's ``probs`` (doc tokens × ``classes``), its kinds."""
        cols = tf.columns.own + tf.columns.window()
        if probs is not None:
            cols += tf.columns.network(probs, classes)
        for para in tf.paragraphs:
            yield para, token_strings(cols, para.tokens)

    def doc_features(
        self,
        doc: Doc,
        raws: list[RawAttribution],
        quotes: list[Quote],
        *,
        text: str | None = None,
        probs: np.ndarray | None = None,
        classes: Sequence[str] = (),
    ) -> Iterator[tuple[Paragraph, list[list[str]]]]:
        """:meth:`token_features` then :meth:`paragraph_features`."""
        tf = self.token_features(doc, raws, quotes, text=text)
        yield from self.paragraph_features(tf, probs=probs, classes=classes)


@dataclass
class TokenFeatures:
    """A document's columns with its tokens' own feature strings (for training)."""

    columns: DocColumns
    base: list[list[str]]
    paragraphs: list[Paragraph]
