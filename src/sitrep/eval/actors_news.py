"""Score actor records on real news against a mention-level gold set (``sitrep eval actors --news``).

The gold file (``bench/devsets/news_actors.jsonl``, one JSON object per line) names each mention
by its source article (a path relative to ``../shared/data``; Reuters-21578 stories as
``news/reuters21578/FILE.sgm#NEWID``) and character offsets into the article text as
:func:`load_article` reads it, and gives the gold labels of ``docs/actor_coding_guideline.md``:

- ``actor``: whether the mention names an agent at all (false for "red line", a place where
  something happens, an abstract noun phrase);
- ``country`` (ISO3 or a supranational code such as ``UNO``, ``EUR``, ``NATO``), ``sector`` (a
  PLOVER/CAMEO agent code), ``kind`` (state, person, org, group, place), each null when none;
- ``wikidata``: the QID where it could be established offline, ``"NIL"`` when the entity is
  known not to be in the knowledge base, null when unknown.

Each article is coded from raw text by the real pipeline (:class:`sitrep.Coder`); a gold mention
is matched to the actor record with a mention overlapping it most. The figures are kept apart:
coverage (gold actors that got a record), precision of those records (country, sector, both,
QID), junk (non-actors that became actor records) and places.

Example:
    >>> rows = read_devset("bench/devsets/news_actors.jsonl", split="dev")
    >>> result = evaluate_news(Coder(), rows, data_root=Path("../shared/data"))
    >>> result.summary()["coverage"]
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import MISSING, dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args

from sitrep.errors import EvalError
from sitrep.eval import reuters
from sitrep.eval.outlets import source_outlet
from sitrep.records import Actor, ActorKind

if TYPE_CHECKING:
    from sitrep.pipeline import Coder

KINDS = get_args(ActorKind)
SPLITS = ("dev", "test")
_QID = re.compile(r"^Q[1-9][0-9]*$")


@dataclass(frozen=True)
class GoldMention:
    """One gold mention of the news actor dev set."""

    id: str
    source: str
    start: int
    end: int
    text: str
    date: dt.date | None
    split: str
    actor: bool
    country: str | None
    sector: str | None
    kind: str | None
    wikidata: str | None
    origin: str = ""
    note: str = ""


#: Gold fields every row must have: the mention's fields without a default.
REQUIRED = tuple(f.name for f in fields(GoldMention) if f.default is MISSING)


# --------------------------------------------------------------------------- sources


@lru_cache(maxsize=1)
def _polnear_dates(meta: Path) -> dict[str, dt.date]:
    dates: dict[str, dt.date] = {}
    if not meta.exists():
        return dates
    for line in meta.read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) > 5:
            try:
                dates[cols[1]] = dt.date.fromisoformat(cols[5])
            except ValueError:
                continue
    return dates


def load_article(source: str, *, data_root: Path) -> tuple[str, dt.date | None]:
    """The text and publication date of one source article, as the gold offsets expect them.

    Args:
        source: a path relative to ``data_root`` (``polnear/dev/text/NAME.txt``,
            ``news/bbc/politics/001.txt``) or ``news/reuters21578/FILE.sgm#NEWID``.
        data_root: the shared data folder (``../shared/data``).

    Returns:
        ``(text, date)``: PolNeAR dates come from ``polnear/metadata.tsv``; a Reuters story is
        its dateline and body (:mod:`sitrep.eval.reuters`), dated by its ``<DATE>``; BBC
        articles (2004-2005) carry none.

    Raises:
        EvalError: the file or story is missing.
    """
    name, _, story = source.partition("#")
    path = data_root / name
    if not path.exists():
        raise EvalError(
            f"source article {source!r} not found under {data_root}; pass the shared data "
            "folder with --data"
        )
    if story:
        found = reuters.stories(path).get(story)
        if found is None:
            raise EvalError(f"story NEWID={story} has no body in {path}; check the gold source")
        return found.text, found.published
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    date = None
    if name.startswith("polnear/"):
        date = _polnear_dates(data_root / "polnear" / "metadata.tsv").get(Path(name).stem)
    return text, date


# --------------------------------------------------------------------------- gold


def _row_error(path: Path, n: int, message: str) -> EvalError:
    return EvalError(f"{path}:{n}: {message}; fix the gold row (docs/actor_coding_guideline.md)")


def parse_row(obj: dict[str, Any], *, path: Path, n: int) -> GoldMention:
    """Check one gold object and turn it into a :class:`GoldMention`.

    Raises:
        EvalError: a field is missing or has a value outside the guideline.
    """
    missing = [k for k in REQUIRED if k not in obj]
    if missing:
        raise _row_error(path, n, f"missing field(s) {', '.join(missing)}")
    start, end = obj["start"], obj["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        raise _row_error(path, n, f"bad offsets {start!r}-{end!r}")
    if obj["split"] not in SPLITS:
        raise _row_error(path, n, f"split {obj['split']!r} is not one of {SPLITS}")
    if not isinstance(obj["actor"], bool):
        raise _row_error(path, n, f"actor {obj['actor']!r} is not true/false")
    if obj["kind"] is not None and obj["kind"] not in KINDS:
        raise _row_error(path, n, f"kind {obj['kind']!r} is not one of {KINDS}")
    if obj["actor"] and obj["kind"] in (None, "place"):
        raise _row_error(path, n, f"an actor needs a kind other than place, not {obj['kind']!r}")
    qid = obj["wikidata"]
    if qid is not None and qid != "NIL" and not _QID.match(str(qid)):
        raise _row_error(path, n, f"wikidata {qid!r} is not a QID, 'NIL' or null")
    for key in ("country", "sector"):
        value = obj[key]
        if value is not None and not re.fullmatch(r"[A-Z]{3,4}", str(value)):
            raise _row_error(path, n, f"{key} {value!r} is not an upper-case code")
    date = None
    if obj["date"]:
        try:
            date = dt.date.fromisoformat(obj["date"])
        except ValueError as e:
            raise _row_error(path, n, f"date {obj['date']!r} is not ISO") from e
    return GoldMention(
        id=str(obj["id"]),
        source=str(obj["source"]),
        start=start,
        end=end,
        text=str(obj["text"]),
        date=date,
        split=obj["split"],
        actor=obj["actor"],
        country=obj["country"],
        sector=obj["sector"],
        kind=obj["kind"],
        wikidata=qid,
        origin=str(obj.get("origin") or ""),
        note=str(obj.get("note") or ""),
    )


def read_devset(path: str | Path, *, split: str | None = "dev") -> list[GoldMention]:
    """Read the gold mentions of one split (``None``: all of them).

    Raises:
        EvalError: the file is missing or a row is malformed.
    """
    p = Path(path)
    if not p.exists():
        raise EvalError(f"gold file {p} not found; expected bench/devsets/news_actors.jsonl")
    if split is not None and split not in SPLITS:
        raise EvalError(f"split {split!r} is not one of {SPLITS}")
    rows = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise _row_error(p, n, f"not JSON ({e.msg})") from e
        row = parse_row(obj, path=p, n=n)
        if split is None or row.split == split:
            rows.append(row)
    return rows


# --------------------------------------------------------------------------- matching


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def match_actor(gold: GoldMention, actors: Sequence[Actor]) -> Actor | None:
    """The actor record with a mention overlapping the gold span most (ties: the first record).

    A record whose mention covers the span exactly wins over one that only overlaps it. For a
    non-actor noun phrase only a mention of its head (the span's last word) counts: a resolved
    possessor inside it ("its" in "its spending plans", "my" in "my opinion") is a mention of
    someone else, not the phrase made an actor.
    """
    best: tuple[int, int] = (0, 0)
    found: Actor | None = None
    head_only = not gold.actor and gold.origin.startswith("np")
    last = gold.start + len(gold.text.rstrip()) - 1
    for actor in actors:
        for m in actor.mentions:
            ov = _overlap(gold.start, gold.end, m.start, m.end)
            if ov <= 0 or (head_only and not m.start <= last < m.end):
                continue
            key = (int(m.start == gold.start and m.end == gold.end), ov)
            if key > best:
                best, found = key, actor
    return found


def sector_right(gold: GoldMention, got: str | None) -> bool:
    """Sector agreement; a bare state (gold sector null) also accepts ``GOV``.

    SPEC.md's example codes "Russia" as ``RUS``/``GOV`` while NGEC's expectations leave a
    country's code_1 empty; both conventions are accepted for states only.
    """
    if gold.sector == got:
        return True
    return gold.kind == "state" and gold.sector is None and got == "GOV"


def qid_right(gold: GoldMention, got: str | None) -> bool | None:
    """QID agreement: ``NIL`` gold wants no QID; null gold is not scored (None)."""
    if gold.wikidata is None:
        return None
    if gold.wikidata == "NIL":
        return got is None
    return gold.wikidata == got


@dataclass
class Outcome:
    """One gold mention with the record it matched and the error kind (None when right)."""

    gold: GoldMention
    actor: Actor | None
    error: str | None


def error_kind(gold: GoldMention, actor: Actor | None) -> str | None:
    """Name what went wrong for one mention (None when nothing did).

    The kinds are meant for counting, the first that applies wins (a wrong entity matters more
    than a missing field): ``missed <kind>``; for non-actors ``NP as actor``, ``<NER label>
    non-actor as actor`` (an entity mention that names no agent here), ``place as actor
    (<kind>)``; for actors ``<gold kind> -> <record kind>``, ``namesake mislink`` (a QID where
    the gold says the entity is not in the KB), ``wrong QID``, ``country where none``, ``no
    country (<gold kind>)``, ``wrong country``, ``no sector``, ``sector where none``, ``wrong
    sector``, and ``no QID`` (all else right, the known QID missing).
    """
    if not gold.actor:
        if actor is None:
            return None
        if gold.kind == "place":
            if actor.kind == "place":
                return "place: wrong country" if actor.country != gold.country else None
            return f"place as actor ({actor.kind})"
        if gold.origin.startswith("np"):
            return "NP as actor"
        label = gold.origin.partition(":")[2]
        return f"{label} non-actor as actor" if label else "entity non-actor as actor"
    if actor is None:
        return f"missed {gold.kind}"
    if actor.kind != gold.kind:
        return f"{gold.kind} -> {actor.kind}"
    q = qid_right(gold, actor.wikidata)
    if q is False and actor.wikidata is not None:
        return "namesake mislink" if gold.wikidata == "NIL" else "wrong QID"
    if actor.country != gold.country:
        if gold.country is None:
            return "country where none"
        if actor.country is None:
            return f"no country ({gold.kind})"
        return "wrong country"
    if not sector_right(gold, actor.sector):
        if actor.sector is None:
            return "no sector"
        if gold.sector is None:
            return "sector where none"
        return "wrong sector"
    if q is False:
        return "no QID"
    return None


@dataclass
class NewsResult:
    """Outcomes of every scored gold mention, and the figures drawn from them."""

    outcomes: list[Outcome] = field(default_factory=list)
    articles: int = 0

    def summary(self) -> dict[str, Any]:
        """Coverage, precision (country / sector / both / QID), answered-but-wrong rates, junk
        and places, with counts."""
        actors = [o for o in self.outcomes if o.gold.actor]
        covered = [o for o in actors if o.actor is not None]
        non = [o for o in self.outcomes if not o.gold.actor and o.gold.kind != "place"]
        places = [o for o in self.outcomes if not o.gold.actor and o.gold.kind == "place"]

        def share(k: int, n: int) -> float:
            return round(k / n, 4) if n else 0.0

        c_ok = [o for o in covered if o.actor and o.actor.country == o.gold.country]
        s_ok = [o for o in covered if o.actor and sector_right(o.gold, o.actor.sector)]
        both = [o for o in c_ok if o in s_ok]
        # "prefer no answer to a wrong one": of the covered mentions, how often a field was
        # answered wrongly (a value that is not the gold's, including one where gold has none)
        c_wrong = [o for o in covered if o.actor and o.actor.country not in (None, o.gold.country)]
        s_wrong = [
            o
            for o in covered
            if o.actor and o.actor.sector is not None and not sector_right(o.gold, o.actor.sector)
        ]
        q_wrong = [
            o
            for o in covered
            if o.actor
            and o.actor.wikidata is not None
            and o.gold.wikidata is not None
            and o.actor.wikidata != o.gold.wikidata
        ]
        q_scored = [(o, qid_right(o.gold, o.actor.wikidata if o.actor else None)) for o in covered]
        q_n = [q for _, q in q_scored if q is not None]
        kind_ok = [o for o in covered if o.actor and o.actor.kind == o.gold.kind]
        junk = [o for o in non if o.actor is not None]
        place_actor = [o for o in places if o.actor is not None and o.actor.kind != "place"]
        per_kind: dict[str, dict[str, float | int]] = {}
        for kind in KINDS[:4]:
            ks = [o for o in actors if o.gold.kind == kind]
            kc = [o for o in ks if o.actor is not None]
            kb = [
                o
                for o in kc
                if o.actor
                and o.actor.country == o.gold.country
                and sector_right(o.gold, o.actor.sector)
            ]
            per_kind[kind] = {
                "n": len(ks),
                "coverage": share(len(kc), len(ks)),
                "both_right": share(len(kb), len(kc)),
            }
        return {
            "articles": self.articles,
            "mentions": len(self.outcomes),
            "gold_actors": len(actors),
            "coverage": share(len(covered), len(actors)),
            "covered": len(covered),
            "precision": {
                "country": share(len(c_ok), len(covered)),
                "sector": share(len(s_ok), len(covered)),
                "both": share(len(both), len(covered)),
                "kind": share(len(kind_ok), len(covered)),
                "qid": share(sum(q_n), len(q_n)),
                "qid_n": len(q_n),
            },
            "answered_wrong": {
                "country": share(len(c_wrong), len(covered)),
                "sector": share(len(s_wrong), len(covered)),
                "qid": share(len(q_wrong), len(q_n)),
            },
            "both_right_of_gold_actors": share(len(both), len(actors)),
            "non_actors": len(non),
            "junk_rate": share(len(junk), len(non)),
            "places": len(places),
            "places_as_actors": share(len(place_actor), len(places)),
            "per_kind": per_kind,
        }

    def error_counts(self) -> list[tuple[str, int]]:
        """Error kinds, most frequent first."""
        counts = Counter(o.error for o in self.outcomes if o.error)
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    def examples(self, kind: str, *, limit: int = 3) -> list[Outcome]:
        """The first ``limit`` outcomes with this error kind."""
        return [o for o in self.outcomes if o.error == kind][:limit]


def score_articles(
    gold: Iterable[GoldMention], actors_by_source: dict[str, Sequence[Actor]]
) -> NewsResult:
    """Match gold mentions to coded actor records (``{source: actors}``) and classify them."""
    result = NewsResult(articles=len(actors_by_source))
    for g in gold:
        actor = match_actor(g, actors_by_source.get(g.source, ()))
        result.outcomes.append(Outcome(g, actor, error_kind(g, actor)))
    return result


def evaluate_news(coder: Coder, gold: Sequence[GoldMention], *, data_root: Path) -> NewsResult:
    """Code every article of the gold mentions from raw text and score the actor records.

    Raises:
        EvalError: a source article is missing, or a gold span does not hold its text.
    """
    actors = actors_by_source(
        coder,
        gold,
        load=lambda source: load_article(source, data_root=data_root),
        fallback=lambda rows: rows[0].date,
    )
    return score_articles(gold, actors)


def actors_by_source(
    coder: Coder,
    gold: Sequence[Any],
    *,
    load: Callable[[str], tuple[str, Any]],
    fallback: Callable[[list[Any]], Any],
) -> dict[str, Sequence[Actor]]:
    """Code each source article of gold spans once from raw text: its actor records, by source.

    Args:
        gold: rows with ``id``, ``source``, ``start``, ``end`` and ``text`` (the span's text).
        load: the article's text and date from its source.
        fallback: the date of an article whose source gives none, from its gold rows.

    Raises:
        EvalError: a source article is missing, or a gold span does not hold its text.
    """
    by_source: dict[str, list[Any]] = defaultdict(list)
    for g in gold:
        by_source[g.source].append(g)
    actors: dict[str, Sequence[Actor]] = {}
    for source, rows in by_source.items():
        text, date = load(source)
        for g in rows:
            if text[g.start : g.end] != g.text:
                raise EvalError(
                    f"gold {g.id}: {source}[{g.start}:{g.end}] holds "
                    f"{text[g.start : g.end]!r}, not {g.text!r}; the source text changed"
                )
        published = date or fallback(rows)
        dispatch = coder.code_text(text, published=published, outlet=source_outlet(source))
        actors[source] = dispatch.actors
    return actors


def ngec_dev_figures(path: Path) -> dict[str, float] | None:
    """Country and sector accuracy of the KB on NGEC's dev expectations (None when absent)."""
    if not path.exists():
        return None
    from sitrep.actors.kb import load_kb
    from sitrep.eval.actors import read_gold, score
    from sitrep.settings import load_settings

    settings = load_settings()
    kb = load_kb(settings.actors.extra_files, min_match_score=settings.actors.min_match_score)
    s, _ = score(kb, read_gold(path))
    return {"country": round(s.accuracy("country"), 4), "sector": round(s.accuracy("sector"), 4)}
