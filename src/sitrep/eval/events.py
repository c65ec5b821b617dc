"""End-to-end scorers for PLOVER events: raw text in, whole records out.

Three gold sets, all coded from raw text with the real pipeline (:class:`sitrep.Coder`):

- the judged real-news dev set (``bench/devsets/news_events.jsonl``): sentences of real articles
  referenced by file and character offsets, each with zero or more gold records
  ``{event, actor, recipient, modality}`` (actor/recipient as country + sector), written by
  the guideline in ``docs/event_coding_guideline.md``. Scored as record precision and recall at
  four levels, and the false-event rate on sentences that hold no event;
- PLV rows (``<s>``/``<t>`` markers removed before coding): recall of the gold type, of the
  type with an actor mention on the source span, and with the recipient on the target span;
- the PLOVER gold standard records (GSR): one sentence per record, scored as record recall
  and precision at the same four levels (modality: every GSR record is asserted).

Example:
    >>> from sitrep import Coder
    >>> gold = read_news_devset(Path("bench/devsets/news_events.jsonl"), split="dev")
    >>> scores = score_news(Coder(), gold, data_dir=Path("../shared/data"))
    >>> scores["levels"]["type"]["precision"]
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args

from sitrep.errors import EvalError
from sitrep.eval import reuters
from sitrep.eval.outlets import source_outlet
from sitrep.places.dateline import find_dateline
from sitrep.records import PLOVER_EVENTS, Modality
from sitrep.text.lexicon import word_set

if TYPE_CHECKING:
    from sitrep.pipeline import Coder
    from sitrep.records import Dispatch

#: The 16 PLOVER event types and the modality values (SPEC.md), as the records define them.
PLOVER_TYPES = frozenset(PLOVER_EVENTS)
MODALITIES = frozenset(get_args(Modality))
#: Scoring levels, from the loosest to the whole record.
LEVELS = ("type", "type+actor", "type+actor+recipient", "full")
SPLITS = ("dev", "test")

# ISO alpha-3, or a supranational code (SPEC.md: "NATO")
_COUNTRY = re.compile(r"^[A-Z]{3,4}$")
_SECTOR = re.compile(r"^[A-Z]{3}$")

#: GSR event names of the PLOVER draft it was coded with -> the current 16 types.
GSR_EVENT_MAP = {"DEMAND": "REQUEST", "FIGHT": "ASSAULT", "DISAPPROVE": "ACCUSE",
                 "INVESTIGATE": "ACCUSE"}  # fmt: skip
#: GSR "codes" that name a kind of organisation rather than a country: matched on the sector.
GSR_SECTOR_CODES = frozenset({"IGO", "NGO", "MNC"})

Party = tuple[str | None, str | None]  # (country, sector)


# --------------------------------------------------------------------------- source texts

#: Reference dates of corpora whose files carry none, from their documentation: the BBC News
#: dataset's README says its stories are "from 2004-2005", so its articles are coded on the
#: period's midpoint (the guideline codes a person by the role at the publication date: Blair
#: as prime minister, not as a former one on today's date).
CORPUS_DATES = {"news/bbc/": dt.date(2005, 1, 1)}


def read_source(data_dir: Path, source: str) -> tuple[str, dt.date | None]:
    """The article text and publication date of a dev-set source reference.

    ``source`` is a path relative to the shared data folder: a plain text file
    (``polnear/train/text/NAME.txt``, ``news/bbc/politics/001.txt``: the file exactly as
    decoded) or a Reuters SGML story (``news/reuters21578/reut2-000.sgm#NEWID``: title, a blank
    line, then the dateline and body as :mod:`sitrep.eval.reuters` gives them). Sentence offsets index this text. The date
    is the one in the file name or the story, else the corpus's (:data:`CORPUS_DATES`).

    Raises:
        EvalError: the file or the story does not exist.
    """
    path_part, _, story = source.partition("#")
    path = data_dir / path_part
    if not path.is_file():
        raise EvalError(
            f"dev-set source {source!r} is not under {data_dir}; pass --data-dir with the "
            "shared data folder (the one holding polnear/ and news/)",
            path=str(path),
        )
    if story:
        return _reuters_story(path, story)
    text = path.read_text(encoding="utf-8")
    m = re.search(r"_(\d{4}-\d{2}-\d{2})_", path.name)
    if m:
        return text, dt.date.fromisoformat(m.group(1))
    return text, next((d for prefix, d in CORPUS_DATES.items() if source.startswith(prefix)), None)


def _reuters_story(path: Path, story: str) -> tuple[str, dt.date | None]:
    found = reuters.stories(path).get(story)
    if found is None:
        raise EvalError(
            f"Reuters story NEWID={story} has no body in {path}; check the dev-set source",
            path=str(path),
        )
    return found.titled(), found.published


_ABBREV = word_set("abbreviations")
_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
_PARA = re.compile(r"\n[ \t]*\n|\n[ \t]+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``: a small deterministic splitter.

    Paragraph breaks (a blank line, or a line starting with spaces as in Reuters stories) always
    end a sentence; inside a paragraph a sentence ends at ``.``, ``!`` or ``?`` (with closing
    quotes) before whitespace and a capital or digit, except after a title or month
    abbreviation, a single capital letter or a dotted abbreviation ("U.S."). A story's dateline
    ("BEIRUT, March 2 -") is a sentence of its own, as the pipeline reads it.
    """
    spans: list[tuple[int, int]] = []
    dateline = find_dateline(text)
    cut = dateline.end if dateline is not None else -1
    pos = 0
    for para in [*_PARA.finditer(text), None]:
        end = para.start() if para else len(text)
        start = pos
        if pos <= cut < end:
            spans.append((start, cut))
            start = cut
        for m in _END.finditer(text, start, end):
            word = re.search(r"([\w.]+)[.!?]*$", text[start : m.start() + 1])
            token = word.group(1).rstrip(".").lower() if word else ""
            if text[m.start()] == "." and (token in _ABBREV or len(token) == 1 or "." in token):
                continue
            spans.append((start, m.start() + len(m.group(0).rstrip())))
            start = m.end()
        spans.append((start, end))
        pos = para.end() if para else len(text)
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


