"""The situation report: what happened day by day, who is doing what to whom, and what is contested.

Built from a :class:`~sitrep.store.Store` with SQL over the flattened tables; returned as a plain
data structure (:class:`SituationReport`) that the CLI renders with rich, or as Markdown /
JSON. Every line carries its article id and sentence (or claim) offsets, so it can be traced
back to the words it came from.

Example:
    >>> from sitrep.store import Store
    >>> from sitrep.report import build_report
    >>> with Store("news.duckdb", read_only=True) as store:
    ...     report = build_report(store, settings=settings)
    >>> print(report.to_markdown())
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from sitrep.text.lexicon import word_set

if TYPE_CHECKING:
    from sitrep.settings import Settings
    from sitrep.store import Store

__all__ = [
    "Claim",
    "ContestedClaim",
    "Dyad",
    "SituationReport",
    "TimelineEntry",
    "build_report",
    "party_label",
]

#: PLOVER quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
#: 4 material conflict (PLOVER codebook).
COOPERATION = (1, 2)
CONFLICT = (3, 4)
#: Attribution stances that reject another claim.
REJECTING = ("deny", "dispute")
#: Excerpts longer than this are shortened around the trigger (characters).
EXCERPT_CHARS = 220
#: A denial without a ``disputes`` link is paired with the claim it most likely answers: one
#: from another source, published no later, sharing at least PAIR_MIN_SHARED content-word
#: stems and PAIR_MIN_OVERLAP of them (Jaccard). Set on the demo dispatches so that "Kestria
#: shelled Dren" pairs with "Kestria denied firing on Dren" and unrelated quotes stay apart.
PAIR_MIN_OVERLAP = 0.2
PAIR_MIN_SHARED = 2
#: Content words are compared by their first letters, a crude stem ("troops"/"troop").
STEM_CHARS = 5
#: How far apart (days) a denial and the claim it answers may be published.
PAIR_MAX_DAYS = 3

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_STOP = word_set("report_stopwords")


def party_label(name: str | None, country: str | None, sector: str | None) -> str:
    """How a party is shown: ``COUNTRY SECTOR`` codes when resolved, else its name."""
    if country:
        return f"{country} {sector}" if sector else country
    if name:
        return f"{name} ({sector})" if sector else name
    return "?"


def _excerpt(sentence: str | None, trigger: str | None = None) -> str:
    text = " ".join((sentence or "").split())
    if len(text) <= EXCERPT_CHARS:
        return text
    at = text.find(trigger) if trigger else -1
    start = max(0, min(at - EXCERPT_CHARS // 3, len(text) - EXCERPT_CHARS)) if at >= 0 else 0
    cut = text[start : start + EXCERPT_CHARS - 2]
    return ("…" if start else "") + cut.strip() + "…"


def _content_words(text: str | None) -> set[str]:
    words = (w.lower() for w in _WORD.findall(text or ""))
    return {w[:STEM_CHARS] for w in words if w not in _STOP}


# ------------------------------------------------------------------------------- the records


@dataclass
class TimelineEntry:
    """One event in the timeline, traceable to its sentence."""

    day: dt.date | None
    event: str
    modality: str
    actor: str
    recipient: str
    according_to: str
    excerpt: str
    article_id: str
    sentence_start: int
    sentence_end: int
    outlet: str | None = None
    quad_class: int | None = None
    confidence: float | None = None
    trigger: str | None = None

    @property
    def ref(self) -> str:
        """``article_id:start-end``: where the sentence is."""
        return f"{self.article_id}:{self.sentence_start}-{self.sentence_end}"


@dataclass
class Dyad:
    """A directed pair of parties and the balance of what passed between them.

    A party is a country code when the actor is resolved to one (its sectors — GOV, MIL, ... —
    are listed apart, so "XVA" and "XVA GOV" count together), else the actor's name.
    """

    actor: str
    recipient: str
    actor_sectors: list[str] = field(default_factory=list)
    recipient_sectors: list[str] = field(default_factory=list)
    events: int = 0
    cooperation: int = 0
    conflict: int = 0
    types: dict[str, int] = field(default_factory=dict)
    refs: list[str] = field(default_factory=list)

    @property
    def balance(self) -> float:
        """(cooperation − conflict) / events: +1 all cooperation, −1 all conflict."""
        return (self.cooperation - self.conflict) / self.events if self.events else 0.0

    @property
    def actor_label(self) -> str:
        """The actor with its sectors: ``XVA (GOV, MIL)``."""
        return _with_sectors(self.actor, self.actor_sectors)

    @property
    def recipient_label(self) -> str:
        """The recipient with its sectors."""
        return _with_sectors(self.recipient, self.recipient_sectors)


def _with_sectors(party: str, sectors: list[str]) -> str:
    return f"{party} ({', '.join(sectors)})" if sectors else party


@dataclass
class Claim:
    """One side of a contested claim: who says what, where."""

    source: str
    stance: str
    cue: str
    content: str
    article_id: str
    start: int
    end: int
    outlet: str | None = None
    published: dt.date | None = None

    @property
    def ref(self) -> str:
        """``article_id:start-end``: where the claim (cue and content) is."""
        return f"{self.article_id}:{self.start}-{self.end}"


@dataclass
class ContestedClaim:
    """A claim and the rejection of it (``claim`` is None when the text does not state it)."""

    rejection: Claim
    claim: Claim | None
    how: str  # "linked" (the stage's disputes link), "paired" (word overlap), "unpaired"


@dataclass
class SituationReport:
    """The whole report, as data."""

    store: str
    articles: int
    events: int
    attributions: int
    first_day: dt.date | None
    last_day: dt.date | None
    timeline: dict[dt.date | None, list[TimelineEntry]]
    timeline_omitted: dict[dt.date | None, int]
    dyads: list[Dyad]
    contested: list[ContestedClaim]
    outlets: dict[str, int]
    #: events counted have ``confidence >= min_confidence`` (None: every event)
    min_confidence: float | None = None
    #: events of the period left out for a confidence below ``min_confidence``
    below_confidence: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON types (dates as ISO strings)."""

        def conv(value: Any) -> Any:
            if isinstance(value, dt.date):
                return value.isoformat()
            if isinstance(value, dict):
                return {
                    (conv(k) if k is not None else "undated"): conv(v) for k, v in value.items()
                }
            if isinstance(value, list):
                return [conv(v) for v in value]
            return value

        out = asdict(self)
        for dyad, raw in zip(self.dyads, out["dyads"], strict=True):
            raw["balance"] = round(dyad.balance, 3)
        return conv(out)

    def confidence_note(self) -> str:
        """One line saying which events the timeline and dyads count."""
        if self.min_confidence is None:
            return "Every coded event is shown, whatever its confidence."
        return (
            f"Events with a calibrated confidence of at least {self.min_confidence:g} are shown "
            f"({self.below_confidence} below it left out; `--all-events` shows them)."
        )

    def to_markdown(self) -> str:
        """The report as Markdown (every line ends with its ``article:start-end`` reference)."""
        lines = [
            "# Situation report",
            "",
            f"{self.articles} articles, {self.events} events, {self.attributions} attributed "
            f"claims; {self.first_day or '?'} to {self.last_day or '?'}. Outlets: "
            + (", ".join(f"{o} ({n})" for o, n in self.outlets.items()) or "none"),
            "",
            self.confidence_note(),
            "",
            "## Timeline",
        ]
        for day, entries in self.timeline.items():
            lines += ["", f"### {day or 'undated'}", ""]
            for e in entries:
                mod = "" if e.modality == "asserted" else f" [{e.modality}]"
                lines.append(
                    f"- **{e.event}**{mod} {e.actor} → {e.recipient} — according to "
                    f"{e.according_to}: “{e.excerpt}” `{e.ref}`"
                )
            if self.timeline_omitted.get(day):
                lines.append(f"- … and {self.timeline_omitted[day]} more")
        lines += ["", "## Top dyads", ""]
        if self.dyads:
            lines += [
                "| actor | recipient | events | cooperation | conflict | balance | types |",
                "|---|---|---:|---:|---:|---:|---|",
            ]
            for d in self.dyads:
                types = ", ".join(f"{t} {n}" for t, n in d.types.items())
                lines.append(
                    f"| {d.actor_label} | {d.recipient_label} | {d.events} | {d.cooperation} | "
                    f"{d.conflict} | {d.balance:+.2f} | {types} |"
                )
        else:
            lines.append("No events with both an actor and a recipient.")
        lines += ["", "## Contested claims", ""]
        if not self.contested:
            lines.append("No claim is denied or disputed in these articles.")
        for c in self.contested:
            r = c.rejection
            if c.claim is not None:
                a = c.claim
                lines.append(
                    f"- {a.source} ({a.outlet or '?'}, {a.published or '?'}): “{a.content}” "
                    f"`{a.ref}`"
                )
            else:
                lines.append("- (the claim rejected is not stated in these articles)")
            lines.append(
                f"  - {r.stance}: {r.source} ({r.outlet or '?'}, {r.published or '?'}): "
                f"“{r.content}” `{r.ref}`"
            )
        return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------- building


