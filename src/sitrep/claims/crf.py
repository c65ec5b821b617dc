"""A CRF boundary tagger for attributions (cue / source / content), stacked on the rules.

Each paragraph is one sequence; every token gets BIO labels over three roles (``CUE``, ``SRC``,
``CON``). Features are the word, its parse (tag, dependency, head), the cue lexicon prior, quote
position, its path to the nearest cue-like verb, and the role the rule extractor gave it. The
model is trained on PolNeAR train by ``scripts/train_attribution_crf.py`` and shipped as
``data/claims/crf.model`` (python-crfsuite). Without python-crfsuite or the model file the stage
falls back to rules alone.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from sitrep.claims.extract import RawAttribution
from sitrep.claims.lexicon import Cue, load_cues
from sitrep.claims.quotes import Quote

log = logging.getLogger(__name__)

ROLES = ("CUE", "SRC", "CON")
_CHILD_DEPS = {"ccomp", "nsubj", "nsubjpass", "dobj", "xcomp", "agent", "prep", "mark", "advcl"}
MODEL_FILE = "data/claims/crf.model"


@dataclass
class Paragraph:
    """Token indices of one paragraph (no whitespace tokens)."""

    tokens: list[int]


def paragraphs(doc: Doc) -> list[Paragraph]:
    """Split the doc into paragraphs at newline whitespace tokens."""
    out: list[Paragraph] = []
    cur: list[int] = []
    for tok in doc:
        if tok.is_space:
            if "\n" in tok.text and cur:
                out.append(Paragraph(cur))
                cur = []
            continue
        cur.append(tok.i)
        if "\n" in tok.whitespace_ and cur:  # pragma: no cover - spaCy keeps \n as tokens
            out.append(Paragraph(cur))
            cur = []
    if cur:
        out.append(Paragraph(cur))
    return out


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

    def _lex(self, tok: Token) -> str:
        cue = self.cues.get((tok.lower_, "V")) or self.cues.get((tok.lower_, "N"))
        if cue is None:
            return "-"
        return cue.pos + _bucket(cue.rate)

    def _anchor(self, tok: Token) -> tuple[str, str]:
        """(dependency of the step below the nearest cue-like ancestor, its distance)."""
        prev = tok
        cur = tok.head
        depth = 1
        while depth <= 6:
            lex = self._lex(cur)
            if lex != "-" and lex[-1] in "234" and cur is not prev:
                return prev.dep_, str(min(depth, 3))
            if cur.head is cur:
                break
            prev, cur = cur, cur.head
            depth += 1
        return "none", "0"

    def doc_features(
        self, doc: Doc, raws: list[RawAttribution], quotes: list[Quote]
    ) -> Iterator[tuple[Paragraph, list[dict[str, Any]]]]:
        """Per paragraph: the feature dicts of its tokens."""
        rl = rule_labels(doc, raws)
        in_quote = bytearray(len(doc.text) + 1)
        for q in quotes:
            for s, e in q.fragments:
                in_quote[s:e] = b"\x01" * (e - s)
        base: list[dict[str, Any]] = []
        for tok in doc:
            lex = self._lex(tok)
            anc_dep, anc_dist = self._anchor(tok)
            head = tok.head
            f: dict[str, Any] = {
                "w": tok.lower_,
                "suf": tok.lower_[-3:],
                "tag": tok.tag_,
                "dep": tok.dep_,
                "hdep": head.dep_,
                "htag": head.tag_,
                "hlex": self._lex(head),
                "lex": lex,
                "anc": anc_dep,
                "ancd": anc_dist,
                "r": rl.get(tok.i, "O"),
                "q": "1" if in_quote[tok.idx] else "0",
                "shape": "X" if tok.is_title else ("P" if tok.is_punct else "x"),
                "ent": tok.ent_type_ or "-",
                "sb": "1" if tok.is_sent_start else "0",
            }
            f["le"] = "1" if tok.left_edge.i == tok.i else "0"
            f["re"] = "1" if tok.right_edge.i == tok.i else "0"
            f["hle"] = "1" if head.left_edge.i == tok.i else "0"
            f["hre"] = "1" if head.right_edge.i == tok.i else "0"
            f["ch"] = "|".join(sorted({c.dep_ for c in tok.children if c.dep_ in _CHILD_DEPS}))
            if lex != "-":
                f["hw"] = tok.lower_
            if self._lex(head) != "-":
                f["hw2"] = head.lower_
            base.append(f)
        for para in paragraphs(doc):
            feats: list[dict[str, Any]] = []
            idx = para.tokens
            for k, i in enumerate(idx):
                f = {f"{key}={val}": 1.0 for key, val in base[i].items()}
                for off in (-2, -1, 1, 2):
                    j = k + off
                    if 0 <= j < len(idx):
                        nb = base[idx[j]]
                        f[f"{off}w={nb['w']}"] = 1.0
                        f[f"{off}tag={nb['tag']}"] = 1.0
                        f[f"{off}r={nb['r']}"] = 1.0
                        f[f"{off}lex={nb['lex']}"] = 1.0
                    else:
                        f[f"{off}pad"] = 1.0
                f[f"r|tag={base[i]['r']}|{base[i]['tag']}"] = 1.0
                f[f"lex|ch={base[i]['lex']}|{base[i]['ch']}"] = 1.0
                f[f"dep|hre={base[i]['dep']}|{base[i]['hre']}"] = 1.0
                f[f"dep|hle={base[i]['dep']}|{base[i]['hle']}"] = 1.0
                f[f"anc|dep={base[i]['anc']}|{base[i]['dep']}"] = 1.0
                f["bias"] = 1.0
                feats.append(f)
            yield para, feats


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
        self, doc: Doc, raws: list[RawAttribution], quotes: list[Quote]
    ) -> list[tuple[str, int, int]]:
        spans: list[tuple[str, int, int]] = []
        for para, feats in self.featurizer.doc_features(doc, raws, quotes):
            tags = self.tagger.tag(feats)
            spans.extend(decode(doc, para, tags))
        return spans