# --------------------------------------------------------------------------- records, matching


@dataclass(frozen=True)
class Record:
    """One event record reduced to what the scorer compares."""

    event: str
    actor: frozenset[Party] = frozenset()
    recipient: frozenset[Party] = frozenset()
    modality: str = "asserted"


def _parties_ok(pred: frozenset[Party], gold: frozenset[Party]) -> bool:
    # Compound actors: one member in common is enough; no actor in the gold needs none predicted.
    if not gold:
        return not pred
    return bool(pred & gold)


def compatible(pred: Record, gold: Record, level: str) -> bool:
    """Whether ``pred`` matches ``gold`` at ``level`` (one of :data:`LEVELS`)."""
    if pred.event != gold.event:
        return False
    if level == "type":
        return True
    if not _parties_ok(pred.actor, gold.actor):
        return False
    if level == "type+actor":
        return True
    if not _parties_ok(pred.recipient, gold.recipient):
        return False
    return level == "type+actor+recipient" or pred.modality == gold.modality


def compatible_gsr(pred: Record, gold: Record, level: str) -> bool:
    """As :func:`compatible`, with GSR parties: a gold party without a sector matches any
    sector of that country, and a party coded IGO/NGO/MNC matches that sector."""

    def ok(p: frozenset[Party], g: frozenset[Party]) -> bool:
        if not g:
            return not p
        for gc, gs in g:
            for pc, ps in p:
                if gc in GSR_SECTOR_CODES and gs is None:
                    if ps == gc:
                        return True
                elif pc == gc and (gs is None or ps == gs):
                    return True
        return False

    if pred.event != gold.event:
        return False
    if level == "type":
        return True
    if not ok(pred.actor, gold.actor):
        return False
    if level == "type+actor":
        return True
    if not ok(pred.recipient, gold.recipient):
        return False
    return level == "type+actor+recipient" or pred.modality == gold.modality