def _below(store: Store, *, since: dt.date | None, until: dt.date | None, threshold: float) -> int:
    """How many events of the period (event date, else publication date) have a confidence
    under ``threshold``."""
    rows = store.query(
        """
        SELECT count(*) FROM events e
        WHERE (?::DATE IS NULL OR coalesce(e.date, e.published) >= ?::DATE)
          AND (?::DATE IS NULL OR coalesce(e.date, e.published) <= ?::DATE)
          AND coalesce(e.confidence, 0) < ?
        """,
        [since, since, until, until, threshold],
    )
    return int(rows[0][0])


def _timeline(
    store: Store,
    *,
    since: dt.date | None,
    until: dt.date | None,
    min_confidence: float | None = None,
) -> list[TimelineEntry]:
    rows = store.query(
        """
        SELECT coalesce(e.date, e.published) AS day, e.event, e.modality,
               e.actor_names, e.actor_countries, e.actor_sectors,
               e.recipient_names, e.recipient_countries, e.recipient_sectors,
               e.sentence_text, e.trigger_text, e.article_id, e.sentence_start, e.sentence_end,
               a.outlet, e.quad_class, e.confidence,
               coalesce(att.source_name, att.source_text) AS source, e.attribution_id
        FROM events e
        JOIN articles a ON a.id = e.article_id
        LEFT JOIN attributions att
               ON att.article_id = e.article_id AND att.attribution_id = e.attribution_id
        WHERE (?::DATE IS NULL OR coalesce(e.date, e.published) >= ?::DATE)
          AND (?::DATE IS NULL OR coalesce(e.date, e.published) <= ?::DATE)
          AND (?::DOUBLE IS NULL OR coalesce(e.confidence, 0) >= ?::DOUBLE)
        ORDER BY day NULLS LAST, a.published NULLS LAST, e.article_id, e.sentence_start,
                 e.trigger_start
        """,
        [since, since, until, until, min_confidence, min_confidence],
    )
    out = []
    for (
        day, event, modality, a_names, a_countries, a_sectors, r_names, r_countries, r_sectors,
        sentence, trigger, article_id, s_start, s_end, outlet, quad, conf, source, attr_id,
    ) in rows:  # fmt: skip
        if attr_id and source:
            according = source
        elif attr_id:
            according = "an unnamed source"
        else:
            according = outlet or "the article"
        out.append(
            TimelineEntry(
                day=day,
                event=event,
                modality=modality,
                actor=_parties(a_names, a_countries, a_sectors),
                recipient=_parties(r_names, r_countries, r_sectors),
                according_to=according,
                excerpt=_excerpt(sentence, trigger),
                article_id=article_id,
                sentence_start=s_start,
                sentence_end=s_end,
                outlet=outlet,
                quad_class=quad,
                confidence=conf,
                trigger=trigger,
            )
        )
    return out


