"""PolNeAR gold reading (brat standoff) and per-role scoring of attributions.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates the outermost attributions of political
news as Source / Cue / Content spans in brat standoff. Scoring follows ``sitrep eval attribution``
(SPEC.md): for each role (cue, source, content) and each file,

* **exact**: a predicted span matches a gold span of the same role when both are equal after
  trimming surrounding whitespace, punctuation and quote marks (one-to-one matching);
* **overlap**: token-level precision/recall over the word tokens the spans of that role cover.

Discontinuous content (``start end;start end``) counts as separate fragments.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.errors import EvalError
from sitrep.text.spans import trim_span

ROLES = ("cue", "source", "content")
_WORD = re.compile(r"\w+", re.UNICODE)

Span = tuple[int, int]


@dataclass
class GoldAttribution:
    """One gold attribution: role -> list of (start, end) fragments."""

    cue: list[Span] = field(default_factory=list)
    source: list[Span] = field(default_factory=list)
    content: list[Span] = field(default_factory=list)


@dataclass
class GoldArticle:
    """A PolNeAR text with the attributions of one annotator."""

    file: str
    text: str
    annotator: str | None
    attributions: list[GoldAttribution]


def _parse_ann(path: Path) -> list[GoldAttribution]:
    spans: dict[str, list[Span]] = {}
    labels: dict[str, str] = {}
    events: list[dict[str, str]] = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if not re.fullmatch(r"[TE]\d+", parts[0]):
            continue  # continuation of a multi-line surface text, or a note
        if parts[0].startswith("T"):
            if len(parts) < 2:
                raise EvalError(
                    f"{path.name}:{n}: text-bound line {line!r} has no span; expected "
                    "'Tn<TAB>Label start end[;start end]<TAB>text'",
                    path=str(path),
                )
            label, _, offsets = parts[1].partition(" ")
            frags = []
            for frag in offsets.split(";"):
                a, _, b = frag.strip().partition(" ")
                frags.append((int(a), int(b)))
            spans[parts[0]] = frags
            labels[parts[0]] = label
        elif parts[0].startswith("E") and len(parts) > 1:
            args = dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg)
            events.append({k.lower(): v for k, v in args.items()})
    out = []
    for ev in events:
        att = GoldAttribution()
        for role in ROLES:
            tid = ev.get(role)
            if tid in spans:
                getattr(att, role).extend(spans[tid])
        if att.cue or att.content:
            out.append(att)
    return out


def read_polnear(directory: str | Path, *, annotator: str = "first") -> list[GoldArticle]:
    """Read a PolNeAR split: ``DIR/text/*.txt`` and ``DIR/attributions/*.ann``.

    Several annotators annotated a few articles (``NAME_<annotator>.ann``); the one whose id
    sorts first is used, so every article counts once.

    Args:
        directory: the split folder (e.g. ``../shared/data/polnear/dev``).
        annotator: ``"first"`` (the only policy for now).

    Returns:
        The gold articles, sorted by file name.

    Raises:
        EvalError: the folder lacks ``text/`` or ``attributions/``, or a file is malformed.
    """
    root = Path(directory)
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise EvalError(
            f"{root} has no text/ and attributions/ folders; expected a PolNeAR split such as "
            "../shared/data/polnear/dev",
            path=str(root),
        )
    anns: dict[str, list[Path]] = {}
    for p in sorted(ann_dir.glob("*.ann")):
        stem, _, _who = p.stem.rpartition("_")
        anns.setdefault(stem, []).append(p)
    articles = []
    for txt in sorted(text_dir.glob("*.txt")):
        files = anns.get(txt.stem)
        if not files:
            continue
        ann = files[0]
        try:
            atts = _parse_ann(ann)
        except ValueError as e:
            raise EvalError(
                f"{ann.name} is not valid brat standoff ({e}); expected T/E lines",
                path=str(ann),
            ) from e
        text = txt.read_text("utf-8")
        articles.append(GoldArticle(txt.stem, text, ann.stem.rpartition("_")[2], atts))
    if not articles:
        raise EvalError(
            f"no annotated texts in {root}; expected text/NAME.txt with attributions/NAME_*.ann",
            path=str(root),
        )
    return articles


@dataclass
class PRF:
    """Counts for precision/recall/F1."""

    tp_p: float = 0.0  # true positives counted on the prediction side
    tp_g: float = 0.0  # true positives counted on the gold side
    n_pred: float = 0.0
    n_gold: float = 0.0

    @property
    def precision(self) -> float:
        return self.tp_p / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_g / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {
            "p": round(self.precision, 4),
            "r": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "n_pred": self.n_pred,
            "n_gold": self.n_gold,
        }


def _role_spans(attributions: Iterable[object], role: str) -> list[Span]:
    """Spans of ``role`` from gold records or prediction dicts/records."""
    out: list[Span] = []
    for att in attributions:
        if isinstance(att, GoldAttribution):
            out.extend(getattr(att, role))
            continue
        value = att.get(role) if isinstance(att, dict) else getattr(att, role, None)
        if value is None:
            continue
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, dict):
                out.append((int(item["start"]), int(item["end"])))
            else:
                out.append((int(item.start), int(item.end)))
    return out


def _tokens(text: str, spans: Iterable[Span]) -> set[int]:
    covered: set[int] = set()
    for start, end in spans:
        for m in _WORD.finditer(text, start, end):
            covered.add(m.start())
    return covered


def score(
    gold: list[GoldArticle], predictions: dict[str, list[object]]
) -> dict[str, dict[str, dict[str, float]]]:
    """Per-role exact and token-overlap P/R/F1.

    Args:
        gold: articles from :func:`read_polnear`.
        predictions: file name -> attributions (records, or dicts shaped as SPEC.md).

    Returns:
        ``{role: {"exact": {p, r, f1, n_pred, n_gold}, "overlap": {...}}}``.
    """
    totals = {role: {"exact": PRF(), "overlap": PRF()} for role in ROLES}
    for art in gold:
        pred = predictions.get(art.file, [])
        for role in ROLES:
            g_spans = [trim_span(art.text, *s) for s in _role_spans(art.attributions, role)]
            p_spans = [trim_span(art.text, *s) for s in _role_spans(pred, role)]
            g_spans = [s for s in g_spans if s[1] > s[0]]
            p_spans = [s for s in p_spans if s[1] > s[0]]
            g_count, p_count = Counter(g_spans), Counter(p_spans)
            tp = sum((g_count & p_count).values())
            ex = totals[role]["exact"]
            ex.tp_p += tp
            ex.tp_g += tp
            ex.n_pred += len(p_spans)
            ex.n_gold += len(g_spans)
            g_tok, p_tok = _tokens(art.text, g_spans), _tokens(art.text, p_spans)
            ov = totals[role]["overlap"]
            inter = len(g_tok & p_tok)
            ov.tp_p += inter
            ov.tp_g += inter
            ov.n_pred += len(p_tok)
            ov.n_gold += len(g_tok)
    return {role: {k: v.as_dict() for k, v in d.items()} for role, d in totals.items()}