def max_matching(
    preds: Sequence[Record],
    golds: Sequence[Record],
    ok: Callable[[Record, Record], bool],
) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of predicted to gold records (augmenting paths).

    Returns:
        ``(pred_index, gold_index)`` pairs.
    """
    owner: dict[int, int] = {}  # gold index -> pred index

    def augment(i: int, seen: set[int]) -> bool:
        for j, g in enumerate(golds):
            if j in seen or not ok(preds[i], g):
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(preds)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


@dataclass
class LevelCounts:
    """Matched, predicted and gold record counts at one level."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def as_dict(self) -> dict[str, float | int]:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "matched": self.matched, "predicted": self.predicted, "gold": self.gold}  # fmt: skip


def count_levels(
    pairs: Iterable[tuple[Sequence[Record], Sequence[Record]]],
    *,
    ok: Callable[[Record, Record, str], bool] = compatible,
) -> dict[str, LevelCounts]:
    """Record counts per level over ``(predicted, gold)`` record lists of sentences."""
    counts = {level: LevelCounts() for level in LEVELS}
    for preds, golds in pairs:
        for level in LEVELS:
            c = counts[level]
            c.predicted += len(preds)
            c.gold += len(golds)
            c.matched += len(max_matching(preds, golds, functools.partial(_at, ok, level)))
    return counts


def _at(ok: Callable[[Record, Record, str], bool], level: str, pred: Record, gold: Record) -> bool:
    return ok(pred, gold, level)


def error_kinds(preds: Sequence[Record], golds: Sequence[Record]) -> list[str]:
    """Name what went wrong in one sentence (empty when every record is right).

    Gold records are first paired with the best predicted record (the most levels matched);
    each unpaired gold record is a miss ("missed X" or "wrong type X->Y" when a predicted record
    of another type is left over), each unpaired predicted record an extra ("non-event coded X"
    in a sentence without gold events, "extra X" otherwise). A paired record names its first
    wrong part: actor (missing / country / sector), recipient, modality.
    """
    kinds: list[str] = []
    used_p: set[int] = set()
    used_g: set[int] = set()
    for level in reversed(LEVELS):
        free_p = [i for i in range(len(preds)) if i not in used_p]
        free_g = [j for j in range(len(golds)) if j not in used_g]
        pairs = max_matching(
            [preds[i] for i in free_p],
            [golds[j] for j in free_g],
            functools.partial(_at, compatible, level),
        )
        for a, b in pairs:
            i, j = free_p[a], free_g[b]
            used_p.add(i)
            used_g.add(j)
            p, g = preds[i], golds[j]
            if level == "full":
                continue
            if not _parties_ok(p.actor, g.actor):
                kinds.append(_party_error("actor", p.actor, g.actor))
            elif not _parties_ok(p.recipient, g.recipient):
                kinds.append(_party_error("recipient", p.recipient, g.recipient))
            else:
                kinds.append(f"modality {g.modality}->{p.modality}")
    left_p = [preds[i] for i in range(len(preds)) if i not in used_p]
    left_g = [golds[j] for j in range(len(golds)) if j not in used_g]
    for g in left_g:
        if left_p:
            p = left_p.pop(0)
            kinds.append(f"wrong type {g.event}->{p.event}")
        else:
            kinds.append(f"missed {g.event}")
    for p in left_p:
        kinds.append(f"extra {p.event}" if golds else f"non-event coded {p.event}")
    return kinds


def _party_error(role: str, pred: frozenset[Party], gold: frozenset[Party]) -> str:
    if not gold:
        return f"{role} given where none"
    if not pred:
        return f"{role} missing"
    if {c for c, _ in pred} & {c for c, _ in gold}:
        return f"{role} sector wrong"
    if all(c is None for c, _ in pred):
        return f"{role} without country"
    return f"{role} country wrong"


def dispatch_records(
    dispatch: Dispatch, span: tuple[int, int] | None = None
) -> list[tuple[Record, Any]]:
    """The dispatch's events as :class:`Record` (with the event), optionally only those with a
    mention (trigger sentence or any ``mentions`` sentence) overlapping ``span``."""
    parties = {a.id: (a.country, a.sector) for a in dispatch.actors}
    out = []
    for event in dispatch.events:
        if span is not None:
            sentences = [(event.sentence.start, event.sentence.end)]
            for m in getattr(event, "mentions", None) or []:
                s = m.get("sentence") if isinstance(m, dict) else getattr(m, "sentence", None)
                if isinstance(s, dict):
                    sentences.append((s["start"], s["end"]))
                elif s is not None:
                    sentences.append((s.start, s.end))
            if not any(s < span[1] and span[0] < e for s, e in sentences):
                continue
        rec = Record(
            event=event.event,
            actor=frozenset(parties[a] for a in event.actor if a in parties),
            recipient=frozenset(parties[a] for a in event.recipient if a in parties),
            modality=event.modality,
        )
        out.append((rec, event))
    return out