def _parties(
    names: list[Any] | None, countries: list[Any] | None, sectors: list[Any] | None
) -> str:
    names = names or []
    if not names:
        return "—"
    countries = countries or [None] * len(names)
    sectors = sectors or [None] * len(names)
    labels: list[str] = []
    for n, c, s in zip(names, countries, sectors, strict=False):
        label = party_label(n, c, s)
        if label not in labels:
            labels.append(label)
    return ", ".join(labels)


def _dyads(
    store: Store,
    *,
    asserted_only: bool,
    min_confidence: float | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[Dyad]:
    rows = store.query(
        """
        SELECT e.event, e.quad_class, e.modality, e.article_id, e.sentence_start, e.sentence_end,
               ea.role, ea.actor_id, ac.name, ac.country, ac.sector, e.event_id
        FROM events e
        JOIN event_actors ea ON ea.article_id = e.article_id AND ea.event_id = e.event_id
        JOIN actors ac ON ac.article_id = ea.article_id AND ac.actor_id = ea.actor_id
        WHERE (?::DATE IS NULL OR coalesce(e.date, e.published) >= ?::DATE)
          AND (?::DATE IS NULL OR coalesce(e.date, e.published) <= ?::DATE)
          AND (?::DOUBLE IS NULL OR coalesce(e.confidence, 0) >= ?::DOUBLE)
        ORDER BY e.article_id, e.event_id, ea.role, ea.position
        """,
        [since, since, until, until, min_confidence, min_confidence],
    )
    per_event: dict[tuple[str, str], dict[str, Any]] = {}
    for event, quad, modality, art, s0, s1, role, _aid, name, country, sector, eid in rows:
        rec = per_event.setdefault(
            (art, eid),
            {"event": event, "quad": quad, "modality": modality, "ref": f"{art}:{s0}-{s1}",
             "actor": [], "recipient": []},
        )  # fmt: skip
        party = (country or name or "?", sector)
        if party not in rec[role]:
            rec[role].append(party)
    dyads: dict[tuple[str, str], Dyad] = {}
    for rec in per_event.values():
        if asserted_only and rec["modality"] != "asserted":
            continue
        pairs = {
            (a, r): (a_sector, r_sector)
            for a, a_sector in rec["actor"]
            for r, r_sector in rec["recipient"]
            if a != r
        }
        for (a, r), (a_sector, r_sector) in pairs.items():
            d = dyads.setdefault((a, r), Dyad(a, r))
            for sectors, sector in ((d.actor_sectors, a_sector), (d.recipient_sectors, r_sector)):
                if sector and sector not in sectors:
                    sectors.append(sector)
            d.events += 1
            d.cooperation += rec["quad"] in COOPERATION
            d.conflict += rec["quad"] in CONFLICT
            d.types[rec["event"]] = d.types.get(rec["event"], 0) + 1
            if len(d.refs) < 5:
                d.refs.append(rec["ref"])
    ranked = sorted(dyads.values(), key=lambda d: (-d.events, d.actor, d.recipient))
    for d in ranked:
        d.types = dict(sorted(d.types.items(), key=lambda kv: (-kv[1], kv[0])))
        d.actor_sectors.sort()
        d.recipient_sectors.sort()
    return ranked


def _claims(store: Store) -> list[tuple[str, str, Claim, str | None]]:
    """All attributions as ``(article_id, attribution_id, Claim, disputes)``."""
    rows = store.query(
        """
        SELECT att.article_id, att.attribution_id, coalesce(att.source_name, att.source_text),
               att.stance, att.cue_text, att.content_text,
               least(att.cue_start, coalesce(att.content_start, att.cue_start),
                     coalesce(att.source_start, att.cue_start)),
               greatest(att.cue_end, coalesce(att.content_end, att.cue_end),
                        coalesce(att.source_end, att.cue_end)),
               a.outlet, a.published, att.disputes
        FROM attributions att JOIN articles a ON a.id = att.article_id
        ORDER BY a.published NULLS LAST, att.article_id, att.cue_start
        """
    )
    out = []
    for art, aid, source, stance, cue, content, start, end, outlet, published, disputes in rows:
        claim = Claim(
            source=source or "an unnamed source",
            stance=stance,
            cue=cue,
            content=_excerpt(content or ""),
            article_id=art,
            start=start,
            end=end,
            outlet=outlet,
            published=published,
        )
        out.append((art, aid, claim, disputes))
    return out


def _contested(store: Store, *, limit: int) -> list[ContestedClaim]:
    claims = _claims(store)
    by_key = {(art, aid): claim for art, aid, claim, _ in claims}
    words = {(art, aid): _content_words(claim.content) for art, aid, claim, _ in claims}
    # (content word, publication date) -> claims that are no rejection, in claim order
    postings: dict[tuple[str, dt.date | None], list[int]] = defaultdict(list)
    by_word: dict[str, list[int]] = defaultdict(list)  # the same over all dates
    for i, (art, aid, claim, _) in enumerate(claims):
        if claim.stance not in REJECTING:
            for word in words[(art, aid)]:
                postings[(word, claim.published)].append(i)
                by_word[word].append(i)
    out: list[ContestedClaim] = []
    for art, aid, claim, disputes in claims:
        if disputes is None and claim.stance not in REJECTING:
            continue
        if disputes is not None and (art, disputes) in by_key:
            out.append(ContestedClaim(claim, by_key[(art, disputes)], "linked"))
            continue
        # No link: pair the rejection with the most similar claim from another source, in the
        # same article first, else published within PAIR_MAX_DAYS. Only claims sharing a
        # content word and published in that window can qualify: they come from an inverted
        # index by word and day, in claim order (the first of equally good ones wins), so a
        # large store is not compared pairwise.
        mine = words[(art, aid)]
        shared_by: Counter[int] = Counter()
        days: list[dt.date | None] = [None]  # an undated claim may answer any denial
        if claim.published is not None:
            days += [claim.published - dt.timedelta(days=k) for k in range(PAIR_MAX_DAYS + 1)]
        for word in mine:
            if claim.published is None:  # an undated denial may answer any claim
                shared_by.update(by_word.get(word, ()))
                continue
            for day in days:
                shared_by.update(postings.get((word, day), ()))
        best: tuple[float, int, Claim] | None = None
        for i in sorted(k for k, n in shared_by.items() if n >= PAIR_MIN_SHARED):
            art2, aid2, other, _ = claims[i]
            if (art2, aid2) == (art, aid) or other.source == claim.source:
                continue
            if art2 != art and not _answers(other.published, claim.published):
                continue
            theirs = words[(art2, aid2)]
            shared = shared_by[i]
            score = shared / len(mine | theirs)
            same = int(art2 == art)
            if score >= PAIR_MIN_OVERLAP and (best is None or (score, same) > best[:2]):
                best = (score, same, other)
        if best is not None:
            out.append(ContestedClaim(claim, best[2], "paired"))
        else:
            out.append(ContestedClaim(claim, None, "unpaired"))
    order = {"linked": 0, "paired": 1, "unpaired": 2}
    out.sort(key=lambda c: order[c.how])
    return out[:limit]


def _answers(claimed: dt.date | None, denied: dt.date | None) -> bool:
    """Whether a denial published on ``denied`` can answer a claim published on ``claimed``."""
    if claimed is None or denied is None:
        return True
    return 0 <= (denied - claimed).days <= PAIR_MAX_DAYS


def build_report(
    store: Store,
    *,
    settings: Settings,
    since: dt.date | None = None,
    until: dt.date | None = None,
    per_day: int | None = None,
    asserted_only: bool = True,
    dyads_in_range: bool = False,
    all_events: bool = False,
) -> SituationReport:
    """Build the situation report of a store.

    Args:
        store: an open store (read-only is enough).
        settings: ``report.top_dyads`` and ``report.top_contested`` size the sections.
        since: first day of the timeline (event date, else publication date).
        until: last day of the timeline.
        per_day: at most this many events per day in the timeline (the most confident,
            kept in text order); None for all.
        asserted_only: count only events reported as having happened (``modality ==
            "asserted"``) in the dyad balance; the timeline shows all, with their modality.
        dyads_in_range: count only the events from ``since`` to ``until`` in the dyads too
            (by default the dyads cover the whole store).
        all_events: show and count every event; by default only events with a (calibrated)
            confidence of at least ``settings.report.min_confidence`` are (see
            :mod:`sitrep.events.calibration`).

    Returns:
        The :class:`SituationReport`.
    """
    threshold = None if all_events else settings.report.min_confidence
    # the threshold is applied in the queries: a large store's weak events never reach Python
    entries = _timeline(store, since=since, until=until, min_confidence=threshold)
    below = 0 if threshold is None else _below(store, since=since, until=until, threshold=threshold)
    timeline: dict[dt.date | None, list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        timeline[entry.day].append(entry)
    omitted: dict[dt.date | None, int] = {}
    if per_day is not None:
        for day, day_entries in timeline.items():
            if len(day_entries) > per_day:
                keep = sorted(
                    range(len(day_entries)), key=lambda i: -(day_entries[i].confidence or 0.0)
                )[:per_day]
                omitted[day] = len(day_entries) - per_day
                timeline[day] = [day_entries[i] for i in sorted(keep)]
    counts = store.counts()
    first_last = store.query("SELECT min(published), max(published) FROM articles")[0]
    outlets = dict(
        store.query(
            "SELECT coalesce(outlet, 'unknown outlet'), count(*) FROM articles "
            "GROUP BY 1 ORDER BY 2 DESC, 1"
        )
    )
    days = [d for d in timeline if d is not None]
    return SituationReport(
        store=str(store.path),
        articles=counts["articles"],
        events=counts["events"],
        attributions=counts["attributions"],
        first_day=min(days) if days else first_last[0],
        last_day=max(days) if days else first_last[1],
        timeline=dict(timeline),
        timeline_omitted=omitted,
        dyads=_dyads(
            store,
            asserted_only=asserted_only,
            min_confidence=threshold,
            since=since if dyads_in_range else None,
            until=until if dyads_in_range else None,
        )[: settings.report.top_dyads],
        contested=_contested(store, limit=settings.report.top_contested),
        outlets=outlets,
        min_confidence=threshold,
        below_confidence=below,
    )