# --------------------------------------------------------------------------- news dev set


@dataclass
class GoldSentence:
    """One judged sentence of the news dev set."""

    id: str
    source: str
    start: int
    end: int
    split: str
    records: list[Record] = field(default_factory=list)
    note: str = ""
    stratum: str = ""


def _parties(value: Any, *, where: str) -> frozenset[Party]:
    if value is None:
        return frozenset()
    items = value if isinstance(value, list) else [value]
    out = set()
    for item in items:
        if not isinstance(item, dict) or set(item) - {"country", "sector"}:
            raise EvalError(f"{where}: party {item!r} is not {{country, sector}}")
        country, sector = item.get("country"), item.get("sector")
        if country is not None and not _COUNTRY.match(country):
            raise EvalError(f"{where}: country {country!r} is not an ISO alpha-3/CAMEO code")
        if sector is not None and not _SECTOR.match(sector):
            raise EvalError(f"{where}: sector {sector!r} is not a 3-letter agent code")
        out.add((country, sector))
    return frozenset(out)


def parse_gold_record(raw: dict[str, Any], *, where: str) -> Record:
    """A dev-set gold record ``{event, actor, recipient, modality}`` as a :class:`Record`.

    Raises:
        EvalError: an unknown event type, modality or malformed party.
    """
    event = raw.get("event")
    if event not in PLOVER_TYPES:
        raise EvalError(f"{where}: event {event!r} is not one of the 16 PLOVER types")
    modality = raw.get("modality", "asserted")
    if modality not in MODALITIES:
        raise EvalError(f"{where}: modality {modality!r} is not one of {sorted(MODALITIES)}")
    return Record(
        event=event,
        actor=_parties(raw.get("actor"), where=where),
        recipient=_parties(raw.get("recipient"), where=where),
        modality=modality,
    )


def read_news_devset(path: Path, *, split: str | None = "dev") -> list[GoldSentence]:
    """The judged sentences of a news dev-set JSONL file (only ``split`` unless None).

    Sentences not yet judged (``"judged": false``) are left out.

    Raises:
        EvalError: the file is missing or a line is malformed.
    """
    if not path.is_file():
        raise EvalError(f"news dev set {path} does not exist", path=str(path))
    if split is not None and split not in SPLITS:
        raise EvalError(f"split {split!r} is not one of {SPLITS}")
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            row = json.loads(line)
            if not row.get("judged", True):
                continue
            sentence = GoldSentence(
                id=str(row["id"]),
                source=str(row["source"]),
                start=int(row["start"]),
                end=int(row["end"]),
                split=str(row["split"]),
                records=[parse_gold_record(r, where=where) for r in row.get("gold") or []],
                note=str(row.get("note", "")),
                stratum=str(row.get("stratum", "")),
            )
        except (KeyError, ValueError, TypeError) as e:
            raise EvalError(f"{where}: malformed dev-set line ({e})", path=str(path)) from e
        if sentence.split not in SPLITS or not 0 <= sentence.start < sentence.end:
            raise EvalError(f"{where}: bad split or offsets", path=str(path))
        if split is None or sentence.split == split:
            out.append(sentence)
    return out


def articles_of(
    gold: Sequence[GoldSentence], *, data_dir: Path
) -> tuple[dict[str, list[GoldSentence]], list[str], list[Any]]:
    """The dev set's sentences by source, the sources in order, and their articles (raw text
    and publication date) in that order."""
    from sitrep.ingest.article import Article

    by_source: dict[str, list[GoldSentence]] = {}
    for s in gold:
        by_source.setdefault(s.source, []).append(s)
    sources = sorted(by_source)
    articles = []
    for source in sources:
        text, published = read_source(data_dir, source)
        articles.append(Article(text, published=published, outlet=source_outlet(source)))
    return by_source, sources, articles


def score_news(
    coder: Coder,
    gold: Sequence[GoldSentence],
    *,
    data_dir: Path,
    progress: Callable[[int], None] | None = None,
    min_confidence: float | None = None,
) -> dict[str, Any]:
    """Code each article of the dev set from raw text and score the gold sentences.

    Args:
        min_confidence: also score only the events an analyst is shown by default (confidence
            at least this, see ``report.min_confidence``) as ``levels_counted``.

    Returns:
        ``levels`` (precision/recall/F1 per level), ``no_event`` (sentences without gold
        events and the share with any / any asserted predicted event), ``error_kinds``
        (counts) and ``sentences`` (per sentence: predicted and gold records, errors).
    """
    by_source, sources, articles = articles_of(gold, data_dir=data_dir)
    pairs: list[tuple[list[Record], list[Record]]] = []
    counted: list[tuple[list[Record], list[Record]]] = []
    details: list[dict[str, Any]] = []
    errors: Counter[str] = Counter()
    no_event = {"sentences": 0, "with_event": 0, "with_asserted_event": 0, "events": 0}
    strata: dict[str, Counter[str]] = {}
    for source, dispatch in zip(sources, coder.code_many(articles), strict=True):
        for s in sorted(by_source[source], key=lambda s: s.start):
            found = dispatch_records(dispatch, (s.start, s.end))
            preds = [r for r, _ in found]
            pairs.append((preds, s.records))
            if min_confidence is not None:
                shown = [r for r, e in found if (e.confidence or 0.0) >= min_confidence]
                counted.append((shown, s.records))
            kinds = error_kinds(preds, s.records)
            errors.update(kinds)
            _count_stratum(strata.setdefault(s.stratum, Counter()), preds, s.records)
            if not s.records:
                no_event["sentences"] += 1
                no_event["events"] += len(preds)
                no_event["with_event"] += bool(preds)
                no_event["with_asserted_event"] += any(p.modality == "asserted" for p in preds)
            details.append(
                {
                    "id": s.id,
                    "source": s.source,
                    "start": s.start,
                    "end": s.end,
                    "gold": [_record_json(r) for r in s.records],
                    "predicted": [
                        _record_json(r) | {"trigger": e.trigger.text, "confidence": e.confidence}
                        for r, e in found
                    ],
                    "errors": kinds,
                }  # fmt: skip
            )
        if progress is not None:
            progress(1)
    counts = count_levels(pairs)
    n = no_event["sentences"]
    extra: dict[str, Any] = {}
    if min_confidence is not None:
        extra["min_confidence"] = min_confidence
        extra["levels_counted"] = {level: c.as_dict() for level, c in count_levels(counted).items()}
    return {
        "sentences": len(pairs),
        "articles": len(sources),
        "levels": {level: c.as_dict() for level, c in counts.items()},
        **extra,
        "no_event": {
            **no_event,
            "false_event_rate": round(no_event["with_event"] / n, 4) if n else 0.0,
            "asserted_false_event_rate": (
                round(no_event["with_asserted_event"] / n, 4) if n else 0.0
            ),
        },
        "error_kinds": dict(errors.most_common()),
        "strata": {name: _stratum_figures(c) for name, c in sorted(strata.items()) if name},
        "details": details,
    }


# An asserted act of force or dissent where the sentence holds none: what a disaster or an
# accident report must not produce (issue 13).
_HARM_TYPES = {"ASSAULT", "PROTEST", "COERCE"}


def _count_stratum(c: Counter[str], preds: list[Record], gold: list[Record]) -> None:
    c["sentences"] += 1
    if gold:
        c["gold"] += len(gold)
        c["gold_type_found"] += sum(any(p.event == g.event for p in preds) for g in gold)
    else:
        c["no_event"] += 1
        c["asserted_harm"] += any(
            p.modality == "asserted" and p.event in _HARM_TYPES for p in preds
        )


def _stratum_figures(c: Counter[str]) -> dict[str, Any]:
    """Per stratum of a snippet set: the share of gold records whose type is found in their
    sentence and, for sentences without an event (disasters, accidents), the share given an
    asserted ASSAULT, PROTEST or COERCE."""
    out: dict[str, Any] = {"sentences": c["sentences"]}
    if c["gold"]:
        out["type_recall"] = round(c["gold_type_found"] / c["gold"], 4)
    if c["no_event"]:
        out["no_event_sentences"] = c["no_event"]
        out["asserted_harm_rate"] = round(c["asserted_harm"] / c["no_event"], 4)
    return out


def _record_json(r: Record) -> dict[str, Any]:
    def parties(ps: frozenset[Party]) -> list[dict[str, str | None]]:
        return [{"country": c, "sector": s} for c, s in sorted(ps, key=str)]

    return {"event": r.event, "actor": parties(r.actor), "recipient": parties(r.recipient),
            "modality": r.modality}  # fmt: skip


# --------------------------------------------------------------------------- PLV end to end


@dataclass(frozen=True)
class PlvRow:
    """A PLV row with its markers removed: the raw sentence and the source/target spans."""

    text: str
    gold: str
    source: tuple[int, int] | None
    target: tuple[int, int] | None


_MARK = re.compile(r"</?[st]>")


def unmark(marked: str) -> tuple[str, tuple[int, int] | None, tuple[int, int] | None]:
    """Remove ``<s>…</s>``/``<t>…</t>`` markers: the raw text and the two spans in it."""
    out: list[str] = []
    pos = 0
    length = 0
    opened: dict[str, int] = {}
    spans: dict[str, tuple[int, int]] = {}
    for m in _MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        length += m.start() - pos
        tag = m.group(0)
        if tag.startswith("</"):
            if tag[2] in opened:
                spans[tag[2]] = (opened.pop(tag[2]), length)
        else:
            opened[tag[1]] = length
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    # markers are written with spaces around them; keep the text as the markers leave it
    return text, spans.get("s"), spans.get("t")


def read_plv_rows(path: Path) -> list[PlvRow]:
    """PLV rows for end-to-end scoring: the sentence with its markers removed, the gold type and
    the source and target spans the markers held.

    Raises:
        EvalError: the file is missing or lacks ``marked_sentence``/``gold_root``.
    """
    from sitrep.eval.plv import read_plv

    rows = []
    for marked, gold in read_plv(path):
        text, s, t = unmark(marked)
        rows.append(PlvRow(text, gold, s, t))
    return rows


def _gold_types(gold: str) -> set[str]:
    return {"CONCEDE", "RETREAT"} if gold == "YIELD" else {gold}


def score_plv_end_to_end(
    coder: Coder, rows: Sequence[PlvRow], *, progress: Callable[[int], None] | None = None
) -> dict[str, Any]:
    """Code each PLV sentence from raw text; a row counts when an event of the gold type has an
    actor mention overlapping the source span (type+actor) and, where the row has a target, a
    recipient mention overlapping it (full). A record coded the manual's way for a meeting or
    for coordinated parties, every participant as actor and no recipient, counts as full when
    another participant overlaps the target.

    Returns:
        ``type_recall``, ``type_actor_recall``, ``full_recall``, ``other_events_per_sentence``
        (events besides the best-matching one), per gold type recall, and ``rows`` details.
    """
    from sitrep.ingest.article import Article

    hits = Counter[str]()
    per_type: dict[str, Counter[str]] = {}
    other = 0
    details = []
    articles = (Article(r.text) for r in rows)
    for n, (row, dispatch) in enumerate(zip(rows, coder.code_many(articles), strict=True)):
        mentions = {a.id: [(m.start, m.end) for m in a.mentions] for a in dispatch.actors}

        def on(ids: list[str], span: tuple[int, int] | None, mentions: Any = mentions) -> bool:
            if span is None:
                return True
            return any(s < span[1] and span[0] < e for a in ids for s, e in mentions.get(a, []))

        best = 0
        for event in dispatch.events:
            if event.event not in _gold_types(row.gold):
                continue
            level = 1
            if on(event.actor, row.source):
                level = 2
                # a meeting without host or visitor, or any act of coordinated parties ("the US
                # and the Taliban signed a pact"), lists every participant as actor (PLOVER
                # manual, compound and reciprocal actors; CONSULT, "Requires recipient: No");
                # PLV marks the second party as target
                partners = (
                    [a for a in event.actor if not on([a], row.source)]
                    if len(event.actor) > 1 and not event.recipient
                    else []
                )
                if on(event.recipient, row.target) or (
                    partners and row.target is not None and on(partners, row.target)
                ):
                    level = 3
            best = max(best, level)
        c = per_type.setdefault(row.gold, Counter())
        c["n"] += 1
        for lv, name in ((1, "type"), (2, "type+actor"), (3, "full")):
            if best >= lv:
                hits[name] += 1
                c[name] += 1
        other += len(dispatch.events) - (1 if best else 0)
        details.append(
            {
                "row": n,
                "gold": row.gold,
                "level": best,
                "events": [e.event for e in dispatch.events],
            }  # fmt: skip
        )
        if progress is not None:
            progress(1)
    total = len(rows) or 1
    return {
        "n": len(rows),
        "type_recall": round(hits["type"] / total, 4),
        "type_actor_recall": round(hits["type+actor"] / total, 4),
        "full_recall": round(hits["full"] / total, 4),
        "other_events_per_sentence": round(other / total, 4),
        "per_type": {
            t: {
                "n": c["n"],
                "type": round(c["type"] / c["n"], 4),
                "full": round(c["full"] / c["n"], 4),
            }  # fmt: skip
            for t, c in sorted(per_type.items())
        },
        "rows": details,
    }


# --------------------------------------------------------------------------- PLOVER GSR


def _gsr_parties(value: Any) -> frozenset[Party]:
    if not isinstance(value, list):
        return frozenset()
    out = set()
    for item in value:
        if not isinstance(item, dict):
            continue
        code = item.get("code") or None
        sector = (item.get("sector") or "")[:3].upper() or None
        if sector == "***":
            sector = None
        out.add((code, sector))
    return frozenset(out)


def read_gsr(path: Path) -> list[tuple[str, Record]]:
    """The PLOVER gold standard records as ``(sentence, Record)``; draft event names are mapped
    to the 16 current types (:data:`GSR_EVENT_MAP`) and records of other types left out.

    Raises:
        EvalError: the file is missing or not the GSR JSON list.
    """
    if not path.is_file():
        raise EvalError(f"PLOVER GSR file {path} does not exist", path=str(path))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise EvalError(f"PLOVER GSR file {path} is not JSON ({e})", path=str(path)) from e
    if not isinstance(data, list):
        raise EvalError(f"PLOVER GSR file {path} is not a JSON list of records")
    out = []
    for raw in data:
        event = GSR_EVENT_MAP.get(raw.get("event", ""), raw.get("event", ""))
        if event not in PLOVER_TYPES or not raw.get("text"):
            continue
        out.append(
            (
                raw["text"],
                Record(event, _gsr_parties(raw.get("source")), _gsr_parties(raw.get("target"))),
            )  # fmt: skip
        )
    return out


def score_gsr(
    coder: Coder,
    records: Sequence[tuple[str, Record]],
    *,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Code each GSR sentence from raw text; record precision/recall per level.

    A gold party without a sector matches any sector of its country; IGO/NGO codes match the
    sector (:func:`compatible_gsr`). Every GSR record is scored as asserted.
    """
    from sitrep.ingest.article import Article

    pairs = []
    per_type: dict[str, Counter[str]] = {}
    articles = (Article(text) for text, _ in records)
    for (_, gold), dispatch in zip(records, coder.code_many(articles), strict=True):
        preds = [r for r, _ in dispatch_records(dispatch)]
        pairs.append((preds, [gold]))
        c = per_type.setdefault(gold.event, Counter())
        c["n"] += 1
        c["type"] += any(p.event == gold.event for p in preds)
        if progress is not None:
            progress(1)
    counts = count_levels(pairs, ok=compatible_gsr)
    return {
        "n": len(pairs),
        "levels": {level: c.as_dict() for level, c in counts.items()},
        "per_type_recall": {t: round(c["type"] / c["n"], 4) for t, c in sorted(per_type.items())},
    }


def iter_devset_lines(path: Path) -> Iterator[dict[str, Any]]:
    """Raw JSON objects of a dev-set file (judged or not), for tools that rewrite it."""
    if not path.is_file():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)
